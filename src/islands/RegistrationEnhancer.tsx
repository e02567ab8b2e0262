/**
 * Enhances the server-rendered registration form: checks it in the browser
 * with the same rules and messages as the server (./registration-check.ts,
 * plain functions: no zod in the page), shows the GOV.UK error summary and
 * field messages without a round trip, and prevents double submits. The
 * "Nog een kind toevoegen" and "Verwijder" buttons still post the form back
 * (nothing is stored then). Without JavaScript the form works the same, just
 * with a page load; the server always checks again.
 */
import { useEffect } from 'preact/hooks';
import { fieldId, fitsAges, otherOffersHref, type RegistrationErrors } from '../schemas/registration-rules';
import { checkRegistration, type ClientRules } from './registration-check';

interface Props {
  formId: string;
  rules: ClientRules;
}

function otherOffersLink(field: HTMLElement, control: HTMLElement, rules: ClientRules) {
  if (!field.hasAttribute('data-age-field') || !(control instanceof HTMLInputElement) || !/^\s*\d{1,2}\s*$/.test(control.value)) return;
  const age = Number(control.value);
  if (age > 23 || fitsAges(rules, age)) return;
  const p = document.createElement('p');
  p.className = 'so-other-offers';
  p.dataset.otherOffers = '';
  const a = document.createElement('a');
  a.href = rules.otherOffers ? rules.otherOffers.href.replace('{age}', String(age)) : otherOffersHref(age);
  a.textContent = rules.otherOffers ? rules.otherOffers.text.replace('{age}', String(age)) : `Bekijk het aanbod voor kinderen van ${age} jaar`;
  p.append(a);
  control.before(p);
}

function showErrors(form: HTMLFormElement, errors: RegistrationErrors, rules: ClientRules) {
  for (const field of Array.from(form.querySelectorAll<HTMLElement>('[data-field]'))) {
    const name = field.dataset.field!;
    const message = errors[name];
    const control = field.querySelector<HTMLElement>('input, select, textarea');
    field.querySelector('.so-error-message')?.remove();
    field.querySelector('[data-other-offers]')?.remove();
    field.classList.toggle('so-form-field--error', Boolean(message));
    if (!control) continue;
    const describedBy = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && !x.endsWith('-error'));
    if (message) {
      const span = document.createElement('span');
      span.className = 'so-error-message';
      span.id = `${control.id}-error`;
      const hidden = document.createElement('span');
      hidden.className = 'so-visually-hidden';
      hidden.textContent = rules.errorPrefix ?? 'Fout: ';
      span.append(hidden, message);
      const anchor = field.querySelector('.so-checkbox') ?? control;
      anchor.before(span);
      otherOffersLink(field, control, rules);
      describedBy.push(span.id);
      control.setAttribute('aria-invalid', 'true');
    } else control.removeAttribute('aria-invalid');
    if (describedBy.length) control.setAttribute('aria-describedby', describedBy.join(' '));
    else control.removeAttribute('aria-describedby');
  }
  const summary = form.querySelector<HTMLElement>('[data-error-summary]');
  const list = summary?.querySelector('[data-error-list]');
  if (!summary || !list) return;
  summary.querySelector('[data-form-error]')?.remove();
  list.replaceChildren(
    ...Object.entries(errors).map(([key, message]) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `#${fieldId(key)}`;
      a.textContent = message ?? '';
      a.addEventListener('click', (e) => {
        const target = document.getElementById(fieldId(key));
        if (!target) return;
        e.preventDefault();
        target.scrollIntoView({ block: 'center' });
        target.focus();
      });
      li.append(a);
      return li;
    }),
  );
  summary.hidden = false;
  summary.scrollIntoView({ block: 'start' });
  summary.focus();
}

export default function RegistrationEnhancer({ formId, rules }: Props) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    let sending = false;
    const onSubmit = (event: SubmitEvent) => {
      // Adding or removing a child's row is a round trip that stores nothing: no check.
      const submitter = event.submitter;
      if (submitter?.hasAttribute('data-add-child') || submitter?.hasAttribute('data-remove-child')) return;
      if (sending) return event.preventDefault();
      const data: Record<string, string> = {};
      new FormData(form).forEach((value, key) => {
        if (typeof value === 'string' && !(key in data)) data[key] = value;
      });
      const errors = checkRegistration(data, rules);
      if (Object.keys(errors).length) {
        event.preventDefault();
        showErrors(form, errors, rules);
        return;
      }
      sending = true;
      form.querySelector('button[type="submit"]:not([hidden]):not([data-add-child]):not([data-remove-child])')?.setAttribute('aria-disabled', 'true');
    };
    form.addEventListener('submit', onSubmit);
    // Says the check is in place (other islands on the page, such as the header search, may hydrate first).
    form.dataset.enhanced = '';
    return () => {
      form.removeEventListener('submit', onSubmit);
      delete form.dataset.enhanced;
    };
  }, [formId, rules]);
  return null;
}
