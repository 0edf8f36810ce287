/**
 * The council's record before any words are written: which issues there are, and the meetings
 * each is taken to, in date order. The builder walks the calendar from the first meeting; at
 * each meeting a few new matters start, and each new matter books its later steps at the next
 * meetings of the bodies its path names, until the path ends or the record does.
 */
import type { Role } from './bodies.ts';
import { ROLE_FALLBACK } from './bodies.ts';
import { FAMILIES, type Family, type FlowRole, type Topic } from './families.ts';
import type { Random } from './random.ts';
import {
  recordSpan,
  scheduleBodies,
  scheduleMeetings,
  type ScheduledBody,
  type ScheduledMeeting,
} from './schedule.ts';
import { slug } from '../importer/text-spans.ts';

/** What an editor annotated on an issue: the kind of story its figures tell. */
export type Theme = 'savings' | 'restructure' | 'project';

export type PlannedStep = {
  issue: PlannedIssue;
  /** Its place in the issue's path, from 0. */
  index: number;
  body: ScheduledBody;
  /** The day it was heard; for an undated step, the day it would have been (never printed). */
  day: number;
  date: string;
  /** True where the record names the meeting but not when it was. */
  undated: boolean;
  /** Set once every item of the meeting is known. */
  number: string;
  meeting: PlannedMeeting | null;
};

export type PlannedIssue = {
  /** The order issues were started in, which is also date order. */
  index: number;
  id: string;
  family: Family;
  topic: Topic;
  steps: PlannedStep[];
  theme: Theme | null;
};

export type PlannedMeeting = ScheduledMeeting & { id: string; steps: PlannedStep[] };

export type CouncilPlan = {
  bodies: ScheduledBody[];
  meetings: PlannedMeeting[];
  issues: PlannedIssue[];
  firstYear: number;
  lastYear: number;
};

/** The scale the issue tracker asks for: about 300 meetings and 1,000 issues a year. */
export const MEETINGS_PER_YEAR = 300;
export const ISSUES_PER_YEAR = 1000;
/** The record ends in this year, whatever its length, so every record is about the recent past. */
export const LAST_YEAR = 2025;

/** `scale` shrinks the council for quick tests: 0.2 is a fifth of the meetings and issues. */
export function planCouncil(rng: Random, years: number, scale = 1): CouncilPlan {
  const span = recordSpan(years, LAST_YEAR);
  const bodies = scheduleBodies(span);
  const meetings: PlannedMeeting[] = scheduleMeetings(rng, bodies, MEETINGS_PER_YEAR * scale).map(
    (m) => ({ ...m, id: `${m.date}-${m.body.id}`, steps: [] }),
  );

  const byBody = new Map<string, PlannedMeeting[]>();
  for (const m of meetings) byBody.set(m.body.id, [...(byBody.get(m.body.id) ?? []), m]);
  const startRate =
    (ISSUES_PER_YEAR * scale * years) / meetings.reduce((n, m) => n + m.body.starts, 0);
  const titles = new Set<string>();
  const issues: PlannedIssue[] = [];

  const bodyFor = (role: Role, day: number): ScheduledBody | null => {
    const serving = bodies.find((b) => b.role === role && b.firstDay <= day && day <= b.lastDay);
    if (serving) return serving;
    const fallback = ROLE_FALLBACK[role];
    return fallback ? bodyFor(fallback, day) : null;
  };
  const nextMeeting = (body: ScheduledBody, day: number): PlannedMeeting | null => {
    const list = byBody.get(body.id) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.day < day) lo = mid + 1;
      else hi = mid;
    }
    // A full agenda pushes a matter to the body's next meeting, as clerks do.
    while (list[lo] && list[lo]!.steps.length >= AGENDA_LIMIT) lo += 1;
    return list[lo] ?? null;
  };

  for (const meeting of meetings) {
    const r = rng.fork('starts', meeting.id);
    const mean = meeting.body.starts * startRate;
    let count = Math.floor(mean) + (r.chance(mean - Math.floor(mean)) ? 1 : 0);
    // A meeting no matter reaches is not in the record at all, so every one gets something.
    if (count === 0 && meeting.steps.length === 0) count = 1;
    const families = FAMILIES.filter((f) => f.start === meeting.body.role);
    for (let j = 0; j < count; j += 1) {
      const ir = rng.fork('issue', issues.length);
      const family = ir.weighted(families.map((f) => [f, f.weight] as const));
      const topic = uniqueTopic(ir, family, meeting.date, titles);
      const issue: PlannedIssue = {
        index: issues.length,
        id: slug(topic.title),
        family,
        topic,
        steps: [],
        theme: null,
      };
      const flow = withProgressReports(ir, family, ir.weighted(family.flows));
      let day = meeting.day;
      flow.forEach((flowRole: FlowRole, k) => {
        const role = flowRole === 'svc-scrutiny' ? topic.service.scrutiny : flowRole;
        let at: PlannedMeeting | null = meeting;
        if (k > 0) {
          const wanted = day + ir.int(family.gap[0], family.gap[1]);
          const body = bodyFor(role, wanted);
          at = body ? nextMeeting(body, wanted) : null;
          // The path goes on past a body that no longer meets; it stops where the record does.
          if (!at || (issue.steps.length && at.day <= day)) return;
        }
        if (issue.steps.length && at.day <= issue.steps.at(-1)!.day) return;
        const step: PlannedStep = {
          issue,
          index: issue.steps.length,
          body: at.body,
          day: at.day,
          date: at.date,
          undated: false,
          number: '',
          meeting: at,
        };
        issue.steps.push(step);
        day = at.day;
      });
      markUndated(ir, issue);
      for (const step of issue.steps) if (!step.undated) step.meeting!.steps.push(step);
      for (const step of issue.steps) if (step.undated) step.meeting = null;
      issue.theme = themeOf(ir, issue);
      issues.push(issue);
    }
  }

  // Agenda numbers in the order matters reached the meeting, after the standing items.
  const held = meetings.filter((m) => m.steps.length > 0);
  for (const m of held) {
    m.steps.sort((a, b) => a.issue.index - b.issue.index);
    m.steps.forEach((step, k) => (step.number = String(m.body.firstItem + k)));
  }
  for (const issue of issues) {
    for (const step of issue.steps) {
      if (step.undated) step.number = String(rng.fork('undated', issue.id).int(3, 12));
    }
  }
  return {
    bodies,
    meetings: held,
    issues,
    firstYear: LAST_YEAR - years + 1,
    lastYear: LAST_YEAR,
  };
}

