/**
 * The one way a test starts its own `scripts/serve.mjs`: waits until it says "listening", fails
 * with the server's own output when it stops first or takes too long, and `stop()` waits for the
 * process to end (so the next spec can take the port).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';

/** The databases and the outbox of a test server, in `dir` (`name` tells servers sharing a folder apart). */
export const storageIn = (dir: string, name = '') => ({
  DATABASE_URL: `file:${join(dir, `portal${name}.db`)}`,
  QUESTIONS_DATABASE_URL: `file:${join(dir, `questions${name}.db`)}`,
  OUTBOX_DIR: join(dir, 'outbox'),
});

/** A copy of the suite's build (`dist/`: client, server and the CSP) in `dir/dist`, to change under a server of its own; returns that folder. */
export function copyBuild(dir: string, root = process.cwd()): string {
  const dist = join(dir, 'dist');
  for (const part of ['client', 'server']) cpSync(join(root, 'dist', part), join(dist, part), { recursive: true });
  cpSync(join(root, 'dist', 'csp.json'), join(dist, 'csp.json'));
  return dist;
}

export interface TestServer {
  readonly process: ChildProcess;
  readonly origin: string;
  /** Everything the server wrote to stdout and stderr so far. */
  log(): string;
  stop(): Promise<void>;
}

export interface ServeOptions {
  port: number;
  /** Extra arguments for serve.mjs: a dist folder, `--live`… */
  args?: string[];
  /** Merged over process.env; HOST and PORT are set from `port`, PUBLIC_URL defaults to the origin. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  timeoutMs?: number;
}

export async function startServer({ port, args = [], env = {}, cwd = process.cwd(), timeoutMs = 30_000 }: ServeOptions): Promise<TestServer> {
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn('node', ['scripts/serve.mjs', ...args], {
    cwd,
    env: { ...process.env, PUBLIC_URL: origin, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve.mjs on ${port} did not start in ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const onData = (d: Buffer) => {
      out += d;
      if (/listening/i.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`serve.mjs on ${port} stopped (${code ?? signal}) before listening:\n${out}`));
    });
  });
  return {
    process: child,
    origin,
    log: () => out,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const late = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(late);
    },
  };
}
