/**
 * The plain parts of the registration schema, without zod: what an offer
 * asks, the limits, every Dutch message, the children list's field names and
 * how a posted form becomes that list. Shared by the zod schema
 * (./registration.ts, the judge on the server) and the browser's quick check
 * (src/islands/registration-check.ts), so the browser ships no zod and both
 * say the same words. `tests/unit/registrations/client-check.test.ts` holds
 * the two to the same answers.
 */
import { formatAgeRange, includesAge } from '../domain/ages';
import type { AgeRange } from './common';

export const MAX_PARTICIPANTS = 4;
/** Children one form can enrol at once (each is its own registration). */
export const MAX_CHILDREN = 4;

export const schoolGroups = [
  'groep-1', 'groep-2', 'groep-3', 'groep-4', 'groep-5', 'groep-6', 'groep-7', 'groep-8',
  'klas-1', 'klas-2', 'klas-3', 'klas-4', 'klas-5', 'klas-6', 'anders',
] as const;
export type SchoolGroup = (typeof schoolGroups)[number];

/** What a registration form asks, from the offer (see `registrationAsksOf`). */
export interface RegistrationAsks {
  /** Ask the child's first name and age. */
  askChild: boolean;
  /** Ask the school group. */
  askSchoolGroup: boolean;
  /**
   * A training for the children themselves: every child listed is one place,
   * up to MAX_CHILDREN in one form, and "how many people" is not asked.
   * Without it (an offer for parents that asks about the child) one child.
   */
  childPlaces?: boolean | undefined;
  /** The offer's ages: a child outside them is refused. */
  ages?: AgeRange | undefined;
  /** The offer's kind, for "Deze training is voor…". */
  kind?: string | undefined;
}

interface OfferLike {
  kind: string;
  audience?: readonly string[] | undefined;
  ages?: AgeRange | undefined;
  registration: { method: string; askChild?: boolean | undefined; askSchoolGroup?: boolean | undefined };
}

/** Children or youngsters take part themselves (the same test as the figures' reach). */
const forYoungPeople = (audience: readonly string[] = []) => audience.includes('kinderen') || audience.includes('jongeren');

/** What the form of an offer asks. */
export function registrationAsksOf(offer: OfferLike): RegistrationAsks {
  const r = offer.registration;
  const askChild = r.method === 'portal' && !!r.askChild;
  return {
    askChild,
    askSchoolGroup: r.method === 'portal' && !!r.askSchoolGroup,
    childPlaces: askChild && forYoungPeople(offer.audience),
    ages: askChild ? offer.ages : undefined,
    kind: offer.kind,
  };
}

export const maxChildren = (asks: RegistrationAsks) => (asks.askChild ? (asks.childPlaces ? MAX_CHILDREN : 1) : 0);
/** "How many people come" is asked on offers that are not counted per child. */
export const asksParticipants = (asks: RegistrationAsks) => !(asks.askChild && asks.childPlaces);

/** Typical ages per school group (groep 1: 4–5, groep 8: 11–12, klas 1: 12–13), one year either side. */
function groupAges(g: SchoolGroup): AgeRange | undefined {
  const n = Number(g.split('-')[1]);
  if (g.startsWith('groep-')) return { min: n + 2, max: n + 5 };
  if (g.startsWith('klas-')) return { min: n + 10, max: n + 13 };
  return undefined;
}

/** The school groups a child of the offer's ages can be in (and "anders"). */
export function schoolGroupsFor(ages: AgeRange | undefined): SchoolGroup[] {
  if (!ages) return [...schoolGroups];
  return schoolGroups.filter((g) => {
    const r = groupAges(g);
    return !r || (r.min <= ages.max && ages.min <= r.max);
  });
}

/** An age inside the offer's range, for "bijvoorbeeld …". */
export const exampleAge = (ages: AgeRange | undefined) => (ages ? Math.floor((ages.min + ages.max) / 2) : 9);

/** "je kind" when there is one, "het 2e kind" in a list. */
export const childLabel = (index: number, count: number) => (count <= 1 ? 'je kind' : `het ${index + 1}e kind`);

/** The same child, however its first name is typed: case and spaces do not count. */
export const childKey = (firstName: string) => firstName.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

