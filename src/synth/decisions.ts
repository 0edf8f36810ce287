/**
 * Resolutions as councils word them. A resolution is written in three parts, the words before
 * its verb, the verb phrase that carries the outcome ("be approved", "It be recommended"), and
 * the rest, so that an editor's reading of the outcome can quote exactly the verb phrase.
 */
import type { OutcomeValue } from '../bundle/schema.ts';
import type { ItemWords } from './item-words.ts';

export type Resolution = {
  lead: string;
  verb: string;
  rest: string;
  outcome: OutcomeValue | null;
};

const bank = (outcome: OutcomeValue | null, templates: readonly string[]) =>
  templates.map((t) => ({ t, outcome }));

const NOTED = bank('noted', [
  'the report|be noted|',
  'the progress made on {subject}|be noted|',
  'the responses to the consultation on {subject}|be noted|',
  'the update on {subject}|be noted|',
  'the contents of the report|be noted|',
]);
const APPROVED = bank('approved', [
  'the proposals for {subject} set out in the report|be approved|',
  'the preferred option set out in the report|be approved|',
  'the revised policy|be approved| and adopted with immediate effect',
  'a budget of {money} for {work}|be approved|',
  'the business case for {subject}|be approved|',
  'the action plan attached to the report|be approved|',
]);
const RECOMMENDED = bank('recommended', [
  '|It be recommended| to Council that the proposals for {subject} be approved',
  '|It be recommended| that Council adopts the revised policy on {subject}',
  '|Council be recommended| to approve the changes to {subject}',
]);
const ENDORSED = bank('endorsed', [
  'the direction of travel set out in the report|be endorsed|',
  'the draft proposals for {subject}|be endorsed| for public consultation',
  'the recommendations of {previousBody}|be endorsed|',
]);
const SCRUTINY = bank('recommended', [
  '|It be recommended| to the Cabinet that the proposals for {subject} be supported',
  '|It be recommended| to the Cabinet that further work be done on {subject} before a decision is taken',
]);
const RATIFIED = bank('approved', [
  'the recommendations of the Cabinet on {subject}|be approved|',
  'the recommendations of {previousBody}|be approved|',
]);
const EXTRA = [
  'authority be delegated to {director}, in consultation with the Cabinet Member for the portfolio, to finalise the detailed arrangements, including the terms of any agreement with partners',
  'officers be asked to report progress to {the} in {month}, setting out the costs incurred and the timetable for the remaining work',
  'the comments made at the meeting be passed to the Cabinet Member for consideration before a final decision is taken',
  '{director} be authorised to enter into the agreements needed to give effect to this decision',
  'a further consultation be carried out with residents, businesses and ward members in {place}',
  'the equality impact assessment attached to the report be noted and kept under review as the work proceeds',
  'the risks set out in the report be noted, and the risk register be updated before the next stage',
  'the thanks of {the} be recorded to the officers and partners involved',
  'the timetable set out in the report be approved, subject to any changes needed to meet the conditions of the funding',
  'the Chief Finance Officer be authorised to make the necessary changes to the budget',
];

function resolution(w: ItemWords, choice: { t: string; outcome: OutcomeValue | null }): Resolution {
  const [lead = '', verb = '', rest = ''] = choice.t.split('|').map((part) => w.say(part).trim());
  return { lead, verb, rest, outcome: choice.outcome };
}

export function extraResolution(w: ItemWords): Resolution {
  return { lead: w.say(w.rng.pick(EXTRA)), verb: '', rest: '', outcome: null };
}

/** The resolutions of a general item, the first of them carrying the outcome. */
export function generalResolutions(w: ItemWords, count: number): Resolution[] {
  const { rng, step } = w;
  const role = step.body.role;
  const previous = step.issue.steps[step.index - 1];
  let first;
  if (role === 'council' && previous) first = rng.pick(RATIFIED);
  else if (role.startsWith('scrutiny') && rng.chance(0.6)) first = rng.pick(SCRUTINY);
  else if (count === 1) first = rng.pick(rng.chance(0.55) ? NOTED : APPROVED);
  else {
    const next = step.issue.steps[step.index + 1];
    first = rng.pick(
      next?.body.role === 'council' && role === 'cabinet'
        ? RECOMMENDED
        : rng.pick([NOTED, APPROVED, APPROVED, ENDORSED]),
    );
  }
  // "The recommendations of ..." only where an earlier meeting made some.
  if (!previous && first.t.includes('{previousBody}')) first = ENDORSED[0]!;
  const out = [resolution(w, first)];
  const extras = rng.sample(EXTRA, count - 1);
  for (const t of extras) out.push({ lead: w.say(t), verb: '', rest: '', outcome: null });
  return out;
}

/** Why a decision was taken, as decision sheets print it under the resolution. */
export function reasons(w: ItemWords): string {
  return w.say(
    w.rng.pick([
      'Reasons for the decision: to allow {subject} to move on to the next stage, and to make sure the council meets its obligations.',
      'Reasons for the decision: the recommended option offers the best balance of cost, risk and benefit to residents.',
      'Reasons for the decision: members wished to see the outcome of the consultation before committing further resources.',
      'Alternative options considered: to do nothing, which was rejected because {explanation}.',
    ]),
  );
}
