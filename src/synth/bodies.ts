/**
 * The bodies of the synthetic council: who meets, how often, and when a body is dissolved or
 * renamed. A renamed body is two bodies in the record, as ModernGov keeps it: the old name,
 * dissolved, and the new one from the day of the change. Lifespans are fractions of the record's
 * span, so a one-year council has the same bodies as a ten-year one, only closer together.
 *
 * Each body serves a role ("scrutiny-economy"); an issue's path names roles, and the body that
 * serves the role on the day is the one its item goes to.
 */
export type Role =
  | 'council'
  | 'cabinet'
  | 'planning'
  | 'planning-policy'
  | 'licensing'
  | 'licensing-sub'
  | 'audit'
  | 'standards'
  | 'scrutiny'
  | 'scrutiny-economy'
  | 'scrutiny-environment'
  | 'scrutiny-social'
  | 'budget-scrutiny'
  | 'staff'
  | 'appointments'
  | 'health-board'
  | 'joint-waste'
  | 'treasury'
  | 'local-plan-wg'
  | 'budget-wg'
  | 'climate-wg'
  | 'constitution-wg'
  | 'member-development'
  | 'town-centre-board'
  | 'community-safety'
  | 'parish-forum'
  | 'harbour-board'
  | 'shareholder'
  | 'leisure-panel';

export type BodyPlan = {
  role: Role;
  name: string;
  /** Where in the record's span (0 to 1) the body starts and stops meeting. */
  from: number;
  to: number;
  /** Meetings a year while it exists, before the council-wide scaling. */
  rate: number;
  /** New issues that start at one of its meetings, on average. */
  starts: number;
  /** The first agenda number an issue's item gets: the items before are apologies and minutes. */
  firstItem: number;
  /** Whether it sits through August like the regulatory committees do. */
  summer: boolean;
};

const body = (
  role: Role,
  name: string,
  rate: number,
  starts: number,
  extra: Partial<Pick<BodyPlan, 'from' | 'to' | 'firstItem' | 'summer'>> = {},
): BodyPlan => ({
  role,
  name,
  rate,
  starts,
  from: extra.from ?? 0,
  to: extra.to ?? 1,
  firstItem: extra.firstItem ?? 3,
  summer: extra.summer ?? false,
});

export const BODY_PLANS: readonly BodyPlan[] = [
  body('council', 'Council', 10, 1.2, { firstItem: 6 }),
  body('cabinet', 'Cabinet', 20, 3.2, { firstItem: 4 }),
  body('planning', 'Planning Committee', 22, 3.6, { firstItem: 5, summer: true }),
  body('planning-policy', 'Planning Policy Committee', 8, 2.2),
  body('licensing', 'Licensing Committee', 6, 2.5),
  body('licensing-sub', 'Licensing Sub-Committee', 16, 1.2, { summer: true, firstItem: 4 }),
  body('audit', 'Audit and Governance Committee', 7, 4.2),
  body('standards', 'Standards Committee', 5, 2),
  body('scrutiny', 'Overview and Scrutiny Committee', 12, 3.2, { firstItem: 5 }),
  // Renamed part-way through: the old name is dissolved on the day the new one starts.
  body(
    'scrutiny-economy',
    'Economy and Business Improvement Overview and Scrutiny Committee',
    9,
    2.6,
    { to: 0.4 },
  ),
  body('scrutiny-economy', 'Economy and Growth Scrutiny Committee', 9, 2.6, { from: 0.4 }),
  body('scrutiny-environment', 'Environment Overview and Scrutiny Committee', 9, 2.6, {
    to: 0.6,
  }),
  body('scrutiny-environment', 'Climate and Environment Scrutiny Committee', 9, 2.6, {
    from: 0.6,
  }),
  body('scrutiny-social', 'Social and Community Overview and Scrutiny Committee', 9, 2.6),
  body('budget-scrutiny', 'Budget Scrutiny Panel', 6, 1.6, { to: 0.55 }),
  body('staff', 'Staff and Support Services Committee', 7, 2.4, { to: 0.3 }),
  body('staff', 'Employment Committee', 7, 2.4, { from: 0.3 }),
  body('appointments', 'Appointments Committee', 5, 1.2),
  body('health-board', 'Health and Wellbeing Board', 7, 3),
  body('joint-waste', 'Joint Waste Committee', 6, 2.6),
  body('treasury', 'Treasury Management Panel', 5, 2),
  body('local-plan-wg', 'Local Plan Working Group', 11, 1.4, { from: 0.1, to: 0.7 }),
  body('budget-wg', 'Budget Working Group', 8, 1.6),
  body('climate-wg', 'Climate Emergency Working Group', 9, 1.8, { from: 0.45 }),
  body('constitution-wg', 'Constitution Working Group', 5, 1.6),
  body('member-development', 'Member Development Panel', 4, 1.8),
  body('town-centre-board', 'Town Centre Regeneration Board', 9, 1.8, { from: 0.15, to: 0.8 }),
  body('community-safety', 'Community Safety Partnership Board', 6, 2.6),
  body('parish-forum', 'Parish Liaison Forum', 5, 3),
  body('harbour-board', 'Harbour Board', 8, 2.8),
  body('shareholder', 'Shareholder Committee', 6, 2.2, { from: 0.35 }),
  body('leisure-panel', 'Leisure Contract Monitoring Panel', 6, 2.2, { to: 0.6 }),
];

/**
 * Where a role's body has gone: a later step of an issue that finds its role's body dissolved
 * goes to the body that took the work on.
 */
export const ROLE_FALLBACK: Partial<Record<Role, Role>> = {
  'budget-scrutiny': 'scrutiny',
  'local-plan-wg': 'planning-policy',
  'town-centre-board': 'scrutiny-economy',
  'leisure-panel': 'scrutiny-social',
  'climate-wg': 'scrutiny-environment',
  shareholder: 'cabinet',
};

/** How the minutes refer to the body itself: "the Committee", "the Board". */
export function selfName(name: string): string {
  if (name === 'Council') return 'the Council';
  if (name === 'Cabinet') return 'the Cabinet';
  const last = name.split(' ').at(-1)!;
  if (last === 'Sub-Committee') return 'the Sub-Committee';
  return `the ${last}`;
}
