/**
 * Kinds of issue and the paths they take through the council. An issue starts at a meeting of
 * its family's body and moves on along one of its flows: a scrutiny review goes to Cabinet and
 * perhaps to Council; a project comes back to the same bodies for years. A role of
 * "svc-scrutiny" is the scrutiny committee of the issue's own service.
 */
import type { Role } from './bodies.ts';
import { financialYearOf, monthYear, yearOf } from './calendar.ts';
import type { Random } from './random.ts';
import { SERVICES, TITLE_STAGES, type Service, serviceByKey } from './services.ts';
import { BUILDINGS, COMPANIES, FARMS, PLACES, PUBS, SHOPS, STREETS } from './vocabulary.ts';

export type FlowRole = Role | 'svc-scrutiny';
export type Style =
  'general' | 'planning' | 'licensing' | 'budget' | 'audit' | 'motion' | 'appointment';

export type Topic = { title: string; subject: string; service: Service; place: string };

export type Family = {
  key: string;
  start: Role;
  /** How often, among the families that start at the same body. */
  weight: number;
  flows: ReadonlyArray<readonly [readonly FlowRole[], number]>;
  /** Days between one step and the next, at least and at most. */
  gap: readonly [number, number];
  style: Style;
  topic: (rng: Random, date: string) => Topic;
};

const QUARTERS = ['Quarter One', 'Quarter Two', 'Quarter Three', 'Quarter Four'] as const;

/** A topic of one of the given services, with a stage after its title now and then. */
function serviceTopic(keys: readonly string[]) {
  return (rng: Random): Topic => {
    const service = serviceByKey(rng.pick(keys));
    const [title, subject] = rng.pick(service.topics);
    const place = rng.pick(PLACES);
    return {
      title: `${title.replace('{place}', place)}${rng.pick(TITLE_STAGES)}`,
      subject: subject.replace('{place}', place),
      service,
      place,
    };
  };
}

const scrutinyTopic = (role: Role) =>
  serviceTopic(SERVICES.filter((svc) => svc.scrutiny === role).map((svc) => svc.key));

/** Titles that name their year, as budgets and returns do, each with what the minutes call it. */
function periodTopic(serviceKey: string, forms: ReadonlyArray<readonly [string, string]>) {
  return (rng: Random, date: string): Topic => {
    const fy = financialYearOf(date);
    // Budgets are set for the year to come: the financial year after the one the meeting is in.
    const next = financialYearOf(`${yearOf(date) + 1}${date.slice(4)}`);
    const [title, subject] = rng.pick(forms);
    // Drawn once, so that the title and the minutes name the same quarter and company.
    const quarter = rng.pick(QUARTERS);
    const company = rng.pick(COMPANIES);
    const fill = (t: string) =>
      t
        .replace('{fy}', fy)
        .replace('{nextFy}', next)
        .replace('{quarter}', quarter)
        .replace('{month}', monthYear(date))
        .replace('{company}', company);
    return {
      title: fill(title),
      subject: fill(subject),
      service: serviceByKey(serviceKey),
      place: rng.pick(PLACES),
    };
  };
}

function planningApplication(rng: Random, date: string): Topic {
  const year = String(yearOf(date) % 100).padStart(2, '0');
  const reference = `${year}/${String(rng.int(100, 1999)).padStart(5, '0')}/${rng.pick(['FUL', 'FUL', 'OUT', 'REM', 'HOU', 'LBC'])}`;
  const place = rng.pick(PLACES);
  const site = rng.pick([
    `Land at ${rng.pick(FARMS)}, ${rng.pick(STREETS)}, ${place}`,
    `${rng.int(1, 160)} ${rng.pick(STREETS)}, ${place}`,
    `${rng.pick(BUILDINGS)}, ${rng.pick(STREETS)}, ${place}`,
    `Land to the rear of ${rng.int(2, 90)} ${rng.pick(STREETS)}, ${place}`,
  ]);
  return {
    title: `${reference} - ${site}`,
    subject: 'the application',
    service: serviceByKey('planning'),
    place,
  };
}

