/**
 * Mails about partner offers, through the outbox in the same batch as the
 * change: the coordinators when an offer is submitted; the partner's
 * accounts when it is approved, sent back (with the reason) and online
 * (`notifyOnline`, called by the publish code). Each mail is parsed with
 * mailparser from the .eml the real transport writes, and a hostile title
 * (CR/LF, a Bcc header, a script tag) stays one line of plain text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeOfferStatus, notifyOnline, offerVersion, saveOffer } from '../../src/server/backoffice/offers';
import { toActor } from '../../src/server/backoffice/auth';
import { createMailTransport } from '../../src/server/mail/transport';
import type { User } from '../../src/schemas/rows';
import { context, form, testEnv, validOffer, type TestEnv } from './helpers';

let env: TestEnv;
let coordinator: User;
let second: User;
let kenter: User;
let effect: User;
let outbox: string;

beforeEach(async () => {
  env = await testEnv();
  outbox = join(env.dir, 'eml');
  env.useTransport(createMailTransport({ from: 'Samen Opgroeien <beheer@samenopgroeien.example>', outboxDir: outbox }));
  coordinator = (await env.deps.store.accounts.createUser({ email: 'coordinator@cjg.nl', role: 'coordinator', name: 'Coco' })).user;
  second = (await env.deps.store.accounts.createUser({ email: 'tweede@cjg.nl', role: 'coordinator' })).user;
  kenter = (await env.deps.store.accounts.createUser({ email: 'partner@kenter.nl', role: 'partner', partnerId: 'kenter-jeugdhulp', name: 'Karin Kenter' })).user;
  await env.deps.store.accounts.createUser({ email: 'collega@kenter.nl', role: 'partner', partnerId: 'kenter-jeugdhulp' });
  effect = (await env.deps.store.accounts.createUser({ email: 'partner@haarlemeffect.nl', role: 'partner', partnerId: 'haarlem-effect' })).user;
});
afterEach(() => env.cleanup());

/** Every .eml written so far, parsed, with the raw text. */
async function mails(): Promise<(ParsedMail & { raw: string })[]> {
  let files: string[] = [];
  try {
    files = readdirSync(outbox).filter((f) => f.endsWith('.eml')).sort();
  } catch {
    return [];
  }
  return Promise.all(files.map(async (f) => {
    const raw = readFileSync(join(outbox, f), 'utf8');
    return Object.assign(await simpleParser(raw), { raw });
  }));
}
const to = (m: ParsedMail) => (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => v.address));
const ofKind = async (subject: RegExp) => (await mails()).filter((m) => subject.test(m.subject ?? ''));

async function submitted(title = validOffer.title as string): Promise<string> {
  const saved = await saveOffer(toActor(kenter), undefined, form({ ...validOffer, title }), context, env.deps);
  if (saved.type !== 'saved') throw new Error(JSON.stringify(saved));
  const r = await changeOfferStatus(toActor(kenter), saved.row.id, 'submit', undefined, env.deps);
  if (r.type !== 'changed') throw new Error(JSON.stringify(r));
  await env.settle();
  return saved.row.id;
}

async function review(id: string, action: 'approve' | 'send-back', reason?: string) {
  const row = (await env.deps.store.offers.getOffer(id))!;
  return changeOfferStatus(toActor(coordinator), id, action, reason, env.deps, await offerVersion(row));
}

