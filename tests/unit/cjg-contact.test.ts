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
import { conversationCopy } from '../../src/i18n/copy/conversation';
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
  it('no page, component or content file makes another promise ("snel antwoord", "binnen twee werkdagen", "binnen 24 uur")', () => {
    const files = execFileSync('git', ['ls-files', 'content', 'src/pages', 'src/components', 'src/islands'], { encoding: 'utf8' }).trim().split('\n');
    const other = /snel antwoord|paar werkdagen|binnen (twee|vijf|drie|een|één|1|2|3|5|24|48) (werk)?(dag|dagen|uur)|vandaag nog antwoord|altijd (direct|meteen) antwoord/i;
    expect(files.filter((f) => existsSync(f) && other.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('the English pages make no fixed promise either ("within two working days", "within 24 hours")', () => {
    const files = execFileSync('git', ['ls-files', 'src/i18n', 'src/pages/[[]locale]', 'src/components', 'content/*/en'], { encoding: 'utf8' }).trim().split('\n');
    // The English translations of the two files that repeat the promise say the English one.
    for (const f of ['content/helplines/en/cjg-informatie-en-advies.yaml', 'content/services/en/informatie-en-advies.md']) expect(readFileSync(f, 'utf8'), f).toContain(conversationCopy.en.replyPromise);
    const other = /within (a few|one|two|three|five|\d+) (working |business )?(day|days|hours?)|a quick answer|answer (today|at once|straight away)/i;
    expect(files.filter((f) => existsSync(f) && other.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('Arabic, Turkish, Polish and Ukrainian make no fixed promise either ("two working days" in each)', () => {
    const files = execFileSync('git', ['ls-files', 'src/i18n', 'content/*/ar', 'content/*/tr', 'content/*/pl', 'content/*/uk'], { encoding: 'utf8' }).trim().split('\n');
    const other = /يومي عمل|أيام عمل|خلال يوم|iş günü içinde|saat içinde cevap|dni roboczych|w ciągu (jednego|dwóch|trzech|\d+) dni|robocz\w* dni|робочих дн|протягом (одного|двох|трьох|\d+) (дн|годин)/i;
    expect(files.filter((f) => existsSync(f) && other.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('the promise comes from the answering hours: the static sentence names no term, the conversation pages say it from the hours', () => {
    // A page built ahead of time cannot know "now": it names no fixed term, only where to see it.
    expect(replyPromise).not.toMatch(/\d|werkdag|uur/);
    // Every page that shows a live conversation state takes it from the hours (ReplyState ← replyState ← readingState/promiseFor).
    // The page bodies, shared by the Dutch and the English pages (src/components/youth/).
    for (const page of ['src/components/youth/CodePage.astro', 'src/components/youth/ThreadPage.astro']) {
      expect(readFileSync(page, 'utf8'), page).toMatch(/<ReplyState /);
    }
    expect(readFileSync('src/server/handlers/conversations.ts', 'utf8')).toMatch(/promiseFor\(state, now, /);
    // No page hard-codes what only the hours can say.
    const files = execFileSync('git', ['ls-files', 'src/pages', 'src/components'], { encoding: 'utf8' }).trim().split('\n').filter((f) => f !== 'src/components/youth/ReplyState.astro');
    expect(files.filter((f) => existsSync(f) && /leest (er )?nu (een CJG-coach|iemand) mee|leest er niemand mee/i.test(readFileSync(f, 'utf8')))).toEqual([]);
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
