/**
 * The test Worker for the D1 engine: it runs the real D1 driver
 * (src/server/store/drivers/d1.ts) inside workerd, on the D1 binding `DB`,
 * and answers one driver call per request (JSON in, JSON out). So the store
 * tests exercise the driver where it will run, without Node.js
 * compatibility, and without Miniflare's object proxy (which is not made for
 * hundreds of simultaneous calls).
 */
import type { SqlValue, Statement } from '../../src/server/store/driver';
import { openD1, type D1DatabaseLike } from '../../src/server/store/drivers/d1';

export type D1Call =
  | { op: 'query' | 'exec'; sql: string; args?: SqlValue[] }
  | { op: 'batch'; statements: Statement[] };

export default {
  async fetch(request: Request, env: { DB: D1DatabaseLike }): Promise<Response> {
    const driver = openD1(env.DB);
    const call = (await request.json()) as D1Call;
    try {
      const result =
        call.op === 'batch' ? await driver.batch(call.statements) : call.op === 'query' ? await driver.query(call.sql, call.args) : await driver.exec(call.sql, call.args);
      return Response.json({ result });
    } catch (e) {
      return Response.json({ error: e instanceof Error ? e.message : String(e) }, { status: 500 });
    }
  },
};