function licenceHearing(rng: Random): Topic {
  const place = rng.pick(PLACES);
  const premises = rng.chance(0.6)
    ? `${rng.pick(PUBS)}, ${rng.pick(STREETS)}, ${place}`
    : `${place} ${rng.pick(SHOPS)}, ${rng.int(1, 120)} ${rng.pick(STREETS)}`;
  const [kind, subject] = rng.pick([
    ['Application for a Premises Licence', 'the application for a premises licence'],
    ['Application to Vary a Premises Licence', 'the application to vary the premises licence'],
    ['Review of a Premises Licence', 'the review of the premises licence'],
  ] as const);
  return {
    title: `${kind}: ${premises}`,
    subject,
    service: serviceByKey('licensing'),
    place,
  };
}

function appointment(rng: Random, date: string): Topic {
  const post = rng.pick([
    'Chief Executive',
    'Director of Place',
    'Director of Resources',
    'Director of Communities',
    'Director of Environment',
    'Monitoring Officer',
    'Head of Finance',
    'Head of Planning',
    'Head of Housing Services',
  ]);
  return {
    title: `Appointment of the ${post} (${monthYear(date)})`,
    subject: `the appointment of the ${post}`,
    service: serviceByKey('people'),
    place: rng.pick(PLACES),
  };
}

function motion(rng: Random): Topic {
  const topic = serviceTopic(SERVICES.map((svc) => svc.key))(rng);
  const [form, stem] = rng.pick([
    ['Notice of Motion', 'the motion on'],
    ['Petition', 'the petition about'],
    ['Question Time', 'questions about'],
  ] as const);
  return {
    ...topic,
    title: `${form}: ${topic.title.replace(/:.*$| - .*$/, '')}`,
    subject: `${stem} ${topic.subject}`,
  };
}

const ALL_GENERAL = SERVICES.filter(
  (svc) => !['planning', 'licensing', 'governance', 'people', 'harbour'].includes(svc.key),
).map((svc) => svc.key);

