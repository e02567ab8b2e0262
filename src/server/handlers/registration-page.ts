/**
 * The registration form page, rendered on demand (`/inschrijven/<session>/` and `/<l>/inschrijven/<session>/`):
 * what a POST to it does, once for every language. Accepted → the neutral page in the form's language; the
 * GOV.UK "add another" round trip → the same form with a row more or less; problems → the errors (422 or the
 * refusal's status). The page renders `RegistrationPage.astro` with the result.
 */
import type { Deps } from '../deps';
import { HttpError } from '../http';
import { childRowsChange, registrationAsksOf, type RegistrationErrors } from '../../schemas/registration-rules';
import type { CatalogueSession } from '../../catalogue';
import { localePath, type Locale } from '../../i18n/locales';
import { cancelRegistration, findForCancel, readPost, SENT_PATH, submitRegistration } from './registrations';

export interface RegistrationPageResult {
  redirect?: string;
  status?: number;
  values: Record<string, unknown>;
  errors: RegistrationErrors & { form?: string };
}

export async function registrationPagePost(
  request: Request,
  deps: Deps,
  entry: CatalogueSession | undefined,
  sessionId: string,
  locale: Locale,
  clientAddress: string | undefined,
): Promise<RegistrationPageResult> {
  if (!entry || entry.offer.registration.method !== 'portal' || request.method !== 'POST') return { values: {}, errors: {} };
  try {
    const { kind, fields } = await readPost(request, deps, { clientAddress });
    const more = childRowsChange(fields, registrationAsksOf(entry.offer));
    // "Nog een kind toevoegen" / "Verwijder": the same form with a row more or less; nothing stored, no errors.
    if (more) return { values: more, errors: {} };
    // The page's language wins over a posted one: the address is what the parent chose.
    const result = await submitRegistration({ ...fields, sessionId, language: locale }, kind, deps);
    // New or repeat: the same neutral page; the outcome is in the e-mail.
    // The form's address ends in #fouten (the error summary): name a fragment here, or the browser keeps that one.
    if (result.type === 'accepted') return { redirect: `${localePath(locale, SENT_PATH)}#inhoud`, values: {}, errors: {} };
    if (result.type === 'invalid') return { status: 422, values: fields, errors: result.errors };
    return { status: result.status, values: fields, errors: { form: result.message } };
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    return { status: e.status, values: {}, errors: { form: e.message } };
  }
}

/** What the personal link's page shows (src/components/registration/CancelPage.astro), and its status code. */
export interface CancelPageModel {
  token: string;
  done: boolean;
  problem?: string | undefined;
  found: Awaited<ReturnType<typeof findForCancel>>;
  /** Someone is on the waiting list (so cancelling gives them the place). */
  someoneWaiting: boolean;
  status: number;
}

/**
 * The personal link from the e-mail: GET shows how it stands and asks for confirmation (so a link preview or
 * virus scanner cannot cancel by fetching it); POST cancels. Once for every language.
 */
export async function cancelPage(request: Request, url: URL, deps: Deps, clientAddress: string | undefined): Promise<CancelPageModel> {
  let token = url.searchParams.get('token') ?? '';
  let done = false;
  let problem: string | undefined;
  let status = 200;
  if (request.method === 'POST') {
    try {
      const { fields } = await readPost(request, deps, { clientAddress });
      token = typeof fields.token === 'string' ? fields.token : '';
      done = Boolean(await cancelRegistration(token, deps));
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      problem = e.message;
      status = e.status;
    }
  }
  const found = await findForCancel(token, deps);
  if (!found && !problem) status = 404;
  const r = found?.registration;
  const someoneWaiting = r && r.status !== 'waitlisted' ? (await deps.store.registrations.places(r.sessionId)).waiting > 0 : false;
  return { token, done, problem, found, someoneWaiting, status };
}
