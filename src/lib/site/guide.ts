/** The staff guide's pages: docs/guide/index.md is /guide/, docs/guide/<slug>.md is /guide/<slug>/. */
export function guideSlug(id: string): string | undefined {
  return id === 'index' ? undefined : id;
}

export function sortGuide<T extends { id: string; data: { order: number } }>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
