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
import { isLocale, locales, type Locale } from '../i18n/locales';
import { registrationMessages } from '../i18n/registration';

const messagesNl = registrationMessages.nl;
import {
  asksParticipants, childKey, CONTROL, fitsAges, LINE_BREAK, MAX_PARTICIPANTS, maxChildren, orderErrors, PHONE, schoolGroupsFor,
  withChildrenList, type RegistrationAsks, type RegistrationErrors, type RegistrationMessages, type SchoolGroup,
} from './registration-rules';

export {
  MAX_CHILDREN, MAX_PARTICIPANTS, registrationAsksOf, registrationFields, schoolGroups,
  type RegistrationAsks, type RegistrationErrors, type RegistrationField,
} from './registration-rules';

export const registrationMunicipalities = [...municipalities, 'anders'] as const;


const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const digitsToNumber = (v: unknown) => (typeof v === 'string' && /^\s*\d{1,4}\s*$/.test(v) ? Number(v) : v);

function text(opts: { missing: string; tooLong: string; max: number; multiline?: boolean; invalid?: string; plainText: string }) {
  return z
    .string({ error: (iss) => (iss.input === undefined || iss.input === null ? opts.missing : opts.invalid ?? opts.missing) })
    .trim()
    .min(1, opts.missing)
    .max(opts.max, opts.tooLong)
    .refine((s) => !CONTROL.test(s) && (opts.multiline || !LINE_BREAK.test(s)), opts.invalid ?? opts.plainText);
}

export interface ChildInput {
  firstName: string;
  age: number;
  schoolGroup?: SchoolGroup | undefined;
  /** The child's first name without case or extra spaces: a repeat of the same child is no second registration. */
  key: string;
}

/** A field the offer does not ask for: whatever comes in is dropped. */
const ignored = z.unknown().optional().transform(() => undefined);

/** Every field of the form with the messages of one language (`m`): the one schema, built per language. */
function fieldsIn(m: RegistrationMessages) {
  const nameField = text({ missing: m.nameMissing, tooLong: m.nameTooLong, max: 100, plainText: m.plainText }).refine(
    (s) => !/[<>]/.test(s),
    m.nameMarkup,
  );

  const { emailMissing, emailInvalid } = m;
  const emailField = z
    .string({ error: (iss) => (iss.input == null ? emailMissing : emailInvalid) })
    .trim()
    .min(1, emailMissing)
    .max(254, m.emailTooLong)
    .pipe(z.email({ error: emailInvalid }))
    .transform((s) => s.toLowerCase());

  const phoneField = z.preprocess(
    emptyToUndefined,
    z
      .string({ error: m.phone })
      .trim()
      .regex(PHONE, m.phone)
      .optional(),
  );

  const participantsMessage = m.participants;
  const participantsField = z.preprocess(
    (v) => digitsToNumber(emptyToUndefined(v)),
    z.number({ error: participantsMessage }).int(participantsMessage).min(1, participantsMessage).max(MAX_PARTICIPANTS, participantsMessage).default(1),
  );

  /** One child of the list: `label` is "je kind" or "het 2e kind". */
  function childSchema(asks: RegistrationAsks, index: number, count: number) {
    const label = m.childLabel(index, count);
    const ageMessage = m.ageMissing(label, asks.ages);
    const groups = schoolGroupsFor(asks.ages) as [SchoolGroup, ...SchoolGroup[]];
    return z.preprocess(
      (v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {}),
      z.object({
        firstName: text({ missing: m.firstNameMissing(label), tooLong: m.firstNameTooLong(label), max: 60, plainText: m.plainText }).refine(
          (s) => !/[<>]/.test(s),
          m.firstNameMarkup(label),
        ),
        age: z.preprocess(
          (v) => digitsToNumber(emptyToUndefined(v)),
          z
            .number({ error: ageMessage })
            .int(ageMessage)
            .min(0, ageMessage)
            .max(23, m.ageTooHigh)
            .superRefine((age, ctx) => {
              if (!fitsAges(asks, age)) ctx.addIssue({ code: 'custom', message: m.ageOutside(asks, age, index, count) });
            }),
        ),
        schoolGroup: asks.askSchoolGroup
          ? z.preprocess(emptyToUndefined, z.enum(groups, { error: m.schoolGroup(label) }))
          : ignored,
      }),
    );
  }

  /** The children of one form: each checked with its own label, none twice. */
  function childrenField(asks: RegistrationAsks) {
    const max = maxChildren(asks);
    return z
      .array(z.unknown(), { error: m.childrenInvalid })
      .min(1, m.childrenInvalid)
      .max(max, m.tooManyChildren(max))
      .transform((list, ctx): ChildInput[] => {
        const out: ChildInput[] = [];
        const seen = new Map<string, number>();
        list.forEach((c, i) => {
          const r = childSchema(asks, i, list.length).safeParse(c);
          if (!r.success) {
            for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [i, ...issue.path] });
            return;
          }
          const key = childKey(r.data.firstName);
          const earlier = seen.get(key);
          if (earlier !== undefined) ctx.addIssue({ code: 'custom', message: m.firstNameTwice(m.childLabel(earlier, list.length)), path: [i, 'firstName'] });
          else seen.set(key, i);
          out.push({ ...(r.data as Omit<ChildInput, 'key'>), key });
        });
        return out;
      });
  }

  const municipalityField = z.preprocess(
    emptyToUndefined,
    z.enum(registrationMunicipalities, { error: m.municipality }),
  );

  const remarksField = z.preprocess(
    emptyToUndefined,
    z
      .string({ error: m.remarksInvalid })
      .trim()
      .max(1000, m.remarksTooLong)
      .refine((s) => !CONTROL.test(s), m.remarksControl)
      .optional(),
  );

  const consentMessage = m.consent;
  const consentField = z.preprocess(
    (v) => (v === true || v === 'on' || v === 'ja' || v === 'true' || v === '1' ? true : false),
    z.literal(true, { error: consentMessage }),
  );

  const sessionIdField = z.string({ error: m.sessionId }).max(120, m.sessionId).pipe(slug.or(z.never({ error: m.sessionId })));

  // The language of the form (issue 18): the mails follow it. Missing means Dutch; anything else is refused.
  const languageField = z.preprocess(emptyToUndefined, z.enum(locales, { error: m.language }).default('nl'));

  return { nameField, emailField, phoneField, participantsField, childrenField, municipalityField, remarksField, consentField, sessionIdField, languageField };
}

