// @vitest-environment node
// A one-year council, built once: it keeps the bundle contract, every quote is its source's own
// words, the same seed gives the same bytes, and the council has what the issue asks for.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../bundle/load-bundle.ts';
import type { Bundle, SourceSpan } from '../bundle/schema.ts';
import { validateBundle } from '../bundle/validate.ts';
import { toJson } from '../importer/command-line.ts';
import { buildCouncil } from './build-council.ts';
import { planCouncil } from './plan.ts';
import { Random } from './random.ts';

let council: Bundle;
let json: string;

beforeAll(() => {
  council = buildCouncil({ years: 1, seed: 'tests' });
  json = toJson(council);
});

/** Every span a bundle holds, with where it is, so a failure names the record. */
function spansOf(b: Bundle): Array<[string, SourceSpan]> {
  const out: Array<[string, SourceSpan]> = [];
  for (const m of b.meetings) {
    out.push([`meeting ${m.id}`, m.source]);
    if (m.bodySource) out.push([`meeting ${m.id} body`, m.bodySource]);
  }
  for (const i of b.items) {
    out.push([`item ${i.id}`, i.source]);
    if (i.outcome.source) out.push([`item ${i.id} outcome`, i.outcome.source]);
    if (i.agendaText) out.push([`item ${i.id} agenda`, i.agendaText.source]);
    if (i.minutes) out.push([`item ${i.id} minutes`, i.minutes.source]);
    if (i.decision) {
      out.push([`item ${i.id} decision`, i.decision.source]);
      i.decision.resolutions.forEach((r) =>
        out.push([`item ${i.id} resolution ${r.number}`, r.source]),
      );
    }
  }
  for (const m of b.mentions) out.push([`mention ${m.id}`, m]);
  for (const f of b.figures) out.push([`figure ${f.id}`, f.source]);
  for (const s of b.structure) {
    s.steps.forEach((step) => out.push([`step ${step.id}`, step.source]));
    s.notes.forEach((n, k) => out.push([`structure ${s.id} note ${k}`, n.source]));
  }
  for (const c of b.commitments) {
    out.push([`commitment ${c.id}`, c.source]);
    c.evidence.forEach((e, k) => out.push([`commitment ${c.id} evidence ${k}`, e.source]));
  }
  return out;
}

describe('a synthetic council of one year', () => {
  it('keeps the bundle contract with no problem at all', () => {
    const checked = validateBundle(JSON.parse(json));
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    const loaded = loadBundle(JSON.parse(json));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) {
      expect(loaded.report.setAside).toEqual([]);
      expect(loaded.report.notices).toEqual([]);
    }
  });

  it('quotes exactly the words at every span', () => {
    const texts = new Map(council.documents.map((d) => [d.id, d.text]));
    const wrong = spansOf(council).filter(
      ([, s]) => texts.get(s.documentId)?.slice(s.start, s.end) !== s.quote,
    );
    expect(wrong.map(([where]) => where)).toEqual([]);
    expect(spansOf(council).length).toBeGreaterThan(10_000);
  });

  it('gives the same bytes for the same seed', () => {
    expect(toJson(buildCouncil({ years: 1, seed: 'tests' }))).toBe(json);
  });

  it('gives another council for another seed', () => {
    const a = toJson(buildCouncil({ years: 1, seed: 'one', scale: 0.1 }));
    const b = toJson(buildCouncil({ years: 1, seed: 'two', scale: 0.1 }));
    expect(a).not.toBe(b);
  });

  it('has about a year of a council: 300 meetings, 1,000 issues, 2,000 and more items', () => {
    expect(council.meetings.length).toBeGreaterThan(270);
    expect(council.meetings.length).toBeLessThan(340);
    expect(council.issues.length).toBeGreaterThan(900);
    expect(council.issues.length).toBeLessThan(1100);
    expect(council.items.length).toBeGreaterThan(1900);
    expect(council.bodies.length).toBe(32);
  });

  it('grows with the number of years', () => {
    const plan = planCouncil(new Random('civic-trail-synth/tests'), 3);
    const items = plan.issues.reduce((n, i) => n + i.steps.length, 0);
    expect(plan.meetings.length / council.meetings.length).toBeGreaterThan(2.6);
    expect(plan.meetings.length / council.meetings.length).toBeLessThan(3.4);
    expect(plan.issues.length / council.issues.length).toBeGreaterThan(2.6);
    expect(items / council.items.length).toBeGreaterThan(2.8);
  });

  it('has dissolved and renamed bodies, long issues and meetings with no date', () => {
    const dissolved = council.bodies.filter((b) => b.status === 'dissolved').map((b) => b.name);
    expect(dissolved).toContain('Economy and Business Improvement Overview and Scrutiny Committee');
    expect(council.bodies.map((b) => b.name)).toContain('Economy and Growth Scrutiny Committee');
    const perIssue = new Map<string, number>();
    for (const i of council.items) perIssue.set(i.issueId, (perIssue.get(i.issueId) ?? 0) + 1);
    expect([...perIssue.values()].filter((n) => n >= 5).length).toBeGreaterThan(20);
    const undated = council.meetings.filter((m) => m.date === null);
    expect(undated.length).toBeGreaterThan(0);
    for (const m of undated) {
      expect(m.bodyBasis).toBe('inferred');
      expect(council.bodies.find((b) => b.id === m.bodyId)!.name).toBe(m.bodySource!.quote);
    }
  });

  it('has money, percentages and counts, and figures that are the amounts in their quotes', () => {
    const kinds = new Set(council.mentions.map((m) => m.kind));
    expect([...kinds].sort()).toEqual(['count', 'date', 'money', 'percent']);
    expect(council.figures.length).toBeGreaterThan(20);
    const mentions = new Map(council.mentions.map((m) => [m.id, m]));
    for (const f of council.figures) {
      const amount = mentions.get(f.mentionIds[0]!)!;
      expect(amount.start).toBeGreaterThanOrEqual(f.source.start);
      expect(amount.end).toBeLessThanOrEqual(f.source.end);
      if (amount.kind !== 'date') {
        expect([amount.value, 'low' in amount ? amount.low : undefined]).toEqual([f.value, f.low]);
      }
    }
  });

  it('has structure series and commitments, some of them kept or dropped later', () => {
    expect(council.structure.length).toBeGreaterThan(3);
    for (const s of council.structure) expect(s.steps[0]!.label).toBe('Now');
    const statuses = new Set(council.commitments.map((c) => c.status));
    expect(statuses).toContain('met');
    for (const c of council.commitments) {
      expect(c.evidence.length > 0).toBe(c.status !== 'open');
    }
  });

  it('writes minutes and decisions of realistic length', () => {
    const words = (t: string) => t.split(/\s+/).length;
    const minutes = council.items.flatMap((i) => (i.minutes ? [words(i.minutes.text)] : []));
    const median = [...minutes].sort((a, b) => a - b)[Math.floor(minutes.length / 2)]!;
    expect(median).toBeGreaterThan(150);
    expect(Math.max(...minutes)).toBeGreaterThan(350);
  });
});
