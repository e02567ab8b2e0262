/**
 * After the build (and after Pagefind has written its files): a brotli
 * (`.br`) and a gzip (`.gz`) twin of every text file in the client folder, so
 * the Node host sends compressed files without compressing on the fly
 * (scripts/serve.mjs, sirv's `brotli`/`gzip`). A twin that would not save at
 * least a tenth is not written (Pagefind's index files are compressed
 * already). The edge host's platform compresses by itself: not run there.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const br = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats worth compressing (Pagefind's `.pf_*` and `.pagefind` files are gzip inside). */
export const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|svg|xml|txt|ics|webmanifest)$/;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

/** Compress one file into its twins; returns the bytes before and the brotli bytes after. */
export async function precompressFile(path: string, quality: number = constants.BROTLI_MAX_QUALITY): Promise<{ before: number; after: number }> {
  const body = await readFile(path);
  const [b, g] = await Promise.all([
    br(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    gz(body, { level: quality >= 9 ? 9 : 6 }),
  ]);
  const worth = (twin: Buffer) => twin.length <= body.length * 0.9;
  await Promise.all([worth(b) ? writeFile(`${path}.br`, b) : undefined, worth(g) ? writeFile(`${path}.gz`, g) : undefined]);
  return { before: body.length, after: worth(b) ? b.length : body.length };
}

/** Every compressible file under `root`, a few at a time (zlib runs them on libuv's threads). */
export async function precompressDir(root: string): Promise<{ files: number; before: number; after: number }> {
  const queue: string[] = [];
  for await (const f of files(root)) queue.push(f);
  // Many pages (a big catalogue): a much faster brotli level. Quality 9 took 150 s for 5,000 offers' 244 MB
  // of pages on two cores; 5 compresses about ten times faster for a few per cent more bytes.
  const quality = queue.length > 1000 ? 5 : constants.BROTLI_MAX_QUALITY;
  let before = 0;
  let after = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < queue.length) {
        const r = await precompressFile(queue[next++]!, quality);
        before += r.before;
        after += r.after;
      }
    }),
  );
  return { files: queue.length, before, after };
}

export default function precompress(): AstroIntegration {
  let clientDir: URL | undefined;
  return {
    name: 'samen-opgroeien:precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        clientDir = config.adapter ? config.build.client : config.outDir;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const t0 = performance.now();
        const root = fileURLToPath(clientDir ?? dir);
        const r = await precompressDir(root);
        logger.info(`${r.files} files precompressed: ${Math.round(r.before / 1024)} KB → ${Math.round(r.after / 1024)} KB (brotli) in ${Math.round(performance.now() - t0)} ms`);
      },
    },
  };
}
