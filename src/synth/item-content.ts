/**
 * One agenda item's content before it is laid out on a page: its title and report, who reported,
 * what the agenda said, its documents, its decision and its minutes. The shapes vary as real
 * pages do: a decision and minutes, minutes that end in the decision, minutes alone (nothing
 * decided), a decision sheet alone; now and then minutes cut short by the page.
 */
import type { OutcomeValue } from '../bundle/schema.ts';
import type { StepAnnotations } from './annotate.ts';
import type { Paragraph, Segment } from './compose.ts';
import { capitalise } from './compose.ts';
import { extraResolution, generalResolutions, reasons, type Resolution } from './decisions.ts';
import { licensingHearing, planningHearing } from './hearings.ts';
import type { ItemWords } from './item-words.ts';
import {
  appointmentMinutes,
  auditMinutes,
  budgetMinutes,
  generalMinutes,
  motionMinutes,
  undatedOpening,
  type Length,
} from './minutes.ts';

export type DecisionContent = {
  /** One "RESOLVED that ..." line, or "RESOLVED THAT:" over numbered resolutions. */
  single: Paragraph | null;
  /** A paragraph after a single resolution giving the reasons, as decision sheets do. */
  reasons: string | null;
  opening: string;
  numbered: Paragraph[];
  /** Printed at the end of the minutes, with no "Decision:" label of its own. */
  inMinutes: boolean;
};

export type ItemContent = {
  number: string;
  title: string;
  reportSizeKb: number;
  /** The line under the item, as printed: "Report of the Head of Finance" or "Name, Post". */
  reportOf: string | null;
  agenda: Paragraph | null;
  /** Null where the page has no "Additional documents:" heading; empty where it lists none. */
  additional: Array<{ title: string; sizeKb: number }> | null;
  decision: DecisionContent | null;
  minutes: Paragraph[] | null;
  /** Where the page cut the minutes short: how many words of the last paragraph it kept. */
  cutAfterWords: number | null;
};

type Shape = 'both' | 'decision-in-minutes' | 'minutes-only' | 'decision-only';

const APPENDICES = [
  'Equality Impact Assessment',
  'Consultation Responses',
  'Risk Register',
  'Business Case',
  'Financial Appraisal',
  'Draft Policy',
  'Site Plan',
  'Action Plan',
];

