/**
 * The meetings of a session: the first (`start`–`end`) and the later ones
 * (`laterMeetings`). Calendars, mails, the agenda and retention read the
 * series from here. Pure.
 */
import type { Meeting, Session } from '../../schemas/session';

export type { Meeting };

type SeriesShape = Pick<Session, 'start' | 'end' | 'laterMeetings'>;

/** Every meeting of the series in date order, the first included. */
export function meetingsOf(session: SeriesShape): Meeting[] {
  return [{ start: session.start, end: session.end }, ...(session.laterMeetings ?? [])];
}

/** How many times the group meets (1 for a webinar). */
export function meetingCount(session: SeriesShape): number {
  return 1 + (session.laterMeetings?.length ?? 0);
}

/**
 * When the whole series is over (Amsterdam wall-clock time): the end of its
 * last meeting. Retention and the after-session survey count from here, not
 * from the first meeting.
 */
export function seriesEnd(session: SeriesShape): string {
  return meetingsOf(session).reduce((last, m) => (m.end > last ? m.end : last), session.end);
}

const LINE = /^(\d{1,2})-(\d{1,2})-(\d{4})(?:\s+(\d{1,2})[:.](\d{2})\s*-\s*(\d{1,2})[:.](\d{2}))?(?:\s+(.+))?$/;
const pad = (n: string | number) => String(n).padStart(2, '0');

/**
 * The later meetings as a partner types them, one per line:
 * "17-03-2027" (same times as the first meeting) or
 * "24-03-2027 19.30-21.00 Ouderavond" (own times and a label).
 * Returns the meetings, or the Dutch message for the first line that is not understood.
 */
export function parseMeetingLines(text: string, first: { start: string; end: string }): { ok: true; meetings: Meeting[] } | { ok: false; message: string } {
  const meetings: Meeting[] = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length > 51) return { ok: false, message: 'Een reeks heeft hoogstens 52 bijeenkomsten.' };
  const firstTimes = /T(\d{2}:\d{2})$/;
  const startTime = firstTimes.exec(first.start)?.[1];
  const endTime = firstTimes.exec(first.end)?.[1];
  for (const [i, line] of lines.entries()) {
    const m = LINE.exec(line);
    const bad = { ok: false as const, message: `Regel ${i + 1} ("${line.slice(0, 40)}") begrijpen we niet. Schrijf een datum als 17-03-2027, eventueel met tijden en een naam: 17-03-2027 19.30-21.00 Ouderavond.` };
    if (!m) return bad;
    const [, d, mo, y, sh, sm, eh, em, label] = m;
    // A label that starts with a digit is a time that was not understood ("19.00" without an end).
    if (label && /^\d/.test(label)) return bad;
    const day = Number(d), month = Number(mo);
    const date = new Date(Date.UTC(Number(y), month - 1, day));
    if (month < 1 || month > 12 || date.getUTCDate() !== day) return bad;
    const iso = `${y}-${pad(month)}-${pad(day)}`;
    const from = sh ? `${pad(sh)}:${sm}` : startTime;
    const to = eh ? `${pad(eh)}:${em}` : endTime;
    if (!from || !to) return { ok: false, message: 'Vul eerst het begin en het einde van de eerste bijeenkomst in.' };
    if (label && label.length > 60) return { ok: false, message: `De naam op regel ${i + 1} mag hoogstens 60 tekens hebben.` };
    meetings.push({ start: `${iso}T${from}`, end: `${iso}T${to}`, ...(label ? { label } : {}) });
  }
  return { ok: true, meetings };
}

/** The inverse of `parseMeetingLines`, to put the meetings back in the form. */
export function meetingLines(session: SeriesShape): string {
  const time = (local: string) => local.slice(11, 16).replace(':', '.');
  return (session.laterMeetings ?? [])
    .map((m) => {
      const [y, mo, d] = m.start.slice(0, 10).split('-');
      const sameTimes = m.start.slice(11) === session.start.slice(11) && m.end.slice(11) === session.end.slice(11);
      return `${d}-${mo}-${y}${sameTimes && !m.label ? '' : ` ${time(m.start)}-${time(m.end)}`}${m.label ? ` ${m.label}` : ''}`;
    })
    .join('\n');
}

/** Weekly meetings after the first, skipping the given weeks (for generated sample data). */
export function weeklyMeetings(first: { start: string; end: string }, count: number, skip: (isoDate: string) => boolean = () => false): Meeting[] {
  const out: Meeting[] = [];
  const [date] = first.start.split('T') as [string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  for (let week = 1; out.length < count - 1 && week < 120; week++) {
    const iso = new Date(Date.UTC(y, m - 1, d + 7 * week)).toISOString().slice(0, 10);
    if (skip(iso)) continue;
    out.push({ start: `${iso}T${first.start.slice(11)}`, end: `${iso}T${first.end.slice(11)}` });
  }
  return out;
}
