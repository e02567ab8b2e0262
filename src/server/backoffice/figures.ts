/**
 * Figures for the municipalities: gathers the inputs (offers from the built
 * collection, live registrations, the anonymous facts retention left behind,
 * survey responses) and hands them to the pure computeFigures. Coordinator only.
 */
import { stringify } from 'csv-stringify/sync';
import { isCoordinator, type Actor } from '../../domain/admin';
import { safeRow } from '../../domain/csv';
import { computeFigures, figuresCsvRows, type FigureOffer, type FigureRegistration, type Figures } from '../../domain/figures';
import type { Deps } from '../deps';
import type { AdminOffer } from './registrations';

/** What the figures are about: the built offers and themes (the pages read them from the collections). */
export interface FigureSources {
  offers: readonly AdminOffer[];
  themes: readonly { id: string; title: string }[];
}

export const FIRST_YEAR = 2020;

export function toFigureOffers(offers: readonly AdminOffer[]): FigureOffer[] {
  return offers.map((o) => ({
    id: o.id,
    title: o.data.title,
    provider: o.data.provider,
    themes: o.data.themes,
    audience: o.data.audience,
    askChild: o.data.registration.method === 'portal' && !!o.data.registration.askChild,
    portal: o.data.registration.method === 'portal',
    sessions: o.data.sessions.map((s) => ({ id: s.id, start: s.start, capacity: s.capacity, taken: s.taken, cancelled: s.cancelled })),
  }));
}

/** A year from the address: four digits between FIRST_YEAR and next year, else undefined. */
export function parseYear(input: unknown, now: Date): number | undefined {
  if (typeof input !== 'string' || !/^\d{4}$/.test(input)) return undefined;
  const year = Number(input);
  return year >= FIRST_YEAR && year <= now.getUTCFullYear() + 1 ? year : undefined;
}

export type FiguresResult = { type: 'figures'; figures: Figures } | { type: 'denied'; status: 403 | 404; message: string };

export async function yearFigures(actor: Actor, yearInput: unknown, deps: Pick<Deps, 'store' | 'now'>, sources: FigureSources): Promise<FiguresResult> {
  if (!isCoordinator(actor)) return { type: 'denied', status: 403, message: 'Alleen de coördinator van het groepsaanbod kan de cijfers bekijken.' };
  const now = deps.now();
  const year = parseYear(yearInput, now);
  if (year === undefined) return { type: 'denied', status: 404, message: `Kies een jaar vanaf ${FIRST_YEAR}.` };
  const [live, facts, responses, firstAnswerMinutes] = await Promise.all([
    deps.store.registrations.list(),
    deps.store.registrations.facts(),
    deps.store.surveys.responses(),
    deps.store.conversations.facts(`${year}-01-01`, `${year + 1}-01-01`),
  ]);
  const registrations: FigureRegistration[] = [
    ...live.map((r) => ({ sessionId: r.sessionId, offerId: r.offerId, status: r.status, participants: r.participants, registeredAt: r.createdAt })),
    ...facts,
  ];
  return { type: 'figures', figures: computeFigures({ year, offers: toFigureOffers(sources.offers), themes: sources.themes, registrations, responses, firstAnswerMinutes }) };
}

export async function figuresCsv(actor: Actor, yearInput: unknown, deps: Pick<Deps, 'store' | 'now'>, sources: FigureSources): Promise<Response | Exclude<FiguresResult, { type: 'figures' }>> {
  const result = await yearFigures(actor, yearInput, deps, sources);
  if (result.type !== 'figures') return result;
  const body = `\uFEFF${stringify(figuresCsvRows(result.figures).map(safeRow), { delimiter: ';', record_delimiter: '\r\n' })}`;
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="samen-opgroeien-cijfers-${result.figures.year}.csv"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
