/**
 * The browser's quick check of the registration form, in plain functions
 * (no zod: it stays out of the page's script). It gives the same field keys
 * and the same Dutch messages as the zod schema for what people type
 * (tests/unit/registrations/client-check.test.ts compares the two on a
 * table of cases); the server checks again with the schema and has the last
 * word, so where this check is more lenient (an odd e-mail address) the
 * server's answer comes back with the page.
 */
import {
  asksParticipants, childFields, childKey, CONTROL, fitsAges, LINE_BREAK, maxChildren, MAX_PARTICIPANTS,
  orderErrors, PHONE, schoolGroupsFor, withChildrenList, type RegistrationAsks, type RegistrationErrors, type RegistrationMessages,
} from '../schemas/registration-rules';
import { registrationMessages } from '../i18n/registration';
import type { Locale } from '../i18n/locales';

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : undefined);
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** A one-line text field: the message for its first problem, or undefined. */
function checkText(v: unknown, max: number, m: { missing: string; tooLong: string; markup?: string; plainText: string }): string | undefined {
  const s = str(v);
  if (s === undefined || s === '') return m.missing;
  if (s.length > max) return m.tooLong;
  if (CONTROL.test(s) || LINE_BREAK.test(s)) return m.plainText;
  if (m.markup && /[<>]/.test(s)) return m.markup;
  return undefined;
}

/** A whole number from a number or digits, else undefined. */
function whole(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  if (typeof v === 'string' && /^\s*\d{1,4}\s*$/.test(v)) return Number(v);
  return undefined;
}

// A plain shape check; the server's zod check is stricter and answers for the rest.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i;

export interface ClientRules extends RegistrationAsks {
  municipalities: readonly string[];
  /** The form's language: the same messages as the schema in that language (src/i18n/registration.ts). Default Dutch. */
  locale?: Locale | undefined;
  /** "Bekijk het aanbod voor kinderen van {age} jaar" and its address, in the form's language. */
  otherOffers?: { text: string; href: string } | undefined;
  /** "Fout: " before each field's message for screen readers, in the form's language. */
  errorPrefix?: string | undefined;
}

/** The field errors of the posted fields (form order), `{}` when the check finds nothing. */
export function checkRegistration(input: Record<string, unknown>, rules: ClientRules): RegistrationErrors {
  const fields = withChildrenList(input) as Record<string, unknown>;
  const messages = registrationMessages[rules.locale ?? 'nl'];
  const e: Record<string, string> = {};
  const set = (k: string, m: string | undefined) => void (m && (e[k] ??= m));

  set('name', checkText(fields.name, 100, { missing: messages.nameMissing, tooLong: messages.nameTooLong, markup: messages.nameMarkup, plainText: messages.plainText }));
  const email = str(fields.email);
  set('email', fields.email != null && email === undefined ? messages.emailInvalid : !email ? messages.emailMissing : email.length > 254 ? messages.emailTooLong : EMAIL.test(email) ? undefined : messages.emailInvalid);
  if (!blank(fields.phone)) set('phone', PHONE.test(str(fields.phone) ?? '') ? undefined : messages.phone);
  if (asksParticipants(rules) && !blank(fields.participants)) {
    const n = whole(fields.participants);
    set('participants', n !== undefined && n >= 1 && n <= MAX_PARTICIPANTS ? undefined : messages.participants);
  }
  if (rules.askChild) checkChildren(fields.children, rules, set, messages);
  set('municipality', rules.municipalities.includes(str(fields.municipality) ?? '') ? undefined : messages.municipality);
  const remarks = fields.remarks;
  if (!blank(remarks)) {
    const s = str(remarks);
    set('remarks', s === undefined ? messages.remarksInvalid : s.length > 1000 ? messages.remarksTooLong : CONTROL.test(s) ? messages.remarksControl : undefined);
  }
  const c = fields.consent;
  set('consent', c === true || c === 'on' || c === 'ja' || c === 'true' || c === '1' ? undefined : messages.consent);
  return orderErrors(e);
}

function checkChildren(list: unknown, rules: ClientRules, set: (k: string, m: string | undefined) => void, messages: RegistrationMessages) {
  const childLabel = messages.childLabel;
  if (!Array.isArray(list) || list.length === 0) return set('children', messages.childrenInvalid);
  if (list.length > maxChildren(rules)) return set('children', messages.tooManyChildren(maxChildren(rules)));
  const groups: readonly string[] = schoolGroupsFor(rules.ages);
  const seen = new Map<string, number>();
  list.forEach((raw, i) => {
    const child = (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
    const label = childLabel(i, list.length);
    const k = (f: (typeof childFields)[number]) => `children.${i}.${f}`;
    const nameProblem = checkText(child.firstName, 60, { missing: messages.firstNameMissing(label), tooLong: messages.firstNameTooLong(label), markup: messages.firstNameMarkup(label), plainText: messages.plainText });
    set(k('firstName'), nameProblem);
    const age = blank(child.age) ? undefined : whole(child.age);
    const ageProblem =
      age === undefined || age < 0 ? messages.ageMissing(label, rules.ages)
      : age > 23 ? messages.ageTooHigh
      : !fitsAges(rules, age) ? messages.ageOutside(rules, age, i, list.length)
      : undefined;
    set(k('age'), ageProblem);
    const groupProblem = rules.askSchoolGroup && !groups.includes(str(child.schoolGroup) ?? '') ? messages.schoolGroup(label) : undefined;
    set(k('schoolGroup'), groupProblem);
    // Like the schema: a child counts for "twice" only when all of its fields are right.
    if (!nameProblem && !ageProblem && !groupProblem) {
      const key = childKey(str(child.firstName)!);
      const earlier = seen.get(key);
      if (earlier !== undefined) set(k('firstName'), messages.firstNameTwice(childLabel(earlier, list.length)));
      else seen.set(key, i);
    }
  });
}
