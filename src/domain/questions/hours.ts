/**
 * When someone at the CJG reads the conversations: the answering hours per
 * weekday (Europe/Amsterdam wall-clock times, set in the back office), and
 * what that means right now: "someone is reading now" or "the next answer can
 * be expected from <day, time>". The one source of the reply promise on the
 * conversation pages (promiseFor); the static pages say the same without a
 * "now" (src/utils/contact.ts `replyPromise`). Pure: `now` is passed in.
 *
 * Holidays and other closed days (src/domain/questions/closed-days.ts) are
 * skipped: on Christmas nobody reads, even when it is a Friday.
 */
import { TZDate } from '@date-fns/tz';
import { TIME_ZONE, toLocal } from '../dates';
import { conversationCopy } from '../../i18n/copy/conversation';

/** ISO weekdays: 1 = maandag … 7 = zondag. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_NAMES: Record<Weekday, string> = { 1: 'maandag', 2: 'dinsdag', 3: 'woensdag', 4: 'donderdag', 5: 'vrijdag', 6: 'zaterdag', 7: 'zondag' };

/** "HH:MM", 24-hour clock. */
export interface DayHours {
  opens: string;
  closes: string;
}
/** A missing weekday is closed. */
export type AnswerHours = Partial<Record<Weekday, DayHours>>;

export type ReadingState =
  | { reading: true; until: Date }
  | { reading: false; nextFrom: Date }
  | { reading: false; nextFrom: undefined };

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isClock(s: string): boolean {
  return CLOCK.test(s);
}

/** The instant Amsterdam clocks show `clock` on the Amsterdam day y-m-d. */
function at(y: number, m: number, d: number, clock: string): Date {
  const [, h, mi] = CLOCK.exec(clock)!;
  return new Date(new TZDate(y, m - 1, d, Number(h), Number(mi), 0, 0, TIME_ZONE).getTime());
}

/** The Amsterdam calendar day `offset` days after the day of `now`, with its ISO weekday. */
function dayAfter(now: Date, offset: number): { y: number; m: number; d: number; weekday: Weekday } {
  const [y, m, d] = toLocal(now).slice(0, 10).split('-').map(Number) as [number, number, number];
  const u = new Date(Date.UTC(y, m - 1, d + offset));
  const wd = u.getUTCDay();
  return { y: u.getUTCFullYear(), m: u.getUTCMonth() + 1, d: u.getUTCDate(), weekday: (wd === 0 ? 7 : wd) as Weekday };
}

/**
 * Is someone reading at `now`, and until when; or from when again (undefined when no day is open).
 * `closed`: Amsterdam days (YYYY-MM-DD) nobody reads although the weekday is open. Without closed days
 * a week and a day settle it; each closed day can push the answer a week further (the one open weekday
 * closed), so the search goes that much further.
 */
export function readingState(hours: AnswerHours, now: Date, closed: ReadonlySet<string> = new Set()): ReadingState {
  for (let offset = 0; offset <= 7 * (closed.size + 1); offset++) {
    const day = dayAfter(now, offset);
    if (closed.has(`${day.y}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`)) continue;
    const h = hours[day.weekday];
    if (!h || !isClock(h.opens) || !isClock(h.closes) || h.closes <= h.opens) continue;
    const opens = at(day.y, day.m, day.d, h.opens);
    const closes = at(day.y, day.m, day.d, h.closes);
    if (closes.getTime() <= now.getTime()) continue;
    if (opens.getTime() <= now.getTime()) return { reading: true, until: closes };
    return { reading: false, nextFrom: opens };
  }
  return { reading: false, nextFrom: undefined };
}

/**
 * The sentences of the promise in one language (src/i18n/copy/conversation.ts `promise`): the rule stays
 * here, the words come from the page's language. `clock` and `day` format an instant on the Amsterdam clock.
 */
export interface PromiseWords {
  reading: (until: string) => string;
  next: (when: string) => string;
  none: string;
  today: (time: string) => string;
  tomorrow: (time: string) => string;
  onDay: (day: string, time: string) => string;
  clock: (d: Date) => string;
  day: (d: Date) => string;
}