const article = (kind: string | undefined) => (kind === 'gezinsaanbod' || kind === 'spreekuur' ? 'Dit' : 'Deze');
const kindWord = (kind: string | undefined) => (kind && kind !== 'gezinsaanbod' && kind !== 'spreekuur' ? kind : kind ?? 'training');

// Control characters (except tab/newline in remarks) have no place in a form; they also carry header injection.
export const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export const LINE_BREAK = /[\r\n]/;
export const PHONE = /^\+?[0-9][0-9 ()-]{5,18}$/;

export const messages = {
  sessionId: 'Kies een bijeenkomst',
  plainText: 'Gebruik alleen gewone tekens.',
  nameMissing: 'Vul je naam in',
  nameTooLong: 'Je naam mag niet langer zijn dan 100 tekens',
  nameMarkup: 'Je naam mag geen < of > bevatten',
  emailMissing: 'Vul je e-mailadres in, bijvoorbeeld naam@voorbeeld.nl',
  emailInvalid: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl',
  emailTooLong: 'Je e-mailadres mag niet langer zijn dan 254 tekens',
  phone: 'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678',
  participants: `Vul in met hoeveel personen je komt: een getal van 1 tot en met ${MAX_PARTICIPANTS}`,
  municipality: 'Kies de gemeente waar je woont',
  remarksInvalid: 'Je opmerking moet tekst zijn',
  remarksTooLong: 'Je opmerking mag niet langer zijn dan 1000 tekens',
  remarksControl: 'Gebruik alleen gewone tekens in je opmerking',
  consent: 'Vink aan dat je akkoord gaat met de privacyverklaring. Anders kunnen we je inschrijving niet verwerken',
  childrenInvalid: 'Vul voor elk kind de voornaam en de leeftijd in',
  tooManyChildren: (max: number) => (max <= 1 ? 'Je kunt hier één kind inschrijven' : `Je kunt hoogstens ${max} kinderen tegelijk inschrijven`),
  firstNameMissing: (label: string) => `Vul de voornaam van ${label} in`,
  firstNameTooLong: (label: string) => `De voornaam van ${label} mag niet langer zijn dan 60 tekens`,
  firstNameMarkup: (label: string) => `De voornaam van ${label} mag geen < of > bevatten`,
  firstNameTwice: (earlier: string) => `Deze voornaam staat al bij ${earlier}. Vul elk kind één keer in`,
  ageMissing: (label: string, ages: AgeRange | undefined) => `Vul de leeftijd van ${label} in hele jaren in, bijvoorbeeld ${exampleAge(ages)}`,
  ageTooHigh: 'Vul een leeftijd in van 0 tot en met 23 jaar',
  /** "Deze training is voor kinderen van 9 tot en met 12 jaar." (with "Het 2e kind is 13 jaar." before it in a list). */
  ageOutside: (asks: RegistrationAsks, age: number, index: number, count: number) => {
    const ages = asks.ages!;
    const who = ages.min >= 12 ? 'jongeren' : 'kinderen';
    const range = formatAgeRange(ages);
    const rule = `${article(asks.kind)} ${kindWord(asks.kind)} is voor ${who} ${range.startsWith('tot') ? range : `van ${range}`}.`;
    return count > 1 ? `Het ${index + 1}e kind is ${age} jaar. ${rule}` : rule;
  },
  schoolGroup: (label: string) => `Kies in welke groep of klas ${label} zit`,
  language: 'Kies een taal uit de lijst: nl, en, ar, tr, pl of uk',
} as const;

/**
 * The messages of one language (issue 18): the Dutch ones above, or a translation in src/i18n/registration.ts,
 * with the words for "your child" / "the 2nd child" that the messages put in.
 */
export type RegistrationMessages = {
  [K in keyof typeof messages]: (typeof messages)[K] extends string ? string : (typeof messages)[K];
} & { childLabel: (index: number, count: number) => string };

/** Is `age` inside the offer's range (always, when the offer has none)? */
export const fitsAges = (asks: RegistrationAsks, age: number) => !asks.ages || includesAge(asks.ages, age);

/** The catalogue's offers for a child of `age` (src/domain/offers/filter.ts: `?leeftijd=`). */
export const otherOffersHref = (age: number) => `/aanbod/?leeftijd=${age}`;

