import { describe, expect, it } from 'vitest';
import { asSentence } from '../../src/domain/text';

describe('asSentence', () => {
  it('adds a full stop only when there is none', () => {
    expect(asSentence('Op werkdagen')).toBe('Op werkdagen.');
    expect(asSentence('Vraag het in je buurtcentrum.')).toBe('Vraag het in je buurtcentrum.');
    expect(asSentence('Wanneer?')).toBe('Wanneer?');
    expect(asSentence('  Schalkwijk. ')).toBe('Schalkwijk.');
  });
});
