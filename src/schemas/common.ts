/**
 * Shared building blocks for the content schemas. Everything a visitor reads
 * (enum labels) is mapped to Dutch in `src/utils/labels.ts`; the values here
 * are stable identifiers used in URLs, filters and the database.
 */
import { z } from 'zod';

/** A content id: lowercase words joined by hyphens, as used in URLs. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Gebruik alleen kleine letters, cijfers en streepjes (bijvoorbeeld "pubers-en-zo").');

/** Municipalities of Zuid-Kennemerland and IJmond that the portal serves. */
export const municipalities = [
  'haarlem',
  'zandvoort',
  'heemstede',
  'bloemendaal',
  'haarlemmerliede-en-spaarnwoude',
  'velsen',
  'beverwijk',
  'heemskerk',
  'uitgeest',
] as const;
export const municipality = z.enum(municipalities);
export type Municipality = z.infer<typeof municipality>;

/** Haarlem's districts (CJG areas) plus Zandvoort; other municipalities have no district. */
export const districts = ['centrum', 'noord', 'oost', 'zuid-west', 'schalkwijk', 'zandvoort'] as const;
export const district = z.enum(districts);
export type District = z.infer<typeof district>;

export const audiences = ['ouders', 'kinderen', 'jongeren', 'gezinnen', 'professionals'] as const;
export const audience = z.enum(audiences);
export type Audience = z.infer<typeof audience>;

export const ageGroups = ['0-4', '4-12', '12-18', '18-23'] as const;
export const ageGroup = z.enum(ageGroups);
export type AgeGroup = z.infer<typeof ageGroup>;

/** An inclusive range of ages in whole years (of the child or youngster). */
export const ageRange = z
  .object({
    min: z.number().int().min(0).max(27),
    max: z.number().int().min(0).max(27),
  })
  .refine((r) => r.min <= r.max, { message: 'De minimumleeftijd mag niet hoger zijn dan de maximumleeftijd.', path: ['max'] });
export type AgeRange = z.infer<typeof ageRange>;

/**
 * A wall-clock date-time in Europe/Amsterdam, written without offset
 * ("2026-12-03T19:30"). The offset follows from the date (summer or winter
 * time); `src/domain/dates.ts` turns it into an instant.
 */
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Schrijf datum en tijd als JJJJ-MM-DDTUU:MM, bijvoorbeeld 2026-12-03T19:30 (Nederlandse tijd).');

export const phone = z.string().regex(/^[0-9 +()-]{3,20}$/, 'Dit is geen geldig telefoonnummer.');
