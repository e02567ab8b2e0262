/**
 * The help finder: every topic has a page file, every helpline topic exists,
 * every topic offers at least one anonymous line, and the order puts
 * anonymous options first.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readCollection, readContentFiles } from '../../src/catalogue';
import { helplineSchema, helpTopicIds, helpTopicSchema } from '../../src/schemas';
import { helplinesForTopic, type HelplineLike } from '../../src/domain/help';

const root = join(import.meta.dirname, '../../content');
const topics = await readCollection(root, 'help-topics', helpTopicSchema);
const helplines = await readCollection(root, 'helplines', helplineSchema);
const articles = new Map((await readContentFiles(root, 'articles')).map((a) => [a.id, a.data as { audience?: unknown }]));
const articleIds = [...articles.keys()];

describe('help-finder content', () => {
  it('has exactly one page per topic id, with a stable slug', () => {
    expect(topics.map((t) => t.id).sort()).toEqual([...helpTopicIds].sort());
  });

  it('orders topics uniquely', () => {
    const orders = topics.map((t) => t.data.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('helplines only use known topics', () => {
    for (const h of helplines) for (const t of h.data.topics) expect(helpTopicIds, `${h.id}: ${t}`).toContain(t);
  });

  it('every topic has someone to talk to, at least one of them anonymous', () => {
    for (const t of topics) {
      const lines = helplinesForTopic(helplines, t.id);
      expect(lines.length, t.id).toBeGreaterThan(0);
      expect(lines[0]!.data.anonymous, `${t.id}: first option is anonymous`).toBe(true);
    }
  });

  it('topic articles exist and are written for youngsters', () => {
    for (const t of topics)
      for (const a of t.data.articles) {
        expect(articleIds, `${t.id} → ${a}`).toContain(a);
        expect(articles.get(a)?.audience, a).toBe('jongeren');
      }
  });

  it('"thuis niet veilig" points to Veilig Thuis and 112', () => {
    const t = topics.find((x) => x.id === 'thuis-niet-veilig')!;
    expect(t.data.urgentNumbers.slice(0, 2)).toEqual(['112', 'veilig-thuis']);
    expect(helplinesForTopic(helplines, t.id).map((h) => h.id)).toContain('veilig-thuis');
  });
});

describe('helplinesForTopic', () => {
  const line = (id: string, anonymous: boolean, order: number, extra: Partial<HelplineLike['data']> = {}): HelplineLike => ({
    id,
    data: { topics: ['x'], anonymous, urgent: false, order, name: id, channels: [{ kind: 'chat' }], ...extra },
  });

  it('puts anonymous lines first, then by order and name', () => {
    const got = helplinesForTopic([line('b', false, 1), line('a', true, 9), line('c', true, 2), line('d', true, 2)], 'x');
    expect(got.map((h) => h.id)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('leaves out other topics and emergency-only numbers', () => {
    const got = helplinesForTopic(
      [line('other', true, 1, { topics: ['y'] }), line('112', false, 1, { urgent: true, channels: [{ kind: 'telefoon' }] }), line('vt', true, 3, { urgent: true, channels: [{ kind: 'telefoon' }] })],
      'x',
    );
    expect(got.map((h) => h.id)).toEqual(['vt']);
  });

  it('does not change its input', () => {
    const input = [line('b', false, 1), line('a', true, 2)];
    helplinesForTopic(input, 'x');
    expect(input.map((h) => h.id)).toEqual(['b', 'a']);
  });
});
