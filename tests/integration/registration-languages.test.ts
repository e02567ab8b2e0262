/**
 * Registration in every language (issue 18), against the real runtime (libSQL file, outbox, drainer): the
 * language is stored with the registration, the messages of the one schema come in the form's language, an
 * unknown or hostile language is a 422 field error that stores nothing, and the mail follows the language —
 * read back with mailparser from the .eml the real transport writes: an Arabic mail has an HTML part with
 * lang="ar" dir="rtl", the Arabic words, and links to the Arabic pages.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { handleCreateRegistration } from '../../src/server/handlers/registrations';
import { createMailTransport } from '../../src/server/mail/transport';
import { registrationMessages, registrationStrings } from '../../src/i18n/registration';
import { registrationMailWords } from '../../src/i18n/registration-mail';
import { post, testEnv, valid, type TestEnv } from './helpers';

let env: TestEnv;
beforeEach(async () => {
  env = await testEnv();
});
afterEach(() => env.cleanup());

const create = (body: unknown) => handleCreateRegistration(post(body), env.deps, { clientAddress: '127.0.0.1' });

describe('registration in another language', () => {
  test('in Arabic: stored as ar, answered in Arabic, mailed in Arabic right to left', async () => {
    const res = await create({ ...valid, name: 'سميرة & "العلوي"', email: 'samira@voorbeeld.nl', language: 'ar' });
    expect(res.status).toBe(202);
    expect((await res.json()).message).toBe(registrationStrings.ar.accepted);
    const [row] = await env.deps.store.registrations.list();
    expect(row).toMatchObject({ language: 'ar', status: 'confirmed' });

    await env.settle();
    expect(env.sent).toHaveLength(1);
    const dir = mkdtempSync(join(tmpdir(), 'mail-ar-'));
    try {
      await createMailTransport({ from: 'Samen Opgroeien <inschrijven@samenopgroeien.example>', outboxDir: dir, log: () => {} }).send(env.sent[0]!, { id: 'ar-1' });
      const mail = await simpleParser(readFileSync(join(dir, readdirSync(dir)[0]!)));
      const w = registrationMailWords.ar;
      expect(mail.subject).toBe(w.subjectConfirmed('Training pubers'));
      const html = String(mail.html);
      expect(html).toMatch(/^<!DOCTYPE html>\s*<html lang="ar" dir="rtl">/);
      expect(html).toContain('<body dir="rtl"');
      // The words of the Arabic table, in both parts; the name escaped, never markup.
      for (const part of [mail.text!, html]) {
        expect(part).toContain(w.status.confirmed);
        expect(part).toContain(w.cancelButton);
        expect(part).toContain(w.privacy);
      }
      expect(html).toContain('سميرة &amp; &quot;العلوي&quot;');
      // Facts and lists start on the right in a right-to-left mail.
      expect(html).toContain('text-align:right');
      expect(html).not.toContain('text-align:left');
      // Its links go to the Arabic pages: the personal link and the offer.
      expect(mail.text).toMatch(/http:\/\/localhost:4321\/ar\/inschrijven\/annuleren\/\?token=[A-Za-z0-9_-]{43}/);
      // No Dutch words of the Dutch template.
      expect(mail.text).not.toContain('Je bent ingeschreven');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a Dutch registration without `language` is still Dutch, stored as nl', async () => {
    expect((await create(valid)).status).toBe(202);
    const [row] = await env.deps.store.registrations.list();
    expect(row!.language).toBe('nl');
    await env.settle();
    expect(env.sent[0]!.html).toMatch(/<html lang="nl" dir="ltr">/);
    expect(env.sent[0]!.text).toContain('Je bent ingeschreven.');
    expect(env.sent[0]!.text).toMatch(/localhost:4321\/inschrijven\/annuleren\//);
  });

  test('the error messages come in the form\'s language, from the one schema', async () => {
    for (const language of ['en', 'ar', 'tr', 'pl', 'uk'] as const) {
      const res = await create({ sessionId: 'pubers-s1', email: 'geen-adres', language });
      expect(res.status).toBe(422);
      const { errors } = await res.json();
      const m = registrationMessages[language];
      expect(errors).toEqual({ name: m.nameMissing, email: m.emailInvalid, municipality: m.municipality, consent: m.consent });
      expect(errors.name).not.toBe(registrationMessages.nl.nameMissing);
    }
    // A child outside the offer's ages, in English, with the ordinal label of a list.
    const res = await create({ ...valid, sessionId: 'kinderen-s1', language: 'en', children: [{ firstName: 'Noor', age: 10, schoolGroup: 'groep-6' }, { firstName: 'Sem', age: 14, schoolGroup: 'groep-8' }] });
    expect(res.status).toBe(422);
    expect((await res.json()).errors['children.1.age']).toBe('The 2nd child is 14. This offer is for children aged 9 to 12.');
    expect(await env.deps.store.registrations.list()).toHaveLength(0);
  });

  test('an unknown or hostile language is a 422 field error and stores nothing', async () => {
    for (const language of ['xx', 'EN', 'nl-NL', '<script>alert(1)</script>', 'en\r\nBcc: spy@evil.example', ['en'], { en: true }, 7, 'a'.repeat(5000)]) {
      const res = await create({ ...valid, language });
      expect(res.status, JSON.stringify(language).slice(0, 40)).toBe(422);
      const { errors } = await res.json();
      expect(errors.language).toBe(registrationMessages.nl.language);
      expect(Object.keys(errors)).toEqual(['language']);
    }
    expect(await env.deps.store.registrations.list()).toHaveLength(0);
    await env.settle();
    expect(env.sent).toHaveLength(0);
  });

  test('a repeat in another language keeps the first registration\'s language for its mail', async () => {
    expect((await create({ ...valid, language: 'pl' })).status).toBe(202);
    expect((await create({ ...valid, language: 'tr' })).status).toBe(202);
    await env.settle();
    expect(await env.deps.store.registrations.list()).toHaveLength(1);
    expect(env.sent.map((m) => m.subject)).toEqual([registrationMailWords.pl.subjectConfirmed('Training pubers'), registrationMailWords.pl.subjectConfirmed('Training pubers')]);
    expect(env.sent.find((m) => m.kind === 'registration-repeat')!.text).toContain(registrationMailWords.pl.repeat[0]);
  });
});