export function composeItem(
  w: ItemWords,
  annotations: StepAnnotations | undefined,
  themed: boolean,
): ItemContent {
  const { rng, step } = w;
  const { issue } = step;
  const style = issue.family.style;
  const mustMinutes = step.undated || (annotations?.minutes.length ?? 0) > 0;
  const mustDecision = (annotations?.resolutions.length ?? 0) > 0;
  let shape: Shape =
    style === 'planning' || style === 'licensing'
      ? rng.weighted<Shape>([
          ['both', 0.6],
          ['decision-in-minutes', 0.25],
          ['decision-only', 0.15],
        ])
      : style === 'appointment'
        ? 'both'
        : style === 'motion'
          ? rng.weighted<Shape>([
              ['minutes-only', 0.5],
              ['both', 0.5],
            ])
          : rng.weighted<Shape>([
              ['both', 0.45],
              ['decision-in-minutes', 0.15],
              ['minutes-only', 0.15],
              ['decision-only', 0.25],
            ]);
  if (mustMinutes && shape === 'decision-only') shape = 'both';
  if (mustDecision && shape === 'minutes-only') shape = 'both';
  // Annotated words go under labels an editor can point to.
  if ((mustMinutes && annotations) || mustDecision) shape = 'both';
  const length: Length = rng.weighted<Length>([
    ['short', 0.2],
    ['medium', 0.5],
    ['long', 0.3],
  ]);

  let minutes: Paragraph[];
  let resolutions: Resolution[];
  if (style === 'planning') {
    const deferred = step.index < issue.steps.length - 1;
    ({ minutes, resolutions } = planningHearing(w, length, deferred));
  } else if (style === 'licensing') {
    ({ minutes, resolutions } = licensingHearing(w, length));
  } else {
    minutes =
      style === 'budget'
        ? budgetMinutes(w, length)
        : style === 'audit'
          ? auditMinutes(w, length)
          : style === 'motion'
            ? motionMinutes(w, length)
            : style === 'appointment'
              ? appointmentMinutes(w)
              : generalMinutes(w, length);
    const count = rng.weighted<number>([
      [1, 0.35],
      [2, 0.2],
      [3, 0.2],
      [4, 0.15],
      [5, 0.1],
    ]);
    resolutions = generalResolutions(w, count);
  }
  if (style === 'planning' || style === 'licensing') {
    if (rng.chance(0.3)) resolutions.push(extraResolution(w));
  }
  if (step.undated) minutes = [undatedOpening(w), ...minutes.slice(1)];
  // In their own order, after the opening, where a report's numbers are usually discussed.
  const annotated = annotations?.minutes ?? [];
  if (annotated.length)
    minutes.splice(Math.min(minutes.length, 1 + rng.int(0, 1)), 0, ...annotated);

  const tagOutcome = themed;
  const numberedParas = resolutions.map((r, k) =>
    resolutionParagraph(r, tagOutcome && k === 0, k === resolutions.length - 1 ? '.' : ';'),
  );
  for (const extra of annotations?.resolutions ?? []) {
    numberedParas.splice(1, 0, [...extra.text, { text: ';' }]);
  }
  const fixLast = (paras: Paragraph[]) => {
    // Every numbered resolution but the last ends with a semicolon.
    paras.forEach((p, k) => {
      const last = p[p.length - 1]!;
      const end = k === paras.length - 1 ? '.' : ';';
      if (last.text === ';' || last.text === '.') p[p.length - 1] = { text: end };
    });
    return paras;
  };
  const single = numberedParas.length === 1;
  const decision: DecisionContent | null =
    shape === 'minutes-only'
      ? null
      : {
          single: single ? singleLine(resolutions[0]!, tagOutcome) : null,
          // Only under a label: after a decision inside the minutes it would read as minutes.
          reasons:
            single &&
            shape === 'both' &&
            style !== 'planning' &&
            style !== 'licensing' &&
            rng.chance(0.45)
              ? reasons(w)
              : null,
          opening: single ? '' : rng.pick(['RESOLVED THAT:', 'RESOLVED that:', 'RESOLVED:']),
          numbered: single ? [] : fixLast(numberedParas),
          inMinutes: shape === 'decision-in-minutes',
        };

  const hasMinutes = shape !== 'decision-only';
  const hasTags = (annotations?.minutes.length ?? 0) > 0;
  const cut =
    hasMinutes &&
    !hasTags &&
    !step.undated &&
    shape === 'both' &&
    minutes.length >= 3 &&
    rng.chance(0.1)
      ? cutPoint(minutes[minutes.length - 1]!)
      : null;

  const title = step.undated ? issue.topic.title : itemTitle(w);
  return {
    number: step.number,
    title,
    reportSizeKb: rng.int(24, 900),
    // The officer the minutes name is the one whose report it is.
    reportOf: step.undated
      ? `Report of the ${w.officerPost}`
      : rng.weighted<string | null>([
          [`Report of the ${w.officerPost}`, 0.55],
          [`${w.people.officer(w.officerPost)}, ${w.officerPost}`, 0.25],
          [null, 0.2],
        ]),
    agenda:
      !step.undated && rng.chance(0.3)
        ? w.para(
            rng.pick([
              'To consider {subject}.',
              'To receive the report of {officer} on {subject}.',
              step.index > 0
                ? 'To consider the recommendations of {previousBody} on {subject}.'
                : 'To consider the options for {subject}.',
              '{The} is asked to consider {subject} and agree the recommendations set out in the report.',
            ]),
          )
        : null,
    additional: step.undated
      ? null
      : rng.weighted<Array<{ title: string; sizeKb: number }> | null>([
          [null, 0.4],
          [[], 0.25],
          [
            rng.sample(APPENDICES, rng.int(1, 3)).map((name, k) => ({
              title: `Appendix ${'ABC'[k]} - ${name}`,
              sizeKb: rng.int(12, 400),
            })),
            0.35,
          ],
        ]),
    decision,
    minutes: hasMinutes ? minutes : null,
    cutAfterWords: cut,
  };
}

/** Mostly the issue's own title; at times the shorter form an agenda uses, or a referral's. */
function itemTitle(w: ItemWords): string {
  const { rng, step } = w;
  const title = step.issue.topic.title;
  const short = title.replace(/:.*$| - .*$/, '');
  const previous = step.issue.steps[step.index - 1];
  if (step.body.role === 'council' && previous?.body.role === 'cabinet' && rng.chance(0.4))
    return `Recommendation from Cabinet: ${short}`;
  if (short !== title && short.length > 12 && rng.chance(0.3)) return short;
  return title;
}

function resolutionParagraph(r: Resolution, tagOutcome: boolean, end: string): Paragraph {
  return [...resolutionSegments(r, tagOutcome, true), { text: end }];
}

function singleLine(r: Resolution, tagOutcome: boolean): Paragraph {
  return [{ text: 'RESOLVED that ' }, ...resolutionSegments(r, tagOutcome, false), { text: '.' }];
}

function resolutionSegments(r: Resolution, tagOutcome: boolean, numbered: boolean): Segment[] {
  const verbTags =
    tagOutcome && r.outcome && r.verb
      ? [{ kind: 'outcome' as const, value: r.outcome as OutcomeValue }]
      : undefined;
  const parts: Segment[] = [];
  const push = (text: string, tags?: typeof verbTags) => {
    if (!text) return;
    if (parts.length) parts.push({ text: ' ' });
    parts.push(tags ? { text, tags } : { text });
  };
  push(r.lead);
  push(r.verb, verbTags);
  push(r.rest);
  const first = parts[0];
  if (first && numbered) parts[0] = { ...first, text: capitalise(first.text) };
  // "RESOLVED that it be recommended": the pronoun runs on in lower case after "that".
  if (first && !numbered && first.text.startsWith('It '))
    parts[0] = { ...first, text: `i${first.text.slice(1)}` };
  return parts;
}

/** Where a page cuts minutes off: part-way through the last paragraph, between two words. */
function cutPoint(last: Paragraph): number | null {
  const words = last
    .map((s) => s.text)
    .join('')
    .split(' ').length;
  return words > 8 ? Math.floor(words * 0.6) : null;
}
