/**
 * Generates synthetic but schema-valid offers for benchmarks. Themes,
 * partners and locations are the real ids from content/, so references
 * resolve. Deterministic for a given count.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, basename, extname } from 'node:path';

const words = ['opvoeden', 'puber', 'weerbaar', 'mindset', 'scheiding', 'emoties', 'grenzen', 'school', 'vriendschap', 'zelfvertrouwen', 'slapen', 'gamen', 'pesten', 'faalangst', 'communiceren'];
const kinds = ['training', 'webinar', 'workshop', 'ouderavond', 'gezinsaanbod'];

function ids(root, dir, ext) {
  return readdirSync(join(root, 'content', dir)).filter((f) => f.endsWith(ext) || ext === '*').map((f) => basename(f, extname(f)));
}

function pad(n) {
  return String(n).padStart(2, '0');
}

/** Writes `count` offers into `outDir` (emptied first). Returns the ids written. */
export function generateOffers({ root, outDir, count, startDate = new Date(Date.UTC(2027, 0, 4)) }) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const themes = ids(root, 'themes', '.md');
  const partners = ids(root, 'partners', '.md');
  const locations = ids(root, 'locations', '.yaml');
  const written = [];
  for (let i = 0; i < count; i++) {
    const id = `synthetisch-aanbod-${i}`;
    const kind = kinds[i % kinds.length];
    const online = kind === 'webinar';
    const w1 = words[i % words.length];
    const w2 = words[(i * 7 + 3) % words.length];
    const min = (i * 3) % 16;
    const sessions = [0, 1].map((k) => {
      const d = new Date(startDate.getTime() + ((i * 13 + k * 29) % 170) * 86400000);
      const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      return [
        `  - id: ${id}-${k}`,
        `    start: ${day}T19:30`,
        `    end: ${day}T21:00`,
        ...(online ? [] : [`    laterMeetings:`, ...[1, 2, 3].map((w) => { const l = new Date(d.getTime() + w * 7 * 86400000); const ld = `${l.getUTCFullYear()}-${pad(l.getUTCMonth() + 1)}-${pad(l.getUTCDate())}`; return `      - { start: ${ld}T19:30, end: ${ld}T21:00 }`; })]),
        `    location: ${online ? 'online' : locations[(i + k) % locations.length]}`,
        `    capacity: ${online ? 150 : 14}`,
        `    taken: ${(i * 5 + k) % 14}`,
      ].join('\n');
    });
    const text = `---
# Sample data: generated for benchmarks.
title: "${w1[0].toUpperCase() + w1.slice(1)} en ${w2} ${i}"
kind: ${kind}
summary: "Een ${kind} over ${w1} en ${w2} voor ouders, met tips die je thuis meteen kunt gebruiken."
themes: [${themes[i % themes.length]}]
audience: [ouders]
ages: { min: ${min}, max: ${min + 4} }
format: ${online ? 'online' : 'op-locatie'}
provider: ${partners[i % partners.length]}
cost: { type: gratis }
registration: { method: portal }
keywords: [${w1}, ${w2}]
sampleData: true
sessions:
${sessions.join('\n')}
---
## Voor wie

Voor ouders die meer willen weten over ${w1}. Je leert samen met andere ouders hoe je omgaat met ${w2}.

## Wat leer je

Je krijgt uitleg, oefeningen en tips. Na afloop weet je beter wat je kind nodig heeft.
`;
    writeFileSync(join(outDir, `${id}.${process.env.BENCH_EXT ?? "md"}`), text);
    written.push(id);
  }
  return written;
}
