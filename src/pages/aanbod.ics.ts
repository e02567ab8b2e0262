/**
 * /aanbod.ics — the whole catalogue as a calendar to subscribe to (webcal):
 * every public, not cancelled session of every offer (portal and extern), each
 * meeting, built with the site. No personal data, no join links.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../catalogue/site';
import { feedResponse } from '../utils/calendar-feed';

export const prerender = true;

export const GET: APIRoute = async ({ site }) =>
  feedResponse({
    site: site!,
    path: '/aanbod.ics',
    name: 'Samen Opgroeien: trainingen en webinars',
    description: 'De trainingen en webinars van het CJG Haarlem-Zandvoort en zijn jeugdpartners.',
    offers: (await getCatalogue()).offers,
  });
