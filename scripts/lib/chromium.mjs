// Debian's chromium as the tests and benchmarks launch it through playwright-core (never a downloaded
// browser). Without the background-networking flags chromium keeps reaching for Google's hosts, which a
// closed network refuses many times a second.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
