// @vitest-environment node
// Pages mangled as copying, saving and scraping mangle them (lines dropped, duplicated or moved,
// white space and case changed, non-breaking spaces, the end cut off): the importer never throws
// anything but its own input errors, every message is a `FILE:LINE: severity:` line, and it never
// reports a meeting date that does not occur in the input. Nothing is lost: every line with text is
// placed in a field, named as furniture or reported by a warning.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../bundle/schema.ts';
import { buildBundle } from './build-bundle.ts';
import { main } from './command-line.ts';
import { Diagnostics, formatDiagnostic, ImportError } from './diagnostics.ts';
import { decodeEntities } from './html-page.ts';
import type { ReadReport } from './read-report.ts';
import { readTestPage } from './test-pages.ts';

const SEED = readFileSync(
  new URL('../../seeds/strategic-commissioning.moderngov-issue.txt', import.meta.url),
  'utf8',
);
const PAGES: { name: string; text: string }[] = [
  { name: 'seed.txt', text: SEED },
  ...[
    'no-heading-pipes.moderngov-issue.txt',
    'no-meeting-lines.moderngov-issue.txt',
    'no-labels.moderngov-issue.txt',
    'empty-title.moderngov-issue.txt',
    'harbour-walls.moderngov-issue.html',
    'garden-waste.decision-details.html',
    'cabinet-22-10-2019.meeting.html',
    'waste-rounds.decision-details.txt',
    'waste-contradicts.decision-details.txt',
    'recycling.issue-decisions.txt',
    'budget-monitoring.agenda-item.txt',
    'cabinet-22-10-2019.meeting.txt',
    'coastal-meetings.getmeetings.xml',
    'cabinet-meeting.getmeeting.xml',
    'escaped-html.getmeeting.xml',
    'real/seafront-shelters.issue-meetings.txt',
    'real/community-grants.issue-meetings.txt',
    'real/waste-savings.decision-details.txt',
    'real/lighting-columns.decision-details.txt',
    'real/healthy-weight.issue-decisions.txt',
    'real/library-review.agenda-item.txt',
    'real/harbour-cabinet-undated.meeting.txt',
    'real/planning-02-04-2025.meeting.txt',
    'real/leisure-contract.issue-details.txt',
    'real/beach-huts.decision-details.html',
  ].map((name) => ({ name: name.replace('real/', ''), text: readTestPage(name) })),
];

