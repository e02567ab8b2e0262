import { describe, expect, it } from 'vitest';
import { buildNow, pageNow } from '../../src/utils/now';

describe('pageNow', () => {
  it('gives a prerendered page the moment of the build', () => {
    const later = () => new Date(buildNow.getTime() + 7 * 86_400_000);
    expect(pageNow({ isPrerendered: true, locals: {} }, later)).toBe(buildNow);
  });

  it('gives a page rendered on request the moment of the request, not of the build', () => {
    const week = new Date(buildNow.getTime() + 7 * 86_400_000);
    expect(pageNow({ isPrerendered: false, locals: {} }, () => week)).toEqual(week);
  });

  it('keeps one moment per request, so every component of a page agrees', () => {
    const locals: { now?: Date } = {};
    let t = buildNow.getTime();
    const clock = () => new Date((t += 1000));
    const first = pageNow({ isPrerendered: false, locals }, clock);
    const second = pageNow({ isPrerendered: false, locals }, clock);
    expect(second).toBe(first);
    expect(locals.now).toBe(first);
    // The next request has fresh locals and so a later moment.
    expect(pageNow({ isPrerendered: false, locals: {} }, clock).getTime()).toBeGreaterThan(first.getTime());
  });
});
