/**
 * The one way the app writes money, for text, tables and chart axes alike. Every form comes from
 * Intl.NumberFormat in en-GB, so separators, the pound sign and the "m" and "k" of short amounts
 * are the language's, not typed by hand.
 */
import { strings } from './strings.en.ts';

const gbp = { style: 'currency', currency: 'GBP' } as const;

const wholePounds = new Intl.NumberFormat('en-GB', { ...gbp, maximumFractionDigits: 0 });
const poundsAndPence = new Intl.NumberFormat('en-GB', {
  ...gbp,
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
// Up to three decimals so £1,580,000 reads "£1.58m", never a rounded "£1.6m".
const shortExact = new Intl.NumberFormat('en-GB', {
  ...gbp,
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 3,
});
// An axis tick only needs to be told apart from its neighbours; the table has the exact figure.
const shortTick = new Intl.NumberFormat('en-GB', {
  ...gbp,
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});
const poundsUpTo3Decimals = new Intl.NumberFormat('en-GB', {
  ...gbp,
  minimumFractionDigits: 0,
  maximumFractionDigits: 3,
});
/** The suffix en-GB writes after a short million ("m"), for a range held in millions. */
const MILLION_SUFFIX =
  shortExact.formatToParts(1_000_000).find((part) => part.type === 'compact')?.value ?? 'm';

/**
 * In millions whatever the size: compact notation would write £800,000 as "£800k", and a range
 * reads best with both ends in one scale.
 */
function inMillions(value: number): string {
  return `${poundsUpTo3Decimals.format(value / 1_000_000)}${MILLION_SUFFIX}`;
}

/** "£213,000"; a million or more reads "£1.2m". */
export function formatMoney(value: number): string {
  return Math.abs(value) >= 1_000_000 ? shortExact.format(value) : wholePounds.format(value);
}

/** A range in one scale, so "£800,000-£1.2m" reads "£0.8m-£1.2m". */
export function formatMoneyRange(low: number, high: number): string {
  if (high >= 1_000_000) return `${inMillions(low)}-${inMillions(high)}`;
  return `${wholePounds.format(low)}-${wholePounds.format(high)}`;
}

/** Short money for axis ticks: "£0", "£250k", "£1.2m". Full amounts are in the table. */
export function formatMoneyTick(value: number): string {
  return shortTick.format(value);
}

/** An exact amount in pence: "45p", "£2.50", "£1,200.05". */
export function formatPence(pence: number): string {
  // Intl has no pence unit; under a pound the record's own "45p" is the plain English form.
  if (pence < 100) return `${pence}p`;
  return poundsAndPence.format(pence / 100);
}

/**
 * A money mention as the record gives it: whole pounds, a range, exact pence, and for a rate
 * what it is per ("£12 per hour").
 */
export function formatMoneyMention(m: {
  value?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
  pence?: number | undefined;
  per?: string | undefined;
}): string {
  const amount =
    m.pence !== undefined
      ? formatPence(m.pence)
      : m.value !== undefined
        ? formatMoney(m.value)
        : m.low !== undefined && m.high !== undefined
          ? formatMoneyRange(m.low, m.high)
          : '';
  return m.per ? strings.mentions.per(amount, m.per) : amount;
}
