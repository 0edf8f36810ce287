/**
 * One file to one parsed source: decode it, tell its markup (XML, HTML or text) and its page form,
 * and hand it to that form's parser. HTML is first reduced to its visible text, which is what the
 * bundle stores; XML is stored as it is, so quotes are the file's own characters.
 */
import { Diagnostics, ImportError } from './diagnostics.ts';
import { parseDecisionPage } from './decision-page.ts';
import { markupOf, textForm } from './form-detector.ts';
import { htmlToText } from './html-page.ts';
import { parseMeetingPage } from './meeting-page.ts';
import { parseIssuePage } from './moderngov-issue-page.ts';
import { parseModernGovXml } from './moderngov-xml.ts';
import { parseIssueDetailsPage } from './issue-details-page.ts';
import { FORM_TITLES, type PageForm, type PageLink, type ParsedSource } from './parsed-source.ts';
import { scanView } from './scan-view.ts';
import { decodePage, normaliseLineEndings } from './source-text.ts';

export function readSource(
  input: { file: string; fileName: string; bytes: Uint8Array },
  diag: Diagnostics,
): ParsedSource {
  let text = normaliseLineEndings(decodePage(input.bytes, input.file, diag));
  const markup = markupOf(input.fileName, text);
  if (markup === 'xml') return { ...parseModernGovXml(text, input.file, diag), pageText: text };
  let sourceLine: ((line: number) => number) | null = null;
  let links: PageLink[] = [];
  if (markup === 'html') {
    const visible = htmlToText(text);
    sourceLine = visible.sourceLine;
    links = visible.links;
    diag.mapLines(input.file, visible.sourceLine);
    text = visible.text;
    if (!text.trim()) diag.fail(input.file, 1, 'the HTML page shows no text');
  }
  const scan = scanView(text);
  let form = textForm(scan);
  // Only issue and agenda item pages print "Meeting:" lines: a meeting page's heading on a page
  // that has them is a word in the site's menu.
  if (form === 'meeting' && /^\s*Meeting:/im.test(scan)) form = 'issue-meetings';
  if (form !== 'issue-meetings' && /^\s*Meeting:/im.test(scan)) {
    // A stray heading ("Agenda" in a menu) must not cost a page its "Meeting:" lines: where the
    // form it suggests cannot be read, the page is read as the issue page it also looks like.
    const trial = new Diagnostics();
    if (sourceLine) trial.mapLines(input.file, sourceLine);
    try {
      const source = readTextForm(text, form, input.file, trial, links);
      for (const d of trial.all) diag.all.push(d);
      return { ...source, pageText: text };
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      return { ...readTextForm(text, 'issue-meetings', input.file, diag, links), pageText: text };
    }
  }
  return { ...readTextForm(text, form, input.file, diag, links), pageText: text };
}

function readTextForm(
  text: string,
  form: PageForm,
  file: string,
  diag: Diagnostics,
  links: PageLink[],
): ParsedSource {
  switch (form) {
    case 'decision-details':
    case 'issue-decisions':
      return parseDecisionPage(text, form, file, diag, links);
    case 'meeting':
      return parseMeetingPage(text, file, diag, links);
    case 'issue-details':
      return parseIssueDetailsPage(text, file, diag, links);
    default: {
      const asForm = form === 'agenda-item' ? form : 'issue-meetings';
      const page = parseIssuePage(
        text,
        file,
        diag,
        form === 'agenda-item' ? form : undefined,
        links,
      );
      return {
        form: asForm,
        title: `${FORM_TITLES[asForm]}: ${page.title}`,
        text,
        issues: [
          {
            title: page.title,
            subtitle: page.subtitle,
            titleSpan: page.titleSpan,
            ...(page.subtitleSpan ? { subtitleSpan: page.subtitleSpan } : {}),
          },
        ],
        items: page.items,
        meetings: [],
        headings: page.headings,
        furniture: page.furniture,
        links,
      };
    }
  }
}
