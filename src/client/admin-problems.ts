/**
 * How the admin page shows a refused save (src/client/admin.ts): each problem beside its field, in Thai,
 * with the field outlined, until the clerk changes that field; all of them in a panel that stays until
 * closed (not a toast that vanishes). Also the page's own small repairs to what the CMS draws: months of
 * the procurement list by their Thai names, the CMS's hidden loading canvas kept out of the landmarks.
 */
import type { CmsField } from '../lib/cms/fields';
import { fieldWords, monthWords } from '../lib/cms/words';

/** A problem as the check words it: the file and field, the Thai and English text, what was found. */
export interface ShownProblem {
  file: string;
  field: string;
  th: string;
  en: string;
  found?: string | undefined;
}

interface Shown extends ShownProblem {
  /** The field in the form's words ("รายการจัดซื้อจัดจ้างของเดือน รายการที่ 1 › ราคา"). */
  words: string;
}

let shown: Shown[] = [];
let panelClosed = false;

const MARK = 'data-prongsai-problem';
const MESSAGE_CLASS = 'prongsai-field-problem';

const isContainer = (el: Element) => /(?:^|-)ControlContainer(?:[-\s]|$)/.test(el.className);
const isListItem = (el: Element) => /(?:^|-)ListItem(?:[-\s]|$)/.test(el.className);

/** The field container around an element (the CMS draws every field in one), not the element itself. */
function containerAbove(el: Element): Element | null {
  for (let p = el.parentElement; p; p = p.parentElement) if (isContainer(p)) return p;
  return null;
}

/** The field name of a container: its own label's `for` ("month-field-2" → month). */
function nameOf(container: Element): string | undefined {
  const label = [...container.children].find((c) => /ControlTopbar/.test(c.className))?.querySelector('label[for]');
  return /^(.+)-field-\d+$/.exec(label?.getAttribute('for') ?? '')?.[1];
}

/** The form's element for a field path of the check ("rows.0.winner.price"): the deepest part the form shows. */
function locate(path: string): Element | undefined {
  const form = document.getElementById('nc-root');
  if (!form) return undefined;
  let scope: Element | null = null;
  let within: Element = form;
  let found: Element | undefined;
  for (const part of path.split('.')) {
    if (/^\d+$/.test(part)) {
      const items = [...within.querySelectorAll('*')].filter((el) => isListItem(el) && containerAbove(el) === scope);
      const item = items[Number(part)];
      if (!item) break;
      within = item;
      found = item;
      continue;
    }
    const field = [...within.querySelectorAll('*')].find(
      (el) => isContainer(el) && containerAbove(el) === scope && nameOf(el) === part,
    );
    if (!field) break;
    scope = field;
    within = field;
    found = field;
  }
  return found;
}

/** The words beside a field: the Thai message, and what was found unless the message quotes it already. */
const fieldText = (p: ShownProblem) =>
  p.found === undefined || p.th.includes(p.found) ? p.th : `${p.th} (พบ: ${p.found})`;

/** The panel that lists every problem of the refused save; made once, kept outside the CMS's own tree. */
function panel(): HTMLElement {
  let el = document.getElementById('prongsai-problems');
  if (el) return el;
  el = document.createElement('section');
  el.id = 'prongsai-problems';
  el.setAttribute('aria-labelledby', 'prongsai-problems-title');
  el.hidden = true;
  const close = document.createElement('button');
  close.type = 'button';
  // The messages beside the fields stay until each field is corrected.
  close.textContent = 'ปิดรายการนี้';
  close.addEventListener('click', () => {
    panelClosed = true;
    render();
  });
  const title = document.createElement('h2');
  title.id = 'prongsai-problems-title';
  const list = document.createElement('ul');
  el.append(close, title, list);
  // Inside the CMS's root: in the page's one main landmark while a form is open.
  (document.getElementById('nc-root') ?? document.body).append(el);
  return el;
}

/** Draws the panel and the marks beside the fields from `shown`. */
function render(): void {
  const el = panel();
  el.hidden = panelClosed || shown.length === 0;
  const title = el.querySelector('h2');
  const list = el.querySelector('ul');
  if (title) title.textContent = shown.length ? `บันทึกไม่ได้: ต้องแก้ ${shown.length} รายการ (ข้อความสีแดงอยู่ที่ช่องนั้น)` : '';
  if (list) {
    list.replaceChildren(
      ...shown.map((p) => {
        const li = document.createElement('li');
        const field = document.createElement('strong');
        field.textContent = p.words;
        const en = document.createElement('span');
        en.lang = 'en';
        en.className = 'prongsai-en';
        en.textContent = p.en;
        li.append(field, `: ${fieldText(p)} `, en);
        return li;
      }),
    );
  }
  mark();
}

