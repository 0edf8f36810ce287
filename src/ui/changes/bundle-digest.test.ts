import { buildValidBundle } from '~mocks/fixtures/bundles.ts';
import type { Bundle } from '@/bundle/schema.ts';
import {
  changedIds,
  compareWithDigest,
  digestBundle,
  hasChanges,
  parseDigest,
  shortHash,
} from './bundle-digest.ts';

function laterBundle(before: Bundle): Bundle {
  const after = structuredClone(before);
  const meeting = { ...after.meetings[0]!, id: 'meeting-added-later', date: '2011-02-01' };
  after.meetings.push(meeting);
  const undecided = after.items.find((i) => i.decision === null);
  const decided = after.items.find((i) => i.decision !== null)!;
  if (undecided) undecided.decision = decided.decision;
  after.figures[0] = { ...after.figures[0]!, value: (after.figures[0]!.value ?? 0) + 1000 };
  after.figures.push({ ...after.figures[0]!, id: 'figure-added-later' });
  after.commitments[0] = { ...after.commitments[0]!, status: 'met' };
  return after;
}

describe('the digest of a bundle', () => {
  it('holds short hashes, not the record’s words', () => {
    const bundle = buildValidBundle();
    const stored = JSON.stringify(digestBundle(bundle));
    for (const m of bundle.meetings) expect(stored).not.toContain(m.id);
    for (const f of bundle.figures) expect(stored).not.toContain(f.label);
    expect(shortHash('x')).toMatch(/^[0-9a-z]{1,7}$/);
  });

  it('finds no change in the same bundle, even with quotes moved in their documents', () => {
    const bundle = buildValidBundle();
    const moved = structuredClone(bundle);
    for (const f of moved.figures) f.source = { ...f.source, start: f.source.start + 5 };
    expect(hasChanges(compareWithDigest(digestBundle(bundle), moved))).toBe(false);
  });

  it('marks new meetings, new decisions, new and changed figures and new statuses', () => {
    const before = buildValidBundle();
    const after = laterBundle(before);
    const changes = compareWithDigest(digestBundle(before), after);
    expect(changes.meetings).toEqual(['meeting-added-later']);
    const newlyDecided = before.items.find((i) => i.decision === null);
    expect(changes.decisions).toEqual(newlyDecided ? [newlyDecided.id] : []);
    expect(changes.newFigures).toEqual(['figure-added-later']);
    expect(changes.changedFigures).toEqual([before.figures[0]!.id]);
    expect(changes.statusChanges).toEqual([{ id: before.commitments[0]!.id, status: 'met' }]);
    expect(changes.newCommitments).toEqual([]);
    expect(changedIds(changes)).toContain('meeting-added-later');
  });

  it('reads a status against the record’s end, so a later asOf can make a promise overdue', () => {
    const before = buildValidBundle();
    const dated = before.commitments.findIndex((c) => c.due && c.status === 'open');
    expect(dated).toBeGreaterThanOrEqual(0);
    before.asOf = '1990-01-01';
    const after = { ...structuredClone(before), asOf: '2099-12-31' };
    const changes = compareWithDigest(digestBundle(before), after);
    expect(changes.statusChanges).toContainEqual({
      id: before.commitments[dated]!.id,
      status: 'overdue',
    });
  });

  it('reads back only a digest of its own version and shape', () => {
    const digest = digestBundle(buildValidBundle());
    expect(parseDigest(JSON.parse(JSON.stringify(digest)))).toEqual(digest);
    expect(parseDigest({ ...digest, v: 0 })).toBeNull();
    expect(parseDigest({ ...digest, meetings: [1, 2] })).toBeNull();
    expect(parseDigest({ ...digest, figures: null })).toBeNull();
    expect(parseDigest('not a digest')).toBeNull();
  });
});
