/**
 * Finding 6 (issue 10): behind a reverse proxy. X-Forwarded-For and X-Forwarded-Proto are believed
 * only from the proxies in TRUSTED_PROXIES, so the rate limits count clients, not the proxy, and a
 * client cannot choose the address it is counted under. Tested against the real server
 * (scripts/serve.mjs) with a limit of one question per minute per client; the test's requests come
 * from 127.0.0.1, which plays the proxy.
 */
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, storageIn, type TestServer } from '../support/serve';
import { compileTrustedProxies, resolveClient } from '../../src/server/proxy';

const root = process.cwd();
const base = Number(process.env.SECURITY_PORT ?? 4613) + 4;
let dir = '';
const servers: TestServer[] = [];

function env(port: number, trusted: string | undefined) {
  return {
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...storageIn(dir, `-${port}`),
    QUESTION_POSTS_PER_MINUTE: '1',
    ...(trusted === undefined ? {} : { TRUSTED_PROXIES: trusted }),
  };
}

async function start(port: number, trusted: string | undefined) {
  servers.push(await startServer({ port, env: env(port, trusted) }));
}

async function ask(port: number, headers: Record<string, string>) {
  const res = await fetch(`http://127.0.0.1:${port}/api/questions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ question: 'Een vraag om de limiet per client te testen.' }),
  });
  return res.status;
}

const NONE = base; // TRUSTED_PROXIES not set
const LOOPBACK = base + 1; // TRUSTED_PROXIES=loopback: 127.0.0.1 is the proxy
const OTHER = base + 2; // TRUSTED_PROXIES=10.0.0.0/8: 127.0.0.1 is not one of the proxies

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  dir = mkdtempSync(join(root, '.tmp', 'proxy-headers-'));
  await Promise.all([start(NONE, undefined), start(LOOPBACK, 'loopback'), start(OTHER, '10.0.0.0/8')]);
});
test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('without TRUSTED_PROXIES a client cannot pick another address with X-Forwarded-For', async () => {
  expect(await ask(NONE, { 'x-forwarded-for': '198.51.100.1' })).toBe(201);
  expect(await ask(NONE, { 'x-forwarded-for': '198.51.100.2' })).toBe(429);
});

test('a forwarded header from a peer that is not in TRUSTED_PROXIES is ignored', async () => {
  expect(await ask(OTHER, { 'x-forwarded-for': '198.51.100.1' })).toBe(201);
  expect(await ask(OTHER, { 'x-forwarded-for': '198.51.100.2' })).toBe(429);
});

test('behind a trusted proxy each client has its own limit, and a spoofed chain does not help', async () => {
  expect(await ask(LOOPBACK, { 'x-forwarded-for': '198.51.100.1' })).toBe(201);
  expect(await ask(LOOPBACK, { 'x-forwarded-for': '198.51.100.2' })).toBe(201);
  expect(await ask(LOOPBACK, { 'x-forwarded-for': '198.51.100.2' })).toBe(429);
  // The client put an address of its own in front; the proxy appended the real one.
  expect(await ask(LOOPBACK, { 'x-forwarded-for': '203.0.113.9, 198.51.100.1' })).toBe(429);
});

test('X-Forwarded-Proto is believed only from a trusted proxy', async () => {
  // PUBLIC_URL is http here; an https Origin matches only when the request itself counts as https.
  const https = (port: number) => ({ origin: `https://127.0.0.1:${port}`, 'x-forwarded-proto': 'https', 'x-forwarded-for': '192.0.2.77' });
  expect(await ask(LOOPBACK, https(LOOPBACK))).toBe(201);
  expect(await ask(OTHER, https(OTHER))).toBe(403);
});

test('an invalid TRUSTED_PROXIES stops the server with a message naming it', () => {
  const res = spawnSync('node', ['scripts/serve.mjs'], { cwd: root, env: env(base + 3, '10.0.0.0/99, banaan'), encoding: 'utf8', timeout: 30_000 });
  expect(res.status).toBe(78);
  expect(res.stderr).toContain('TRUSTED_PROXIES');
});

test('resolveClient: hop counts, lists and the protocol', () => {
  const req = (peer: string, xff?: string, proto?: string) => ({
    socket: { remoteAddress: peer },
    headers: { ...(xff ? { 'x-forwarded-for': xff } : {}), ...(proto ? { 'x-forwarded-proto': proto } : {}) },
  });
  expect(resolveClient(req('10.0.0.2', '198.51.100.1', 'https'), compileTrustedProxies(''))).toEqual({ address: '10.0.0.2', protocol: 'http' });
  expect(resolveClient(req('10.0.0.2', '198.51.100.1', 'https'), compileTrustedProxies('1'))).toEqual({ address: '198.51.100.1', protocol: 'https' });
  // Two proxies (CDN → nginx → us): a hop count of 2 skips both, 1 stops at the CDN.
  expect(resolveClient(req('10.0.0.2', '198.51.100.1, 192.0.2.5'), compileTrustedProxies('2')).address).toBe('198.51.100.1');
  expect(resolveClient(req('10.0.0.2', '198.51.100.1, 192.0.2.5'), compileTrustedProxies('1')).address).toBe('192.0.2.5');
  expect(resolveClient(req('10.0.0.2', '198.51.100.1, 192.0.2.5'), compileTrustedProxies('10.0.0.0/8, 192.0.2.5')).address).toBe('198.51.100.1');
  expect(resolveClient(req('10.0.0.2', '198.51.100.1', 'javascript'), compileTrustedProxies('1')).protocol).toBe('http');
  expect(() => compileTrustedProxies('banaan')).toThrow();
});
