// npm run edit: edit the site's content in the browser on this PC. Starts the dev server with the CMS's
// local file API (scripts/lib/cms-integration.ts) and opens /admin/; saving writes the files in content/
// and public/documents/, and the site at / shows the change at once. Stop it with Ctrl+C.
// Extra arguments go to `astro dev` (e.g. npm run edit -- --port 8080).
import { spawn } from 'node:child_process';
import { hasOwnOrganization } from '../src/data/content-dir.ts';

// The form saves into content/: before the organization has its own data there, the site shows the
// example, and saved files would mix with nothing.
if (!hasOwnOrganization()) {
  console.error(
    'ยังไม่มีข้อมูลของหน่วยงานใน content/ (เว็บไซต์แสดงหน่วยงานตัวอย่าง): สั่ง npm run new-org ก่อน แล้วจึงสั่ง npm run edit' +
      '\nno organization in content/ yet (the site shows the example): run npm run new-org first, then npm run edit',
  );
  process.exit(1);
}

const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  // ASTRO_DISABLE_UPDATE_CHECK: Astro's own switch for its "new version available" notice, which invites
  // staff to upgrade the program they only edit content with (an upgrade is the maintainers' job).
  env: { ...process.env, PRONGSAI_EDIT: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' },
});
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
