import { useEffect, useRef, useState, type RefObject } from 'react';
import { useLocation } from 'react-router';
import { formatDay } from '@/bundle/calendar.ts';
import type { BundleIndex } from '@/bundle/indexes.ts';
import { useQueryClient } from '@tanstack/react-query';
import type { IssueDetail } from '@/bundle/schema.ts';
import { useBundleIndex } from '@/data/bundle-query.ts';
import { useBundleSource } from '@/data/bundle-source.ts';
import { issueDetailsKey } from '@/data/issue-detail-query.ts';
import { numberSourceNotes, type SourceNote } from './print-notes-model.ts';
import { strings } from './strings.en.ts';
import './print.css';

const s = strings.print;

function sameNotes(a: readonly SourceNote[], b: readonly SourceNote[]): boolean {
  return (
    a.length === b.length &&
    a.every((n, i) => {
      const m = b[i]!;
      return n.documentId === m.documentId && n.start === m.start && n.end === m.end;
    })
  );
}

/**
 * Keeps the page's source links numbered as notes, in the order they are read: each link gets a
 * `data-note` that only the print stylesheet shows. It reads the page as drawn, so every view's
 * links are numbered however the view lays them out, and again whenever a filter redraws them.
 */
function useSourceNotes(own: RefObject<HTMLElement | null>): SourceNote[] {
  const [notes, setNotes] = useState<SourceNote[]>([]);
  useEffect(() => {
    const self = own.current;
    const page = self?.closest('main');
    if (!self || !page) return;
    let frame = 0;
    const scan = () => {
      frame = 0;
      const links = [...page.querySelectorAll<HTMLAnchorElement>('a.source-link')].filter(
        (a) => !self.contains(a),
      );
      const numbered = numberSourceNotes(links.map((a) => a.getAttribute('href') ?? ''));
      links.forEach((a, i) => {
        const n = numbered.numbers[i];
        if (n == null) a.removeAttribute('data-note');
        else a.setAttribute('data-note', String(n));
      });
      setNotes((prev) => (sameNotes(prev, numbered.notes) ? prev : numbered.notes));
    };
    // Once per frame at most: a filter redraws many rows at once.
    const observer = new MutationObserver(() => {
      frame ||= requestAnimationFrame(scan);
    });
    observer.observe(page, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['href'],
    });
    window.addEventListener('beforeprint', scan);
    scan();
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      window.removeEventListener('beforeprint', scan);
    };
  }, [own]);
  return notes;
}

/**
 * A document's text: held by the index of a whole bundle, or by an issue file of a split bundle
 * that this page has already read (the trail's own); null where neither has it to hand.
 */
function useDocumentText(index: BundleIndex): (documentId: string) => string | null {
  const client = useQueryClient();
  const { source } = useBundleSource();
  return (documentId) => {
    const held = index.documentById.get(documentId)?.text;
    if (held !== undefined) return held;
    for (const [, detail] of client.getQueriesData<IssueDetail>({
      queryKey: issueDetailsKey(source),
    })) {
      const text = detail?.documents.find((d) => d.id === documentId)?.text;
      if (text !== undefined) return text;
    }
    return null;
  };
}

function Notes({ notes, index }: { notes: readonly SourceNote[]; index: BundleIndex }) {
  const textOf = useDocumentText(index);
  if (notes.length === 0) return null;
  return (
    <section className="print-notes" aria-labelledby="print-notes-heading">
      <h2 id="print-notes-heading">{s.notesHeading}</h2>
      <ol>
        {notes.map((n) => {
          const document = index.documentById.get(n.documentId);
          const text = textOf(n.documentId);
          return (
            <li key={n.number}>
              {text === null ? (
                s.quoteElsewhere(`${n.start}–${n.end}`)
              ) : (
                <q>{text.slice(n.start, n.end)}</q>
              )}{' '}
              <cite>{document?.title ?? n.documentId}</cite>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The custom property the print stylesheet's page footer shows (see print.css). */
const FOOTER_PROPERTY = '--print-footer';

/**
 * The footer of every printed sheet: the date the record speaks to and the page's address. It is
 * drawn in the sheet's bottom margin (an @page margin box), which no text can run under, as it
 * would under a fixed element; a margin box shows only strings, so the words travel in a custom
 * property on the root, a CSS string (JSON's quoting is valid CSS for these characters).
 */
function usePageFooter(text: string | null) {
  useEffect(() => {
    if (text === null) return;
    const root = document.documentElement.style;
    root.setProperty(FOOTER_PROPERTY, JSON.stringify(text));
    return () => {
      root.removeProperty(FOOTER_PROPERTY);
    };
  }, [text]);
}

/**
 * What a printed committee paper adds to a view, and the screen never shows: the quotes behind
 * its source links as numbered notes at the end, and a footer on every sheet. Views that print as
 * papers draw it last; it brings the print stylesheet with it.
 */
export function PrintPaper() {
  const own = useRef<HTMLDivElement>(null);
  const notes = useSourceNotes(own);
  const index = useBundleIndex().data;
  // Drawn again on every change of address, so the footer's address is the current one.
  useLocation();
  usePageFooter(
    index
      ? `${strings.app.name}. ${strings.app.footerAsOf(formatDay(index.bundle.asOf))} ${window.location.href}`
      : null,
  );
  // Hidden on screen (and so from assistive technology) by the attribute; print.css shows it.
  return (
    <div ref={own} className="print-only" hidden>
      {index && <Notes notes={notes} index={index} />}
    </div>
  );
}
