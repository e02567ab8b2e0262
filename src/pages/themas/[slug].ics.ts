/** /themas/<id>.ics — the sessions of one theme's offers as a calendar to subscribe to (see /aanbod.ics). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue, type ThemeEntry } from '../../catalogue/site';
import { feedResponse } from '../../utils/calendar-feed';

export const prerender = true;

export const getStaticPaths = (async () => {
  const catalogue = await getCatalogue();
  return catalogue.themes.map((theme) => ({ params: { slug: theme.id }, props: { theme } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const { theme } = props as { theme: ThemeEntry };
  const offers = (await getCatalogue()).offers.filter((o) => o.data.themes.includes(theme.id));
  return feedResponse({
    site: site!,
    path: `/themas/${theme.id}.ics`,
    name: `Samen Opgroeien: ${theme.data.title}`,
    description: `Trainingen en webinars over ${theme.data.title.toLowerCase()} van het CJG Haarlem-Zandvoort en zijn jeugdpartners.`,
    offers,
  });
};