/** Puts each problem beside its field (again, after the CMS redraws the form). */
function mark(): void {
  const wanted = new Map<Element, Shown[]>();
  for (const p of shown) {
    const target = locate(p.field);
    if (target) wanted.set(target, [...(wanted.get(target) ?? []), p]);
  }
  for (const old of document.querySelectorAll(`[${MARK}]`)) {
    if (!wanted.has(old)) {
      old.removeAttribute(MARK);
      old.querySelector(`:scope > .${MESSAGE_CLASS}`)?.remove();
    }
  }
  for (const [target, problems] of wanted) {
    const text = problems.map(fieldText).join(' · ');
    let message = target.querySelector<HTMLElement>(`:scope > .${MESSAGE_CLASS}`);
    if (target.getAttribute(MARK) === text && message) continue;
    target.setAttribute(MARK, text);
    if (!message) {
      message = document.createElement('p');
      message.className = MESSAGE_CLASS;
      const topbar = [...target.children].find((c) => /ControlTopbar|TopBar/.test(c.className));
      target.insertBefore(message, topbar?.nextSibling ?? target.firstChild);
    }
    message.textContent = text;
    // The input keeps its name; the message is read with it.
    const input = target.querySelector('input, textarea, select');
    if (input && !input.getAttribute('aria-describedby')) {
      message.id ||= `prongsai-problem-${Math.random().toString(36).slice(2)}`;
      input.setAttribute('aria-describedby', message.id);
      input.setAttribute('aria-invalid', 'true');
    }
  }
}

/** Shows the problems of a refused save, named in the form's words. */
export function showProblems(problems: readonly ShownProblem[], fields: readonly CmsField[]): void {
  shown = problems.map((p) => ({ ...p, words: fieldWords(fields, p.field) }));
  // A problem of another file (a cross-file rule) is named with its file.
  const current = problems[0]?.file;
  for (const p of shown) if (p.file !== current) p.words = `${p.file} › ${p.words}`;
  panelClosed = false;
  render();
  document.getElementById('prongsai-problems')?.scrollIntoView?.({ block: 'nearest' });
}

/** Shows a refusal that names no field (a file too big, a path refused). */
export function showRefusal(message: string): void {
  const [th = message, en = ''] = message.split(' / ');
  shown = [{ file: '', field: '', th, en, words: 'บันทึกไม่ได้' }];
  panelClosed = false;
  render();
}

export function clearProblems(): void {
  if (!shown.length) return;
  shown = [];
  render();
}

/** A clerk changed a field: its problems are taken as corrected (the next save checks again). */
function onEdit(event: Event): void {
  const target = event.target instanceof Element ? event.target.closest(`[${MARK}]`) : null;
  if (!target) return;
  const before = shown.length;
  shown = shown.filter((p) => locate(p.field) !== target);
  target.removeAttribute(MARK);
  target.querySelector(`:scope > .${MESSAGE_CLASS}`)?.remove();
  target.querySelector('[aria-invalid]')?.removeAttribute('aria-invalid');
  if (shown.length !== before) render();
}

/** The procurement list's months by their Thai names: "ตุลาคม 2567 (2024-10)". */
function nameMonths(): void {
  if (!/^#\/collections\/procurement\/?(?:$|\?|filter|group|sort)/.test(window.location.hash)) return;
  for (const title of document.querySelectorAll('#nc-root a[href*="/collections/procurement/entries/"] h2')) {
    const text = title.textContent ?? '';
    const m = /^(\d{4}-\d{2})(.*)$/.exec(text);
    const words = m?.[1] ? monthWords(m[1]) : undefined;
    if (words) title.textContent = `${words}${m?.[2] ?? ''}`;
  }
}

/**
 * One main landmark and one level-one heading on every screen of the CMS: its collection lists draw their
 * own <main> and <h1>; the login screen and the forms have none, so the root is the main landmark there
 * and the page's title its heading (visually hidden).
 */
function landmarks(): void {
  const root = document.getElementById('nc-root');
  if (!root) return;
  const inner = root.querySelector('main');
  if (inner) root.removeAttribute('role');
  else root.setAttribute('role', 'main');
  const heading = document.getElementById('prongsai-heading');
  const others = [...document.querySelectorAll('h1')].filter((h) => h !== heading);
  if (others.length) heading?.remove();
  else if (!heading) {
    const h1 = document.createElement('h1');
    h1.id = 'prongsai-heading';
    h1.className = 'visually-hidden';
    h1.textContent = document.title;
    root.prepend(h1);
  }
}

/** Watches the page the CMS draws: keeps the marks, names the months, hides the CMS's loading canvas. */
export function watchPage(): void {
  let queued = false;
  const update = () => {
    queued = false;
    observer.disconnect();
    if (shown.length) mark();
    nameMonths();
    for (const canvas of document.querySelectorAll('body > canvas:not([aria-hidden])'))
      canvas.setAttribute('aria-hidden', 'true');
    landmarks();
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  };
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  document.addEventListener('input', onEdit, true);
  document.addEventListener('change', onEdit, true);
  // Another entry or list: the marks belonged to the form left behind.
  window.addEventListener('hashchange', () => clearProblems());
}
