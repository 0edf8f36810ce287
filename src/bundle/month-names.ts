/**
 * English month names as the record writes them, for reading it. Dates are written through Intl
 * (`formatDay` and the rest in calendar.ts), never from these lists.
 */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "Jan" ... "Dec". */
export const MONTH_ABBREVIATIONS = MONTH_NAMES.map((m) => m.slice(0, 3));
