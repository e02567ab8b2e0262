/**
 * Property: over random sequences of registrations, repeats, cancellations,
 * intake decisions, promotions by hand and moves, the SQL store gives the
 * same statuses, waiting-list order and counters as a model built from the
 * pure rules in src/domain/registrations/availability.ts. On libSQL and D1 (Miniflare)
 * always, on PostgreSQL when TEST_POSTGRES_URL is set.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideRegistration, holdsPlace, placesLeft, promoteFromWaitlist, type RegistrationStatus } from '../../src/domain/registrations/availability';
import type { SqlDriver } from '../../src/server/store/driver';
import { migrate } from '../../src/server/store/migrate';
import { coreMigrations } from '../../src/server/store/migrations/sql/core';
import { createRegistrationStore, type SessionRules } from '../../src/server/store/registrations';
import { engines, missingPostgres } from './engines';

const SESSIONS = ['a', 'b'] as const;
const PEOPLE = 5;

type Command =
  | { kind: 'register'; person: number; session: number; participants: number }
  | { kind: 'cancel'; person: number; session: number }
  | { kind: 'decide'; person: number; session: number; decision: 'confirmed' | 'declined' }
  | { kind: 'promote'; person: number; session: number }
  | { kind: 'move'; person: number; session: number };

const person = fc.integer({ min: 0, max: PEOPLE - 1 });
// Mostly the first session, so queues form; the second one is there for moves.
const session = fc.constantFrom(0, 0, 0, 1);
const command: fc.Arbitrary<Command> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('register' as const), person, session, participants: fc.integer({ min: 1, max: 2 }) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('cancel' as const), person, session }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('decide' as const), person, session, decision: fc.constantFrom('confirmed' as const, 'declined' as const) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('promote' as const), person, session }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('move' as const), person, session }), weight: 1 },
);
const sessionRules: fc.Arbitrary<SessionRules> = fc.record({
  capacity: fc.integer({ min: 0, max: 4 }),
  taken: fc.integer({ min: 0, max: 1 }),
  intake: fc.boolean(),
});

/** The reference: registrations as plain data, changed only through the domain's pure rules. */
interface ModelRow {
  email: string;
  session: string;
  participants: number;
  status: RegistrationStatus;
  order: number;
}

class Model {
  rows: ModelRow[] = [];
  private ticket = 0;
  constructor(private rules: Record<string, SessionRules>) {}

  private live = (r: ModelRow) => r.status !== 'cancelled' && r.status !== 'declined';
  held = (s: string) => this.rows.filter((r) => r.session === s && holdsPlace(r.status)).reduce((n, r) => n + r.participants, 0);
  queue = (s: string) => this.rows.filter((r) => r.session === s && r.status === 'waitlisted').sort((x, y) => x.order - y.order);
  find = (email: string, s: string) => this.rows.find((r) => r.email === email && r.session === s);

  private fill(s: string) {
    const { capacity, taken, intake } = this.rules[s]!;
    const queue = this.queue(s);
    for (const m of promoteFromWaitlist(capacity, taken + this.held(s), queue.map((r) => ({ id: r.email, participants: r.participants })), intake)) {
      queue.find((r) => r.email === m.id)!.status = m.status;
    }
  }

  register(email: string, s: string, participants: number): { repeat: boolean } {
    const existing = this.find(email, s);
    if (existing && this.live(existing)) return { repeat: true };
    const { capacity, taken, intake } = this.rules[s]!;
    const status = decideRegistration({ capacity, held: taken + this.held(s), participants, intake, waiting: this.queue(s).length });
    const row = { email, session: s, participants, status, order: ++this.ticket };
    if (existing) Object.assign(existing, row);
    else this.rows.push(row);
    return { repeat: false };
  }

  cancel(r: ModelRow) {
    if (!this.live(r)) return;
    r.status = 'cancelled';
    this.fill(r.session);
  }

  decide(r: ModelRow, decision: 'confirmed' | 'declined') {
    if (r.status !== 'pending') return;
    r.status = decision;
    if (decision === 'declined') this.fill(r.session);
  }

  promote(r: ModelRow): boolean {
    const { capacity, taken, intake } = this.rules[r.session]!;
    if (r.status !== 'waitlisted' || r.participants > placesLeft(capacity, taken + this.held(r.session))) return false;
    r.status = intake ? 'pending' : 'confirmed';
    return true;
  }

