/** View models of the staff guide: docs/guide/index.md is /guide/, docs/guide/<slug>.md is /guide/<slug>/. */
import { getCollection, render } from 'astro:content';
import { guideSlug, sortGuide } from '../../lib/site/guide';
import { routes } from '../../lib/site/routes';
import { href } from '../href';

const INDEX = 'index';

export type GuidePageView = Awaited<ReturnType<typeof guidePage>>;

export async function guidePaths() {
  const pages = await getCollection('guide');
  return pages.filter((e) => e.id !== INDEX).map((e) => ({ params: { slug: e.id }, props: { id: e.id } }));
}

/** One page of the guide (`id` "index" for /guide/): its rendered text, breadcrumbs and the guide's contents. */
export async function guidePage(id: string) {
  const pages = await getCollection('guide');
  const entry = pages.find((e) => e.id === id);
  if (!entry) throw new Error(`docs/guide/${id}.md is missing`);
  const { Content } = await render(entry);
  const home = { label: 'หน้าแรก', path: routes.home() };
  return {
    id: entry.id,
    title: entry.data.title,
    description: entry.data.description,
    Content,
    crumbs:
      id === INDEX
        ? [home, { label: 'คู่มือเจ้าหน้าที่' }]
        : [home, { label: 'คู่มือเจ้าหน้าที่', path: routes.guide() }, { label: entry.data.title }],
    contents: sortGuide(pages).map((page) => ({
      title: page.data.title,
      href: href(guideSlug(page.id) ? routes.guidePage(page.id) : routes.guide()),
      current: page.id === entry.id,
    })),
  };
}
