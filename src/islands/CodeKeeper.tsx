/**
 * Keeping the pickup code, only with JavaScript and only when the youngster
 * asks: a button copies it; a checkbox (off by default, explained) keeps it
 * in this browser's localStorage, and "Vergeet deze code" removes it. On
 * the code page (`recall`), a kept code can be filled in. Nothing is stored
 * unless the box is ticked: no cookie, no other storage. Its words come as a
 * prop in the page's language (src/i18n/copy/conversation.ts `keeper`).
 */
import { useEffect, useState } from 'preact/hooks';

export const STORAGE_KEY = 'samenopgroeien-gesprek-code';

export interface CodeKeeperStrings {
  copy: string;
  copied: string;
  copyFailed: string;
  keptHere: string;
  fillIn: string;
  forget: string;
  remember: string;
  rememberHint: string;
}

const read = (): string | undefined => {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
};

interface Props {
  /** The code of this conversation (the code and thread pages); absent on the code page. */
  code?: string;
  /** The code page: offer the kept code for the field `fieldId`. */
  fieldId?: string;
  t: CodeKeeperStrings;
}

export default function CodeKeeper({ code, fieldId, t }: Props) {
  const [kept, setKept] = useState<string | undefined>();
  const [copied, setCopied] = useState('');
  useEffect(() => setKept(read()), []);

  const remember = (on: boolean) => {
    try {
      if (on && code) localStorage.setItem(STORAGE_KEY, code);
      else localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Private mode or storage switched off: nothing kept.
    }
    setKept(read());
  };
  const forget = () => remember(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code!);
      setCopied(t.copied);
    } catch {
      setCopied(t.copyFailed);
    }
  };

  if (!code) {
    if (!kept || !fieldId) return null;
    return (
      <div class="so-note so-code-keeper" data-code-keeper>
        <p>{t.keptHere}</p>
        <p class="so-code-keeper__actions">
          <button type="button" class="so-button so-button--secondary" onClick={() => {
            const field = document.getElementById(fieldId) as HTMLInputElement | null;
            if (field) {
              field.value = kept;
              field.focus();
            }
          }}>{t.fillIn}</button>
          <button type="button" class="so-button so-button--secondary" onClick={forget}>{t.forget}</button>
        </p>
      </div>
    );
  }
  const isKept = kept === code;
  return (
    <div class="so-code-keeper" data-code-keeper>
      <p class="so-code-keeper__actions">
        <button type="button" class="so-button so-button--secondary" onClick={copy}>{t.copy}</button>
      </p>
      <p aria-live="polite" class="so-hint">{copied}</p>
      <div class="so-checkbox">
        <input type="checkbox" id="onthoud-code" checked={isKept} onChange={(e) => remember((e.target as HTMLInputElement).checked)} aria-describedby="onthoud-code-uitleg" />
        <label for="onthoud-code">{t.remember}</label>
      </div>
      <p class="so-hint" id="onthoud-code-uitleg">{t.rememberHint}</p>
      {isKept && (
        <p>
          <button type="button" class="so-button so-button--secondary" onClick={forget}>{t.forget}</button>
        </p>
      )}
    </div>
  );
}
