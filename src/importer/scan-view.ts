/**
 * What text extraction leaves in a saved page that is layout, not content: table cells flattened
 * into `|` pipes, `·` and `•` bullets, non-breaking spaces, template residue such as `{sidenav}`,
 * and the site's navigation at the foot of the page. The parsers match against this view, which
 * has exactly the length of the stored text, so every span they find is a span of the stored text
 * too and its quote is the page's own words.
 */
import type { Furniture, FurnitureKind } from './parsed-source.ts';
import { isBlank, splitLines, type Line } from './source-text.ts';
import { trimSpan } from './text-spans.ts';

const TEMPLATE_RESIDUE = /^\s*\{[A-Za-z_][\w-]*\}\s*$/;
/** Lines a site prints below the content of every page. */
const NAVIGATION =
  /^\s*(?:back to top|top of page|print this page|print friendly version|share this page|skip to (?:main )?content|accessibility|cookies?|privacy(?: policy)?|contact us|site map|sitemap|terms (?:and|&) conditions|copyright\b.*|©.*|powered by moderngov.*)\s*$/i;

/** Links ModernGov prints beside an item or a page that lead elsewhere, not to content. */
const PAGE_LINKS =
  /^\s*(?:[·•]\s*)?(?:share this item|view directions|find out more about this issue|feedback|back to the top of the page|watch the meeting|webcast|link to this page)\s*\.?\s*$/i;
/** What is left of a flattened table: pipes, dashes and bullets with no words. */
const LAYOUT_ONLY = /^[\s|:·•▪◦-]*$/;

/**
 * Whether a line that no field holds is the site's rather than the record's, and what kind. For
 * XML, a line of tags alone is markup.
 */
export function furnitureOfLine(line: string, xml: boolean): FurnitureKind | null {
  if (xml) return line.replace(/<[^>]*>/g, '').trim() === '' ? 'markup' : null;
  if (TEMPLATE_RESIDUE.test(line)) return 'template';
  if (LAYOUT_ONLY.test(line)) return 'layout';
  if (NAVIGATION.test(line) || PAGE_LINKS.test(line)) return 'navigation';
  return null;
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/**
 * What the parsers match against: the display view, with non-breaking spaces as spaces and
 * bullets gone, so that "·  RESOLVED" and "Meeting:\u00a013/12/2010" read like the clean forms.
 */
export function scanView(text: string): string {
  return displayView(text)
    .replace(/[\u00a0\u2007\u202f\ufeff]/g, ' ')
    .split('\n')
    .map((line) => (PAGE_LINKS.test(line) ? blank(line) : line))
    .join('\n')
    .replace(/(^|\s)[·•▪◦](?=\s)/gm, (m) => blank(m));
}

/**
 * What texts shown to a reader are made from: the page without table pipes, template residue and
 * trailing navigation, but with its own bullets and spacing, exactly as printed.
 */
export function displayView(text: string): string {
  let view = text.replace(/\|/g, ' ');
  const lines = splitLines(view);
  const out: string[] = [];
  let tail = true;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i]!.text;
    if (TEMPLATE_RESIDUE.test(line)) out.push(blank(line));
    else if (tail && (NAVIGATION.test(line) || !line.trim())) out.push(blank(line));
    else {
      tail = false;
      out.push(line);
    }
  }
  view = out.reverse().join('\n');
  return view;
}

/** A saved page's site menus and breadcrumbs: every line with text above its own heading. */
export function navigationAbove(
  text: string,
  lines: readonly Line[],
  headingAt: number,
): Furniture[] {
  return lines
    .slice(0, Math.max(headingAt, 0))
    .filter((l) => !isBlank(l.text))
    .map((l) => ({ kind: 'navigation', span: trimSpan(text, l.start, l.end)! }));
}
