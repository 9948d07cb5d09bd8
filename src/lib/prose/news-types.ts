/**
 * The kinds of news an organization writes (ข่าว, ประกาศ, กิจกรรม), each with the ASCII key of its
 * filter page (/news/type/<key>/): staff write the Thai word, the URL keeps the key.
 */
export const NEWS_TYPES = [
  { value: 'ข่าว', key: 'news', label: 'ข่าวประชาสัมพันธ์' },
  { value: 'ประกาศ', key: 'announcement', label: 'ประกาศ' },
  { value: 'กิจกรรม', key: 'activity', label: 'กิจกรรม' },
] as const;

export type NewsTypeValue = (typeof NEWS_TYPES)[number]['value'];
export type NewsType = (typeof NEWS_TYPES)[number];

export const NEWS_TYPE_VALUES = NEWS_TYPES.map((t) => t.value) as [NewsTypeValue, ...NewsTypeValue[]];

/** The type of a news item by the Thai word staff wrote. */
export function newsType(value: NewsTypeValue): NewsType {
  return NEWS_TYPES.find((t) => t.value === value) ?? NEWS_TYPES[0];
}
