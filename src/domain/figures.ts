/**
 * The figures the municipalities ask for (performance plan, group offer):
 * children/youngsters reached, parents reached, youth partners with offers on
 * the platform, participant satisfaction, registrations per theme and per
 * month, and fill rates. Pure: the store hands in live registrations plus the
 * anonymous facts kept when retention deleted older ones, so a year's figures
 * do not change when personal data is deleted.
 *
 * Counting rules (also in the README):
 * - "reached" counts confirmed registrations of sessions that start in the year;
 * - an offer whose audience has children or youngsters and that asks for the
 *   child (askChild) reaches one child per registration and `participants`
 *   parents (children's trainings always have a parent part);
 * - an offer for children or youngsters only (no parents, no families) reaches
 *   `participants` children/youngsters;
 * - every other offer (parents, families, professionals) reaches `participants` parents;
 * - registrations per month and theme count every registration received in
 *   the year (any status), by the month it came in (Amsterdam time); an offer
 *   with two themes counts under both;
 * - fill rate = places held (confirmed + pending + taken outside the portal) / capacity,
 *   for sessions in the year that were not cancelled;
 * - partners: youth partners other than the CJG itself with at least one offer
 *   listed that has a session in the year (or no dates at all).
 */
import { toLocal } from './dates';
import { median } from './questions/queue';

export const CJG_PARTNER_ID = 'cjg';

export interface FigureSession {
  id: string;
  start: string;
  capacity: number;
  taken: number;
  cancelled: boolean;
}

export interface FigureOffer {
  id: string;
  title: string;
  provider: string;
  themes: readonly string[];
  audience: readonly string[];
  askChild: boolean;
  /** Registration through the portal (only those have registrations and fill rates). */
  portal: boolean;
  sessions: readonly FigureSession[];
}

export interface FigureRegistration {
  sessionId: string;
  offerId: string;
  status: string;
  participants: number;
  /** ISO instant the registration came in. */
  registeredAt: string;
}

export interface FigureResponse {
  sessionId: string;
  offerId: string;
  score: number;
  comment: string | null;
  /** YYYY-MM */
  month: string;
}

export interface Reach {
  children: number;
  parents: number;
}

const youngAudience = (a: readonly string[]) => a.includes('kinderen') || a.includes('jongeren');
const adultAudience = (a: readonly string[]) => a.includes('ouders') || a.includes('gezinnen');

/** Who one confirmed registration of `participants` persons reaches. */
export function reachOf(offer: Pick<FigureOffer, 'audience' | 'askChild'>, participants: number): Reach {
  const n = Math.max(0, Math.trunc(participants));
  if (youngAudience(offer.audience) && offer.askChild) return { children: 1, parents: n };
  if (youngAudience(offer.audience) && !adultAudience(offer.audience)) return { children: n, parents: 0 };
  return { children: 0, parents: n };
}

export interface SessionFill {
  sessionId: string;
  offerId: string;
  title: string;
  start: string;
  capacity: number;
  held: number;
  /** 0…1 (can exceed 1 when someone was placed beyond capacity). */
  rate: number;
}

export interface Figures {
  year: number;
  childrenReached: number;
  parentsReached: number;
  registrations: number;
  confirmed: number;
  /** Partners (not the CJG) with an offer listed that has a session in the year (or no dates): per partner its offers and the year's sessions that were not cancelled. */
  partners: { count: number; ids: string[]; list: { id: string; offers: number; sessions: number }[] };
  satisfaction: { responses: number; average: number | null; distribution: [number, number, number, number, number]; comments: string[] };
  /** Twelve entries, January first. */
  perMonth: { month: string; registrations: number }[];
  perTheme: { themeId: string; title: string; registrations: number }[];
  fill: { sessions: SessionFill[]; average: number | null };
  /** Anonymous conversations with youngsters whose first answer came in the year, and the median minutes to that first answer. */
  conversations: { answered: number; medianMinutesToFirstAnswer: number | null };
}

export const monthNames = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

const yearOf = (local: string) => Number(local.slice(0, 4));