describe('offer mails', () => {
  it('tells every active coordinator when a partner submits, and nobody else', async () => {
    await env.deps.store.accounts.setUserActive(second.id, false);
    const id = await submitted();
    const list = await ofKind(/^Nieuw aanbod om te beoordelen/);
    expect(list.map(to)).toEqual([['coordinator@cjg.nl']]);
    const m = list[0]!;
    expect(m.subject).toBe('Nieuw aanbod om te beoordelen: Opvoeden in de buurt');
    expect(m.text).toContain(`http://localhost:4321/beheer/aanbod/${id}/`);
    // No personal data beyond the recipient: not the partner's name or address.
    expect(m.raw).not.toMatch(/Karin|kenter\.nl/);
    // The HTML part carries the same link, as a button.
    expect(m.html).toContain(`href="http://localhost:4321/beheer/aanbod/${id}/"`);
  });

  it('does not mail the coordinator about their own submission', async () => {
    const saved = await saveOffer(toActor(coordinator), undefined, form({ ...validOffer, provider: 'kenter-jeugdhulp' }), context, env.deps);
    if (saved.type !== 'saved') throw new Error('save failed');
    await changeOfferStatus(toActor(coordinator), saved.row.id, 'submit', undefined, env.deps);
    await env.settle();
    expect((await ofKind(/^Nieuw aanbod/)).map(to)).toEqual([['tweede@cjg.nl']]);
  });

  it('tells the partner’s accounts the reason when it is sent back, and that it is approved', async () => {
    const id = await submitted();
    const back = await review(id, 'send-back', 'Zet er een tweede datum bij.\r\nEn de prijs.');
    expect(back.type).toBe('changed');
    await env.settle();
    const sentBack = await ofKind(/^Teruggestuurd/);
    expect(sentBack.flatMap(to).sort()).toEqual(['collega@kenter.nl', 'partner@kenter.nl']);
    expect(sentBack[0]!.text).toContain('Zet er een tweede datum bij.\nEn de prijs.');
    expect(sentBack[0]!.text).toContain(`/beheer/aanbod/${id}/`);

    await changeOfferStatus(toActor(kenter), id, 'submit', undefined, env.deps);
    expect((await review(id, 'approve')).type).toBe('changed');
    await env.settle();
    const approved = await ofKind(/^Goedgekeurd/);
    expect(approved.flatMap(to).sort()).toEqual(['collega@kenter.nl', 'partner@kenter.nl']);
    expect((await mails()).flatMap(to)).not.toContain(effect.email);
  });

  it('asks for a reason to send back, in Dutch, and refuses one that is too long (nothing changes, nobody is mailed)', async () => {
    const id = await submitted();
    const before = (await mails()).length;
    for (const [reason, message] of [['', /Schrijf op wat/], ['  \r\n\t ', /Schrijf op wat/], ['\u0000\u0007', /Schrijf op wat/], ['x'.repeat(4001), /te lang/]] as const) {
      const r = await review(id, 'send-back', reason);
      expect(r).toMatchObject({ type: 'denied', status: 422 });
      if (r.type === 'denied') expect(r.message).toMatch(message);
    }
    await env.settle();
    expect((await env.deps.store.offers.getOffer(id))?.status).toBe('submitted');
    expect(await mails()).toHaveLength(before);
  });

  it('mails nothing when the change did not happen (a stale version, another partner, a partner approving)', async () => {
    const id = await submitted();
    const before = (await mails()).length;
    expect(await changeOfferStatus(toActor(coordinator), id, 'approve', undefined, env.deps, '0000000000000000')).toMatchObject({ status: 409 });
    expect(await changeOfferStatus(toActor(kenter), id, 'approve', undefined, env.deps, 'x')).toMatchObject({ status: 403 });
    expect(await changeOfferStatus(toActor(effect), id, 'submit', undefined, env.deps)).toMatchObject({ status: 403 });
    await env.settle();
    expect(await mails()).toHaveLength(before);
    expect(await env.deps.store.outbox.unsent()).toBe(0);
  });

  it('tells the partner once when the approved version is online (notifyOnline, for the publish code)', async () => {
    const id = await submitted();
    await review(id, 'approve');
    await env.settle();
    // Not online yet: nothing.
    expect(await notifyOnline(env.deps, [id])).toBe(0);
    await env.deps.store.offers.markPublished(new Date(env.clock.now.getTime() + 1000));
    expect(await notifyOnline(env.deps, [id, id, 'bestaat-niet'])).toBe(2);
    await env.settle();
    const online = await ofKind(/^Online/);
    expect(online.flatMap(to).sort()).toEqual(['collega@kenter.nl', 'partner@kenter.nl']);
    expect(online[0]!.text).toContain(`http://localhost:4321/aanbod/${id}/`);
    // Every later publish calls it again: nobody is mailed twice for the same approval.
    await env.deps.store.offers.markPublished(new Date(env.clock.now.getTime() + 2000));
    expect(await notifyOnline(env.deps, [id])).toBe(0);
    await env.settle();
    expect(await ofKind(/^Online/)).toHaveLength(2);
  });

  it('keeps a hostile title to one line of plain text: no extra header, no markup', async () => {
    const hostile = 'Evil\r\nBcc: spy@evil.example\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>';
    const id = await submitted(hostile);
    await review(id, 'send-back', '<b>vet</b>\r\nBcc: spy@evil.example');
    await changeOfferStatus(toActor(kenter), id, 'submit', undefined, env.deps);
    await review(id, 'approve');
    await env.deps.store.offers.markPublished(new Date(env.clock.now.getTime() + 1000));
    await notifyOnline(env.deps, [id]);
    await env.settle();
    const all = await mails();
    // Submitted twice (2 coordinators), sent back, approved, online (2 partner accounts each).
    expect(all.length).toBe(4 + 2 + 2 + 2);
    for (const m of all) {
      expect(m.headers.has('bcc')).toBe(false);
      expect(m.bcc).toBeUndefined();
      // Two parts of one message; in the HTML part the title is text, escaped, never markup.
      expect(m.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
      expect(m.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(m.html).not.toMatch(/<script|<b>/i);
      expect(m.subject).not.toMatch(/[\r\n]/);
      expect(m.subject).toContain('Evil Bcc: spy@evil.example');
      const head = m.raw.split(/\r?\n\r?\n/)[0]!;
      expect(head).not.toMatch(/^Bcc:/im);
      expect(head).not.toMatch(/^Content-Type: text\/html/im);
      expect(to(m)).not.toContain('spy@evil.example');
      expect(m.text).toContain('<script>alert(1)</script>');
    }
    const sentBack = all.find((m) => /^Teruggestuurd/.test(m.subject ?? ''))!;
    expect(sentBack.text).toContain('<b>vet</b>\nBcc: spy@evil.example');
    expect(sentBack.html).toContain('&lt;b&gt;vet&lt;/b&gt;<br>Bcc: spy@evil.example');
  });

  it('writes the mail rows in the same batch as the change (the outbox has them before any drain)', async () => {
    const saved = await saveOffer(toActor(kenter), undefined, form(validOffer), context, env.deps);
    if (saved.type !== 'saved') throw new Error('save failed');
    await changeOfferStatus(toActor(kenter), saved.row.id, 'submit', undefined, env.deps);
    const rows = await env.deps.drivers.core.query<{ kind: string; recipient: string; registration_id: string | null }>('SELECT kind, recipient, registration_id FROM outbox ORDER BY recipient');
    expect(rows).toEqual([
      { kind: 'offer-submitted', recipient: 'coordinator@cjg.nl', registration_id: null },
      { kind: 'offer-submitted', recipient: 'tweede@cjg.nl', registration_id: null },
    ]);
  });
});
