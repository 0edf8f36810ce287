/**
 * What an editor annotates on a themed issue, written into its minutes as the words the
 * annotations will quote: savings and costs, a restructure's posts phase by phase, promises with
 * a date, and at a later meeting the words that show a promise kept or dropped. Each phrase is
 * tagged with what it means; the figures' amounts are the ones the phrase prints.
 */
import type { PreciseDate } from '../bundle/schema.ts';
import { slug } from '../importer/text-spans.ts';
import * as amount from './amounts.ts';
import { financialYearOf, longDate } from './calendar.ts';
import type { Paragraph, Segment } from './compose.ts';
import type { ItemWords } from './item-words.ts';
import type { PlannedIssue } from './plan.ts';
import type { CommitmentTag, FigureTag, Tag } from './tags.ts';

/** The annotated words one item must carry. */
export type StepAnnotations = {
  /** Paragraphs of minutes, each with tagged words. */
  minutes: Paragraph[];
  /** Resolutions whose words are tagged, added to the item's decision. */
  resolutions: TaggedResolution[];
};
export type TaggedResolution = { text: Paragraph };

const MEASURES = [
  'the proposed restructure of the {unit}',
  'moving {subject} to a shared service with {neighbour}',
  'the new operating model for {subject}',
  'retendering {subject}',
  'bringing {subject} back in house',
];

const segment = (text: string, tags?: Tag[]): Segment => (tags ? { text, tags } : { text });

/** "before [quote] after", the quote carrying the tags. */
function tagged(before: string, quote: string, after: string, tags: Tag[]): Paragraph {
  return [segment(before), segment(quote, tags), segment(after)].filter((s) => s.text !== '');
}

const month = (iso: string): PreciseDate => ({ date: iso, precision: 'month' });
const financialYear = (label: string): PreciseDate => ({
  date: label,
  precision: 'financial-year',
});

