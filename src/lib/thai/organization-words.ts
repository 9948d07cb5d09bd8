// The words of one organization that its pages should keep whole: its place name and the names of
// its offices, read from its own content (organization.yaml), never listed in the program. ICU's
// dictionary knows few place names ("บ้านนา|เหนือ") and no office names ("กอง|คลัง"), so a line
// could otherwise break inside them; siteCompounds (words.ts) keeps those that ICU splits.

/** What the words are derived from: the organization file's names, type and offices. */
export interface OrganizationNames {
  /** The full name ("เทศบาลตำบลบ้านนา"). */
  name: string;
  /** The short name ("ทต.บ้านนา"). */
  shortName: string;
  /** The kind of organization ("เทศบาลตำบล"), also stripped from the names when they start with it. */
  type?: string | undefined;
  /** The organization's offices and divisions ("สำนักปลัดเทศบาล", "กองการศึกษา"). */
  offices?: readonly { name: string }[] | undefined;
}

/** The kinds of local government written before the place name, in full ("เทศบาลตำบล…"). */
const TYPE_NAMES = ['องค์การบริหารส่วนตำบล', 'องค์การบริหารส่วนจังหวัด', 'เทศบาลตำบล', 'เทศบาลเมือง', 'เทศบาลนคร'] as const;

/** The same kinds abbreviated ("ทต.บ้านนา", "อบจ. ขอนแก่น"): a full stop, a space, or both. */
const TYPE_ABBREVIATION = /^(?:อบต|อบจ|ทต|ทม|ทน)(?:\.\s*|\s+)/;

/** The name without its leading kind of organization, or undefined when it starts with none. */
function withoutType(name: string, type: string | undefined): string | undefined {
  const trimmed = name.trim();
  const abbreviated = TYPE_ABBREVIATION.exec(trimmed);
  if (abbreviated) return trimmed.slice(abbreviated[0].length);
  const full = [...TYPE_NAMES, ...(type?.trim() ? [type.trim()] : [])]
    .sort((a, b) => b.length - a.length)
    .find((t) => trimmed.startsWith(t));
  return full === undefined ? undefined : trimmed.slice(full.length);
}

/**
 * The organization's place name(s), from its full and short names without their kind
 * ("องค์การบริหารส่วนตำบลบ้านนา" and "อบต.บ้านนา" → ["บ้านนา"]): the first word after the kind, so
 * anything written after a space ("อบต.บ้านนา (ตัวอย่าง)") is left out. A name that starts with no
 * known kind (nor with `type`) gives none. Distinct, in that order.
 */
export function placeNames(org: OrganizationNames): string[] {
  const places = [org.name, org.shortName]
    .map((n) => withoutType(n, org.type)?.trim().split(/\s+/)[0] ?? '')
    .filter((p) => p !== '');
  return [...new Set(places)];
}

/**
 * The organization's own words: its place name(s) (placeNames), then its offices' names. An office
 * name written in parts ("กองการศึกษา ศาสนาและวัฒนธรรม") gives each part, so a line may still break
 * at its spaces. Distinct, in that order.
 */
export function organizationWords(org: OrganizationNames): string[] {
  const offices = (org.offices ?? []).flatMap((o) => o.name.trim().split(/\s+/)).filter((w) => w !== '');
  return [...new Set([...placeNames(org), ...offices])];
}
