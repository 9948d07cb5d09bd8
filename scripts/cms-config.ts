// npm run cms:config: prints the CMS's configuration generated from the schemas and the collections
// table (the build publishes the same text at /admin/config.yml). `--out <file>` writes it to a file.
import { writeFileSync } from 'node:fs';
import { cmsConfigYaml } from '../src/data/cms.ts';
import { siteAddress } from './lib/site-address.ts';

const at = process.argv.indexOf('--out');
const out = at >= 0 ? process.argv[at + 1] : undefined;
// The site's public address as the build has it (SITE_URL, else siteUrl of the organization file), if set.
const address = siteAddress();
const yaml = cmsConfigYaml(address.source === 'default' ? undefined : new URL(address.url));
if (out) {
  writeFileSync(out, yaml);
  console.log(`เขียนการตั้งค่า CMS ลงใน ${out} แล้ว / CMS configuration written to ${out}`);
} else process.stdout.write(yaml);
