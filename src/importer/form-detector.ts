/**
 * Which ModernGov page form a file is. XML is told by its root element; a page's text by its own
 * heading, or where the heading was lost, by the labels only that form prints. An "Issue -
 * meetings" page is the default, because its parser reports clearly what it cannot read.
 */
import type { PageForm } from './parsed-source.ts';

export type FileForm = { markup: 'xml' | 'html' | 'text' };

export function markupOf(fileName: string, text: string): FileForm['markup'] {
  if (/\.xml$/i.test(fileName)) return 'xml';
  if (/\.html?$/i.test(fileName)) return 'html';
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<?xml')) return 'xml';
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  return 'text';
}

/** The forms of web-service XML, by root element. */
export function xmlForm(rootName: string): PageForm | null {
  const name = rootName.toLowerCase();
  if (name === 'getmeetings' || name === 'meetings' || name === 'committeemeetings')
    return 'getmeetings-xml';
  if (name === 'getmeeting' || name === 'meeting') return 'getmeeting-xml';
  return null;
}

const HEADINGS: [RegExp, PageForm][] = [
  [/^\s*Issue\s*[-–]\s*meetings\s*$/im, 'issue-meetings'],
  [/^\s*Issue\s*[-–]\s*decisions\s*$/im, 'issue-decisions'],
  [/^\s*Decision details\s*$/im, 'decision-details'],
  [/^\s*Issue details\s*$/im, 'issue-details'],
  [/^\s*Agenda item\s*$/im, 'agenda-item'],
  [
    /^\s*(?:Agenda(?:,\s*decisions)?(?:,?\s*(?:and\s+)?(?:draft\s+)?minutes)?|Minutes|Draft minutes)\s*$/im,
    'meeting',
  ],
];

/** `text` is the scan view of the page's text. */
export function textForm(text: string): PageForm {
  // The first heading wins: a site's menus above the content rarely print these exact lines.
  let best: { at: number; form: PageForm } | null = null;
  for (const [pattern, form] of HEADINGS) {
    const m = pattern.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, form };
  }
  // Only issue and agenda item pages print "Meeting:" lines; another form's heading on a page
  // that has them is a word in the site's menu ("Agenda").
  if (/^\s*Meeting:/im.test(text))
    return best?.form === 'agenda-item' ? 'agenda-item' : 'issue-meetings';
  if (best) return best.form;
  // Saved copies that lost their heading still print the labels only their form has.
  if (/^\s*Decided at meeting:/im.test(text)) return 'decision-details';
  if (
    /^\s*Decision Maker:/im.test(text) &&
    /^\s*(?:Decision status|Is Key decision\??):/im.test(text)
  )
    return 'decision-details';
  if (/^\s*Decision due:/im.test(text) || /^\s*Decision type:/im.test(text)) return 'issue-details';
  if (/^\s*Made at meeting:/im.test(text)) return 'issue-decisions';
  if (/^\s*Supporting documents:/im.test(text)) return 'agenda-item';
  if (/^\s*Venue:/im.test(text) && /^\s*(?:No\.?\s+Item|Items)\s*$/im.test(text)) return 'meeting';
  return 'issue-meetings';
}
