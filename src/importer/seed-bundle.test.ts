// @vitest-environment node
// The committed bundle is what the app ships: it must be what the importer builds from the seeds
// today, and it must hold what issue 2 asks of the seed, exactly.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleJsonSchema } from '../bundle/json-schema.ts';
import type { Bundle, SourceSpan } from '../bundle/schema.ts';
import { validateBundle } from '../bundle/validate.ts';
import { buildBundle } from './build-bundle.ts';
import { readSeedsFolder, toJson } from './command-line.ts';
import { Diagnostics } from './diagnostics.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const committed = readFileSync(join(ROOT, 'public/data/bundle.json'), 'utf8');
const committedSchema = readFileSync(join(ROOT, 'public/data/bundle.schema.json'), 'utf8');
const bundle = JSON.parse(committed) as Bundle;

function buildFromSeeds(): string {
  const diag = new Diagnostics();
  const inputs = readSeedsFolder(join(ROOT, 'seeds'), (path) => relative(ROOT, path), diag);
  const json = toJson(buildBundle(inputs, diag));
  expect(diag.all).toEqual([]);
  return json;
}

function allSpans(b: Bundle): SourceSpan[] {
  return [
    ...b.meetings.map((m) => m.source),
    ...b.items.flatMap((i) => [
      i.source,
      ...(i.outcome.source ? [i.outcome.source] : []),
      ...(i.decision ? [i.decision.source, ...i.decision.resolutions.map((r) => r.source)] : []),
      ...(i.minutes ? [i.minutes.source] : []),
    ]),
    ...b.mentions,
    ...b.figures.map((f) => f.source),
    ...b.structure.flatMap((s) => [
      ...s.steps.map((x) => x.source),
      ...s.notes.map((n) => n.source),
    ]),
    ...b.commitments.flatMap((c) => [
      c.source,
      ...(c.furtherSources ?? []),
      ...c.evidence.map((e) => e.source),
    ]),
    ...b.items.flatMap((i) => (i.remarks ?? []).map((r) => r.source)),
  ];
}

describe('the committed bundle', () => {
  it('is what the importer builds from the seeds now, byte for byte', () => {
    expect(committed).toBe(buildFromSeeds());
    expect(buildFromSeeds()).toBe(buildFromSeeds());
  });

  it('ships the JSON Schema the schema module generates now', () => {
    expect(committedSchema).toBe(toJson(bundleJsonSchema()));
  });

  it('passes validation, and every quote is its document text at its offsets', () => {
    expect(validateBundle(bundle)).toMatchObject({ ok: true });
    const texts = new Map(bundle.documents.map((d) => [d.id, d.text]));
    const spans = allSpans(bundle);
    expect(spans.length).toBeGreaterThan(40);
    for (const s of spans) expect(texts.get(s.documentId)!.slice(s.start, s.end)).toBe(s.quote);
  });

  it('stores the seed text unchanged', () => {
    const seed = readFileSync(
      join(ROOT, 'seeds/strategic-commissioning.moderngov-issue.txt'),
      'utf8',
    );
    expect(bundle.documents.map((d) => d.text)).toEqual([seed.replace(/\r\n?/g, '\n')]);
  });
});

