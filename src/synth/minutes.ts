/**
 * Minutes for the matters most meetings deal with: a report introduced, questions, debate, and
 * what the body did about it, in the voice of the body that met (a committee "asked", a Council
 * "voted", a working group "discussed"). Each function returns paragraphs; the item decides how
 * many and where the decision goes.
 */
import * as amount from './amounts.ts';
import type { Paragraph } from './compose.ts';
import type { ItemWords } from './item-words.ts';

export type Length = 'short' | 'medium' | 'long';

const INTRO = [
  '{Officer} {introduced} the report, which {purpose}.',
  '{PortfolioHolder}, {introduced} the report and explained that {explanation}.',
  '{Officer} {introduced} the report. It was explained that {explanation}.',
  'The report of {officer}, which {purpose}, was presented by {officerName}.',
  '{PortfolioHolder}, introduced the item. The report {purpose}.',
];
/** Said only where the matter has been to a meeting before. */
const CONTEXT = [
  'Members were reminded that {previousBody} had considered {subject} {previousWhen} and had asked for {ask}.',
  '{Subject} had last been considered by {previousBody} {previousWhen}, when {earlierOutcome}.',
  'Since the matter was considered by {previousBody}, officers had {progress}.',
];
const BACKGROUND = [
  'The report set out {background}.',
  'The report described {background}, and the options that followed from it.',
  'An appendix to the report summarised {background}.',
];
const CONSULTATION = [
  'A public consultation had run for {weeks} weeks and had drawn {responses} responses.',
  'Some {pct} of those who responded to the consultation had supported the proposals.',
  'Most respondents had supported the proposals, although a number had raised {concern}.',
  'Drop-in sessions had been held in {place} and {place}, and had been well attended.',
];
const FACTS = [
  'The estimated cost of {work} was {moneyK}, which would be met from {reserve}.',
  'The budget for {subject} in {fy} was {moneyM}.',
  '{demand} had increased by {pct} over the previous year.',
  'The service employed {staff} and the proposals would not change that number.',
  'Income from {incomeSource} was forecast to reach {moneyK} in {fy}.',
  'A contingency of {pct} had been included in the estimates.',
  'Costs had risen by {pct} since the scheme was first proposed, largely because of {costReason}.',
  'Around {households} households {householdVerb}.',
  'The total value of the contract over {years} years was {moneyM}.',
  'Of the {moneyM} allocated in the capital programme, {moneyK} had been spent so far.',
  'The preferred option would cost {moneyK} a year less to run than the current arrangements.',
];
const RISKS = [
  'The main risks were {risk} and {risk}, both of which were set out in the risk register.',
  'Officers considered {risk} to be the greatest risk, and had planned for it.',
  'The report identified {risk} as a risk to the timetable.',
];
/** Questions with the answers that fit them. */
const EXCHANGES: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'whether the costs had been tested against other councils',
    [
      'the costs had been compared with those of {neighbour}',
      'an independent surveyor had checked the estimates',
    ],
  ],
  [
    'how residents would be kept informed',
    [
      'residents would be written to before any work started',
      'updates would be posted on the council’s website and sent to ward members',
    ],
  ],
  [
    'what would happen if the funding were not secured',
    [
      'the scheme would be scaled back to fit the money available',
      'the matter would come back to members before any commitment was made',
    ],
  ],
  [
    'whether the timetable was realistic',
    [
      'the timetable allowed for a further round of consultation',
      'the timetable had been agreed with the contractor and included some slack',
    ],
  ],
  [
    'how the proposals would affect staff',
    [
      'the trade unions had been involved from the start',
      'no compulsory redundancies were expected',
    ],
  ],
  [
    'whether parish and town councils had been consulted',
    [
      'every parish and town council had been written to',
      'the matter had been discussed at the Parish Liaison Forum',
    ],
  ],
  [
    'how success would be measured',
    [
      'performance would be reported to members every quarter',
      'a set of measures was attached to the report as an appendix',
    ],
  ],
  [
    'what the risks to the council were',
    [
      'the risks were set out in the register attached to the report',
      'the main risk was cost, and a contingency had been allowed for',
    ],
  ],
];
const DEBATE = [
  'Members welcomed {positive} but expressed concern about {concern}.',
  'Several members spoke in support of the proposals, noting {positive}.',
  '{member} said that {opinion}.',
  'There was a discussion about {concern}, and officers undertook to {officerAction}.',
  'Some members felt that {view}, while others considered that {counterOpinion}.',
  '{member} and {member2} both spoke about {concern}.',
];
const NEXT_STEPS = [
  'Subject to the decision, work would start in {month}.',
  'If the recommendations were agreed, the new arrangements would take effect from {month}.',
  'A further update would be brought to members once the tender had been evaluated.',
  'The next steps were set out in the timetable at the end of the report.',
];
const CLOSE_BY_ROLE: Record<string, readonly string[]> = {
  council: [
    'The Leader of the Council, {leader}, moved the recommendations, which were seconded by {member}.',
    'On being put to the vote, the recommendations were carried by {votesFor} votes to {votesAgainst}, with {abstentions} abstentions.',
    'An amendment moved by {member}, seeking a further report on {concern}, was put to the vote and lost.',
  ],
  cabinet: [
    '{PortfolioHolder}, commended the recommendations to the Cabinet.',
    'The Leader thanked officers for the report and said that the Cabinet would follow progress closely.',
    'The Cabinet considered the options set out in the report and the reasons for the recommended option.',
  ],
  scrutiny: [
    'The Committee asked that its comments be passed to the Cabinet Member before a decision was taken.',
    'Members of the Committee asked to see the matter again once the consultation had closed.',
    'The Committee considered whether to make recommendations to the Cabinet and felt that it should.',
  ],
  group: [
    'The Group discussed {subject} in detail and asked officers to {officerAction}.',
    'Members of the Group asked for a revised draft to be brought to the next meeting of the Group.',
    'The Group went through the draft section by section.',
  ],
  other: [
    '{The} received the update and asked to be kept informed.',
    '{The} asked officers to {officerAction}.',
    'Members of {the} thanked officers for their work.',
  ],
};