type Mangle = (lines: string[]) => string[];
const mangle: fc.Arbitrary<Mangle> = fc.oneof(
  fc.nat().map(
    (i): Mangle =>
      (ls) =>
        ls.filter((_, k) => k !== i % Math.max(ls.length, 1)),
  ),
  fc.nat().map((i): Mangle => (ls) => {
    const k = i % Math.max(ls.length, 1);
    return [...ls.slice(0, k + 1), ...ls.slice(k)];
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mangle => (ls) => {
    if (!ls.length) return ls;
    const out = [...ls];
    const a = i % Math.max(out.length, 1);
    const b = j % Math.max(out.length, 1);
    [out[a], out[b]] = [out[b]!, out[a]!];
    return out;
  }),
  fc.nat().map(
    (i): Mangle =>
      (ls) =>
        ls.map((l, k) => (k === i % Math.max(ls.length, 1) ? `   ${l}\t ` : l)),
  ),
  fc.constant<Mangle>((ls) => ls.map((l) => l.replace(/ {2,}/g, ' '))),
  fc.nat().map(
    (i): Mangle =>
      (ls) =>
        ls.map((l, k) => (k === i % Math.max(ls.length, 1) ? l.toUpperCase() : l)),
  ),
  fc.constant<Mangle>((ls) => ls.map((l) => l.toLowerCase())),
  fc.nat().map(
    (i): Mangle =>
      (ls) =>
        ls.map((l, k) => (k % 3 === i % 3 ? l.replace(/ /g, '\u00a0') : l)),
  ),
  fc.nat().map(
    (i): Mangle =>
      (ls) =>
        ls.slice(0, i % Math.max(ls.length, 1)),
  ),
  // Cut mid-line, as a download that stopped would.
  fc.nat().map((i): Mangle => (ls) => {
    const text = ls.join('\n');
    return text.slice(0, i % Math.max(text.length, 1)).split('\n');
  }),
);
const mangledPage = fc.record({
  page: fc.constantFrom(...PAGES),
  steps: fc.array(mangle, { minLength: 1, maxLength: 4 }),
});

function apply(text: string, steps: Mangle[]): string {
  return steps.reduce((lines, step) => step(lines), text.split('\n')).join('\n');
}

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** Whether the input states this day in a form a page could: 22/10/2019, 2019-10-22, 22nd October 2019. */
function occursIn(input: string, iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const forms = [
    String.raw`(?<!\d)0?${d}\s*/\s*0?${m}\s*/\s*${y}`,
    String.raw`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    String.raw`(?<!\d)0?${d}(?:st|nd|rd|th)?\s+${MONTHS[m - 1]},?\s+${y}`,
  ];
  return forms.some((f) => new RegExp(f, 'i').test(input));
}

function meetingDates(bundle: Bundle): string[] {
  return bundle.meetings.flatMap((m) => [
    ...(m.date ? [m.date] : []),
    ...(m.disputed ?? []).filter((x) => x.field === 'date').map((x) => x.value),
  ]);
}

const total = (counts: Partial<Record<string, number>>) =>
  Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);

/**
 * What the importer promises of any page it reads: every line with text is placed, furniture or
 * reported, and each reported line is named by a warning; prose is never a document's title; and
 * no item says its decision is missing while it has one.
 */
function expectNothingLost(bundle: Bundle, reports: ReadReport[], diag: Diagnostics) {
  for (const r of reports) {
    expect(total(r.placed) + total(r.furniture) + r.reported.length).toBe(r.lines);
    for (const line of r.reported) {
      const named = diag.all.some(
        (d) => d.file === r.file && d.textLines && line >= d.textLines[0] && line <= d.textLines[1],
      );
      expect(named, `${r.file}:${line} is reported by no warning`).toBe(true);
    }
  }
  for (const item of bundle.items) {
    for (const d of item.documents) {
      expect(d.title.length).toBeLessThanOrEqual(200);
      expect(d.title).not.toMatch(/[a-z]{2}[.!?]\s+[A-Z]/);
    }
    if (item.decision) expect(item.outcome.note ?? '').not.toMatch(/not in this record/);
  }
}

const MESSAGE = /^[^\n:]+:\d+: (?:warning|error): [^\n]+$/;

describe('the importer on mangled pages', () => {
  it('never throws but its own input errors, and never reports a date the input lacks', () => {
    fc.assert(
      fc.property(mangledPage, ({ page, steps }) => {
        const text = apply(page.text, steps);
        const diag = new Diagnostics();
        const reports: ReadReport[] = [];
        let bundle: Bundle | null = null;
        try {
          bundle = buildBundle(
            [
              {
                file: page.name,
                fileName: page.name,
                bytes: new TextEncoder().encode(text),
                annotation: null,
              },
            ],
            diag,
            { reports },
          );
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          expect(diag.errors().length).toBeGreaterThan(0);
        }
        for (const d of diag.all) expect(formatDiagnostic(d)).toMatch(MESSAGE);
        if (!bundle) return;
        expectNothingLost(bundle, reports, diag);
        const input = page.name.endsWith('.html') ? decodeEntities(text) : text;
        for (const date of meetingDates(bundle)) expect(occursIn(input, date)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('merges several mangled pages without breaking, or inventing dates', () => {
    fc.assert(
      fc.property(fc.array(mangledPage, { minLength: 2, maxLength: 4 }), (pages) => {
        const inputs = pages.map(({ page, steps }, k) => ({
          file: `${k}-${page.name}`,
          fileName: `${k}-${page.name}`,
          text: apply(page.text, steps),
        }));
        const diag = new Diagnostics();
        const reports: ReadReport[] = [];
        let bundle: Bundle | null = null;
        try {
          bundle = buildBundle(
            inputs.map((i) => ({
              ...i,
              bytes: new TextEncoder().encode(i.text),
              annotation: null,
            })),
            diag,
            { reports },
          );
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
        }
        for (const d of diag.all) expect(formatDiagnostic(d)).toMatch(MESSAGE);
        if (!bundle) return;
        expectNothingLost(bundle, reports, diag);
        const input = inputs
          .map((i) => (i.fileName.endsWith('.html') ? decodeEntities(i.text) : i.text))
          .join('\n');
        for (const date of meetingDates(bundle)) expect(occursIn(input, date)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  describe('through the command line', () => {
    // Made when the tests run, not when the file is collected, so a filtered run leaves nothing.
    let dir = '';
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'civic-trail-mangled-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('prints a bundle or FILE:LINE messages, never a stack trace or an internal error', async () => {
      await fc.assert(
        fc.asyncProperty(mangledPage, async ({ page, steps }) => {
          writeFileSync(join(dir, page.name), apply(page.text, steps));
          let stderr = '';
          const status = await main(['import', page.name], {
            stdout: () => {},
            stderr: (t) => (stderr += t),
            cwd: dir,
          });
          rmSync(join(dir, page.name));
          expect([0, 1]).toContain(status);
          for (const line of stderr.split('\n').filter(Boolean)) expect(line).toMatch(MESSAGE);
          expect(stderr).not.toMatch(/\n\s+at |internal error/);
        }),
        { numRuns: 60 },
      );
    });
  });
});