/**
 * The registration schema for an offer, with the messages of the form's language (issue 18: one schema, the
 * words per language from src/i18n/registration.ts). The children are asked only where the offer asks for them.
 */
export function registrationSchemaFor(asks: RegistrationAsks, locale: Locale = 'nl') {
  // Built once per kind of form and language: zod compiles a schema on its first parse, which costs more than the parse.
  const key = JSON.stringify([asks.askChild, asks.askSchoolGroup, !!asks.childPlaces, asks.ages?.min, asks.ages?.max, asks.kind, locale]);
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = buildRegistrationSchema(asks, registrationMessages[locale])));
  return schema;
}

const schemas = new Map<string, ReturnType<typeof buildRegistrationSchema>>();

function buildRegistrationSchema(asks: RegistrationAsks, m: RegistrationMessages) {
  const f = fieldsIn(m);
  return z.preprocess(
    (input) => withChildrenList(input),
    z.object({
      sessionId: f.sessionIdField,
      name: f.nameField,
      email: f.emailField,
      phone: f.phoneField,
      // Each child listed is one place on a children's training: the question is not asked there.
      participants: asksParticipants(asks) ? f.participantsField : ignored.transform(() => 1),
      children: asks.askChild ? f.childrenField(asks) : ignored.transform((): ChildInput[] => []),
      municipality: f.municipalityField,
      remarks: f.remarksField,
      consent: f.consentField,
      language: f.languageField,
    }),
  );
}

/** The widest schema (every field asked); for typing and for the API docs. */
export const registrationSchema = registrationSchemaFor({ askChild: true, askSchoolGroup: true, childPlaces: true });
export type RegistrationInput = z.output<typeof registrationSchema>;
/** Only the session id, read first to find out which offer (and so which schema) applies. */
export const sessionRefSchema = z.object({ sessionId: fieldsIn(messagesNl).sessionIdField });

/** The language a post asks for, for its messages: a known one, else Dutch (the schema then refuses the unknown one). */
export const postedLocale = (fields: Record<string, unknown>): Locale => (isLocale(fields.language) ? fields.language : 'nl');

/** One Dutch message per field (the first problem), in form order; a child's field is `children.<i>.<field>`. */
export function fieldErrors(error: z.ZodError): RegistrationErrors {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.slice(0, 3).map(String).join('.') : 'form';
    out[key] ??= issue.message;
  }
  return orderErrors(out);
}

/** Validate; `{ ok: true, data }` or `{ ok: false, errors }`. */
export function validateRegistration(input: unknown, asks: RegistrationAsks, locale: Locale = 'nl'):
  | { ok: true; data: RegistrationInput }
  | { ok: false; errors: RegistrationErrors } {
  const result = registrationSchemaFor(asks, locale).safeParse(input);
  return result.success ? { ok: true, data: result.data as RegistrationInput } : { ok: false, errors: fieldErrors(result.error) };
}
