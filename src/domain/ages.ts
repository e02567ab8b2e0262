/** Age ranges of offers. Pure helpers. */
import type { AgeGroup, AgeRange } from '../schemas/common';

/** Does an offer for ages `range` fit a child of `age` years? */
export function includesAge(range: AgeRange, age: number): boolean {
  return Number.isFinite(age) && age >= range.min && age <= range.max;
}

/** Do two ranges share at least one year? */
export function overlaps(a: AgeRange, b: AgeRange): boolean {
  return a.min <= b.max && b.min <= a.max;
}

const groupRanges: Record<AgeGroup, AgeRange> = {
  '0-4': { min: 0, max: 4 },
  '4-12': { min: 4, max: 12 },
  '12-18': { min: 12, max: 18 },
  '18-23': { min: 18, max: 23 },
};

export function ageGroupRange(group: AgeGroup): AgeRange {
  return groupRanges[group];
}

/** Age groups an offer's range touches. */
export function ageGroupsFor(range: AgeRange): AgeGroup[] {
  return (Object.keys(groupRanges) as AgeGroup[]).filter((g) => overlaps(range, groupRanges[g]));
}

/** Dutch label: "0 tot 4 jaar", "vanaf 18 jaar", "8 jaar". */
export function formatAgeRange(range: AgeRange): string {
  if (range.min === range.max) return `${range.min} jaar`;
  if (range.min === 0) return `tot en met ${range.max} jaar`;
  return `${range.min} tot en met ${range.max} jaar`;
}
