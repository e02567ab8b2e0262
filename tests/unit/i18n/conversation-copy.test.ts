/**
 * The anonymous conversation's words (src/i18n/copy/conversation.ts) and its one schema with messages per
 * language (src/schemas/question.ts): every language it is written in fills every key, English is not Dutch
 * left over, the schema speaks the page's language and checks the same, and only the languages with copy
 * are built.
 */
import { describe, expect, it } from 'vitest';
import { conversationCopy, conversationCopyFor, conversationLocales, hasConversationCopy, liveProps } from '../../../src/i18n/copy/conversation';
import { messageInputSchemaFor, questionInputSchema, questionInputSchemaFor, QUESTION_MAX } from '../../../src/schemas/question';
import { readFileSync } from 'node:fs';

/** Every leaf of a copy table as text: functions called with sample arguments. */
function leaves(v: unknown, path = ''): [string, string][] {
  if (typeof v === 'string') return [[path, v]];
  if (typeof v === 'function') {
    const arity = (v as (...a: unknown[]) => unknown).length;
    const args = arity === 1 && /clock|day/.test(path) ? [new Date('2026-12-02T10:00:00Z')] : [3, 5, 7].slice(0, Math.max(arity, 1));
    return [[path, String((v as (...a: unknown[]) => unknown)(...(path.endsWith('formatInstant') || path.endsWith('formatDay') ? ['2026-12-02T10:00:00Z'] : args)))]];
  }
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, `${path}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => leaves(x, path ? `${path}.${k}` : k));
  return [[path, String(v)]];
}

const nl = new Map(leaves(conversationCopy.nl));

describe.each(conversationLocales)('%s', (locale) => {
  const table = leaves(conversationCopy[locale]);
  it('fills every key the Dutch source has, with text', () => {
    expect(table.map(([k]) => k)).toEqual([...nl.keys()]);
    // Parts of sentences may be short (", dag en nacht."); a whole one is never empty.
    const empty = table.filter(([k, v]) => v.trim() === '' && !/\[\d\]$|\.short\./.test(k));
    expect(empty).toEqual([]);
  });
});

describe('English', () => {
  const en = leaves(conversationCopy.en);
  it('is not Dutch left over: no key says the same as the Dutch one, no common Dutch word', () => {
    // Names, numbers and the example code stay the same in every language.
    const same = en.filter(([k, v]) => nl.get(k) === v && /[a-z]{4}/i.test(v) && !['Safari', 'Chrome'].includes(v) && !/answer\.lead\[1\]|privateSteps\[\d\]\[0\]|quickHeading/.test(k));
    expect(same).toEqual([]);
    const dutch = /\b(je|jij|jouw|het|een|niet|en|vraag|bericht|gesprek|uur|vandaag|morgen|maandag|wordt|kun|kunt|leest|schrijf|bel)\b/i;
    const left = en.filter(([k, v]) => !/answer\.lead\[1\]|urgent\.|privateSteps|historySteps/.test(k) && dutch.test(v));
    expect(left).toEqual([]);
  });
  it('names no fixed reply term and dates in English on the Amsterdam clock', () => {
    expect(conversationCopy.en.replyPromise).not.toMatch(/\d|within|working day|hour/i);
    // 10:00 UTC in December is 11:00 in Amsterdam.
    expect(conversationCopy.en.formatInstant('2026-12-02T10:00:00Z')).toMatch(/^Wednesday,? 2 December 2026, 11:00$/);
    expect(conversationCopy.en.formatDay('2026-12-02T23:30:00Z')).toMatch(/^Thursday,? 3 December 2026$/);
  });
  it('gives the live island a plural it can fill in the browser', () => {
    expect(liveProps(conversationCopy.en.live).answers.replace('{n}', '2')).toBe('There are 2 new answers from the CJG.');
    expect(liveProps(conversationCopy.nl.live).answers.replace('{n}', '3')).toBe('Er zijn 3 nieuwe antwoorden van het CJG.');
  });
});

describe('the other languages', () => {
  for (const locale of ['ar', 'tr', 'pl', 'uk'] as const) {
    it(`${locale}: not Dutch or English left over, no fixed reply term, dates in that language on the Amsterdam clock`, () => {
      const en = new Map(leaves(conversationCopy.en));
      // Names, numbers, the example code and browser menu names may stay the same in every language.
      const kept = /answer\.lead\[1\]|privateSteps|historySteps|quickHeading|computer/;
      const same = leaves(conversationCopy[locale]).filter(([k, v]) => (nl.get(k) === v || en.get(k) === v) && /[a-z]{4}/i.test(v) && !kept.test(k));
      expect(same).toEqual([]);
      expect(conversationCopy[locale].replyPromise).not.toMatch(/\d/);
      // 10:00 UTC in December is 11:00 in Amsterdam; the date is not the English or Dutch one.
      const at = conversationCopy[locale].formatInstant('2026-12-02T10:00:00Z');
      expect(at).toContain('11:00');
      expect(at).toContain('2026');
      expect(at).not.toMatch(/December|december|woensdag|Wednesday/);
      expect(liveProps(conversationCopy[locale].live).answers).toContain('{n}');
    });
  }
});

describe('which languages are built', () => {
  it('every language of the site; anything else falls back to Dutch words and is not a conversation language', () => {
    expect(conversationLocales).toEqual(['nl', 'en', 'ar', 'tr', 'pl', 'uk']);
    expect(hasConversationCopy('ar')).toBe(true);
    expect(hasConversationCopy('fr')).toBe(false);
    expect(hasConversationCopy('toString')).toBe(false);
    expect(conversationCopyFor(undefined)).toBe(conversationCopy.nl);
  });
  it('the static pages are registered in every language with copy (so the switcher and hreflang know them)', () => {
    // src/i18n/pages.ts reads the content collections (astro:content), so its source is read here; the built
    // pages, the switcher and hreflang are checked in tests/e2e/languages.spec.ts.
    const pages = readFileSync('src/i18n/pages.ts', 'utf8');
    for (const path of ['/jongeren/vraag/', '/jongeren/antwoord/', '/jongeren/sporen-wissen/']) expect(pages, path).toContain(`'${path}': translatedLocales,`);
  });
});

describe('one schema, messages per language', () => {
  /** The first message per field, as the handler shows it (src/server/handlers/conversations.ts fieldErrorsOf). */
  const errorsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    Object.fromEntries((r.error?.issues ?? []).reverse().map((i) => [String(i.path[0]), i.message]));

  it('an empty, a too long question and a wrong age: the same checks, English words', () => {
    const bad = { question: 'Hoi?', age: '8', topic: 'bestaat-niet' };
    const en = errorsOf(questionInputSchemaFor('en').safeParse(bad));
    const nlErrors = errorsOf(questionInputSchema.safeParse(bad));
    expect(Object.keys(en).sort()).toEqual(Object.keys(nlErrors).sort());
    expect(en).toEqual({
      question: 'Your question is too short. Write at least 10 characters.',
      age: 'Enter an age from 10 to 30, or leave it empty.',
      topic: 'Choose a topic from the list, or leave it empty.',
    });
    expect(nlErrors.question).toBe('Je vraag is te kort. Schrijf minstens 10 tekens.');
    expect(errorsOf(questionInputSchemaFor('en').safeParse({}))).toEqual({ question: 'Write down your question.' });
    // Empty (or only spaces): what to do, not "too short".
    expect(errorsOf(questionInputSchemaFor('en').safeParse({ question: '  ' }))).toEqual({ question: 'Write down your question.' });
    expect(errorsOf(questionInputSchema.safeParse({ question: '' }))).toEqual({ question: 'Schrijf je vraag op.' });
    expect(errorsOf(questionInputSchemaFor('en').safeParse({ question: 'x'.repeat(QUESTION_MAX + 1) })).question).toBe(`Your question is too long. Use ${QUESTION_MAX} characters at most.`);
    expect(errorsOf(questionInputSchemaFor('en').safeParse({ question: 'Een goede vraag hier.', age: '15.5' })).age).toBe('Enter your age as a whole number.');
  });

  it('the same cleaning and the same result in every language: control characters out, unknown fields dropped', () => {
    const input = { question: '  Hoi\u0007, mag ik iets vragen?\r\n ', name: 'Sanne', age: '15' };
    expect(questionInputSchemaFor('en').parse(input)).toEqual(questionInputSchema.parse(input));
    expect(questionInputSchemaFor('en').parse(input)).toEqual({ question: 'Hoi, mag ik iets vragen?', age: 15 });
  });

  it('a reply: English message for an empty text, Arabic in Arabic; no language gets the Dutch schema', () => {
    expect(errorsOf(messageInputSchemaFor('en').safeParse({ text: '   ' }))).toEqual({ text: 'Write your message.' });
    expect(errorsOf(messageInputSchemaFor('ar').safeParse({ text: '' }))).toEqual({ text: conversationCopy.ar.messages.messageMissing });
    expect(errorsOf(messageInputSchemaFor(undefined).safeParse({ text: '' }))).toEqual({ text: 'Schrijf je bericht.' });
    expect(questionInputSchemaFor('en')).toBe(questionInputSchemaFor('en'));
  });
});
