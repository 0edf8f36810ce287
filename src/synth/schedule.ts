/**
 * The meetings calendar: each body meets at a steady rate while it exists, on its own weekday,
 * with the summer break and Christmas off, as councils schedule them. Rates are scaled so that
 * the whole council holds about `meetingsPerYear` meetings.
 */
import { bodyIdOf } from '../importer/body-names.ts';
import { BODY_PLANS, type BodyPlan } from './bodies.ts';
import { dayOf, isoOf, monthOf, weekdayOf } from './calendar.ts';
import type { Random } from './random.ts';

export type ScheduledBody = BodyPlan & {
  id: string;
  dissolved: boolean;
  /** First and last day it can meet, as day numbers. */
  firstDay: number;
  lastDay: number;
};

export type ScheduledMeeting = {
  body: ScheduledBody;
  day: number;
  date: string;
};

export type Span = { firstDay: number; lastDay: number; years: number };

export function recordSpan(years: number, lastYear: number): Span {
  const firstYear = lastYear - years + 1;
  return {
    firstDay: dayOf(`${firstYear}-01-01`),
    lastDay: dayOf(`${lastYear}-12-31`),
    years,
  };
}

export function scheduleBodies(span: Span): ScheduledBody[] {
  const length = span.lastDay - span.firstDay + 1;
  return BODY_PLANS.map((plan) => ({
    ...plan,
    id: bodyIdOf(plan.name),
    dissolved: plan.to < 1,
    firstDay: span.firstDay + Math.floor(plan.from * length),
    lastDay: span.firstDay + Math.ceil(plan.to * length) - 1,
  }));
}

export function scheduleMeetings(
  rng: Random,
  bodies: readonly ScheduledBody[],
  meetingsPerYear: number,
): ScheduledMeeting[] {
  const planned = bodies.reduce((sum, b) => sum + b.rate * (b.to - b.from), 0);
  const scale = meetingsPerYear / planned;
  const meetings: ScheduledMeeting[] = [];
  for (const body of bodies) {
    const r = rng.fork('meetings', body.id);
    const days = body.lastDay - body.firstDay + 1;
    const count = Math.max(1, Math.round((body.rate * scale * days) / 365.25));
    const weekday = r.int(1, 4);
    const interval = days / count;
    const used = new Set<number>();
    for (let k = 0; k < count; k += 1) {
      let day = Math.round(body.firstDay + (k + 0.5 + (r.next() - 0.5) * 0.6) * interval);
      day = meetingDay(day, weekday, body.summer);
      // Two sittings on one day are one meeting in the record; move to the week after, or before.
      while (used.has(day) || day > body.lastDay) day += day > body.lastDay ? -7 : 7;
      while (day < body.firstDay) day += 7;
      if (used.has(day) || day > body.lastDay) continue;
      used.add(day);
      meetings.push({ body, day, date: isoOf(day) });
    }
  }
  // Date order, then body: the order the builder walks the record in.
  return meetings.sort((a, b) => a.day - b.day || (a.body.id < b.body.id ? -1 : 1));
}

/** The body's weekday on or after the day, out of August (unless it sits then) and Christmas. */
function meetingDay(day: number, weekday: number, summer: boolean): number {
  let d = day;
  for (let guard = 0; guard < 60; guard += 1) {
    const iso = isoOf(d);
    const month = monthOf(iso);
    const dayOfMonth = Number(iso.slice(8, 10));
    const christmas = (month === 12 && dayOfMonth >= 20) || (month === 1 && dayOfMonth <= 4);
    if (weekdayOf(d) === weekday && !christmas && (summer || month !== 8)) return d;
    d += 1;
  }
  return d;
}
