import { buildValidBundle } from '~mocks/fixtures/bundles.ts';
import {
  forgetSeenInMemory,
  markSeen,
  readSeen,
  recordVisit,
  subscribeSeen,
  updatedAsOf,
} from './seen-store.ts';

const KEY = 'url:http://localhost/data/bundle.json';

beforeEach(() => {
  localStorage.clear();
  forgetSeenInMemory();
});

describe('the remembered bundle', () => {
  it('starts from the first visit and survives to the next', () => {
    const bundle = buildValidBundle();
    expect(readSeen(KEY)).toBeNull();
    recordVisit(KEY, bundle);
    forgetSeenInMemory();
    expect(readSeen(KEY)?.digest.asOf).toBe(bundle.asOf);
  });

  it('announces a newer record once, then keeps the changes until marked seen', () => {
    const first = buildValidBundle();
    recordVisit(KEY, first);
    forgetSeenInMemory();

    const later = { ...first, asOf: '2011-03-12' };
    expect(updatedAsOf(KEY, later.asOf)).toBe('2011-03-12');
    recordVisit(KEY, later);
    // Still said for the rest of this page, though the visit is saved.
    expect(updatedAsOf(KEY, later.asOf)).toBe('2011-03-12');
    expect(readSeen(KEY)?.digest.asOf).toBe(first.asOf);

    forgetSeenInMemory();
    expect(updatedAsOf(KEY, later.asOf)).toBeNull();
    markSeen(KEY, later);
    expect(readSeen(KEY)?.digest.asOf).toBe('2011-03-12');
  });

  it('keeps each bundle source apart', () => {
    recordVisit(KEY, buildValidBundle());
    expect(readSeen('url:http://localhost/other.json')).toBeNull();
  });

  it('tells subscribers when the reader marks the record seen', () => {
    const listener = vi.fn();
    const stop = subscribeSeen(listener);
    markSeen(KEY, buildValidBundle());
    stop();
    markSeen(KEY, buildValidBundle());
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('works for the open page when storage refuses (private mode, quota)', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const bundle = buildValidBundle();
    expect(() => recordVisit(KEY, bundle)).not.toThrow();
    expect(readSeen(KEY)?.digest.asOf).toBe(bundle.asOf);
  });

  it('ignores what it cannot read back', () => {
    localStorage.setItem(`civic-trail.seen:${KEY}`, '{not json');
    expect(readSeen(KEY)).toBeNull();
  });
});
