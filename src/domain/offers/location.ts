/**
 * A new location a partner proposes with an offer: the form's fields
 * (`newLocation.*`) ↔ the location schema of content/locations, so an
 * approved proposal is a location like the files. Only Haarlem and Zandvoort
 * (the CJG's area); a Haarlem location names its district. Pure.
 *
 * In the offer form a session chooses the proposal with the location value
 * `NEW_LOCATION`; when saved, the proposal gets a real id and travels in the
 * offer's data as `proposedLocation` (so the review's version covers it),
 * until the coordinator approves the offer: then it becomes a location.
 */
import { locationSchema, type Location } from '../../schemas/location';

/** The location value of a session that takes place at the proposed location (never an id: see `isLocationIdFree`). */
export const NEW_LOCATION = 'nieuw';

export const proposalMunicipalities = ['haarlem', 'zandvoort'] as const;
export const proposalDistricts = ['centrum', 'noord', 'oost', 'zuid-west', 'schalkwijk'] as const;

export interface LocationFormValues {
  name: string;
  street: string;
  postcode: string;
  municipality: string;
  district: string;
  accessibility: string;
}

/** A proposed location as stored in an offer's data: the location and its id. */
export type ProposedLocation = Location & { id: string };

export const emptyLocationValues = (): LocationFormValues => ({ name: '', street: '', postcode: '', municipality: '', district: '', accessibility: '' });

const FIELDS = Object.keys(emptyLocationValues()) as (keyof LocationFormValues)[];

export function locationValuesFromForm(f: URLSearchParams): LocationFormValues {
  return Object.fromEntries(FIELDS.map((k) => [k, (f.get(`newLocation.${k}`) ?? '').trim()])) as unknown as LocationFormValues;
}

export const hasLocationValues = (v: LocationFormValues) => FIELDS.some((k) => v[k] !== '');

/** The form values of a stored proposal (to edit it). */
export function locationValuesFrom(p: ProposedLocation | undefined): LocationFormValues {
  if (!p) return emptyLocationValues();
  return {
    name: p.name,
    street: p.address.street,
    postcode: p.address.postcode,
    municipality: p.municipality,
    district: p.municipality === 'haarlem' ? p.district ?? '' : '',
    accessibility: p.accessibility,
  };
}

const MAX = { name: 100, street: 120, accessibility: 1000 } as const;

const messages: Record<keyof LocationFormValues, string> = {
  name: `Vul de naam van de locatie in (2 tot ${MAX.name} tekens).`,
  street: 'Vul de straat en het huisnummer in, bijvoorbeeld Kweekhof 40.',
  postcode: 'Vul de postcode in: vier cijfers en twee letters, zoals 2011 AB.',
  municipality: 'Kies Haarlem of Zandvoort.',
  district: 'Kies de wijk in Haarlem.',
  accessibility: 'Beschrijf in minstens 10 tekens hoe toegankelijk de locatie is. Bijvoorbeeld: drempelvrij, met lift en invalidentoilet.',
};

export type LocationErrors = Partial<Record<`newLocation.${keyof LocationFormValues}`, string>>;

/** Validate with the schema of content/locations; errors keyed by form field (`newLocation.name`…). */
export function validateProposedLocation(v: LocationFormValues): { ok: true; location: Location } | { ok: false; errors: LocationErrors } {
  const errors: LocationErrors = {};
  if (v.name.length > MAX.name) errors['newLocation.name'] = messages.name;
  if (v.street.length > MAX.street) errors['newLocation.street'] = `Gebruik hoogstens ${MAX.street} tekens voor de straat en het huisnummer.`;
  if (v.accessibility.length > MAX.accessibility) errors['newLocation.accessibility'] = `Gebruik hoogstens ${MAX.accessibility} tekens voor de toegankelijkheid.`;
  const municipality = (proposalMunicipalities as readonly string[]).includes(v.municipality) ? (v.municipality as (typeof proposalMunicipalities)[number]) : undefined;
  if (!municipality) errors['newLocation.municipality'] = messages.municipality;
  const district = municipality === 'zandvoort' ? 'zandvoort' : (proposalDistricts as readonly string[]).includes(v.district) ? v.district : undefined;
  if (municipality === 'haarlem' && !district) errors['newLocation.district'] = messages.district;
  const postcode = v.postcode.toUpperCase().replace(/^(\d{4})\s*([A-Z]{2})$/, '$1 $2');
  const parsed = locationSchema.safeParse({
    name: v.name,
    address: { street: v.street, postcode, city: municipality === 'zandvoort' ? 'Zandvoort' : 'Haarlem' },
    municipality: municipality ?? 'haarlem',
    ...(district ? { district } : {}),
    accessibility: v.accessibility,
  });
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const key = issue.path.at(-1) === 'district' ? 'district' : (String(issue.path.at(-1)) as keyof LocationFormValues);
      if (key === 'district' && municipality !== 'haarlem') continue;
      const field = FIELDS.includes(key) ? key : 'name';
      errors[`newLocation.${field}`] ??= messages[field];
    }
  if (Object.keys(errors).length || !parsed.success) return { ok: false, errors };
  return { ok: true, location: parsed.data };
}

/** The proposal stored in an offer's data, if it is a valid one. */
export function proposedLocationOf(data: Record<string, unknown> | null | undefined): ProposedLocation | undefined {
  const p = data?.proposedLocation as { id?: unknown } | undefined;
  if (!p || typeof p.id !== 'string') return undefined;
  const parsed = locationSchema.safeParse(p);
  return parsed.success ? { ...parsed.data, id: p.id } : undefined;
}
