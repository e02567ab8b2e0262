/** Dutch labels for the stable identifiers in the schemas. */
import type { Audience, District, Municipality } from '../schemas/common';
import type { Cost, Format, OfferKind } from '../schemas/offer';
import type { Locale } from '../i18n/locales';

export const kindLabels: Record<OfferKind, string> = {
  training: 'Training',
  webinar: 'Webinar',
  workshop: 'Workshop',
  ouderavond: 'Ouderavond',
  gezinsaanbod: 'Gezinsaanbod',
  spreekuur: 'Spreekuur',
  groep: 'Groep',
};

export const formatLabels: Record<Format, string> = {
  online: 'Online',
  'op-locatie': 'Op locatie',
  hybride: 'Online of op locatie',
};

/** The languages an offer is given in, named in Dutch ("Training in het Engels"). */
export const languageLabels: Record<Locale, string> = {
  nl: 'Nederlands',
  en: 'Engels',
  ar: 'Arabisch',
  tr: 'Turks',
  pl: 'Pools',
  uk: 'Oekraïens',
};

/** "Nederlands, met tolk op aanvraag" / "Engels": the offer's languages for its page and card. */
export function languagesText(offer: { languages: readonly Locale[]; interpreter: boolean }, labels: Record<Locale, string> = languageLabels, interpreter = 'met tolk op aanvraag'): string {
  const names = offer.languages.map((l) => labels[l]).join(', ');
  return offer.interpreter ? `${names}, ${interpreter}` : names;
}

export const audienceLabels: Record<Audience, string> = {
  ouders: 'Ouders',
  kinderen: 'Kinderen',
  jongeren: 'Jongeren',
  gezinnen: 'Gezinnen',
  professionals: 'Professionals',
};

export const municipalityLabels: Record<Municipality, string> = {
  haarlem: 'Haarlem',
  zandvoort: 'Zandvoort',
  heemstede: 'Heemstede',
  bloemendaal: 'Bloemendaal',
  'haarlemmerliede-en-spaarnwoude': 'Haarlemmerliede en Spaarnwoude',
  velsen: 'Velsen',
  beverwijk: 'Beverwijk',
  heemskerk: 'Heemskerk',
  uitgeest: 'Uitgeest',
};

export const districtLabels: Record<District, string> = {
  centrum: 'Haarlem Centrum',
  noord: 'Haarlem Noord',
  oost: 'Haarlem Oost',
  'zuid-west': 'Haarlem Zuid-West',
  schalkwijk: 'Schalkwijk',
  zandvoort: 'Zandvoort',
};

export const evidenceLabels: Record<string, string> = {
  geen: 'Niet beoordeeld',
  'goed-onderbouwd': 'Goed onderbouwd',
  'effectief-eerste-aanwijzingen': 'Effectief volgens eerste aanwijzingen',
  'effectief-goede-aanwijzingen': 'Effectief volgens goede aanwijzingen',
  'effectief-sterke-aanwijzingen': 'Effectief volgens sterke aanwijzingen',
};

export const partnerKindLabels: Record<string, string> = {
  cjg: 'Centrum voor Jeugd en Gezin',
  jeugdgezondheidszorg: 'Jeugdgezondheidszorg',
  jeugdhulp: 'Jeugdhulp',
  ggz: 'Geestelijke gezondheidszorg',
  welzijn: 'Welzijn',
  jongerenwerk: 'Jongerenwerk',
  onderwijs: 'Onderwijs',
  vrijwilligers: 'Vrijwilligersorganisatie',
  veiligheid: 'Veiligheid',
  gemeente: 'Gemeente',
  overig: 'Overig',
};

export const ageGroupLabels: Record<string, string> = {
  '0-4': '0 tot 4 jaar',
  '4-12': '4 tot 12 jaar',
  '12-18': '12 tot 18 jaar',
  '18-23': '18 tot 23 jaar',
};

export const topicLabels: Record<string, string> = {
  opvoeden: 'Opvoeden',
  ontwikkeling: 'Ontwikkeling',
  'gedrag-en-emoties': 'Gedrag en emoties',
  school: 'School',
  scheiden: 'Scheiden',
  weerbaarheid: 'Weerbaarheid',
  'mentale-gezondheid': 'Je goed voelen',
  'relaties-en-seksualiteit': 'Relaties en seksualiteit',
  middelen: 'Alcohol en drugs',
  'geld-en-wonen': 'Geld en wonen',
  veiligheid: 'Veiligheid',
  media: 'Media en internet',
};

export function euro(amount: number): string {
  return new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(amount);
}

/** The cost as the offer page says it: "Gratis", or "€ 45 (gratis als je in Haarlem of Zandvoort woont). Korting met …". */
export function costText(cost: Cost): string {
  return cost.type === 'gratis'
    ? 'Gratis'
    : `${euro(cost.amount)}${cost.freeForResidents ? ' (gratis als je in Haarlem of Zandvoort woont)' : ''}${cost.note ? `. ${cost.note}` : ''}`;
}
