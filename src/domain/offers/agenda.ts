/**
 * The agenda: every upcoming session of every offer, soonest first, grouped
 * by month (Amsterdam wall-clock time, so a session at 00:30 on 1 February
 * is in February whatever UTC says). Pure.
 */
import type { Session } from '../../schemas/session';
import { formatMonth, toInstant } from '../dates';
import { upcomingSessions } from './index';

export interface AgendaEntry<O, S extends Session = Session> {
  offer: O;
  session: S;
}

export interface AgendaMonth<E> {
  /** "2027-01" — stable, also the heading's id. */
  key: string;
  /** "januari 2027" */
  label: string;
  entries: E[];
}

const collator = new Intl.Collator('nl');

/** Every upcoming, not cancelled session with its offer: soonest first, then by offer title, then by session id. */
export function agendaEntries<S extends Session, O extends { id: string; data: { title: string; sessions: S[] } }>(offers: readonly O[], now: Date): AgendaEntry<O, S>[] {
  const entries = offers.flatMap((offer) => upcomingSessions(offer.data.sessions, now).map((session) => ({ offer, session, at: toInstant(session.start).getTime() })));
  entries.sort((a, b) => a.at - b.at || collator.compare(a.offer.data.title, b.offer.data.title) || (a.session.id < b.session.id ? -1 : 1));
  return entries.map(({ offer, session }) => ({ offer, session }));
}

/** Groups entries (already in date order) by the month of their start; months in order of first appearance. */
export function groupByMonth<E>(entries: readonly E[], startOf: (entry: E) => string): AgendaMonth<E>[] {
  const months: AgendaMonth<E>[] = [];
  for (const entry of entries) {
    const start = startOf(entry);
    const key = start.slice(0, 7);
    let month = months.at(-1);
    if (month?.key !== key) {
      month = months.find((m) => m.key === key);
      if (!month) months.push((month = { key, label: formatMonth(start), entries: [] }));
    }
    month.entries.push(entry);
  }
  return months;
}