  move(r: ModelRow, to: string): boolean {
    if (!this.live(r) || r.session === to) return false;
    const there = this.find(r.email, to);
    if (there && this.live(there)) return false;
    const { capacity, taken, intake } = this.rules[to]!;
    const decided = decideRegistration({ capacity, held: taken + this.held(to), participants: r.participants, intake, waiting: this.queue(to).length });
    if (holdsPlace(r.status) && decided === 'waitlisted') return false;
    if (there) this.rows.splice(this.rows.indexOf(there), 1);
    const from = r.session;
    r.status = r.status === 'confirmed' && decided !== 'waitlisted' ? 'confirmed' : decided;
    r.session = to;
    r.order = ++this.ticket;
    this.fill(from);
    return true;
  }
}

describe.each(engines)('the SQL store equals the pure rule on $name', (engine) => {
  let driver: SqlDriver;
  let drop: () => Promise<void>;
  let run = 0;

  beforeAll(async () => {
    ({ driver, drop } = await engine.open());
    await migrate(driver, coreMigrations);
  });
  afterAll(async () => drop());

  it('over random sequences of register, repeat, cancel, decide, promote and move', async () => {
    await fc.assert(
      fc.asyncProperty(sessionRules, sessionRules, fc.array(command, { minLength: 1, maxLength: 30 }), async (rulesA, rulesB, commands) => {
        // Each run uses its own sessions in the shared database.
        const ids = SESSIONS.map((s) => `run${++run}-${s}`);
        const rules: Record<string, SessionRules> = { [ids[0]!]: rulesA, [ids[1]!]: rulesB };
        const rulesOf = (s: string) => rules[s]!;
        const model = new Model(rules);
        // Ids that sort against arrival order, so a queue ordered by anything but the ticket shows.
        let k = 0;
        const store = createRegistrationStore(driver, { newId: () => `${run}-${String(1e9 - ++k).padStart(10, '0')}` });
        const email = (p: number) => `p${p}@example.nl`;
        const idOf = async (p: number, s: string) => (await store.listSession(s)).find((r) => r.email === email(p))?.id;

        for (const c of commands) {
          const s = ids[c.session]!;
          const mine = model.find(email(c.person), s);
          const id = await idOf(c.person, s);
          expect(Boolean(id)).toBe(Boolean(mine));
          switch (c.kind) {
            case 'register': {
              const expected = model.register(email(c.person), s, c.participants);
              const got = await store.register(
                { sessionId: s, offerId: 'o', email: email(c.person), name: 'N', participants: c.participants, municipality: 'haarlem', cancelTokenHash: crypto.randomUUID(), purgeAfter: '2030-01-01T00:00:00.000Z' },
                rulesOf(s),
              );
              expect(got.repeat).toBe(expected.repeat);
              break;
            }
            case 'cancel':
              if (!mine || !id) break;
              model.cancel(mine);
              await store.cancel((await driver.query('SELECT cancel_token_hash AS h FROM registrations WHERE id = ?', [id]))[0]!.h as string, rulesOf);
              break;
            case 'decide':
              if (!mine || !id) break;
              model.decide(mine, c.decision);
              await store.decide(id, c.decision, rulesOf);
              break;
            case 'promote':
              if (!mine || !id) break;
              expect((await store.promote(id, rulesOf)).ok).toBe(model.promote(mine));
              break;
            case 'move': {
              if (!mine || !id) break;
              const to = ids[1 - c.session]!;
              expect((await store.move(id, to, rulesOf, new Date('2030-01-01T00:00:00Z'))).ok).toBe(model.move(mine, to));
              break;
            }
          }
          // After every step: the same people with the same statuses, the same queue order, the same counters.
          for (const sid of ids) {
            const stored = await store.listSession(sid);
            const statuses = (rows: { email: string; status: string }[]) => rows.map((r) => `${r.email}:${r.status}`).sort();
            expect(statuses(stored)).toEqual(statuses(model.rows.filter((r) => r.session === sid)));
            expect(stored.filter((r) => r.status === 'waitlisted').map((r) => r.email)).toEqual(model.queue(sid).map((r) => r.email));
            expect(await store.places(sid)).toEqual({ held: model.held(sid), waiting: model.queue(sid).length });
            // And the rule itself never overbooks.
            expect(model.held(sid) === 0 || model.held(sid) + rules[sid]!.taken <= rules[sid]!.capacity).toBe(true);
          }
        }
      }),
      // Fewer runs where every statement is a round trip to another process (PostgreSQL, D1 in workerd).
      { numRuns: engine.name === 'libsql' ? 200 : 60 },
    );
  }, 240_000);
});

it('PostgreSQL is part of the property run when CI is set', () => {
  if (missingPostgres) throw new Error(missingPostgres);
});
