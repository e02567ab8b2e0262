/**
 * Issue 11: a SIGKILL in the middle of a burst of registrations loses
 * nothing that was acknowledged. The real server (the built site +
 * scripts/serve.mjs) takes a burst on `/api/registrations`, is killed with
 * SIGKILL halfway, and started again on the same database and outbox
 * folder. Then every registration that got a 2xx is in the database and has
 * exactly one mail in the folder outbox (after the restarted server drained
 * it), and no .eml file is empty or broken.
 *
 * Runs on libSQL (an embedded file) and on PostgreSQL (TEST_POSTGRES_URL, as
 * the store contract tests; with CI set it must be there).
 *
 * SKIP_CRASH_TEST=1 skips it in a quick local run; with CI set that flag is an error.
 */
import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { openDriver } from '../../src/server/store/drivers';

const root = process.cwd();
const BASE_PORT = Number(process.env.CRASH_PORT ?? 4651);
const postgresUrl = process.env.TEST_POSTGRES_URL;
const CLIENTS = 25;
/** Kill after this many acknowledged registrations (or after KILL_AFTER_MS, whichever comes first). */
const KILL_AT = 150;
const KILL_AFTER_MS = 4000;

interface FeedSession { id: string; placesLeft: number; deadline: string; cancelled?: boolean }
interface FeedOffer { registration: { method: string; intake?: boolean; askChild?: boolean; askSchoolGroup?: boolean }; sessions: FeedSession[] }

function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; log: () => string }> {
  let out = '';
  const child = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return new Promise((ok, fail) => {
    const timer = setInterval(() => {
      if (/listening on/.test(out)) {
        clearInterval(timer);
        ok({ child, log: () => out });
      }
    }, 50);
    child.once('exit', (code, signal) => {
      clearInterval(timer);
      fail(new Error(`server stopped before listening (${code ?? signal}):\n${out}`));
    });
  });
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((ok) => {
    if (child.exitCode !== null || child.signalCode !== null) return ok();
    child.once('exit', () => ok());
    child.kill(signal);
  });
}

async function openSession(base: string): Promise<string> {
  const feed = (await (await fetch(`${base}/aanbod.json`)).json()) as { offers: FeedOffer[] };
  const now = Date.now();
  const session = feed.offers
    .filter((o) => o.registration.method === 'portal' && !o.registration.intake && !o.registration.askChild && !o.registration.askSchoolGroup)
    .flatMap((o) => o.sessions)
    .find((s) => !s.cancelled && Date.parse(s.deadline) > now + 86_400_000);
  expect(session, 'an open portal session in the built catalogue').toBeTruthy();
  return session!.id;
}

