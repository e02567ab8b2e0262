/**
 * Enhances the server-rendered registration form: validates in the browser
 * with the same zod schema as the server, shows the GOV.UK error summary and
 * field messages without a round trip, and prevents double submits. Without
 * JavaScript the form works the same, just with a page load.
 */
import { useEffect } from 'preact/hooks';
import './zod-jitless';
import { registrationFields, validateRegistration, type RegistrationErrors } from '../schemas/registration';

interface Props {
  formId: string;
  askChild: boolean;
  askSchoolGroup: boolean;
}

function showErrors(form: HTMLFormElement, errors: RegistrationErrors) {
  for (const field of Array.from(form.querySelectorAll<HTMLElement>('[data-field]'))) {
    const name = field.dataset.field!;
    const message = errors[name as keyof RegistrationErrors];
    const control = field.querySelector<HTMLElement>('input, select, textarea');
    field.querySelector('.so-error-message')?.remove();
    field.classList.toggle('so-form-field--error', Boolean(message));
    if (!control) continue;
    const describedBy = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && !x.endsWith('-error'));
    if (message) {
      const span = document.createElement('span');
      span.className = 'so-error-message';
      span.id = `${control.id}-error`;
      const hidden = document.createElement('span');
      hidden.className = 'so-visually-hidden';
      hidden.textContent = 'Fout: ';
      span.append(hidden, message);
      const anchor = field.querySelector('.so-checkbox') ?? control;
      anchor.before(span);
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
    ...registrationFields
      .filter((f) => errors[f])
      .map((f) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = `#reg-${f}`;
        a.textContent = errors[f]!;
        a.addEventListener('click', (e) => {
          const target = document.getElementById(`reg-${f}`);
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
  summary.focus();
}

export default function RegistrationEnhancer({ formId, askChild, askSchoolGroup }: Props) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    let sending = false;
    const onSubmit = (event: SubmitEvent) => {
      if (sending) return event.preventDefault();
      const data: Record<string, string> = {};
      new FormData(form).forEach((value, key) => {
        if (typeof value === 'string' && !(key in data)) data[key] = value;
      });
      const result = validateRegistration(data, { askChild, askSchoolGroup });
      if (!result.ok) {
        event.preventDefault();
        showErrors(form, result.errors);
        return;
      }
      sending = true;
      form.querySelector('button[type="submit"]')?.setAttribute('aria-disabled', 'true');
    };
    form.addEventListener('submit', onSubmit);
    return () => form.removeEventListener('submit', onSubmit);
  }, [formId, askChild, askSchoolGroup]);
  return null;
}
