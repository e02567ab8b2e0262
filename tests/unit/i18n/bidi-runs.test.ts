import { describe, expect, it } from 'vitest';
import { latinRuns } from '../../../src/domain/bidi';

describe('latinRuns: Latin names and numbers in right-to-left text', () => {
  it('isolates names and numbers, leaves the Arabic and the punctuation around them', () => {
    const text = 'أو 0800-0113 إذا كنت تفكر في الانتحار';
    expect(latinRuns(text)).toEqual([
      { text: 'أو ', latin: false },
      { text: '0800-0113', latin: true },
      { text: ' إذا كنت تفكر في الانتحار', latin: false },
    ]);
    const runs = latinRuns('De Kindertelefoon: هاتف للأطفال حتى 18 سنة');
    expect(runs.filter((r) => r.latin).map((r) => r.text)).toEqual(['De Kindertelefoon', '18']);
    expect(runs[1]).toEqual({ text: ': هاتف للأطفال حتى ', latin: false });
  });

  it('joined, the runs are the text again', () => {
    for (const text of ['Veilig Thuis: عند العنف (مجاني، ليلًا ونهارًا)', 'CJG هارلم', 'info@samenopgroeien.example.', 'alleen Nederlands', '']) {
      expect(latinRuns(text).map((r) => r.text).join('')).toBe(text);
    }
  });
});