/** Matters on one agenda at most, so that no meeting reads like a list of everything. */
const AGENDA_LIMIT = 24;

/**
 * Many matters come back to the body that started them: a progress report, a year-end review.
 * Decisions on one application or one licence do not.
 */
function withProgressReports(
  rng: Random,
  family: Family,
  flow: readonly FlowRole[],
): readonly FlowRole[] {
  if (family.style === 'planning' || family.style === 'licensing') return flow;
  const more: FlowRole[] = [];
  let chance = 0.45;
  while (more.length < 4 && rng.chance(chance)) {
    more.push(flow[0]!);
    chance = 0.5;
  }
  return [...flow, ...more];
}

/**
 * Titles are unique (the importer takes one title for one issue), so a topic that is taken is
 * drawn again, and in the end told apart by the month it started.
 */
function uniqueTopic(rng: Random, family: Family, date: string, titles: Set<string>): Topic {
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const topic = family.topic(rng, date);
    const key = slug(topic.title);
    if (key && !titles.has(key)) {
      titles.add(key);
      return topic;
    }
  }
  const topic = family.topic(rng, date);
  for (let n = 2; ; n += 1) {
    const title = `${topic.title} (${n})`;
    if (!titles.has(slug(title))) {
      titles.add(slug(title));
      return { ...topic, title };
    }
  }
}

/**
 * A few long-running matters have one meeting the record cannot date: its page was saved
 * without the meeting line. Never the first step, so the issue still starts at a known meeting.
 */
function markUndated(rng: Random, issue: PlannedIssue) {
  if (issue.steps.length < 4 || !rng.chance(0.05)) return;
  const step = issue.steps[rng.int(1, issue.steps.length - 2)]!;
  step.undated = true;
}

/** About one issue in thirty that goes to more than one meeting is annotated by an editor. */
function themeOf(rng: Random, issue: PlannedIssue): Theme | null {
  const dated = issue.steps.filter((s) => !s.undated);
  if (dated.length < 2 || !['general', 'budget'].includes(issue.family.style)) return null;
  if (!rng.chance(0.05)) return null;
  if (issue.family.key === 'staffing' || rng.chance(0.25)) return 'restructure';
  return rng.chance(0.5) ? 'savings' : 'project';
}
