// npm run new-org: starts the site of a new organization. Asks in Thai on a terminal for what the flags
// did not give (scripts and CI give every flag: without a terminal a missing answer is an error, exit 2),
// clears the previous organization's data from the content folder and public/documents/ (refusing
// without --replace when an organization is already there), writes the organization file and prints
// what to do next. The checks, the file's text and the messages are src/lib/organization/new-org.ts.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import {
  checkAnswer,
  completeInput,
  existingOrganizationText,
  FIELDS,
  missingText,
  nextStepsText,
  normaliseType,
  ORGANIZATION_TYPES,
  organizationFiles,
  organizationYaml,
  parseNewOrgArgs,
  suggestShortName,
  typeOfName,
  USAGE,
  type FieldKey,
} from '../src/lib/organization/new-org.ts';
import { organizationSchema } from '../src/schemas/organization.ts';
import { readYaml } from '../src/lib/content-check/yaml.ts';

const args = parseNewOrgArgs(process.argv.slice(2));
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
if (args.errors.length) {
  console.error(`${args.errors.join('\n')}\n\n${USAGE}`);
  process.exit(2);
}

// The adopting organization's folders: content/ and public/ (not the example the site falls back on).
const contentDir = (args.content ?? process.env['PRONGSAI_CONTENT'] ?? 'content').replace(/\/+$/, '') || '.';
const publicDir = (args.public ?? process.env['PRONGSAI_PUBLIC'] ?? 'public').replace(/\/+$/, '') || '.';
const documentsDir = join(publicDir, 'documents');
const organizationFile = join(contentDir, 'organization.yaml');

/** Every file under a folder (a symbolic link is a file here: never followed), relative and "/"-separated. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Removes the folders left empty under `dir` (not `dir` itself). */
function removeEmptyFolders(dir: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    removeEmptyFolders(path);
    if (readdirSync(path).length === 0) rmdirSync(path);
  }
}

// The previous organization's data: refused before any question, so nobody answers them for nothing.
const contentFiles = organizationFiles(filesUnder(contentDir));
const documentFiles = organizationFiles(filesUnder(documentsDir));
const previous = contentFiles.length + documentFiles.length;
if (previous > 0 && !args.replace) {
  let name: string | undefined;
  if (existsSync(organizationFile)) {
    const data = readYaml(organizationFile, readFileSync(organizationFile, 'utf8')).data as { name?: unknown } | null;
    if (typeof data?.name === 'string') name = data.name;
  }
  console.error(existingOrganizationText(contentDir, name, previous));
  process.exit(1);
}

/** Asks on the terminal for every answer the flags did not give (or gave wrongly), until each is valid. */
async function ask(values: Partial<Record<FieldKey, string>>): Promise<Partial<Record<FieldKey, string>>> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answers = { ...values };
  let done = false;
  // Ctrl+C or Ctrl+D before the last answer: nothing is written, and the exit code says so.
  rl.on('close', () => {
    if (done) return;
    console.error('\nยกเลิก ไม่ได้เขียนไฟล์ใด / cancelled: nothing was written.');
    process.exit(130);
  });
  try {
    console.log('ตั้งค่าหน่วยงานใหม่: ตอบคำถามด้านล่าง (แก้ไขภายหลังได้ใน organization.yaml)\n');
    for (const field of FIELDS) {
      const given = answers[field.key];
      const checked = given === undefined ? undefined : checkAnswer(field.key, given);
      if (checked?.ok) continue;
      if (checked) console.log(checked.message);
      if (field.key === 'type') ORGANIZATION_TYPES.forEach((t, i) => console.log(`  ${i + 1}. ${t.name} (${t.short})`));
      const suggestion =
        field.key === 'shortName'
          ? suggestShortName(answers.name ?? '', normaliseType(answers.type ?? ''))
          : field.key === 'type'
            ? typeOfName(answers.name ?? '')?.short
            : undefined;
      for (;;) {
        const reply = (await rl.question(`${field.prompt}${suggestion ? ` [${suggestion}]` : ''}: `)).trim();
        const value = reply || suggestion || '';
        if (!value && !field.required) break;
        const answer = checkAnswer(field.key, value);
        if (answer.ok) {
          answers[field.key] = value;
          break;
        }
        console.log(`  ${answer.message}`);
      }
    }
  } finally {
    done = true;
    rl.close();
  }
  return answers;
}

let result = completeInput(args.values);
if (!result.ok) {
  if (process.stdin.isTTY) result = completeInput(await ask(args.values));
  if (!result.ok) {
    const lines = [...result.problems, ...(result.missing.length ? [missingText(result.missing)] : [])];
    console.error(`${lines.join('\n')}\n\n${USAGE}`);
    process.exit(2);
  }
}
const { input } = result;
const yaml = organizationYaml(input);

// The file written must be one the site accepts (a safety net: the answers were checked one by one).
const read = readYaml(organizationFile, yaml);
const parsed = organizationSchema.safeParse(read.data);
if (read.problems.length || !parsed.success) {
  console.error(`เขียนไฟล์หน่วยงานไม่ได้ / could not write a valid organization file:\n${yaml}`);
  process.exit(1);
}

for (const file of contentFiles) rmSync(join(contentDir, file), { force: true });
for (const file of documentFiles) rmSync(join(documentsDir, file), { force: true });
removeEmptyFolders(contentDir);
mkdirSync(contentDir, { recursive: true });
mkdirSync(documentsDir, { recursive: true });
writeFileSync(organizationFile, yaml);

const isDefault = contentDir === 'content' && publicDir === 'public';
const env = isDefault ? '' : `PRONGSAI_CONTENT=${contentDir} PRONGSAI_PUBLIC=${publicDir}`;
console.log(nextStepsText(input, organizationFile, previous, env));
