/**
 * The subscription feeds as the static host serves them: /aanbod.ics and one
 * per theme, text/calendar in UTF-8, read by Mozilla's ical.js, every meeting
 * of every listed session at the instant /aanbod.json gives; the "Zet in je
 * agenda" links; and the private join link of an online session in none of
 * the built public files.
 */
import { test, expect } from '@playwright/test';
import ICAL from 'ical.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const client = join(import.meta.dirname, '../../dist/client');
/** The sample join link in content/offers/webinar-kinderen-en-pittige-emoties.md. */
const JOIN_HOST = 'webinar.samenopgroeien.example';

interface FeedJson {
  generatedAt: string;
  offers: { id: string; themes: string[]; sessions: { id: string; cancelled: boolean; meetings: { start: string; end: string; label?: string }[] }[] }[];
}

function events(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  expect(root.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Amsterdam']);
  return root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** What a feed must list, from the JSON feed: uid → start instant. */
function expected(json: FeedJson, theme?: string): Map<string, number> {
  const now = new Date(json.generatedAt).getTime();
  const out = new Map<string, number>();
  for (const o of json.offers) {
    if (theme && !o.themes.includes(theme)) continue;
    for (const s of o.sessions) {
      if (s.cancelled || Math.max(...s.meetings.map((m) => new Date(m.end).getTime())) <= now) continue;
      s.meetings.forEach((m, i) => out.set(`${s.id}-${i + 1}@samenopgroeien.example`, new Date(m.start).getTime()));
    }
  }
  return out;
}

test('/aanbod.ics and the theme feeds are text/calendar, parse, and list every meeting at its instant', async ({ request }) => {
  const json = (await (await request.get('/aanbod.json')).json()) as FeedJson;
  const themes = [...new Set(json.offers.flatMap((o) => o.themes))];
  for (const [path, theme] of [['/aanbod.ics', undefined], ...themes.map((t) => [`/themas/${t}.ics`, t] as const)] as const) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['content-type'], path).toBe('text/calendar; charset=utf-8');
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
    const text = await res.text();
    expect(text).toMatch(/^X-WR-CALNAME:Samen Opgroeien/m);
    expect(text).toMatch(/^REFRESH-INTERVAL;VALUE=DURATION:PT12H\r$/m);
    expect(text).not.toContain(JOIN_HOST);
    const list = events(text);
    const want = expected(json, theme);
    expect(want.size, path).toBeGreaterThan(0);
    expect(new Map(list.map((e) => [e.uid, e.startDate.toJSDate().getTime()])), path).toEqual(want);
    expect(list.every((e) => e.startDate.zone?.tzid === 'Europe/Amsterdam'), path).toBe(true);
  }
});

test('the catalogue and each theme page offer "Zet in je agenda": webcal and a plain download', async ({ page, request }) => {
  for (const [path, feed] of [['/aanbod/', '/aanbod.ics'], ['/themas/weerbaarheid/', '/themas/weerbaarheid.ics']] as const) {
    await page.goto(path);
    const box = page.getByRole('region', { name: 'Zet in je agenda' });
    await expect(box).toBeVisible();
    const subscribe = await box.getByRole('link', { name: 'Abonneer je in je agenda-app' }).getAttribute('href');
    expect(subscribe).toMatch(new RegExp(`^webcal://[^/]+${feed.replace(/\./g, '\\.')}$`));
    await expect(box.getByRole('link', { name: 'Download het agendabestand' })).toHaveAttribute('href', feed);
    expect((await request.get(feed)).headers()['content-type']).toBe('text/calendar; charset=utf-8');
  }
});

test('the join link of an online session is in no public file of the build', async () => {
  const leaks: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (readFileSync(p).includes(JOIN_HOST)) leaks.push(p);
    }
  };
  walk(client);
  expect(leaks).toEqual([]);
  // The link is really in the content (so this test would see a leak).
  expect(readFileSync(join(import.meta.dirname, '../../content/offers/webinar-kinderen-en-pittige-emoties.md'), 'utf8')).toContain(JOIN_HOST);
});
