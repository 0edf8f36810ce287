/**
 * One file to one parsed source: decode it, tell its markup (XML, HTML or text) and its page form,
 * and hand it to that form's parser. HTML is first reduced to its visible text, which is what the
 * bundle stores; XML is stored as it is, so quotes are the file's own characters.
 */
import type { Diagnostics } from './diagnostics.ts';
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
  let links: PageLink[] = [];
  if (markup === 'html') {
    const visible = htmlToText(text);
    links = visible.links;
    diag.mapLines(input.file, visible.sourceLine);
    text = visible.text;
    if (!text.trim()) diag.fail(input.file, 1, 'the HTML page shows no text');
  }
  const form = textForm(scanView(text));
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
