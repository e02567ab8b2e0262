import { describe, expect, it } from 'vitest';
import { sampleDataShown } from '../../src/utils/sample-data';

describe('PUBLIC_SAMPLE_DATA', () => {
  it('shows the sample-data marker by default', () => {
    expect(sampleDataShown(undefined)).toBe(true);
    expect(sampleDataShown('')).toBe(true);
    expect(sampleDataShown('true')).toBe(true);
  });
  it('hides it when the setting is off', () => {
    for (const off of ['false', 'FALSE', '0', 'off', 'nee', ' no ']) expect(sampleDataShown(off)).toBe(false);
  });
});
