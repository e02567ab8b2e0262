/** Anonymous questions: pickup codes, the question schema (hostile input) and the retention rule. */
import { describe, expect, it } from 'vitest';
import { CODE_WORDS, WORDS, makePickupCode, newPickupCode, normalizePickupCode } from '../../src/domain/questions/pickup-code';
import { pickupCodeSchema, questionInputSchema, QUESTION_MAX } from '../../src/schemas/question';
import { conversationDeleteAt } from '../../src/domain/questions/retention';

describe('pickup codes', () => {
  it('has 256 distinct lowercase words, so each byte picks one word without bias', () => {
    expect(WORDS).toHaveLength(256);
    expect(new Set(WORDS).size).toBe(256);
    for (const w of WORDS) expect(w).toMatch(/^[a-z]{2,12}$/);
  });

  it('makes five words, at least 8 characters, that pass the code schema', () => {
    for (let i = 0; i < 200; i++) {
      const code = newPickupCode();
      expect(code.split('-')).toHaveLength(CODE_WORDS);
      expect(code.length).toBeGreaterThanOrEqual(8);
      expect(pickupCodeSchema.parse(code)).toBe(code);
    }
  });

  it('maps bytes to words deterministically', () => {
    expect(makePickupCode(() => new Uint8Array([0, 1, 2, 3, 255]))).toBe([WORDS[0], WORDS[1], WORDS[2], WORDS[3], WORDS[255]].join('-'));
  });

  it('does not repeat in practice', () => {
    const codes = new Set(Array.from({ length: 2000 }, newPickupCode));
    expect(codes.size).toBe(2000);
  });

  it('forgives capitals, spaces and stray separators when typed back', () => {
    expect(normalizePickupCode('  Appel Peer  kers_boom.zon ')).toBe('appel-peer-kers-boom-zon');
    expect(pickupCodeSchema.parse('APPEL--peer-kers-boom-zon-')).toBe('appel-peer-kers-boom-zon');
  });

  it('refuses anything that is not five words', () => {
    for (const bad of ['', 'appel', 'appel-peer-kers-boom', 'a-b-c-d-e-f', "appel-peer-kers-boom-zon' OR 1=1", '../../etc/passwd', 'appel-peer-kers-boom-zon%00', 'x'.repeat(200)])
      expect(pickupCodeSchema.safeParse(bad).success, bad).toBe(false);
  });
});

describe('question schema', () => {
  it('accepts only the question, optional age and topic; drops everything else', () => {
    const r = questionInputSchema.parse({ question: '  Hoe zeg ik tegen mijn moeder dat ik gepest word?  ', age: '14', topic: 'gepest', name: 'Piet', email: 'p@x.nl', phone: '0612345678' });
    expect(r).toEqual({ question: 'Hoe zeg ik tegen mijn moeder dat ik gepest word?', age: 14, topic: 'gepest' });
  });

  it('treats empty optional fields as not given', () => {
    expect(questionInputSchema.parse({ question: 'Een vraag over school.', age: '', topic: '' })).toEqual({ question: 'Een vraag over school.' });
  });

  it('refuses too short, too long and non-text questions', () => {
    expect(questionInputSchema.safeParse({ question: 'kort' }).success).toBe(false);
    expect(questionInputSchema.safeParse({ question: ' '.repeat(50) }).success).toBe(false);
    expect(questionInputSchema.safeParse({ question: 'x'.repeat(QUESTION_MAX + 1) }).success).toBe(false);
    expect(questionInputSchema.safeParse({ question: ['een', 'lijst'] }).success).toBe(false);
    expect(questionInputSchema.safeParse({ question: { $gt: '' } }).success).toBe(false);
    expect(questionInputSchema.safeParse({}).success).toBe(false);
  });

  it('refuses impossible ages and unknown topics', () => {
    for (const age of ['3', '200', '-1', '15.5', 'vijftien', '1e3']) expect(questionInputSchema.safeParse({ question: 'Een echte vraag.', age }).success, age).toBe(false);
    expect(questionInputSchema.safeParse({ question: 'Een echte vraag.', topic: '../admin' }).success).toBe(false);
  });

  it('strips control characters but keeps markup as plain text (escaped when shown)', () => {
    const r = questionInputSchema.parse({ question: 'Hallo\u0000\u0007 <script>alert(1)</script>\r\nregel twee' });
    expect(r.question).toBe('Hallo <script>alert(1)</script>\nregel twee');
  });
});

describe('conversation retention', () => {
  const rules = { answeredDays: 30, staleDays: 60 };
  const asked = new Date('2026-01-01T10:00:00Z');
  const day = 24 * 3600 * 1000;

  it('a conversation waiting for the CJG goes staleDays after the youngster\'s last message', () => {
    expect(conversationDeleteAt({ at: asked, waitingForCjg: true }, rules).toISOString()).toBe('2026-03-02T10:00:00.000Z');
  });

  it('an answered conversation goes answeredDays after the answer, even if that is later than the stale date would be', () => {
    const answeredAt = new Date(asked.getTime() + 59 * day);
    expect(conversationDeleteAt({ at: answeredAt, waitingForCjg: false }, rules).getTime()).toBe(answeredAt.getTime() + 30 * day);
  });

  it('with 0 days an answered conversation may go at once', () => {
    const answeredAt = new Date(asked.getTime() + day);
    expect(conversationDeleteAt({ at: answeredAt, waitingForCjg: false }, { answeredDays: 0, staleDays: 60 }).getTime()).toBe(answeredAt.getTime());
  });

  it('refuses nonsense settings', () => {
    expect(() => conversationDeleteAt({ at: asked, waitingForCjg: true }, { answeredDays: -1, staleDays: 60 })).toThrow(RangeError);
    expect(() => conversationDeleteAt({ at: asked, waitingForCjg: false }, { answeredDays: 30, staleDays: 1.5 })).toThrow(RangeError);
  });
});
