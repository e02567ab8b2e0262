import { z } from 'zod';
import { localDateTime, slug } from './common';

/**
 * One run of an offer: a training of several meetings, or a single webinar.
 * Times are Europe/Amsterdam wall-clock times (see `localDateTime`).
 */
export const sessionSchema = z
  .object({
    /** Stable id, unique across all offers; used in URLs, the API and the database. */
    id: slug,
    /** First meeting starts. */
    start: localDateTime,
    /** First meeting ends (for a series: the end of the first meeting). */
    end: localDateTime,
    /** Number of meetings in the series (1 for a webinar). */
    meetings: z.number().int().min(1).max(52).default(1),
    /** Last meeting ends (a series only). Without it the meetings are taken to be weekly. */
    lastEnd: localDateTime.optional(),
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
  })
  .refine((s) => s.end > s.start, { message: 'Het einde moet na het begin liggen.', path: ['end'] })
  .refine((s) => !s.deadline || s.deadline <= s.start, {
    message: 'De sluitingsdatum voor inschrijven moet voor het begin liggen.',
    path: ['deadline'],
  })
  .refine((s) => !s.lastEnd || s.lastEnd >= s.end, { message: 'De laatste bijeenkomst kan niet eerder eindigen dan de eerste.', path: ['lastEnd'] })
  .refine((s) => s.taken <= s.capacity, { message: 'Er kunnen niet meer plaatsen bezet zijn dan er zijn.', path: ['taken'] });
export type Session = z.infer<typeof sessionSchema>;