function closingsFor(w: ItemWords): readonly string[] {
  const { role, name } = w.step.body;
  if (role === 'council') return CLOSE_BY_ROLE.council!;
  if (role === 'cabinet') return CLOSE_BY_ROLE.cabinet!;
  if (role.includes('scrutiny')) return CLOSE_BY_ROLE.scrutiny!;
  if (/Group$/.test(name)) return CLOSE_BY_ROLE.group!;
  return CLOSE_BY_ROLE.other!;
}

/**
 * Draws sentences for one item without repeating one: minutes that say the same thing twice
 * read as made up.
 */
function drawer(w: ItemWords) {
  const used = new Set<string>();
  return (bank: readonly string[], count = 1): string[] => {
    const fresh = bank.filter((t) => !used.has(t));
    const chosen = w.rng.sample(fresh, Math.min(count, fresh.length));
    for (const t of chosen) used.add(t);
    return chosen.map((t) => w.say(t));
  };
}

function exchange(w: ItemWords, used: Set<number>): string {
  const { rng } = w;
  const options = EXCHANGES.map((_, k) => k).filter((k) => !used.has(k));
  const k = rng.pick(options.length ? options : [0]);
  used.add(k);
  const [question, answers] = EXCHANGES[k]!;
  const answer = rng.pick(answers);
  return w.say(
    rng.pick([
      `In response to a question from {member} about ${question}, {officer} confirmed that ${answer}.`,
      `{member} asked ${question}. {Officer} replied that ${answer}.`,
      `Asked ${question}, {officer} explained that ${answer}.`,
    ]),
  );
}

export function generalMinutes(w: ItemWords, length: Length): Paragraph[] {
  const { rng } = w;
  const draw = drawer(w);
  const asked = new Set<number>();
  const para = (...sentences: string[]): Paragraph => [{ text: sentences.join(' ') }];
  const previous = w.step.issue.steps[w.step.index - 1];
  const paragraphs: Paragraph[] = [para(...draw(INTRO))];
  if (previous && rng.chance(0.7)) paragraphs.push(para(...draw(CONTEXT)));
  // The middle of the minutes: a mix of what the report said and what members made of it.
  const moves: Array<() => Paragraph> = [
    () => para(...draw(BACKGROUND), ...draw(FACTS)),
    () => para(...draw(FACTS, rng.int(1, 2))),
    () => para(...draw(CONSULTATION, rng.int(1, 2))),
    () => para(exchange(w, asked), ...(rng.chance(0.5) ? [exchange(w, asked)] : [])),
    () => para(...draw(DEBATE, rng.int(1, 2))),
    () => para(...draw(RISKS)),
    () => para(exchange(w, asked)),
    () => para(...draw(DEBATE)),
    () => para(...draw(FACTS), ...draw(NEXT_STEPS)),
    () => para(exchange(w, asked), ...draw(DEBATE)),
  ];
  const count =
    length === 'short' ? rng.int(2, 3) : length === 'medium' ? rng.int(5, 7) : rng.int(8, 10);
  const order = [
    0,
    ...rng.sample(
      moves.slice(1).map((_, k) => k + 1),
      moves.length - 1,
    ),
  ];
  for (const k of order.slice(0, count)) paragraphs.push(moves[k]!());
  paragraphs.push(para(...draw(closingsFor(w), length === 'short' ? 1 : rng.int(1, 2))));
  if (length === 'long') paragraphs.push(para(w.say('{thanks}')));
  return paragraphs;
}

