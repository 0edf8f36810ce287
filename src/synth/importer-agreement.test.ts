// @vitest-environment node
// The synthetic pages are real pages to the importer: importing them gives back the documents,
// bodies, meetings, issues, items and mentions the generator wrote, id for id and span for span.
// Only what an editor adds (outcomes, figures, structure, commitments) is the generator's alone.
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../importer/build-bundle.ts';
import { Diagnostics, formatDiagnostic } from '../importer/diagnostics.ts';
import { buildCouncil } from './build-council.ts';

describe('the importer, given the synthetic pages', () => {
  const council = buildCouncil({ years: 2, seed: 'agreement', scale: 0.15 });
  const diag = new Diagnostics();
  const imported = buildBundle(
    council.documents.map((d) => ({
      file: d.fileName,
      fileName: d.fileName,
      bytes: new TextEncoder().encode(d.text),
      annotation: null,
    })),
    diag,
  );
  const withoutOutcome = <T extends { outcome: unknown }>(items: T[]) =>
    items.map(({ outcome: _, ...rest }) => rest);

  it('reads every page with no error, and warns only where a page gives no meeting line', () => {
    const messages = diag.all.map(formatDiagnostic);
    expect(messages.filter((m) => !/no "Meeting:" line/.test(m))).toEqual([]);
    expect(messages.length).toBe(council.meetings.filter((m) => m.date === null).length);
    expect(messages.length).toBeGreaterThan(0);
  });

  it('finds the same records the generator made', () => {
    expect(imported.documents).toEqual(council.documents);
    expect(imported.bodies).toEqual(council.bodies);
    expect(imported.meetings).toEqual(council.meetings);
    expect(imported.issues).toEqual(council.issues);
    expect(withoutOutcome(imported.items)).toEqual(withoutOutcome(council.items));
    expect(imported.mentions).toEqual(council.mentions);
    expect(imported.asOf).toBe(council.asOf);
  });

  it('reads the outcome as unread wherever no editor annotated the issue', () => {
    const annotated = new Set(
      council.items.filter((i) => i.outcome.basis !== 'inferred').map((i) => i.id),
    );
    expect(annotated.size).toBeGreaterThan(0);
    const mine = council.items.filter((i) => !annotated.has(i.id));
    const theirs = imported.items.filter((i) => !annotated.has(i.id));
    expect(theirs.map((i) => i.outcome)).toEqual(mine.map((i) => i.outcome));
  });
});
