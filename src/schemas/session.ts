import { z } from 'zod';
import { localDateTime, slug } from './common';

/**
 * One run of an offer: a training of several meetings, or a single webinar.
 * Times are Europe/Amsterdam wall-clock times (see `localDateTime`).
 */
/** One later meeting of a series: its own wall-clock times, and a label when it differs from the rest ("Ouderavond"). */
export const meetingSchema = z
  .object({
    start: localDateTime,
    end: localDateTime,
    label: z.string().trim().min(1).max(60).optional(),
  })
  .refine((m) => m.end > m.start, { message: 'Het einde van een bijeenkomst moet na het begin liggen.', path: ['end'] });
export type Meeting = z.infer<typeof meetingSchema>;

export const sessionSchema = z
  .object({
    /** Stable id, unique across all offers; used in URLs, the API and the database. */
    id: slug,
    /** First meeting starts. */
    start: localDateTime,
    /** First meeting ends (for a series: the end of the first meeting). */
    end: localDateTime,
    /**
     * The later meetings of a series, in date order (empty for a single
     * meeting such as a webinar). Calendars, mails and the agenda list every
     * meeting from here; see `meetingsOf` in src/domain/offers/meetings.ts.
     */
    laterMeetings: z.array(meetingSchema).max(51, 'Een reeks heeft hoogstens 52 bijeenkomsten.').default([]),
    /** Weekday and time pattern in words, e.g. "6 dinsdagavonden". */
    schedule: z.string().optional(),
    /** A location id from `content/locations`, or "online". */
    location: z.union([slug, z.literal('online')]),
    /** Maximum number of confirmed places (participants, not households). */
    capacity: z.number().int().min(1).max(10000),
    /** Places already taken when this file was written (sample data); the live figure comes from the server. */
    taken: z.number().int().min(0).default(0),
    /** Last moment to register; defaults to the start. */
    deadline: localDateTime.optional(),
    /** Set when the session will not take place. */
    cancelled: z.boolean().default(false),
    /**
     * The link to join an online or hybrid session (a video call). Private:
     * only in the calendar file (and mail) of a confirmed registration, never
     * in public pages, feeds or JSON-LD; see `joinLinkFor`. https only.
     */
    joinUrl: z.url({ protocol: /^https$/, message: 'Geef een volledig webadres, beginnend met https://.' }).optional(),
  })
  .refine((s) => s.end > s.start, { message: 'Het einde moet na het begin liggen.', path: ['end'] })
  .refine((s) => !s.deadline || s.deadline <= s.start, {
    message: 'De sluitingsdatum voor inschrijven moet voor het begin liggen.',
    path: ['deadline'],
  })
  .superRefine((s, ctx) => {
    let previous = s.start;
    s.laterMeetings.forEach((m, i) => {
      if (m.start <= previous)
        ctx.addIssue({ code: 'custom', message: 'Zet de bijeenkomsten op volgorde: elke bijeenkomst begint na de vorige.', path: ['laterMeetings', i, 'start'] });
      previous = m.start;
    });
  })
  .refine((s) => s.taken <= s.capacity, { message: 'Er kunnen niet meer plaatsen bezet zijn dan er zijn.', path: ['taken'] });
export type Session = z.infer<typeof sessionSchema>;
