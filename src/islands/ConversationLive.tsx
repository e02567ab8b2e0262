/**
 * With JavaScript, new messages appear while the thread page is open: it
 * asks POST /api/questions/lookup every POLL_MS while the tab is visible
 * (plain polling, so the edge host needs no connection state), and adds
 * what is new to a list inside an aria-live="polite" region, so a screen
 * reader announces it. The code travels in the request body, never in an
 * address; each poll counts towards the guessing limit, hence the pace.
 * Without JavaScript the page shows the thread as it was; reloading is a
 * form post (the "Vernieuw" button). Its words come as a prop in the page's
 * language (src/i18n/copy/conversation.ts `live`), and it asks for the
 * promise in that language (`language` in the lookup body).
 */
import { useEffect, useState } from 'preact/hooks';
import { formatDateIn, formatInstant, formatTimeIn, toLocal } from '../domain/dates';

export const POLL_MS = 30_000;

interface Message {
  from: 'jongere' | 'cjg';
  text: string;
  at: string;
}

export interface LiveStrings {
  oneAnswer: string;
  answers: (n: number) => string;
  newMessage: string;
  you: string;
  cjg: string;
}

/** Props must survive JSON: the plural comes as a template with "{n}". */
export type LiveProps = Omit<LiveStrings, 'answers'> & { answers: string };

interface Props {
  code: string;
  t: LiveProps;
  /** The page's language: `nl` (Dutch dates) or a language the conversation is written in. */
  language: string;
  /** BCP 47 tag for the dates of other languages (src/i18n/locales.ts `localeTags`). */
  tag: string;
  /** Messages the page already shows. */
  known: number;
  pollMs?: number;
}

export default function ConversationLive({ code, known, t, language, tag, pollMs = POLL_MS }: Props) {
  const when = (at: string) => (language === 'nl' ? formatInstant(at) : `${formatDateIn(toLocal(new Date(at)), tag)}, ${formatTimeIn(toLocal(new Date(at)), tag)}`);
  const [fresh, setFresh] = useState<Message[]>([]);
  const [promise, setPromise] = useState<string | undefined>();
  useEffect(() => {
    let seen = known;
    let stopped = false;
    const poll = async () => {
      if (stopped || document.visibilityState !== 'visible') return;
      try {
        const r = await fetch('/api/questions/lookup', {
          method: 'POST',
          headers: { accept: 'application/json', 'content-type': 'application/json' },
          body: JSON.stringify(language === 'nl' ? { code } : { code, language }),
          cache: 'no-store',
        });
        if (!r.ok) return;
        const data = (await r.json()) as { messages?: Message[]; promise?: string };
        if (Array.isArray(data.messages) && data.messages.length > seen) {
          const added = data.messages.slice(seen);
          seen = data.messages.length;
          setFresh((f) => [...f, ...added]);
        }
        if (typeof data.promise === 'string') setPromise(data.promise);
      } catch {
        // Offline for a moment: the next round tries again.
      }
    };
    const timer = setInterval(poll, pollMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [code, known, pollMs, language]);
  const answers = fresh.filter((m) => m.from === 'cjg').length;
  return (
    <div class="so-thread-live" aria-live="polite" data-live-thread>
      {fresh.length > 0 && (
        <>
          <p class="so-visually-hidden">{answers > 0 ? (answers === 1 ? t.oneAnswer : t.answers.replace('{n}', String(answers))) : t.newMessage}</p>
          <ol class="so-thread" start={known + 1}>
            {fresh.map((m) => (
              <li class={`so-thread__message so-thread__message--${m.from}`} data-from={m.from} key={`${m.at}-${m.text.length}`}>
                <p class="so-thread__meta">
                  <strong>{m.from === 'cjg' ? t.cjg : t.you}</strong> <time dateTime={m.at}>{when(m.at)}</time>
                </p>
                <div class="so-thread__text">{m.text}</div>
              </li>
            ))}
          </ol>
        </>
      )}
      {promise && <p class="so-visually-hidden" data-live-promise>{promise}</p>}
    </div>
  );
}
