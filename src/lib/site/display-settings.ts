/**
 * The reader's display settings (text size A− A A+, high contrast): one tiny inline script, run in
 * <head> before first paint, that applies the stored settings to <html> and handles the header
 * buttons by event delegation. It is the only JavaScript a text page runs. Its SHA-256 is in the
 * Content-Security-Policy (src/lib/site/csp.ts), so it stays the exact string below.
 */
export const SETTINGS_KEY = 'prongsai-display';
export const TEXT_SIZES = [
  { value: 'sm', text: 'A−', label: 'ตัวอักษรเล็ก' },
  { value: 'md', text: 'A', label: 'ตัวอักษรปกติ' },
  { value: 'lg', text: 'A+', label: 'ตัวอักษรใหญ่' },
] as const;

export const DISPLAY_SETTINGS_SCRIPT =
  "(()=>{const d=document.documentElement,k='" +
  SETTINGS_KEY +
  "';let s={};try{s=JSON.parse(localStorage.getItem(k))||{}}catch{}" +
  "const a=()=>{d.dataset.textSize=s.size||'md';s.contrast?d.dataset.contrast='high':delete d.dataset.contrast;" +
  "for(const b of document.querySelectorAll('[data-setting]'))b.setAttribute('aria-pressed',b.dataset.setting=='contrast'?!!s.contrast:b.value==(s.size||'md'))};" +
  "d.classList.add('js');a();document.addEventListener('DOMContentLoaded',a);" +
  "document.addEventListener('click',e=>{const b=e.target.closest?.('[data-setting]');if(!b)return;" +
  "b.dataset.setting=='contrast'?s.contrast=!s.contrast:s.size=b.value;try{localStorage.setItem(k,JSON.stringify(s))}catch{}a()})})()";
