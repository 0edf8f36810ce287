/**
 * Amounts written the ways minutes write them: "£213,000", "£1.2 million", "£2.4m", "10-15%",
 * "6.5 posts". Each phrase comes with the value it means, so an annotation can say what it
 * expects the importer's own mention finder to read there (and the builder checks that it does).
 */
import type { Random } from './random.ts';

export type Money = { text: string; value: number };
export type MoneyRange = { text: string; low: number; high: number };

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Thousands: "£213,000" or, now and then, "£47,500". */
export function thousands(rng: Random, min = 15, max = 950): Money {
  const value = rng.int(min, max) * 1000 + (rng.chance(0.2) ? 500 : 0);
  return { text: `£${grouped(value)}`, value };
}

/** Millions with one decimal place: "£1.2 million" or "£1.2m". */
export function millions(rng: Random, min = 1, max = 60): Money {
  const tenths = rng.int(min * 10, max * 10);
  const number = tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
  const text = rng.chance(0.7) ? `£${number} million` : `£${number}m`;
  return { text, value: tenths * 100_000 };
}

export function money(rng: Random): Money {
  return rng.chance(0.65) ? thousands(rng) : millions(rng, 1, 25);
}

/** "£0.8 and £1.2 million": the scale written once, as an indicative range is often put. */
export function millionRange(rng: Random): MoneyRange {
  const low = rng.int(3, 20);
  const high = low + rng.int(2, 8);
  const f = (tenths: number) =>
    tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
  const text = rng.chance(0.5)
    ? `£${f(low)} and £${f(high)} million`
    : `£${f(low)}-£${f(high)} million`;
  return { text, low: low * 100_000, high: high * 100_000 };
}

export type Percent = { text: string; value?: number; low?: number; high?: number };

export function percent(rng: Random, min = 2, max = 40): Percent {
  const value = rng.int(min, max);
  return rng.chance(0.8) ? { text: `${value}%`, value } : { text: `${value} per cent`, value };
}

export function percentRange(rng: Random): Percent {
  const low = rng.int(3, 15);
  const high = low + rng.pick([2, 3, 5, 5, 10]);
  return { text: `${low}-${high}%`, low, high };
}

/** A council tax rise as councils set them: "2.99%". */
export function taxRise(rng: Random): Percent {
  const value = rng.pick([1.99, 2.49, 2.99, 2.99, 3.99, 4.99]);
  return { text: `${value}%`, value };
}

/** A Band D charge with pence, which the finder keeps in pence: "£213.45". */
export function bandD(rng: Random): string {
  return `£${rng.int(160, 290)}.${String(rng.int(0, 99)).padStart(2, '0')}`;
}

/** A number of posts, sometimes with a half post in it. */
export function posts(rng: Random, min: number, max: number): number {
  const whole = rng.int(min, max);
  return rng.chance(0.25) ? whole + 0.5 : whole;
}

export function fteText(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
