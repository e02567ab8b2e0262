/**
 * As you type (and when you send), a message that speaks of suicide,
 * self-harm, abuse or violence at home shows the urgent numbers at once,
 * before any answer: the same pure matcher as the server
 * (src/domain/crisis.ts, the same words search uses). Watches the textarea `fieldId`; renders
 * nothing until it matches. Without JavaScript the server shows the same
 * numbers on the page after sending.
 */
import { useEffect, useState } from 'preact/hooks';
import { mentionsCrisis } from '../domain/crisis';

/** Its words in the page's language (src/i18n/copy/conversation.ts `urgent.live`). */
export interface CrisisWatchStrings {
  lead: string;
  suicide: string;
  or: string;
  dayNight: string;
  violence: string;
  upTo18: string;
  danger: string;
}

interface Props {
  fieldId: string;
  t: CrisisWatchStrings;
}

export default function CrisisWatch({ fieldId, t }: Props) {
  const [show, setShow] = useState(false);
  useEffect(() => {
    const field = document.getElementById(fieldId) as HTMLTextAreaElement | null;
    if (!field) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      if (mentionsCrisis(field.value)) setShow(true);
    };
    const onInput = () => {
      clearTimeout(timer);
      timer = setTimeout(check, 300);
    };
    field.addEventListener('input', onInput);
    field.form?.addEventListener('submit', check);
    check();
    return () => {
      clearTimeout(timer);
      field.removeEventListener('input', onInput);
      field.form?.removeEventListener('submit', check);
    };
  }, [fieldId]);
  return (
    <div aria-live="polite">
      {show && (
        <div class="so-note so-note--urgent" data-crisis-live>
          <p>
            <strong>{t.lead}</strong> {t.suicide} <a href="tel:113">113</a> {t.or} <a href="tel:08000113">0800-0113</a>{t.dayNight}{' '}
            {t.violence} <a href="tel:08002000">0800-2000</a>. {t.upTo18} <a href="tel:08000432">0800-0432</a>.{' '}
            {t.danger} <a href="tel:112">112</a>.
          </p>
        </div>
      )}
    </div>
  );
}
