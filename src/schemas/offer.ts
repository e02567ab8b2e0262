import { z } from 'zod';
import { ageRange, audience, slug } from './common';
import { sessionSchema } from './session';
import { locales } from '../i18n/locales';

export const offerKinds = ['training', 'webinar', 'workshop', 'ouderavond', 'gezinsaanbod', 'spreekuur', 'groep'] as const;
export const offerKind = z.enum(offerKinds);
export type OfferKind = z.infer<typeof offerKind>;

export const formats = ['online', 'op-locatie', 'hybride'] as const;
export const format = z.enum(formats);
export type Format = z.infer<typeof format>;

/** Levels of the Databank Effectieve Jeugdinterventies (NJi), or none. */
export const evidenceLevels = [
  'geen',
  'goed-onderbouwd',
  'effectief-eerste-aanwijzingen',
  'effectief-goede-aanwijzingen',
  'effectief-sterke-aanwijzingen',
] as const;

export const costSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('gratis') }),
  z.object({
    type: z.literal('betaald'),
    /** Price in euros for the whole training, per participant. */
    amount: z.number().positive().max(10000),
    /** Free for residents of Haarlem and Zandvoort (paid by the municipality). */
    freeForResidents: z.boolean().default(false),
    /** E.g. "Korting met de Haarlem Pas". */
    note: z.string().optional(),
  }),
]);
export type Cost = z.infer<typeof costSchema>;

export const evidenceSchema = z.object({
  level: z.enum(evidenceLevels),
  /** Where it is recognised, e.g. "Databank Effectieve Jeugdinterventies". */
  source: z.string().optional(),
});

export const registrationMethodSchema = z.discriminatedUnion('method', [
  z.object({
    method: z.literal('portal'),
    /** The CJG first calls to check that the training fits (triage): registrations start as pending. */
    intake: z.boolean().default(false),
    /** Ask the child's first name and age (children's trainings). */
    askChild: z.boolean().default(false),
    /** Ask the school group (groep 1–8, klas 1–6). */
    askSchoolGroup: z.boolean().default(false),
  }),
  z.object({
    method: z.literal('extern'),
    // Only http(s): a javascript: or data: address would run script from the registration button.
    url: z.url({ protocol: /^https?$/, message: 'Geef een volledig webadres, beginnend met https://.' }),
    /** Text on the button, e.g. "Aanmelden bij Kenter". */
    label: z.string().optional(),
  }),
]);
export type RegistrationMethod = z.infer<typeof registrationMethodSchema>;

/**
 * An offer of the preventive group catalogue (training, webinar, workshop…).
 * Body: the full description (MDX). References (themes, provider, session
 * locations) are checked against the other collections at build time by
 * `src/catalogue/references.ts`.
 */
export const offerSchema = z
  .object({
    title: z.string().min(3).max(120),
    kind: offerKind,
    /** One or two sentences for cards, search results and meta descriptions. */
    summary: z.string().min(20).max(300),
    themes: z.array(slug).min(1, 'Kies minstens één thema.'),
    audience: z.array(audience).min(1, 'Kies minstens één doelgroep.'),
    /** Age of the child or youngster the offer is about, in years. */
    ages: ageRange,
    format,
    /** Partner id from `content/partners` ("cjg" for the CJG itself). */
    provider: slug,
    cost: costSchema,
    evidence: evidenceSchema.default({ level: 'geen' }),
    registration: registrationMethodSchema,
    /**
     * What a participant brings, in short items ("Een schrift en een pen"),
     * shown in the registration mails. Only what the description supports; empty when nothing is needed.
     */
    bring: z
      .array(z.string().trim().min(2, 'Schrijf bij "Wat neem je mee" minstens 2 tekens per regel.').max(80, 'Gebruik bij "Wat neem je mee" hoogstens 80 tekens per regel.'))
      .max(8, 'Zet bij "Wat neem je mee" hoogstens 8 dingen.')
      .default([]),
    /**
     * The languages the offer is given in (issue 18), as language codes: `[nl]` for most, `[nl, en]` or `[en]`
     * for a group in English. Shown on the offer's page and card and as the catalogue filter "Taal".
     */
    languages: z
      .array(z.enum(locales, { error: 'Kies een taal uit de lijst: nl, en, ar, tr, pl of uk.' }))
      .min(1, 'Kies minstens één taal.')
      .refine((l) => new Set(l).size === l.length, 'Zet elke taal één keer.')
      .default(['nl']),
    /** "Met tolk op aanvraag": an interpreter can come along when you ask for one at registration. */
    interpreter: z.boolean().default(false),
    /** Words and synonyms people search with that do not appear in the text. */
    keywords: z.array(z.string()).default([]),
    sessions: z.array(sessionSchema).default([]),
    /** True when dates, prices or places in this file are invented sample data. */
    sampleData: z.boolean().default(false),
  })
  .superRefine((offer, ctx) => {
    const ids = new Set<string>();
    offer.sessions.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', message: `Sessie-id "${s.id}" komt twee keer voor.`, path: ['sessions', i, 'id'] });
      ids.add(s.id);
      if (offer.format === 'online' && s.location !== 'online')
        ctx.addIssue({ code: 'custom', message: 'Een online aanbod heeft als locatie "online".', path: ['sessions', i, 'location'] });
      if (s.joinUrl && offer.format === 'op-locatie' && s.location !== 'online')
        ctx.addIssue({ code: 'custom', message: 'Een link om online mee te doen past alleen bij een online of hybride bijeenkomst.', path: ['sessions', i, 'joinUrl'] });
    });
  });
export type Offer = z.infer<typeof offerSchema>;
export type OfferInput = z.input<typeof offerSchema>;
