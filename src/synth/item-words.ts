/**
 * The words an item's text is written with: who reported, which body sat, what the matter is
 * called, what came before, and fresh amounts and dates each time a template asks for one.
 */
import * as amount from './amounts.ts';
import { selfName } from './bodies.ts';
import { addMonths, financialYearOf, longDate, monthName } from './calendar.ts';
import { capitalise, fill, type Paragraph, type Slots } from './compose.ts';
import { GRAMMAR } from './grammar.ts';
import type { People } from './people.ts';
import type { PlannedStep } from './plan.ts';
import type { Random } from './random.ts';
import { FUNDERS, NEIGHBOURS, PLACES, RESERVES } from './vocabulary.ts';

export type ItemWords = {
  rng: Random;
  step: PlannedStep;
  people: People;
  /** The post of the officer who reports on this item ("Head of Finance"). */
  officerPost: string;
  slots: Slots;
  /** A template filled with this item's words. */
  say: (template: string) => string;
  /** A template filled and made a paragraph of its own. */
  para: (...templates: string[]) => Paragraph;
  /** A month some time after the meeting, as "March 2021". */
  laterMonth: (minMonths: number, maxMonths: number) => { text: string; iso: string };
};

export function itemWords(rng: Random, step: PlannedStep, people: People): ItemWords {
  const { issue } = step;
  const service = issue.topic.service;
  const previous = issue.steps[step.index - 1] ?? null;
  const councillors = people.councillors.slice(1);
  const member = () => rng.pick(councillors);
  const officerPost = rng.chance(0.5) ? service.head : service.director;
  const holder = people.portfolioHolder(service.portfolio);
  const the = selfName(step.body.name);
  const laterMonth = (min: number, max: number) => {
    const month = addMonths(step.date, rng.int(min, max));
    return { text: `${monthName(Number(month.slice(5)))} ${month.slice(0, 4)}`, iso: month };
  };
  const previousBody = previous ? `the ${previous.body.name}` : 'members';
  const slots: Slots = {
    the,
    The: capitalise(the),
    bodyName: step.body.name,
    subject: issue.topic.subject,
    Subject: capitalise(issue.topic.subject),
    place: [issue.topic.place, issue.topic.place, ...PLACES],
    officer: `the ${officerPost}`,
    Officer: `The ${officerPost}`,
    officerName: `${people.officer(officerPost)}, ${officerPost}`,
    director: `the ${service.director}`,
    portfolioHolder: `the Cabinet Member for ${service.portfolio}, ${holder}`,
    PortfolioHolder: `The Cabinet Member for ${service.portfolio}, ${holder}`,
    holder,
    leader: people.leader,
    member,
    member2: member,
    neighbour: [...NEIGHBOURS],
    funder: [...FUNDERS],
    reserve: [...RESERVES],
    unit: service.unit,
    previousBody,
    previousWhen:
      previous && !previous.undated
        ? `on ${longDate(previous.date)}`
        : previous
          ? 'earlier in the year'
          : 'earlier',
    fy: financialYearOf(step.date),
    month: () => laterMonth(2, 18).text,
    moneyK: () => amount.thousands(rng).text,
    moneyM: () => amount.millions(rng).text,
    money: () => amount.money(rng).text,
    pct: () => amount.percent(rng).text,
    pctRange: () => amount.percentRange(rng).text,
    staff: () =>
      rng.pick([
        `${rng.int(6, 60)} staff`,
        `${rng.int(3, 25)} officers`,
        `${amount.fteText(amount.posts(rng, 3, 30))} FTE`,
      ]),
    votesFor: () => String(rng.int(20, 34)),
    votesAgainst: () => String(rng.int(2, 15)),
    abstentions: () => rng.pick(['no', '1', '2', '3', '4']),
    households: () => `${rng.int(2, 40)},${String(rng.int(0, 9) * 100).padStart(3, '0')}`,
    years: () => String(rng.int(3, 10)),
    responses: () => String(rng.int(40, 1900)).replace(/\B(?=(\d{3})+$)/, ','),
    weeks: () => String(rng.pick([4, 6, 6, 8, 12])),
  };
  const say = (template: string) => fill(rng, template, slots, GRAMMAR);
  return {
    rng,
    step,
    people,
    officerPost,
    slots,
    say,
    para: (...templates) => [{ text: templates.map(say).join(' ') }],
    laterMonth,
  };
}
