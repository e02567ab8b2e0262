/**
 * A registration (inschrijving) for a session, as a parent fills it in.
 * Shared by the form island (validation in the browser), the handler (the
 * real check) and the tests. Messages are Dutch (B1) and say how to fix it,
 * following the GOV.UK pattern.
 *
 * Accepts both JSON values and form-encoded strings: numbers may come as
 * digit strings and the consent checkbox as "on"/"ja"/"true".
 */
import { z } from 'zod';
import { municipalities, slug } from './common';

export const registrationMunicipalities = [...municipalities, 'anders'] as const;
export const schoolGroups = [
  'groep-1', 'groep-2', 'groep-3', 'groep-4', 'groep-5', 'groep-6', 'groep-7', 'groep-8',
  'klas-1', 'klas-2', 'klas-3', 'klas-4', 'klas-5', 'klas-6', 'anders',
] as const;
export const MAX_PARTICIPANTS = 4;

/** Field names in the order the form shows them (and the error summary lists them). */
export const registrationFields = [
  'sessionId', 'name', 'email', 'phone', 'participants', 'childFirstName', 'childAge', 'schoolGroup',
  'municipality', 'remarks', 'consent',
] as const;
export type RegistrationField = (typeof registrationFields)[number];

// Control characters (except tab/newline in remarks) have no place in a form; they also carry header injection.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LINE_BREAK = /[\r\n]/;

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const digitsToNumber = (v: unknown) => (typeof v === 'string' && /^\s*\d{1,4}\s*$/.test(v) ? Number(v) : v);

function text(opts: { missing: string; tooLong: string; max: number; multiline?: boolean; invalid?: string }) {
  return z
    .string({ error: (iss) => (iss.input === undefined || iss.input === null ? opts.missing : opts.invalid ?? opts.missing) })
    .trim()
    .min(1, opts.missing)
    .max(opts.max, opts.tooLong)
    .refine((s) => !CONTROL.test(s) && (opts.multiline || !LINE_BREAK.test(s)), opts.invalid ?? 'Gebruik alleen gewone tekens.');
}

const nameField = text({ missing: 'Vul je naam in', tooLong: 'Je naam mag niet langer zijn dan 100 tekens', max: 100 }).refine(
  (s) => !/[<>]/.test(s),
  'Je naam mag geen < of > bevatten',
);

const emailMissing = 'Vul je e-mailadres in, bijvoorbeeld naam@voorbeeld.nl';
const emailInvalid = 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl';
const emailField = z
  .string({ error: (iss) => (iss.input == null ? emailMissing : emailInvalid) })
  .trim()
  .min(1, emailMissing)
  .max(254, 'Je e-mailadres mag niet langer zijn dan 254 tekens')
  .pipe(z.email({ error: emailInvalid }))
  .transform((s) => s.toLowerCase());

const phoneField = z.preprocess(
  emptyToUndefined,
  z
    .string({ error: 'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678' })
    .trim()
    .regex(/^\+?[0-9][0-9 ()-]{5,18}$/, 'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678')
    .optional(),
);

const participantsMessage = `Vul in met hoeveel personen je komt: een getal van 1 tot en met ${MAX_PARTICIPANTS}`;
const participantsField = z.preprocess(
  (v) => digitsToNumber(emptyToUndefined(v)),
  z.number({ error: participantsMessage }).int(participantsMessage).min(1, participantsMessage).max(MAX_PARTICIPANTS, participantsMessage).default(1),
);

const childFirstNameField = text({
  missing: 'Vul de voornaam van je kind in',
  tooLong: 'De voornaam van je kind mag niet langer zijn dan 60 tekens',
  max: 60,
}).refine((s) => !/[<>]/.test(s), 'De voornaam van je kind mag geen < of > bevatten');

