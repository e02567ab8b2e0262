import { z } from 'zod';
import { district, municipality } from './common';

/** A place where sessions happen or youngsters can walk in. */
export const locationSchema = z
  .object({
    name: z.string().min(2),
    address: z.object({
      street: z.string().min(3),
      postcode: z.string().regex(/^\d{4} ?[A-Z]{2}$/, 'Een postcode is vier cijfers en twee hoofdletters, zoals 2011 AB.'),
      city: z.string().min(2),
    }),
    municipality,
    /** Haarlem district or "zandvoort"; empty for other municipalities. */
    district: district.optional(),
    /** Step-free access, lift, accessible toilet, parking, public transport. */
    accessibility: z.string().min(10),
    /** What the place is, e.g. "CJG-locatie", "basisschool", "inloop". */
    kind: z.string().optional(),
    sampleData: z.boolean().default(false),
  })
  .refine((l) => l.municipality !== 'haarlem' || l.district !== undefined, {
    message: 'Een locatie in Haarlem heeft een wijk (centrum, noord, oost, zuid-west of schalkwijk).',
    path: ['district'],
  });
export type Location = z.infer<typeof locationSchema>;