const dutch: PromiseWords = conversationCopy.nl.promise;

/** "vandaag om 9.00 uur", "morgen om 9.00 uur" or "maandag 7 december 2026, 9.00 uur" (in `words`' language). */
export function formatNext(next: Date, now: Date, words: PromiseWords = dutch): string {
  const today = toLocal(now).slice(0, 10);
  const day = toLocal(next).slice(0, 10);
  const tomorrow = (() => {
    const d = dayAfter(now, 1);
    return `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
  })();
  const time = words.clock(next);
  if (day === today) return words.today(time);
  if (day === tomorrow) return words.tomorrow(time);
  return words.onDay(words.day(next), time);
}

/** The one promise on a conversation page, from the hours, in `words`' language (Dutch by default). */
export function promiseFor(state: ReadingState, now: Date, words: PromiseWords = dutch): string {
  if (state.reading) return words.reading(words.clock(state.until));
  if (state.nextFrom) return words.next(formatNext(state.nextFrom, now, words));
  return words.none;
}

/** "maandag tot en met vrijdag van 9.00 tot 17.00 uur" or a line per group of days with the same hours. */
export function describeWeek(hours: AnswerHours): string {
  const groups: { from: Weekday; to: Weekday; h: DayHours }[] = [];
  for (const wd of WEEKDAYS) {
    const h = hours[wd];
    if (!h) continue;
    const last = groups.at(-1);
    if (last && last.to === wd - 1 && last.h.opens === h.opens && last.h.closes === h.closes) last.to = wd;
    else groups.push({ from: wd, to: wd, h });
  }
  if (groups.length === 0) return 'op dit moment op geen enkele dag';
  const t = (c: string) => c.replace(/^0/, '').replace(':', '.');
  const days = (g: (typeof groups)[number]) =>
    g.from === g.to ? `op ${WEEKDAY_NAMES[g.from]}` : g.to === g.from + 1 ? `op ${WEEKDAY_NAMES[g.from]} en ${WEEKDAY_NAMES[g.to]}` : `${WEEKDAY_NAMES[g.from]} tot en met ${WEEKDAY_NAMES[g.to]}`;
  const parts = groups.map((g) => `${days(g)} van ${t(g.h.opens)} tot ${t(g.h.closes)} uur`);
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}

export type HoursFormResult = { ok: true; hours: AnswerHours } | { ok: false; errors: Record<string, string>; values: Record<string, string> };

/**
 * The back office's form: per weekday `open-<n>` ("ja" when open), `opens-<n>`, `closes-<n>`.
 * Field errors in Dutch, keyed by the field that is wrong.
 */
export function parseHoursForm(form: URLSearchParams): HoursFormResult {
  const hours: AnswerHours = {};
  const errors: Record<string, string> = {};
  const values: Record<string, string> = {};
  for (const wd of WEEKDAYS) {
    const open = form.get(`open-${wd}`) === 'ja';
    const opens = (form.get(`opens-${wd}`) ?? '').trim().replace('.', ':').padStart(5, '0');
    const closes = (form.get(`closes-${wd}`) ?? '').trim().replace('.', ':').padStart(5, '0');
    values[`open-${wd}`] = open ? 'ja' : '';
    values[`opens-${wd}`] = (form.get(`opens-${wd}`) ?? '').slice(0, 10);
    values[`closes-${wd}`] = (form.get(`closes-${wd}`) ?? '').slice(0, 10);
    if (!open) continue;
    const name = WEEKDAY_NAMES[wd];
    if (!isClock(opens)) errors[`opens-${wd}`] = `Vul bij ${name} een begintijd in, zoals 09:00.`;
    else if (!isClock(closes)) errors[`closes-${wd}`] = `Vul bij ${name} een eindtijd in, zoals 17:00.`;
    else if (closes <= opens) errors[`closes-${wd}`] = `Bij ${name} moet de eindtijd na de begintijd liggen.`;
    else hours[wd] = { opens, closes };
  }
  return Object.keys(errors).length ? { ok: false, errors, values } : { ok: true, hours };
}