describe('the seed, as issue 2 asks', () => {
  const item = (id: string) => bundle.items.find((i) => i.id === id)!;

  it('dates the bundle from the review and the record, and names the council as an editor', () => {
    expect(bundle.generatedAt).toBe('2026-11-26T09:00:00Z');
    expect(bundle.asOf).toBe('2010-12-13');
    expect(bundle.council).toMatchObject({ name: 'Cheltenham Borough Council', basis: 'editor' });
    expect(bundle.council!.note).toMatch(/Mayor.*Tewkesbury Borough Council.*GO and Civic Pride/s);
  });

  it('holds three meetings of one issue, with their bodies', () => {
    expect(bundle.issues.map((i) => [i.id, i.title])).toEqual([
      ['strategic-commissioning-section-4-report', 'Strategic commissioning Section 4 report'],
    ]);
    expect(bundle.bodies).toEqual([
      { id: 'cabinet', name: 'Cabinet', kind: 'cabinet', status: 'active' },
      { id: 'council', name: 'Council', kind: 'council', status: 'active' },
      {
        id: 'staff-and-support-services',
        name: 'Staff and Support Services',
        kind: 'committee',
        status: 'dissolved',
      },
    ]);
    expect(bundle.meetings.map((m) => [m.id, m.bodyId, m.date])).toEqual([
      ['2010-10-28-staff-and-support-services', 'staff-and-support-services', '2010-10-28'],
      ['2010-11-16-cabinet', 'cabinet', '2010-11-16'],
      ['2010-12-13-council', 'council', '2010-12-13'],
    ]);
    expect(
      bundle.items.map((i) => [
        i.id,
        i.number,
        i.minutes?.truncated,
        i.decision?.resolutions.length ?? null,
        i.outcome.value,
      ]),
    ).toEqual([
      ['2010-10-28-staff-and-support-services-item-5', '5', true, null, 'unknown'],
      ['2010-11-16-cabinet-item-5', '5', true, 3, 'recommended'],
      ['2010-12-13-council-item-14', '14', true, null, 'unknown'],
    ]);
  });

  it('reads the Cabinet outcome as its recommendation to Council and says the Council decision is not in the record', () => {
    expect(item('2010-11-16-cabinet-item-5').outcome).toMatchObject({
      basis: 'stated',
      source: { quote: 'It be recommended that Council approves' },
    });
    const council = item('2010-12-13-council-item-14');
    expect(council.decision).toBeNull();
    expect(council.outcome).toMatchObject({ value: 'unknown', source: null });
    expect(council.outcome.note).toMatch(/^The Council's decision text is not in this record/);
  });

  it('holds the three figures, with their amounts traced to mentions', () => {
    expect(
      bundle.figures.map((f) => [
        f.id,
        f.kind,
        f.value ?? [f.low, f.high],
        f.recurrence,
        f.period?.date ?? null,
        f.indicative,
        f.itemId,
      ]),
    ).toEqual([
      [
        'senior-leadership-restructure-saving',
        'saving',
        213000,
        'full-year',
        null,
        false,
        '2010-10-28-staff-and-support-services-item-5',
      ],
      [
        'commissioning-indicative-saving',
        'saving',
        [800000, 1200000],
        'annual',
        null,
        true,
        '2010-10-28-staff-and-support-services-item-5',
      ],
      [
        'transition-one-off-resource',
        'cost',
        80000,
        'one-off',
        '2011/12',
        false,
        '2010-11-16-cabinet-item-5',
      ],
    ]);
    const mentions = new Map(bundle.mentions.map((m) => [m.id, m]));
    expect(bundle.figures.map((f) => f.mentionIds.map((id) => mentions.get(id)!.quote))).toEqual([
      ['£213,000'],
      ['£0.8 and £1.2 million'],
      ['£80,000', '2011/12'],
    ]);
    expect(bundle.figures[2]!.note).toMatch(/virement of the unspent allocation/);
  });

  it('links the 10-15% to the indicative saving it is reckoned from', () => {
    const mentions = new Map(bundle.mentions.map((m) => [m.id, m]));
    expect(
      bundle.figures.map((f) => (f.qualifiedBy ?? []).map((id) => mentions.get(id)!.quote)),
    ).toEqual([[], ['10-15%'], []]);
  });

  it('holds the Assistant Director steps 8.5, 6.5, 5.5 and the Head of Shared Services "if required"', () => {
    const [ads, hss] = bundle.structure;
    expect([ads!.unit, ads!.role]).toEqual(['Senior Leadership Team', 'Assistant Director']);
    expect(ads!.steps.map((s) => [s.label, s.fte, s.date, s.basis])).toEqual([
      ['Now', 8.5, { date: '2010-10-28', precision: 'day' }, 'editor'],
      ['Phase 1', 6.5, { date: '2011-04', precision: 'month' }, 'stated'],
      ['Phase 2', 5.5, { date: '2012-10', precision: 'month' }, 'editor'],
    ]);
    expect(ads!.steps[0]!.note).toMatch(
      /Monitoring Officer counts as half a post, shared with Tewkesbury/,
    );
    expect(ads!.steps[2]!.note).toMatch(/further reduced by 1/);
    expect(hss!.role).toBe('Head of Shared Services');
    expect(hss!.steps.map((s) => [s.fte, s.condition, s.basis])).toEqual([
      [1, 'if required', 'editor'],
    ]);
  });

  it('holds the six commitments, open, with owners only where the text gives them', () => {
    expect(
      bundle.commitments.map((c) => [
        c.id,
        c.due?.date ?? null,
        c.owner,
        c.status,
        c.evidence.length,
      ]),
    ).toEqual([
      ['phase-1-by-april-2011', '2011-04', null, 'open', 0],
      ['phase-2-by-october-2012', '2012-10', null, 'open', 0],
      // Cabinet only recommended it; 2011/12 is when the change happens, not a deadline.
      ['one-off-resource-2011-12', null, "Council, on Cabinet's recommendation", 'open', 0],
      ['members-working-group', null, 'the members working group', 'open', 0],
      ['member-involvement-in-competed-posts', null, null, 'open', 0],
      ['service-review-timetable', null, null, 'open', 0],
    ]);
  });

  it('gives each number in a commitment’s words from one of its quotes', () => {
    for (const c of bundle.commitments) {
      const quotes = [c.source, ...(c.furtherSources ?? [])].map((q) => q.quote).join(' ');
      for (const [n] of c.text.matchAll(/\d+(?:[.,]\d+)*/g)) expect(quotes).toContain(n);
    }
    const phase2 = bundle.commitments.find((c) => c.id === 'phase-2-by-october-2012')!;
    expect(phase2.text).toMatch(/from the 6\.5 Phase 1 aims at$/);
    expect(phase2.furtherSources!.map((q) => q.quote)).toEqual([
      expect.stringMatching(/^Subject to agreement .*, to 6\.5$/s),
    ]);
  });

  it('records the Leader’s invitation to scrutiny and the concern about involvement, at Council', () => {
    expect(bundle.items.filter((i) => i.remarks).map((i) => i.id)).toEqual([
      '2010-12-13-council-item-14',
    ]);
    const remarks = item('2010-12-13-council-item-14').remarks!;
    expect(remarks.map((r) => [r.kind, r.by, r.basis])).toEqual([
      ['invitation', 'the Leader', 'stated'],
      ['concern', 'a member', 'stated'],
    ]);
    expect(remarks[0]!.source.quote).toMatch(
      /^The Leader indicated.*encouraged members of overview and scrutiny.*involved in the monitoring of the services in the future\.$/s,
    );
    expect(remarks[1]!.source.quote).toMatch(
      /^A member expressed concerns .* how members and residents would be involved\.$/s,
    );
  });

  it('finds the seed’s quantities and none of its meeting dates or times', () => {
    const quotes = bundle.mentions.map((m) => m.quote);
    expect(quotes).toEqual(
      expect.arrayContaining([
        '£80,000',
        '£213,000',
        '£0.8 and £1.2 million',
        '10-15%',
        '8.5 Assistant Directors',
        'to 6.5',
        '3 others',
        '2 having to apply',
        'April 2011',
        'October 2012',
        '2011/12',
        'Feb 2010',
      ]),
    );
    expect(quotes.filter((q) => /\d\d\/\d\d\/\d{4}|4\.10|4\.45/.test(q))).toEqual([]);
  });
});