/** The fields of one child. */
export const childFields = ['firstName', 'age', 'schoolGroup'] as const;
export type ChildField = (typeof childFields)[number];
/** The form's name of a child's field: `children.0.firstName`. */
export const childFieldName = (index: number, field: ChildField) => `children.${index}.${field}`;

const CHILD_KEY = /^children\.(\d{1,2})\.(firstName|age|schoolGroup)$/;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * The posted fields with the children as one list under `children`: from
 * `children: [...]` (JSON), from `children.0.firstName`… (a form; rows in
 * index order, gaps closed), or from the single `childFirstName`, `childAge`,
 * `schoolGroup` (one child). An empty extra row of a form (an "add another"
 * that stayed empty) is left out, unless `keepEmptyRows` (the add-another round trip). Anything that is not an object is returned
 * as it is, for the schema to refuse.
 */
export function withChildrenList(input: unknown, keepEmptyRows = false): unknown {
  if (!isRecord(input)) return input;
  const out: Record<string, unknown> = {};
  const rows = new Map<number, Record<string, unknown>>();
  for (const [k, v] of Object.entries(input)) {
    const m = CHILD_KEY.exec(k);
    if (m) {
      const i = Number(m[1]);
      if (!rows.has(i)) rows.set(i, {});
      rows.get(i)![m[2]!] = v;
    } else if (k !== 'childFirstName' && k !== 'childAge' && k !== 'schoolGroup') out[k] = v;
  }
  if (input.children !== undefined) return out;
  if (rows.size) {
    const list = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
    out.children = keepEmptyRows ? list : list.filter((row, i) => i === 0 || childFields.some((f) => !blank(row[f])));
    return out;
  }
  if (['childFirstName', 'childAge', 'schoolGroup'].some((k) => input[k] !== undefined))
    out.children = [{ firstName: input.childFirstName, age: input.childAge, schoolGroup: input.schoolGroup }];
  return out;
}

/** Field keys in the order the form shows them (and the error summary lists them). */
export const registrationFields = [
  'sessionId', 'name', 'email', 'phone', 'participants', 'children', 'municipality', 'remarks', 'consent',
  // The form's language (a hidden field the page sets; the JSON API may send it): issue 18.
  'language',
] as const;
export type RegistrationField = (typeof registrationFields)[number];

/** Every error key in form order: the fields, and each child's fields at `children`. */
export const errorKeyOrder: string[] = registrationFields.flatMap((f) =>
  f === 'children' ? ['children', ...Array.from({ length: MAX_CHILDREN }, (_, i) => childFields.map((c) => childFieldName(i, c))).flat()] : [f],
);

/** Errors by key (`name`, `children.1.age`, `form`…): one Dutch message each. */
export type RegistrationErrors = Partial<Record<string, string>>;

/** Put errors in form order, dropping keys the form does not know. */
export function orderErrors(found: Record<string, string>): RegistrationErrors {
  const ordered: RegistrationErrors = {};
  for (const k of errorKeyOrder) if (found[k]) ordered[k] = found[k];
  return ordered;
}

/** The id of the control an error key belongs to (`children` → the first child's name). */
export const fieldId = (key: string) => (key === 'children' ? 'reg-children-0-firstName' : `reg-${key.replace(/\./g, '-')}`);

/**
 * The GOV.UK "add another" round trip of a form without JavaScript: the
 * fields with one empty child row more (`addChild`) or the row `removeChild`
 * left out, or undefined when the post is a real submit.
 */
export function childRowsChange(fields: Record<string, unknown>, asks: RegistrationAsks): Record<string, unknown> | undefined {
  const add = fields.addChild !== undefined;
  const remove = typeof fields.removeChild === 'string' && /^\d{1,2}$/.test(fields.removeChild) ? Number(fields.removeChild) : undefined;
  if (!asks.askChild || (!add && remove === undefined)) return undefined;
  const { addChild: _a, removeChild: _r, ...rest } = fields;
  const out = withChildrenList(rest, true) as Record<string, unknown>;
  const list = Array.isArray(out.children) ? [...out.children] : [{}];
  if (remove !== undefined && remove > 0 && remove < list.length) list.splice(remove, 1);
  if (add && list.length < maxChildren(asks)) list.push({});
  return { ...out, children: list };
}