/** Budgets, monitoring, treasury and company reports: the same shape, with the money in front. */
export function budgetMinutes(w: ItemWords, length: Length): Paragraph[] {
  const { rng } = w;
  const rise = amount.taxRise(rng);
  const FIGURES = [
    'The forecast outturn was an overspend of {moneyK} against a net budget of {moneyM}.',
    'The forecast outturn was an underspend of {moneyK}, mainly because of vacant posts and higher income from {incomeSource}.',
    `The proposals included savings of {moneyK} and a council tax increase of ${rise.text}, which would set the charge for a Band D property at ${amount.bandD(rng)}.`,
    'General fund reserves were forecast to stand at {moneyM} at the end of the year.',
    'The capital programme totalled {moneyM} over the next four years.',
    'Investment income for the year was {moneyK}, a return of {pct} on the balances held.',
    'Borrowing stood at {moneyM}, all of it within the limits approved by the Council.',
    'Fees and charges were proposed to rise by an average of {pct}.',
  ];
  const paragraphs: Paragraph[] = [
    w.para(
      rng.pick([
        '{PortfolioHolder}, {introduced} the report on {subject}.',
        '{Officer} {introduced} the report on {subject}, which {purpose}.',
        'The Chief Finance Officer {introduced} the report on {subject}.',
      ]),
    ),
  ];
  const asked = new Set<number>();
  const draw = drawer(w);
  const body = length === 'short' ? 2 : length === 'medium' ? rng.int(4, 5) : rng.int(7, 9);
  for (let k = 0; k < body; k += 1) {
    paragraphs.push(
      k % 2 === 0 && k < 6
        ? [{ text: draw(FIGURES, rng.int(1, 2)).join(' ') }]
        : k % 2 === 0
          ? [{ text: draw(RISKS).concat(draw(NEXT_STEPS)).join(' ') }]
          : [
              {
                text: [
                  exchange(w, asked),
                  ...(rng.chance(0.4) ? [w.say(rng.pick(DEBATE))] : []),
                ].join(' '),
              },
            ],
    );
  }
  paragraphs.push(w.para(rng.pick(closingsFor(w))));
  return paragraphs;
}

export function auditMinutes(w: ItemWords, length: Length): Paragraph[] {
  const { rng } = w;
  const auditor = rng.pick([
    'the external auditor',
    'the engagement lead for the external auditors',
    'the Audit Manager',
  ]);
  const SENTENCES = [
    `${rng.int(4, 30)} recommendations had been made, of which ${rng.int(0, 4)} were rated as high priority.`,
    'Internal audit had completed {pct} of the planned work for the year.',
    'The auditors expected to give an unqualified opinion on the accounts.',
    'No significant weaknesses had been found in the arrangements for securing value for money.',
    'The fee for the audit would be {moneyK}, an increase of {pct} on the previous year.',
    'Three audits had been given limited assurance, and the managers concerned had agreed action plans.',
    'Members asked about the recommendations that were overdue; officers explained that {answer}.',
    '{member} asked about the timetable for the remaining work, and {officer} undertook to {officerAction}.',
    'The Committee noted that the annual fraud risk assessment had been updated.',
    'The Audit Manager explained that the plan had been drawn up after discussions with every director.',
  ];
  const paragraphs: Paragraph[] = [
    w.para(`${capital(auditor)} presented the report on {subject}.`),
  ];
  const draw = drawer(w);
  const body = length === 'short' ? 2 : length === 'medium' ? 3 : rng.int(4, 5);
  for (let k = 0; k < body; k += 1) paragraphs.push([{ text: draw(SENTENCES, 2).join(' ') }]);
  paragraphs.push(w.para(rng.pick(closingsFor(w))));
  return paragraphs;
}

export function motionMinutes(w: ItemWords, length: Length): Paragraph[] {
  const { rng } = w;
  const paragraphs: Paragraph[] = [
    w.para(
      rng.pick([
        '{member} presented {subject}, which had been seconded by {member2}.',
        'The Mayor invited {member} to speak to {subject}.',
      ]),
      'It asked the Council to take further action on {concern}.',
    ),
    w.para('In speaking to the item, {member} said that {opinion}.'),
  ];
  if (length !== 'short') {
    paragraphs.push(w.para('{PortfolioHolder}, responded that {answer}.'));
    paragraphs.push([{ text: drawer(w)(DEBATE, 2).join(' ') }]);
  }
  paragraphs.push(
    w.para(
      rng.pick([
        'On being put to the vote, the motion was carried by {votesFor} votes to {votesAgainst}.',
        'On being put to the vote, the motion was lost.',
        'The matter was referred to the Cabinet Member for a written response.',
      ]),
    ),
  );
  return paragraphs;
}

export function appointmentMinutes(w: ItemWords): Paragraph[] {
  const { rng } = w;
  return [
    w.para(
      `The Committee interviewed ${rng.int(2, 6)} shortlisted candidates for the post, having received a report on the recruitment process from the Head of Human Resources.`,
    ),
    w.para(
      'Members discussed the candidates’ presentations and their answers to the questions put to them.',
      rng.pick([
        'Following the interviews, members reached a unanimous view.',
        'Following the interviews, members reached a view by a majority.',
      ]),
    ),
  ];
}

/**
 * The opening of an item whose page lost its meeting line: the body named in the words, so the
 * importer can tell who met, and no date near it, since the record does not say when.
 */
export function undatedOpening(w: ItemWords): Paragraph {
  return w.para(`The ${w.step.body.name} considered the report of {officer}, which {purpose}.`);
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
