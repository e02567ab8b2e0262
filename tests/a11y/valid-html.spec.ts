/**
 * Valid HTML: the Nu HTML Checker (vnu-jar, Java) over every built page
 * (the sitemap's and the rest: 404, result pages), the on-demand public pages
 * (a registration form, empty and after a failed post; the catalogue filter;
 * the result pages) and the back office as the coordinator sees it. Zero errors.
 * One Java run over all files: starting the checker costs more than checking.
 */
import { test, expect, type APIRequestContext } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const DB = 'file:./.tmp/e2e/portal.db';
const OUT = resolve('.tmp/vnu');
const VNU = resolve('node_modules/vnu-jar/build/dist/vnu.jar');

function builtPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : builtPages(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

function signIn(): string {
  const email = `vnu-${Date.now()}@cjg.test`;
  return execFileSync('node', ['tests/e2e/support/admin-session.mjs', DB, email, 'coordinator']).toString().trim();
}

test.setTimeout(240_000);

test('every page is valid HTML (Nu HTML Checker): built, on demand and the back office', async ({ playwright, request, baseURL }) => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const files = new Map<string, string>(); // file → what it is
  const client = resolve('dist/client');
  for (const f of builtPages(client)) files.set(f, `/${relative(client, f)}`);

  const save = async (label: string, res: Awaited<ReturnType<APIRequestContext['get']>>) => {
    expect(res.headers()['content-type'] ?? '', label).toMatch(/^text\/html/);
    const file = join(OUT, `${files.size}.html`);
    writeFileSync(file, await res.text());
    files.set(file, label);
  };

  // On-demand public pages. A registration form: the first open portal session.
  const catalogue = await (await request.get('/aanbod.json')).json();
  const form = (catalogue.offers ?? catalogue).flatMap((o: { sessions?: { registration?: { form?: string }; placesLeft: number; cancelled: boolean }[] }) => o.sessions ?? []).find((s: { registration?: { form?: string }; placesLeft: number; cancelled: boolean }) => s.registration?.form && !s.cancelled && s.placesLeft > 0);
  expect(form, 'an open registration form').toBeTruthy();
  const formPath = new URL(form.registration.form).pathname;
  await save(formPath, await request.get(formPath));
  await save(`${formPath} (failed post)`, await request.post(formPath, { form: { name: '', email: 'geen-adres' }, headers: { origin: baseURL!, 'sec-fetch-site': 'same-origin', accept: 'text/html' }, maxRedirects: 0 }));
  for (const path of ['/aanbod/filter/?thema=opvoeden', '/inschrijven/verstuurd/', '/inschrijven/annuleren/?t=onbekend', '/jongeren/vraag/verstuurd/', '/jongeren/antwoord/lezen/', '/en/jongeren/vraag/verstuurd/', '/en/jongeren/antwoord/lezen/', '/evaluatie/', '/beheer/inloggen/'])
    await save(path, await request.get(path, { maxRedirects: 0 }));
  // The conversation right to left: the code page and the thread of a question asked in Arabic.
  const asked = await request.post('/ar/jongeren/vraag/verstuurd/', { form: { question: 'هل يمكنني أن أسأل سؤالًا عن المدرسة؟' }, headers: { origin: baseURL! } });
  expect(asked.status()).toBe(201);
  const askedHtml = await asked.text();
  await save('/ar/jongeren/vraag/verstuurd/ (a code)', asked);
  const code = /data-pickup-code="([a-z-]+)"/.exec(askedHtml)?.[1];
  expect(code, 'a pickup code').toBeTruthy();
  await save('/ar/jongeren/antwoord/lezen/ (the thread)', await request.post('/ar/jongeren/antwoord/lezen/', { form: { code: code! }, headers: { origin: baseURL! } }));

  // The back office, signed in as the coordinator.
  const admin = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `so_beheer=${signIn()}` } });
  const sessionId = new URL(form.registration.form).pathname.split('/').filter(Boolean).pop()!;
  for (const path of ['/beheer/', '/beheer/aanbod/', '/beheer/aanbod/nieuw/', '/beheer/beoordelen/', '/beheer/inschrijvingen/', `/beheer/inschrijvingen/${sessionId}/`, '/beheer/cijfers/', '/beheer/vragen/', '/beheer/vragen/sjablonen/', '/beheer/vragen/tijden/', '/beheer/publiceren/', '/beheer/accounts/']) {
    const res = await admin.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(200);
    await save(path, res);
  }
  await admin.dispose();

  let report = '';
  try {
    execFileSync('java', ['-Xss4m', '-jar', VNU, '--errors-only', '--format', 'json', ...files.keys()], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    // vnu exits 1 when it found errors; the JSON report is on stderr.
    report = String((e as { stderr?: Buffer }).stderr ?? '');
    if (!report.trim().startsWith('{')) throw e;
  }
  const messages = report ? (JSON.parse(report).messages as { url: string; type: string; message: string; lastLine?: number; extract?: string }[]) : [];
  const errors = messages.filter((m) => m.type === 'error').map((m) => `${files.get(decodeURI(m.url.replace(/^file:/, ''))) ?? m.url}:${m.lastLine ?? '?'}: ${m.message}`);
  expect(errors, errors.slice(0, 30).join('\n')).toEqual([]);
  expect(files.size).toBeGreaterThan(100);
});
