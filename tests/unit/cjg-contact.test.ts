/**
 * The CJG's phone number and e-mail address have one source (src/utils/contact.ts,
 * which the pages and the mails read). Content files cannot import it, so the two
 * that repeat them are checked here: change one, and this fails until all agree.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readCollection } from '../../src/catalogue/files';
import { partnerSchema } from '../../src/schemas/partner';
import { contact, mailDomain, replyPromise } from '../../src/utils/contact';
import { contact as siteContact } from '../../src/utils/site';

describe('the CJG contact facts agree everywhere', () => {
  it('the site re-exports the one source', () => {
    expect(siteContact).toBe(contact);
    expect(contact.tel.replace('+31', '0')).toBe(contact.phone.replace(/\D/g, ''));
  });

  it('content/partners/cjg.md has the same phone and e-mail', async () => {
    const { data } = (await readCollection('content', 'partners', partnerSchema)).find((p) => p.id === 'cjg')!;
    expect(data.contact).toMatchObject({ phone: contact.phone, email: contact.email });
    expect(data.website).toBe(contact.website);
  });

  it('the CJG helpline has the same phone and e-mail', () => {
    const line = parse(readFileSync('content/helplines/cjg-informatie-en-advies.yaml', 'utf8')) as { channels: { kind: string; value: string }[] };
    expect(line.channels.find((c) => c.kind === 'telefoon')?.value).toBe(contact.phone);
    expect(line.channels.find((c) => c.kind === 'email')?.value).toBe(contact.email);
  });
});

describe('one promise for when a question is answered', () => {
  it('the content files that repeat it say the same sentence', () => {
    expect(readFileSync('content/helplines/cjg-informatie-en-advies.yaml', 'utf8')).toContain(replyPromise);
    expect(readFileSync('content/services/informatie-en-advies.md', 'utf8')).toContain(replyPromise);
  });
  it('no page or content file makes another promise ("snel antwoord", "een paar werkdagen")', () => {
    const files = execFileSync('git', ['ls-files', 'content', 'src/pages', 'src/components'], { encoding: 'utf8' }).trim().split('\n');
    const other = /snel antwoord|paar werkdagen|binnen (vijf|drie|een|1|2|3|5) werkdag/i;
    expect(files.filter((f) => existsSync(f) && other.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});

describe('one domain for every invented address', () => {
  it('every e-mail address in src/ and content/ uses the sample domain, except form hints', () => {
    const files = execFileSync('git', ['ls-files', 'content', 'src'], { encoding: 'utf8' }).trim().split('\n');
    const domains = new Set<string>();
    for (const f of files) if (existsSync(f)) for (const m of readFileSync(f, 'utf8').matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) domains.add(m[1]!.toLowerCase());
    const hints = ['voorbeeld.nl', 'organisatie.nl', 'organisation.nl', 'mail.example.nl'];
    expect([...domains].filter((d) => !hints.includes(d))).toEqual([mailDomain]);
    expect(contact.email.endsWith(`@${mailDomain}`)).toBe(true);
  });
});