/** Amsterdam month (YYYY-MM) of an ISO instant; undefined for garbage. */
export function localMonth(iso: string): string | undefined {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : toLocal(d).slice(0, 7);
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function computeFigures(input: {
  year: number;
  offers: readonly FigureOffer[];
  themes: readonly { id: string; title: string }[];
  registrations: readonly FigureRegistration[];
  responses: readonly FigureResponse[];
  /** Minutes to the first answer of each conversation first answered in the year (anonymous facts: no code, no text). */
  firstAnswerMinutes?: readonly number[];
}): Figures {
  const { year } = input;
  const offers = new Map(input.offers.map((o) => [o.id, o]));
  const sessions = new Map<string, { session: FigureSession; offer: FigureOffer }>();
  for (const o of input.offers) for (const s of o.sessions) sessions.set(s.id, { session: s, offer: o });

  let children = 0;
  let parents = 0;
  let confirmed = 0;
  let registrations = 0;
  const months = new Map<string, number>();
  const themes = new Map<string, number>();
  const held = new Map<string, number>();

  for (const r of input.registrations) {
    const entry = sessions.get(r.sessionId);
    const offer = entry?.offer ?? offers.get(r.offerId);
    // The year a registration counts for "reached": its session's year (or, for a session no longer listed, when it came in).
    const sessionYear = entry ? yearOf(entry.session.start) : Number(localMonth(r.registeredAt)?.slice(0, 4));
    if (r.status === 'confirmed' && sessionYear === year && offer) {
      const reach = reachOf(offer, r.participants);
      children += reach.children;
      parents += reach.parents;
      confirmed++;
    }
    if ((r.status === 'confirmed' || r.status === 'pending') && entry) held.set(r.sessionId, (held.get(r.sessionId) ?? 0) + r.participants);

    const month = localMonth(r.registeredAt);
    if (month && Number(month.slice(0, 4)) === year) {
      registrations++;
      months.set(month, (months.get(month) ?? 0) + 1);
      for (const t of offer?.themes ?? []) themes.set(t, (themes.get(t) ?? 0) + 1);
    }
  }

  const perMonth = Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    return { month, registrations: months.get(month) ?? 0 };
  });
  const titles = new Map(input.themes.map((t) => [t.id, t.title]));
  const perTheme = [...new Set([...input.themes.map((t) => t.id), ...themes.keys()])].map((id) => ({
    themeId: id,
    title: titles.get(id) ?? id,
    registrations: themes.get(id) ?? 0,
  }));

  const fills: SessionFill[] = [];
  for (const o of input.offers) {
    if (!o.portal) continue;
    for (const s of o.sessions) {
      if (s.cancelled || yearOf(s.start) !== year || s.capacity <= 0) continue;
      const h = s.taken + (held.get(s.id) ?? 0);
      fills.push({ sessionId: s.id, offerId: o.id, title: o.title, start: s.start, capacity: s.capacity, held: h, rate: h / s.capacity });
    }
  }
  fills.sort((a, b) => a.start.localeCompare(b.start) || a.sessionId.localeCompare(b.sessionId));
  const totalCapacity = fills.reduce((n, f) => n + f.capacity, 0);
  const totalHeld = fills.reduce((n, f) => n + f.held, 0);

  // Which partners had offers online in the year, and how many (offers, and their sessions that went ahead).
  const perPartner = new Map<string, { offers: number; sessions: number }>();
  for (const o of input.offers) {
    if (o.provider === CJG_PARTNER_ID) continue;
    const inYear = o.sessions.filter((s) => yearOf(s.start) === year);
    if (o.sessions.length > 0 && inYear.length === 0) continue;
    const p = perPartner.get(o.provider) ?? { offers: 0, sessions: 0 };
    p.offers++;
    p.sessions += inYear.filter((s) => !s.cancelled).length;
    perPartner.set(o.provider, p);
  }
  const partnerIds = new Set(perPartner.keys());

  const responses = input.responses.filter((r) => Number(r.month.slice(0, 4)) === year && Number.isInteger(r.score) && r.score >= 1 && r.score <= 5);
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const r of responses) distribution[r.score - 1]!++;
  const sum = responses.reduce((n, r) => n + r.score, 0);

  return {
    year,
    childrenReached: children,
    parentsReached: parents,
    registrations,
    confirmed,
    partners: { count: partnerIds.size, ids: [...partnerIds].sort(), list: [...perPartner].map(([id, p]) => ({ id, ...p })).sort((a, b) => a.id.localeCompare(b.id)) },
    satisfaction: {
      responses: responses.length,
      average: responses.length ? round1(sum / responses.length) : null,
      distribution,
      comments: responses.map((r) => r.comment?.trim() ?? '').filter(Boolean),
    },
    perMonth,
    perTheme,
    fill: { sessions: fills, average: totalCapacity ? totalHeld / totalCapacity : null },
    conversations: { answered: input.firstAnswerMinutes?.length ?? 0, medianMinutesToFirstAnswer: median(input.firstAnswerMinutes ?? []) ?? null },
  };
}

/** Percentage for display: 0.834 → "83%". */
export const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);

/**
 * The year's figures as CSV rows (first row = header): one section per
 * indicator, so a spreadsheet shows them top to bottom. No comments (free
 * text may hold personal details); those stay on the page.
 */
export function figuresCsvRows(f: Figures): string[][] {
  const rows: string[][] = [['onderdeel', 'omschrijving', 'waarde']];
  const add = (part: string, what: string, value: number | string) => rows.push([part, what, String(value)]);
  add('bereik', 'kinderen en jongeren bereikt', f.childrenReached);
  add('bereik', 'ouders bereikt', f.parentsReached);
  add('bereik', 'bevestigde inschrijvingen', f.confirmed);
  add('inschrijvingen', 'inschrijvingen ontvangen', f.registrations);
  add('jeugdpartners', 'jeugdpartners met aanbod op het platform (naast het CJG)', f.partners.count);
  add('tevredenheid', 'aantal reacties', f.satisfaction.responses);
  add('tevredenheid', 'gemiddeld cijfer (1-5)', f.satisfaction.average === null ? '' : f.satisfaction.average.toFixed(1));
  f.satisfaction.distribution.forEach((n, i) => add('tevredenheid', `reacties met score ${i + 1}`, n));
  f.perMonth.forEach((m, i) => add('inschrijvingen per maand', monthNames[i]!, m.registrations));
  f.perTheme.forEach((t) => add('inschrijvingen per thema', t.title, t.registrations));
  add('vragen van jongeren', 'gesprekken beantwoord (eerste antwoord in het jaar)', f.conversations.answered);
  add('vragen van jongeren', 'mediaan tijd tot eerste antwoord (minuten)', f.conversations.medianMinutesToFirstAnswer === null ? '' : Math.round(f.conversations.medianMinutesToFirstAnswer));
  add('bezetting', 'gemiddelde bezetting', f.fill.average === null ? '' : percent(f.fill.average));
  f.fill.sessions.forEach((s) => add('bezetting per bijeenkomst', `${s.title} (${s.start.replace('T', ' ')}, ${s.sessionId})`, `${s.held}/${s.capacity} (${percent(s.rate)})`));
  return rows;
}