export const FAMILIES: readonly Family[] = [
  {
    key: 'planning-application',
    start: 'planning',
    weight: 1,
    flows: [
      [['planning'], 0.8],
      [['planning', 'planning'], 0.15],
      [['planning', 'planning', 'planning'], 0.05],
    ],
    gap: [21, 56],
    style: 'planning',
    topic: planningApplication,
  },
  {
    key: 'planning-policy',
    start: 'planning-policy',
    weight: 1,
    flows: [
      [['planning-policy'], 0.15],
      [['planning-policy', 'planning-policy'], 0.2],
      [['planning-policy', 'cabinet'], 0.15],
      [['planning-policy', 'planning-policy', 'cabinet', 'council'], 0.25],
      [['planning-policy', 'planning-policy', 'planning-policy', 'cabinet', 'council'], 0.25],
    ],
    gap: [21, 70],
    style: 'general',
    topic: serviceTopic(['planning']),
  },
  {
    key: 'local-plan',
    start: 'local-plan-wg',
    weight: 1,
    flows: [
      [['local-plan-wg', 'local-plan-wg', 'local-plan-wg'], 0.3],
      [['local-plan-wg', 'local-plan-wg', 'planning-policy', 'cabinet', 'council'], 0.4],
      [
        [
          'local-plan-wg',
          'local-plan-wg',
          'local-plan-wg',
          'local-plan-wg',
          'planning-policy',
          'cabinet',
          'council',
          'cabinet',
        ],
        0.3,
      ],
    ],
    gap: [28, 100],
    style: 'general',
    topic: serviceTopic(['planning']),
  },
  {
    key: 'licence-hearing',
    start: 'licensing-sub',
    weight: 1,
    flows: [
      [['licensing-sub'], 0.85],
      [['licensing-sub', 'licensing-sub'], 0.15],
    ],
    gap: [14, 42],
    style: 'licensing',
    topic: licenceHearing,
  },
  {
    key: 'licensing-policy',
    start: 'licensing',
    weight: 1,
    flows: [
      [['licensing'], 0.2],
      [['licensing', 'licensing'], 0.3],
      [['licensing', 'licensing', 'council'], 0.3],
      [['licensing', 'licensing', 'licensing', 'council'], 0.2],
    ],
    gap: [21, 60],
    style: 'general',
    topic: serviceTopic(['licensing']),
  },
  {
    key: 'audit-return',
    start: 'audit',
    weight: 0.6,
    flows: [
      [['audit'], 0.4],
      [['audit', 'audit'], 0.25],
      [['audit', 'audit', 'audit', 'council'], 0.15],
      [['audit', 'audit', 'audit', 'audit'], 0.2],
    ],
    gap: [40, 120],
    style: 'audit',
    topic: periodTopic('finance', [
      ['Internal Audit Plan {fy}', 'the internal audit plan for {fy}'],
      ['Internal Audit Progress Report {month}', 'progress against the internal audit plan'],
      ['External Audit Plan {fy}', 'the external auditor’s plan for {fy}'],
      ['Annual Governance Statement {fy}', 'the annual governance statement'],
      ['Statement of Accounts {fy}', 'the statement of accounts for {fy}'],
      ['Counter Fraud Report {fy}', 'the council’s counter fraud work'],
      ['Strategic Risk Register {month}', 'the strategic risk register'],
      ['Annual Audit Letter {fy}', 'the external auditor’s annual letter'],
    ]),
  },
  {
    key: 'audit-policy',
    start: 'audit',
    weight: 0.4,
    flows: [
      [['audit'], 0.4],
      [['audit', 'audit'], 0.3],
      [['audit', 'audit', 'council'], 0.3],
    ],
    gap: [40, 120],
    style: 'general',
    topic: serviceTopic(['governance', 'finance']),
  },
  {
    key: 'standards',
    start: 'standards',
    weight: 1,
    flows: [
      [['standards'], 0.3],
      [['standards', 'standards'], 0.3],
      [['standards', 'standards', 'council'], 0.4],
    ],
    gap: [30, 90],
    style: 'general',
    topic: serviceTopic(['governance']),
  },
  {
    key: 'cabinet-decision',
    start: 'cabinet',
    weight: 0.85,
    flows: [
      [['cabinet'], 0.2],
      [['cabinet', 'council'], 0.2],
      [['cabinet', 'svc-scrutiny', 'cabinet'], 0.15],
      [['cabinet', 'cabinet'], 0.1],
      [['cabinet', 'cabinet', 'council', 'cabinet', 'cabinet'], 0.15],
      [['cabinet', 'svc-scrutiny', 'cabinet', 'council', 'cabinet', 'cabinet'], 0.1],
      [['cabinet', 'svc-scrutiny', 'svc-scrutiny', 'cabinet'], 0.1],
    ],
    gap: [28, 110],
    style: 'general',
    topic: serviceTopic(ALL_GENERAL),
  },
  {
    key: 'budget',
    start: 'cabinet',
    weight: 0.15,
    flows: [
      [['cabinet'], 0.2],
      [['cabinet', 'council'], 0.6],
      [['cabinet', 'cabinet', 'council'], 0.2],
    ],
    gap: [14, 40],
    style: 'budget',
    topic: periodTopic('finance', [
      [
        'Revenue Budget and Council Tax {nextFy}',
        'the revenue budget and council tax for {nextFy}',
      ],
      ['Capital Programme {nextFy}', 'the capital programme for {nextFy}'],
      ['Medium Term Financial Strategy {fy}', 'the medium term financial strategy'],
      ['Budget Monitoring {fy}: {quarter}', 'the budget position for {fy}'],
      ['Fees and Charges {nextFy}', 'fees and charges for {nextFy}'],
      ['Revenue Outturn {fy}', 'the revenue outturn for {fy}'],
    ]),
  },
  ...(['scrutiny', 'scrutiny-economy', 'scrutiny-environment', 'scrutiny-social'] as const).map(
    (role): Family => ({
      key: `review-${role}`,
      start: role,
      weight: 1,
      flows: [
        [[role], 0.1],
        [[role, role], 0.15],
        [[role, 'cabinet'], 0.15],
        [[role, 'cabinet', 'council'], 0.2],
        [[role, role, 'cabinet', 'council'], 0.15],
        [[role, role, 'cabinet', role, 'cabinet', 'council'], 0.15],
        [[role, role, role, role], 0.1],
      ],
      gap: [21, 80],
      style: 'general',
      topic: scrutinyTopic(role),
    }),
  ),
  {
    key: 'budget-scrutiny',
    start: 'budget-scrutiny',
    weight: 1,
    flows: [
      [['budget-scrutiny'], 0.2],
      [['budget-scrutiny', 'cabinet', 'council'], 0.5],
      [['budget-scrutiny', 'budget-scrutiny', 'cabinet', 'council'], 0.3],
    ],
    gap: [14, 45],
    style: 'budget',
    topic: periodTopic('finance', [
      ['Budget Proposals {nextFy}', 'the budget proposals for {nextFy}'],
      ['Budget Monitoring {fy}: {quarter} Scrutiny', 'the budget position for {fy}'],
      ['Savings Options {nextFy}', 'the savings options for {nextFy}'],
    ]),
  },
  {
    key: 'budget-working-group',
    start: 'budget-wg',
    weight: 1,
    flows: [
      [['budget-wg', 'budget-wg'], 0.3],
      [['budget-wg', 'cabinet'], 0.2],
      [['budget-wg', 'budget-wg', 'cabinet', 'council'], 0.5],
    ],
    gap: [21, 60],
    style: 'budget',
    topic: periodTopic('finance', [
      ['Savings Proposals {nextFy}: {month}', 'the savings proposals for {nextFy}'],
      ['Reserves Review {fy}: {month}', 'the review of reserves'],
      ['Income Generation Options {nextFy}: {month}', 'the options for raising income'],
    ]),
  },
  {
    key: 'staffing',
    start: 'staff',
    weight: 1,
    flows: [
      [['staff'], 0.2],
      [['staff', 'staff'], 0.25],
      [['staff', 'council'], 0.2],
      [['staff', 'staff', 'cabinet', 'council'], 0.2],
      [['staff', 'staff', 'staff', 'staff', 'council'], 0.15],
    ],
    gap: [21, 70],
    style: 'general',
    topic: serviceTopic(['people']),
  },
  {
    key: 'appointment',
    start: 'appointments',
    weight: 1,
    flows: [
      [['appointments'], 0.5],
      [['appointments', 'appointments'], 0.3],
      [['appointments', 'appointments', 'council'], 0.2],
    ],
    gap: [14, 40],
    style: 'appointment',
    topic: appointment,
  },
  {
    key: 'health',
    start: 'health-board',
    weight: 1,
    flows: [
      [['health-board'], 0.2],
      [['health-board', 'health-board'], 0.3],
      [['health-board', 'health-board', 'health-board'], 0.25],
      [['health-board', 'health-board', 'health-board', 'health-board', 'health-board'], 0.25],
    ],
    gap: [40, 120],
    style: 'general',
    topic: serviceTopic(['health', 'community']),
  },
  {
    key: 'joint-waste',
    start: 'joint-waste',
    weight: 1,
    flows: [
      [['joint-waste'], 0.2],
      [['joint-waste', 'joint-waste'], 0.3],
      [['joint-waste', 'joint-waste', 'joint-waste', 'joint-waste'], 0.3],
      [['joint-waste', 'joint-waste', 'cabinet'], 0.2],
    ],
    gap: [28, 80],
    style: 'general',
    topic: serviceTopic(['waste']),
  },
  {
    key: 'treasury',
    start: 'treasury',
    weight: 1,
    flows: [
      [['treasury'], 0.3],
      [['treasury', 'audit', 'council'], 0.5],
      [['treasury', 'treasury', 'audit', 'council'], 0.2],
    ],
    gap: [14, 50],
    style: 'budget',
    topic: periodTopic('finance', [
      ['Treasury Management Strategy {nextFy}', 'the treasury management strategy'],
      ['Treasury Management Mid-Year Review {fy}', 'treasury management in the first half of {fy}'],
      ['Treasury Management Outturn {fy}', 'treasury management in {fy}'],
      ['Investment Strategy {nextFy}: {month}', 'the investment strategy'],
    ]),
  },
  {
    key: 'climate',
    start: 'climate-wg',
    weight: 1,
    flows: [
      [['climate-wg', 'climate-wg'], 0.3],
      [['climate-wg', 'climate-wg', 'climate-wg'], 0.2],
      [['climate-wg', 'climate-wg', 'scrutiny-environment', 'cabinet', 'council'], 0.5],
    ],
    gap: [28, 90],
    style: 'general',
    topic: serviceTopic(['climate']),
  },
  {
    key: 'constitution',
    start: 'constitution-wg',
    weight: 1,
    flows: [
      [['constitution-wg', 'constitution-wg'], 0.3],
      [['constitution-wg', 'standards', 'council'], 0.4],
      [['constitution-wg', 'constitution-wg', 'constitution-wg', 'standards', 'council'], 0.3],
    ],
    gap: [21, 70],
    style: 'general',
    topic: serviceTopic(['governance']),
  },
  {
    key: 'member-development',
    start: 'member-development',
    weight: 1,
    flows: [
      [['member-development'], 0.4],
      [['member-development', 'member-development'], 0.4],
      [['member-development', 'member-development', 'member-development'], 0.2],
    ],
    gap: [30, 90],
    style: 'general',
    topic: serviceTopic(['governance', 'people']),
  },
  {
    key: 'town-centre',
    start: 'town-centre-board',
    weight: 1,
    flows: [
      [['town-centre-board', 'town-centre-board'], 0.3],
      [['town-centre-board', 'town-centre-board', 'cabinet'], 0.3],
      [
        [
          'town-centre-board',
          'town-centre-board',
          'cabinet',
          'council',
          'town-centre-board',
          'cabinet',
        ],
        0.4,
      ],
    ],
    gap: [28, 100],
    style: 'general',
    topic: serviceTopic(['regeneration', 'economy', 'parking']),
  },
  {
    key: 'community-safety',
    start: 'community-safety',
    weight: 1,
    flows: [
      [['community-safety'], 0.3],
      [['community-safety', 'community-safety'], 0.3],
      [['community-safety', 'community-safety', 'community-safety'], 0.2],
      [['community-safety', 'scrutiny-social'], 0.2],
    ],
    gap: [28, 80],
    style: 'general',
    topic: serviceTopic(['safety']),
  },
  {
    key: 'parish-forum',
    start: 'parish-forum',
    weight: 1,
    flows: [
      [['parish-forum'], 0.5],
      [['parish-forum', 'parish-forum'], 0.35],
      [['parish-forum', 'parish-forum', 'parish-forum'], 0.15],
    ],
    gap: [30, 90],
    style: 'general',
    topic: serviceTopic(['planning', 'parking', 'waste', 'parks', 'community']),
  },
  {
    key: 'harbour',
    start: 'harbour-board',
    weight: 1,
    flows: [
      [['harbour-board'], 0.25],
      [['harbour-board', 'harbour-board'], 0.3],
      [['harbour-board', 'cabinet'], 0.2],
      [['harbour-board', 'harbour-board', 'cabinet', 'council', 'harbour-board'], 0.25],
    ],
    gap: [28, 90],
    style: 'general',
    topic: serviceTopic(['harbour']),
  },
  {
    key: 'shareholder',
    start: 'shareholder',
    weight: 1,
    flows: [
      [['shareholder'], 0.3],
      [['shareholder', 'shareholder'], 0.3],
      [['shareholder', 'cabinet'], 0.2],
      [['shareholder', 'cabinet', 'council'], 0.2],
    ],
    gap: [21, 70],
    style: 'budget',
    topic: periodTopic('assets', [
      ['{company} Ltd Business Plan {nextFy}', 'the business plan of {company} Ltd'],
      ['{company} Ltd Annual Accounts {fy}', 'the annual accounts of {company} Ltd'],
      ['{company} Ltd Performance Report {month}', 'the performance of {company} Ltd'],
    ]),
  },
  {
    key: 'leisure-contract',
    start: 'leisure-panel',
    weight: 1,
    flows: [
      [['leisure-panel'], 0.2],
      [['leisure-panel', 'leisure-panel'], 0.3],
      [['leisure-panel', 'leisure-panel', 'leisure-panel', 'leisure-panel'], 0.3],
      [['leisure-panel', 'cabinet'], 0.2],
    ],
    gap: [28, 80],
    style: 'general',
    topic: serviceTopic(['leisure']),
  },
  {
    key: 'motion',
    start: 'council',
    weight: 1,
    flows: [
      [['council'], 0.7],
      [['council', 'cabinet'], 0.2],
      [['council', 'cabinet', 'council'], 0.1],
    ],
    gap: [28, 80],
    style: 'motion',
    topic: motion,
  },
];
