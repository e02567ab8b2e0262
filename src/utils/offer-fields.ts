/**
 * An offer as the labelled values a reader sees, in Dutch: the input of the
 * review's "what changed" list (src/domain/offers/diff.ts). The same labels
 * and formatting as the public offer page (OfferDetail.astro), so a change
 * shows as it will read on the website.
 */
import { formatAgeRange } from '../domain/ages';
import { formatDateTime, formatSlot } from '../domain/dates';
import type { DisplayField } from '../domain/offers/diff';
import { meetingCount, meetingsOf } from '../domain/offers/meetings';
import type { ProposedLocation } from '../domain/offers/location';
import type { Offer } from '../schemas/offer';
import type { Session } from '../schemas/session';
import { audienceLabels, costText, districtLabels, formatLabels, kindLabels, languagesText, municipalityLabels } from './labels';

export interface FieldNames {
  theme(id: string): string | undefined;
  partner(id: string): string | undefined;
  /** A location's name and address as shown, e.g. "CJG Noord, Straat 1, Haarlem (Haarlem Noord)". */
  place(id: string): string | undefined;
}

/** The place of a location as the session list shows it. */
export function placeText(l: { name: string; address: { street: string; city: string }; district?: string | undefined; municipality: string }): string {
  const area = l.district ? districtLabels[l.district as keyof typeof districtLabels] : municipalityLabels[l.municipality as keyof typeof municipalityLabels];
  return `${l.name}, ${l.address.street}, ${l.address.city}${area ? ` (${area})` : ''}`;
}

function registrationText(r: Offer['registration']): string {
  if (r.method === 'extern') return `Via de eigen website: ${r.url}${r.label ? ` (knop: ${r.label})` : ''}`;
  const extra = [r.intake && 'eerst een kort gesprek', r.askChild && 'vraagt naam en leeftijd van het kind', r.askSchoolGroup && 'vraagt groep of klas'].filter(Boolean);
  return `Via Samen Opgroeien${extra.length ? ` (${extra.join('; ')})` : ''}`;
}

function sessionField(s: Session, names: FieldNames): DisplayField {
  const slot = formatSlot(s.start, s.end);
  const deadline = s.deadline ?? s.start;
  return {
    key: `session:${s.id}`,
    label: `Bijeenkomst ${slot}`,
    value: slot,
    parts: [
      { key: 'when', label: 'Wanneer', value: slot },
      { key: 'meetings', label: 'Bijeenkomsten', value: `${meetingCount(s)}${s.schedule ? ` (${s.schedule})` : ''}${s.laterMeetings.length ? `: ${meetingsOf(s).map((m) => `${formatSlot(m.start, m.end)}${m.label ? ` (${m.label})` : ''}`).join('; ')}` : ''}` },
      { key: 'place', label: 'Waar', value: s.location === 'online' ? 'Online' : names.place(s.location) ?? s.location },
      { key: 'capacity', label: 'Plaatsen', value: String(s.capacity) },
      { key: 'deadline', label: 'Inschrijven kan tot', value: formatDateTime(deadline) },
      { key: 'cancelled', label: 'Gaat niet door', value: s.cancelled ? 'Gaat niet door' : '' },
    ],
  };
}

/** Every field of an offer a reader sees, in the order of the offer page. */
export function offerFields(d: Offer, body: string, names: FieldNames): DisplayField[] {
  return [
    { key: 'title', label: 'Titel', value: d.title },
    { key: 'kind', label: 'Soort', value: kindLabels[d.kind] },
    { key: 'summary', label: 'Samenvatting', value: d.summary },
    { key: 'audience', label: 'Voor wie', value: d.audience.map((a) => audienceLabels[a]).join(', ') },
    { key: 'ages', label: 'Leeftijd kind', value: formatAgeRange(d.ages) },
    { key: 'format', label: 'Vorm', value: formatLabels[d.format] },
    { key: 'languages', label: 'Taal', value: languagesText({ languages: d.languages ?? ['nl'], interpreter: !!d.interpreter }) },
    { key: 'cost', label: 'Kosten', value: costText(d.cost) },
    { key: 'provider', label: 'Door', value: names.partner(d.provider) ?? d.provider },
    { key: 'themes', label: 'Thema', value: d.themes.map((t) => names.theme(t) ?? t).join(', ') },
    { key: 'registration', label: 'Inschrijven', value: registrationText(d.registration) },
    { key: 'keywords', label: 'Zoekwoorden', value: d.keywords.join(', ') },
    { key: 'bring', label: 'Wat neem je mee', value: (d.bring ?? []).join(', ') },
    { key: 'body', label: 'Beschrijving', value: body.trim(), multiline: true },
    ...d.sessions.map((s) => sessionField(s, names)),
  ];
}

/** A location proposed with the offer, as one field of the review (name, address, area, accessibility). */
export function proposalField(p: ProposedLocation | undefined): DisplayField {
  return {
    key: 'proposedLocation',
    label: 'Nieuwe locatie',
    value: p ? `${placeText(p)}, ${p.address.postcode}\nToegankelijkheid: ${p.accessibility}` : '',
  };
}