/** Registrations from CLIENTS parallel clients until the server is gone; the addresses that got a 2xx. */
async function burst(base: string, sessionId: string, kill: () => void): Promise<{ acknowledged: string[]; refused: number }> {
  const acknowledged: string[] = [];
  let refused = 0;
  let i = 0;
  let dead = false;
  const timer = setTimeout(() => ((dead = true), kill()), KILL_AFTER_MS);
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (!dead) {
        const email = `crash-${i++}@voorbeeld.nl`;
        try {
          const res = await fetch(`${base}/api/registrations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ sessionId, name: 'Ouder Crash', email, municipality: 'haarlem', consent: true }),
          });
          await res.arrayBuffer();
          if (res.status >= 200 && res.status < 300) acknowledged.push(email);
          else refused++;
          if (acknowledged.length >= KILL_AT && !dead) {
            dead = true;
            clearTimeout(timer);
            kill();
          }
        } catch {
          return; // the connection died with the server
        }
      }
    }),
  );
  clearTimeout(timer);
  return { acknowledged, refused };
}

/** Each .eml in the folder, parsed: its recipient, or a note that it is empty or broken. */
async function mailsIn(dir: string): Promise<{ to: string[]; broken: string[] }> {
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.eml'));
  } catch {}
  const to: string[] = [];
  const broken: string[] = [];
  for (const name of names) {
    const raw = readFileSync(join(dir, name));
    const mail = raw.length ? await simpleParser(raw) : undefined;
    const address = mail && !Array.isArray(mail.to) ? mail.to?.value[0]?.address : undefined;
    if (!address || !mail?.text) broken.push(name);
    else to.push(address);
  }
  return { to, broken };
}

/** Each engine on its own port, so the two may run in parallel workers. */
const engines = [
  { name: 'libsql' as const, available: true, port: BASE_PORT },
  { name: 'postgres' as const, available: Boolean(postgresUrl), port: BASE_PORT + 1 },
];

for (const engine of engines) {
  test(`SIGKILL during a burst on ${engine.name}: every acknowledged registration and its mail survive`, async () => {
    test.setTimeout(90_000);
    if (process.env.SKIP_CRASH_TEST) {
      if (process.env.CI) throw new Error('SKIP_CRASH_TEST is set in CI: the crash test may only be skipped in a local run');
      test.skip(true, 'SKIP_CRASH_TEST is set');
    }
    if (!engine.available) {
      if (process.env.CI) throw new Error('CI is set but TEST_POSTGRES_URL is not: the crash test must run on PostgreSQL too (.ci/run starts one)');
      test.skip(true, 'no TEST_POSTGRES_URL');
    }

    const base = `http://127.0.0.1:${engine.port}`;
    mkdirSync(join(root, '.tmp'), { recursive: true });
    const dir = mkdtempSync(join(root, '.tmp', `crash-${engine.name}-`));
    const outbox = resolve(dir, 'outbox');
    let databaseUrl = `file:${resolve(dir, 'portal.db')}`;
    let dropSchema: (() => Promise<void>) | undefined;
    if (engine.name === 'postgres') {
      const schema = `crash_${process.pid}_${Date.now()}`;
      const admin = await openDriver(postgresUrl!);
      await admin.exec(`CREATE SCHEMA ${schema}`);
      databaseUrl = `${postgresUrl}${postgresUrl!.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      dropSchema = async () => {
        await admin.exec(`DROP SCHEMA ${schema} CASCADE`);
        await admin.close();
      };
    }
    const env = {
      HOST: '127.0.0.1',
      PORT: String(engine.port),
      PUBLIC_URL: base,
      DATABASE_URL: databaseUrl,
      QUESTIONS_DATABASE_URL: `file:${resolve(dir, 'questions.db')}`,
      OUTBOX_DIR: outbox,
      RATE_LIMIT_PER_MINUTE: '0',
      // Mails the killed server was sending are held for the lease; a short one lets the restarted server resend them in the test.
      MAIL_LEASE_SECONDS: '2',
    };
    const servers: ChildProcess[] = [];
    try {
      const first = await startServer(env);
      servers.push(first.child);
      const sessionId = await openSession(base);
      const { acknowledged } = await burst(base, sessionId, () => first.child.kill('SIGKILL'));
      await stop(first.child, 'SIGKILL');
      expect(acknowledged.length, 'the burst got registrations acknowledged before the kill').toBeGreaterThan(20);

      const second = await startServer(env);
      servers.push(second.child);
      // The restarted server sends what the killed one left in the outbox.
      const want = new Set(acknowledged);
      const deadline = Date.now() + 25_000;
      let mails = await mailsIn(outbox);
      while (Date.now() < deadline && [...want].some((a) => !mails.to.includes(a))) {
        await new Promise((r) => setTimeout(r, 250));
        mails = await mailsIn(outbox);
      }
      await stop(second.child, 'SIGTERM');

      const driver = await openDriver(databaseUrl);
      let stored: string[];
      try {
        stored = (await driver.query<{ email: string }>(`SELECT email FROM registrations WHERE session_id = ?`, [sessionId])).map((r) => r.email);
      } finally {
        await driver.close();
      }
      const missingRows = acknowledged.filter((a) => !stored.includes(a));
      const count = new Map<string, number>();
      for (const a of mails.to) count.set(a, (count.get(a) ?? 0) + 1);
      const withoutMail = acknowledged.filter((a) => !count.has(a));
      const twice = [...count].filter(([, n]) => n > 1).map(([a]) => a);
      const summary = `${acknowledged.length} acknowledged; ${missingRows.length} not in the database; ${withoutMail.length} without a mail; ${twice.length} mailed more than once; ${mails.broken.length} empty or broken .eml`;
      expect(missingRows, summary).toEqual([]);
      expect(withoutMail, summary).toEqual([]);
      expect(twice, summary).toEqual([]);
      expect(mails.broken, summary).toEqual([]);
      // Every stored registration (acknowledged or not: the kill may fall between the commit and the answer) has its one mail.
      expect(stored.filter((a) => count.get(a) !== 1), summary).toEqual([]);
    } finally {
      for (const s of servers) await stop(s, 'SIGKILL');
      await dropSchema?.();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
