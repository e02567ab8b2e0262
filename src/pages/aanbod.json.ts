/**
 * /aanbod.json — a static feed, built with the site: every offer with its
 * sessions and how to register. Places left here are the figures known at
 * build time; GET /api/sessions/<id> gives the live figure.
 */
import { placesLeft } from '../domain/registrations/availability';
import type { APIRoute } from 'astro';
import { getCatalogue } from '../catalogue/site';
import { toIsoWithOffset } from '../domain/dates';
import { meetingsOf } from '../domain/offers/meetings';
import { buildNow } from '../utils/now';

export const prerender = true;

export const GET: APIRoute = async ({ site }) => {
  const offers = [...(await getCatalogue()).offers].sort((a, b) => a.id.localeCompare(b.id));
  const abs = (path: string) => new URL(path, site).toString();
  const body = {
    generatedAt: buildNow.toISOString(),
    timeZone: 'Europe/Amsterdam',
    offers: offers.map(({ id, data }) => {
      const registration =
        data.registration.method === 'portal'
          ? { method: 'portal', intake: data.registration.intake, askChild: data.registration.askChild, askSchoolGroup: data.registration.askSchoolGroup, api: abs('/api/registrations') }
          : { method: 'extern', url: data.registration.url };
      return {
        id,
        title: data.title,
        kind: data.kind,
        format: data.format,
        /** The languages it is given in (issue 18) and whether an interpreter can come on request. */
        languages: data.languages,
        interpreter: data.interpreter,
        summary: data.summary,
        themes: data.themes,
        audience: data.audience,
        ages: data.ages,
        provider: data.provider,
        cost: data.cost,
        url: abs(`/aanbod/${id}/`),
        registration,
        sessions: data.sessions.map((s) => ({
          id: s.id,
          start: toIsoWithOffset(s.start),
          end: toIsoWithOffset(s.end),
          meetings: meetingsOf(s).map((m) => ({ start: toIsoWithOffset(m.start), end: toIsoWithOffset(m.end), ...(m.label ? { label: m.label } : {}) })),
          location: s.location,
          capacity: s.capacity,
          placesLeft: placesLeft(s.capacity, s.taken),
          deadline: toIsoWithOffset(s.deadline ?? s.start),
          cancelled: s.cancelled,
          registration:
            data.registration.method === 'portal'
              ? { ...registration, form: abs(`/inschrijven/${s.id}/`), liveUrl: abs(`/api/sessions/${s.id}/`) }
              : registration,
        })),
      };
    }),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
