/**
 * The CJG's phone number and e-mail address have one source (src/utils/contact.ts,
 * which the pages and the mails read). Content files cannot import it, so the two
 * that repeat them are checked here: change one, and this fails until all agree.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readCollection } from '../../src/catalogue/files';
import { partnerSchema } from '../../src/schemas/partner';
import { contact } from '../../src/utils/contact';
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
