// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hashString, Random } from './random.ts';

describe('the seeded random source', () => {
  it('gives the same numbers for the same seed, and others for another', () => {
    const a = new Random('1');
    const b = new Random('1');
    const c = new Random('2');
    const first = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(first);
  });

  it('forks streams that do not depend on how far the parent has run', () => {
    const early = new Random('s');
    const late = new Random('s');
    for (let i = 0; i < 100; i += 1) late.next();
    expect(early.fork('issue', 3).next()).toBe(late.fork('issue', 3).next());
    expect(early.fork('issue', 3).next()).not.toBe(early.fork('issue', 4).next());
  });

  it('keeps integers within their bounds and hashes strings stably', () => {
    const r = new Random('bounds');
    const values = Array.from({ length: 2000 }, () => r.int(3, 7));
    expect(Math.min(...values)).toBe(3);
    expect(Math.max(...values)).toBe(7);
    // FNV-1a of "a", a published test vector.
    expect(hashString('a')).toBe(0xe40c292c);
  });
});