const childAgeMessage = 'Vul de leeftijd van je kind in hele jaren in, bijvoorbeeld 9';
const childAgeField = z.preprocess(
  (v) => digitsToNumber(emptyToUndefined(v)),
  z.number({ error: childAgeMessage }).int(childAgeMessage).min(0, childAgeMessage).max(23, 'Vul een leeftijd in van 0 tot en met 23 jaar'),
);

const schoolGroupField = z.preprocess(emptyToUndefined, z.enum(schoolGroups, { error: 'Kies in welke groep of klas je kind zit' }));
const municipalityField = z.preprocess(
  emptyToUndefined,
  z.enum(registrationMunicipalities, { error: 'Kies de gemeente waar je woont' }),
);

const remarksField = z.preprocess(
  emptyToUndefined,
  z
    .string({ error: 'Je opmerking moet tekst zijn' })
    .trim()
    .max(1000, 'Je opmerking mag niet langer zijn dan 1000 tekens')
    .refine((s) => !CONTROL.test(s), 'Gebruik alleen gewone tekens in je opmerking')
    .optional(),
);

const consentMessage = 'Vink aan dat je akkoord gaat met de privacyverklaring. Anders kunnen we je inschrijving niet verwerken';
const consentField = z.preprocess(
  (v) => (v === true || v === 'on' || v === 'ja' || v === 'true' || v === '1' ? true : false),
  z.literal(true, { error: consentMessage }),
);

const sessionIdField = z.string({ error: 'Kies een bijeenkomst' }).max(120, 'Kies een bijeenkomst').pipe(slug.or(z.never({ error: 'Kies een bijeenkomst' })));

/** A field the offer does not ask for: whatever comes in is dropped. */
const ignored = z.unknown().optional().transform(() => undefined);

export interface RegistrationAsks {
  /** Ask the child's first name and age. */
  askChild: boolean;
  /** Ask the school group. */
  askSchoolGroup: boolean;
}

/** The registration schema for an offer: child fields are required only where the offer asks for them. */
export function registrationSchemaFor(asks: RegistrationAsks) {
  // Four possible schemas, each built once: zod compiles a schema on its first parse, which costs more than the parse.
  const key = `${asks.askChild ? 1 : 0}${asks.askSchoolGroup ? 1 : 0}`;
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = buildRegistrationSchema(asks)));
  return schema;
}

const schemas = new Map<string, ReturnType<typeof buildRegistrationSchema>>();

function buildRegistrationSchema(asks: RegistrationAsks) {
  return z.object({
    sessionId: sessionIdField,
    name: nameField,
    email: emailField,
    phone: phoneField,
    participants: participantsField,
    childFirstName: asks.askChild ? childFirstNameField : ignored,
    childAge: asks.askChild ? childAgeField : ignored,
    schoolGroup: asks.askSchoolGroup ? schoolGroupField : ignored,
    municipality: municipalityField,
    remarks: remarksField,
    consent: consentField,
  });
}

/** The widest schema (every field asked); for typing and for the API docs. */
export const registrationSchema = registrationSchemaFor({ askChild: true, askSchoolGroup: true });
export type RegistrationInput = z.output<typeof registrationSchema>;
export type RegistrationErrors = Partial<Record<RegistrationField, string>>;

/** Only the session id, read first to find out which offer (and so which schema) applies. */
export const sessionRefSchema = z.object({ sessionId: sessionIdField });

/** One Dutch message per field (the first problem), in form order. */
export function fieldErrors(error: z.ZodError): RegistrationErrors {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  const ordered: RegistrationErrors = {};
  for (const f of registrationFields) if (out[f]) ordered[f] = out[f];
  return ordered;
}

/** Validate; `{ ok: true, data }` or `{ ok: false, errors }`. */
export function validateRegistration(input: unknown, asks: RegistrationAsks):
  | { ok: true; data: RegistrationInput }
  | { ok: false; errors: RegistrationErrors } {
  const result = registrationSchemaFor(asks).safeParse(input);
  return result.success ? { ok: true, data: result.data as RegistrationInput } : { ok: false, errors: fieldErrors(result.error) };
}
