/**
 * A translation of an offer (issue 18): `content/offers/<locale>/<offer id>.md`, next to its Dutch
 * source in content/. Only text can be translated: the title, the summary, what to bring and (optionally) the
 * description as the Markdown body. Everything practical (dates, places, price, ages, registration) comes from
 * the Dutch file, so the schema is strict: any other field is refused, with a message that says so.
 */
import { z } from 'zod';

export const translatedFields = ['title', 'summary', 'bring'] as const;

export const offerTranslationSchema = z.strictObject(
  {
    title: z.string().trim().min(3, 'Schrijf een titel van minstens 3 tekens.').max(120, 'Gebruik voor de titel hoogstens 120 tekens.'),
    summary: z.string().trim().min(20, 'Schrijf een samenvatting van minstens 20 tekens.').max(300, 'Gebruik voor de samenvatting hoogstens 300 tekens.'),
    /** What a participant brings, in the same order as the Dutch `bring`. */
    bring: z.array(z.string().trim().min(2).max(80)).max(8).optional(),
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `Een vertaling vertaalt alleen tekst (${translatedFields.join(', ')}). ${iss.keys.join(', ')} komt uit het Nederlandse bestand en kan hier niet staan.`
        : undefined,
  },
);
export type OfferTranslation = z.infer<typeof offerTranslationSchema>;
