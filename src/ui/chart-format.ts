/** Short labels for chart axes; the tables beside the charts carry the full en-GB forms. */

const MONTHS_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** A UTC time as "Apr 2011": axis ticks sit on month starts, so the day would be noise. */
export function formatMonthTick(time: number): string {
  const d = new Date(time);
  if (Number.isNaN(d.getTime())) return '';
  return `${MONTHS_SHORT[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