export function annotateIssue(
  issue: PlannedIssue,
  words: (stepIndex: number) => ItemWords,
): Map<number, StepAnnotations> {
  const out = new Map<number, StepAnnotations>();
  const dated = issue.steps.filter((s) => !s.undated);
  if (!issue.theme || dated.length < 2) return out;
  const at = (index: number) => {
    if (!out.has(index)) out.set(index, { minutes: [], resolutions: [] });
    return out.get(index)!;
  };
  const first = dated[0]!;
  const later =
    dated.length > 1
      ? dated[1 + Math.floor(words(first.index).rng.next() * (dated.length - 1))]!
      : null;
  const w = words(first.index);
  const { rng } = w;
  const ids = new Set<string>();
  const idFor = (name: string) => {
    let id = `${issue.id}-${name}`;
    for (let n = 2; ids.has(id); n += 1) id = `${issue.id}-${name}-${n}`;
    ids.add(id);
    return id;
  };
  const figure = (f: Omit<FigureTag, 'kind' | 'id'>, name: string): FigureTag => ({
    kind: 'figure',
    id: idFor(name),
    ...f,
  });
  const fy = financialYearOf(first.date);
  let promise: CommitmentTag | null = null;
  let promiseWords = '';

  if (issue.theme === 'savings') {
    const measure = w.say(rng.pick(MEASURES));
    const choice = rng.int(0, 2);
    if (choice === 0) {
      const saving = amount.thousands(rng, 40, 900);
      at(first.index).minutes.push(
        tagged(
          'Members heard that ',
          `the full-year saving from ${measure} would be ${saving.text}`,
          '.',
          [
            figure(
              {
                figure: 'saving',
                unit: 'GBP',
                expect: { value: saving.value },
                recurrence: 'full-year',
                period: null,
                indicative: false,
                label: `Full-year saving from ${measure}`,
                note: null,
              },
              'full-year-saving',
            ),
          ],
        ),
      );
    } else if (choice === 1) {
      const share = amount.percentRange(rng);
      const range = amount.millionRange(rng);
      const budget = rng.pick([
        'the operational budgets',
        'the contract budgets',
        'the running costs',
      ]);
      at(first.index).minutes.push(
        tagged(
          'Officers suggested that ',
          `an indicative figure of ${share.text} of ${budget} could achieve an annual saving of ${range.text}`,
          `, based on the experience of ${w.say('{neighbour}')}.`,
          [
            figure(
              {
                figure: 'saving',
                unit: 'GBP',
                expect: { low: range.low, high: range.high },
                recurrence: 'annual',
                period: null,
                indicative: true,
                label: `Annual saving that ${share.text} of ${budget} could achieve`,
                note: 'The record calls it an indicative figure.',
              },
              'indicative-saving',
            ),
          ],
        ),
      );
    } else {
      const saving = amount.thousands(rng, 30, 600);
      const from = financialYearOf(`${Number(first.date.slice(0, 4)) + 1}${first.date.slice(4)}`);
      at(first.index).minutes.push(
        tagged(
          'The report explained that ',
          `${measure} would deliver an annual saving of ${saving.text} from ${from}`,
          '.',
          [
            figure(
              {
                figure: 'saving',
                unit: 'GBP',
                expect: { value: saving.value },
                recurrence: 'annual',
                period: financialYear(from),
                indicative: false,
                label: `Annual saving from ${measure}`,
                note: null,
              },
              'annual-saving',
            ),
          ],
        ),
      );
    }
    if (rng.chance(0.6)) {
      const cost = amount.thousands(rng, 20, 250);
      const reserve = w.say('{reserve}');
      at(first.index).minutes.push(
        tagged(
          'To make the change, it was proposed to ',
          `set aside a one-off sum of ${cost.text} from ${reserve} during ${fy}`,
          '.',
          [
            figure(
              {
                figure: 'cost',
                unit: 'GBP',
                expect: { value: cost.value },
                recurrence: 'one-off',
                period: financialYear(fy),
                indicative: false,
                label: 'One-off cost of making the change',
                note: `Met from ${reserve}, so not new money.`,
              },
              'one-off-cost',
            ),
          ],
        ),
      );
    }
  } else if (issue.theme === 'project') {
    const cost = amount.millions(rng, 1, 30);
    at(first.index).minutes.push(
      tagged(
        'The report said that ',
        `the total cost of ${issue.topic.subject} was estimated at ${cost.text}`,
        ', including fees and a contingency.',
        [
          figure(
            {
              figure: 'cost',
              unit: 'GBP',
              expect: { value: cost.value },
              recurrence: 'one-off',
              period: null,
              indicative: true,
              label: `Estimated cost of ${issue.topic.subject}`,
              note: 'An estimate at this stage; the record gives no firm price.',
            },
            'estimated-cost',
          ),
        ],
      ),
    );
    if (rng.chance(0.6)) {
      const grant = amount.thousands(rng, 50, 950);
      const funder = w.say('{funder}');
      at(first.index).minutes.push(
        tagged(
          'Members noted that ',
          `external funding of ${grant.text} had been secured from ${funder}`,
          '.',
          [
            figure(
              {
                figure: 'funding',
                unit: 'GBP',
                expect: { value: grant.value },
                recurrence: null,
                period: null,
                indicative: false,
                label: `External funding from ${funder}`,
                note: null,
              },
              'external-funding',
            ),
          ],
        ),
      );
    }
    if (rng.chance(0.35)) {
      const share = amount.percent(rng, 10, 60);
      at(first.index).minutes.push(
        tagged(
          'Under the agreement with its partners, ',
          `the council would meet ${share.text} of the cost`,
          '.',
          [
            figure(
              {
                figure: 'share',
                unit: 'percent',
                expect: { value: share.value! },
                recurrence: null,
                period: null,
                indicative: false,
                label: 'The council’s share of the cost',
                note: null,
              },
              'council-share',
            ),
          ],
        ),
      );
    }
    const due = w.laterMonth(4, 20);
    const work = rng.pick(['the works', 'the first phase', 'the scheme']);
    const owner = issue.topic.service.head;
    promise = {
      kind: 'commitment',
      id: idFor('completion'),
      text: `Complete ${work} for ${issue.topic.subject} by ${due.text}`,
      owner,
      due: month(due.iso),
    };
    promiseWords = `${work} for ${issue.topic.subject}`;
    at(first.index).minutes.push(
      tagged('', `The ${owner} confirmed that ${work} would be completed by ${due.text}`, '.', [
        promise,
      ]),
    );
  } else {
    const service = issue.topic.service;
    const [role, plural] = rng.pick(service.roles);
    const structureId = idFor(slug(plural));
    const grow = rng.chance(0.2);
    const now = amount.posts(rng, grow ? 2 : 6, grow ? 6 : 16);
    const phase1 = grow ? now + rng.int(1, 3) : Math.max(1, now - rng.int(1, 4));
    const hasPhase2 = !grow && phase1 > 2 && rng.chance(0.5);
    const phase2 = hasPhase2 ? phase1 - rng.int(1, 2) : phase1;
    const due1 = w.laterMonth(3, 9);
    const due2 = w.laterMonth(12, 24);
    const t = (n: number) => amount.fteText(n);
    at(first.index).minutes.push(
      tagged(
        '',
        `The ${service.unit} currently had ${t(now)} ${plural}`,
        ` (the figure counts part-time posts as fractions).`,
        [
          {
            kind: 'structure-step',
            structureId,
            unit: service.unit,
            role,
            label: 'Now',
            date: { date: first.date, precision: 'day' },
            fte: now,
            condition: null,
            note: 'Dated to the meeting that heard it; the record gives no other date for the count.',
            basis: 'editor',
          },
        ],
      ),
    );
    promise = {
      kind: 'commitment',
      id: idFor('phase-1'),
      text: `Implement Phase 1 by ${due1.text}, taking ${plural} from ${t(now)} to ${t(phase1)}`,
      owner: service.director,
      due: month(due1.iso),
    };
    promiseWords = 'Phase 1 of the restructure';
    at(first.index).minutes.push(
      tagged(
        'Subject to agreement, ',
        `Phase 1 would ${grow ? 'increase' : 'reduce'} this to ${t(phase1)} posts by ${due1.text}`,
        '.',
        [
          {
            kind: 'structure-step',
            structureId,
            unit: service.unit,
            role,
            label: 'Phase 1',
            date: month(due1.iso),
            fte: phase1,
            condition: 'subject to agreement',
            note: null,
            basis: 'stated',
          },
          promise,
        ],
      ),
    );
    if (hasPhase2) {
      at(first.index).minutes.push(
        tagged(
          '',
          `Phase 2, envisaged for ${due2.text}, would see a further reduction to ${t(phase2)} posts`,
          '.',
          [
            {
              kind: 'structure-step',
              structureId,
              unit: service.unit,
              role,
              label: 'Phase 2',
              date: month(due2.iso),
              fte: phase2,
              condition: 'envisaged, not decided',
              note: null,
              basis: 'stated',
            },
          ],
        ),
      );
    }
    if (!Number.isInteger(now)) {
      const neighbour = w.say('{neighbour}');
      at(first.index).minutes.push(
        tagged(
          'Members were reminded that ',
          `one of the posts was shared with ${neighbour} and was counted as half a post`,
          '.',
          [
            {
              kind: 'structure-note',
              structureId,
              text: `One post is shared with ${neighbour} and counted as half a post.`,
            },
          ],
        ),
      );
    }
    const saving = amount.thousands(rng, 30, 400);
    if (!grow) {
      at(first.index).minutes.push(
        tagged('', `The full-year saving from the restructure would be ${saving.text}`, '.', [
          figure(
            {
              figure: 'saving',
              unit: 'GBP',
              expect: { value: saving.value },
              recurrence: 'full-year',
              period: null,
              indicative: false,
              label: `Full-year saving from restructuring the ${service.unit}`,
              note: null,
            },
            'restructure-saving',
          ),
        ]),
      );
      const removed = now - phase2;
      if (Number.isInteger(removed) && rng.chance(0.5)) {
        at(first.index).minutes.push(
          tagged(
            'In all, ',
            `the proposals would remove ${removed} posts`,
            ', most of them through vacancies.',
            [
              figure(
                {
                  figure: 'headcount',
                  unit: 'fte',
                  expect: { value: removed },
                  recurrence: null,
                  period: null,
                  indicative: false,
                  label: `Posts removed from the ${service.unit}`,
                  note: null,
                },
                'posts-removed',
              ),
            ],
          ),
        );
      }
    }
  }

  // A promise to come back, in the words of a resolution or of the minutes.
  if (issue.theme === 'savings') {
    const due = w.laterMonth(3, 14);
    const nextBody = later?.body.name ?? first.body.name;
    const inDecision = w.rng.chance(0.5);
    promise = {
      kind: 'commitment',
      id: idFor('report-back'),
      text: `Report back to the ${nextBody} on ${issue.topic.subject} by ${due.text}`,
      owner: inDecision ? null : issue.topic.service.director,
      due: month(due.iso),
    };
    promiseWords = `the report on ${issue.topic.subject}`;
    if (inDecision) {
      at(first.index).resolutions.push({
        text: [
          segment(
            `A further report on ${issue.topic.subject} be brought to the ${nextBody} by ${due.text}`,
            [promise],
          ),
        ],
      });
    } else {
      at(first.index).minutes.push(
        tagged(
          '',
          `The ${issue.topic.service.director} undertook to report back to the ${nextBody} by ${due.text} on ${issue.topic.subject}`,
          '.',
          [promise],
        ),
      );
    }
  }

  if (promise && later && rng.chance(0.7)) {
    const kept = rng.chance(0.8);
    const laterWords = words(later.index);
    at(later.index).minutes.push(
      kept
        ? tagged(
            `${laterWords.say('{Officer}')} reported that `,
            `${promiseWords} had been completed as promised`,
            '.',
            [
              {
                kind: 'evidence',
                commitmentId: promise.id,
                text: `Reported as done to the ${later.body.name} on ${longDate(later.date)}.`,
                status: 'met',
              },
            ],
          )
        : tagged(
            'Members were told that ',
            `${promiseWords} would not now go ahead, as ${laterWords.say('{reason}')}`,
            '.',
            [
              {
                kind: 'evidence',
                commitmentId: promise.id,
                text: `Reported as withdrawn to the ${later.body.name} on ${longDate(later.date)}.`,
                status: 'withdrawn',
              },
            ],
          ),
    );
  }
  return out;
}
