import { AndList } from '@/ui/and-list.tsx';
import { AppLink } from '@/ui/app-link.tsx';
import { useCallback, useEffect, useRef } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { paths } from '@/config/paths.ts';
import type { BundleIndex } from '@/bundle/indexes.ts';
import { useBundleIndex } from '@/data/bundle-query.ts';
import { detailLoader, useIssueDetail } from '@/data/issue-detail-query.ts';
import { DocumentTitle } from '@/ui/document-title.tsx';
import { LoadingState, NotFound } from '@/ui/states.tsx';
import { strings } from '@/ui/strings.en.ts';
import { parseSpan, sourceModel } from './source-model.ts';

const s = strings.sources;

function Highlighted({ text, span }: { text: string; span: { start: number; end: number } }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const mark = ref.current;
    if (!mark) return;
    // Bring the quote to the reader and to keyboard and screen-reader focus.
    if (typeof mark.scrollIntoView === 'function') mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }, [span.start, span.end]);
  return (
    <>
      {text.slice(0, span.start)}
      <mark ref={ref} tabIndex={-1}>
        {text.slice(span.start, span.end)}
      </mark>
      {text.slice(span.end)}
    </>
  );
}

/** The issue whose detail holds the document's text, where the index holds no text of its own. */
function detailHolding(index: BundleIndex, documentId: string | undefined): string | null {
  const document = documentId === undefined ? undefined : index.documentById.get(documentId);
  return document && document.text === undefined ? (document.issueId ?? null) : null;
}

export function Component() {
  const { documentId = '' } = useParams();
  const [search] = useSearchParams();
  const select = useCallback((index: BundleIndex) => sourceModel(index, documentId), [documentId]);
  const model = useBundleIndex(select).data;
  const holder =
    model && model.document.text === undefined ? (model.document.issueId ?? null) : null;
  const detail = useIssueDetail(holder).data;
  if (model === undefined) return <LoadingState />;
  if (model === null) {
    return (
      <NotFound
        title={strings.notFound.documentTitle}
        message={strings.notFound.documentBody(documentId)}
        backTo={paths.home()}
      />
    );
  }
  const { document, issues } = model;
  const text =
    document.text ?? detail?.documents.find((d) => d.id === documentId)?.text ?? undefined;
  if (text === undefined && holder !== null && detail === undefined) return <LoadingState />;
  const span =
    text === undefined ? 'none' : parseSpan(search.get('start'), search.get('end'), text.length);
  return (
    <>
      <DocumentTitle title={document.title} />
      <p className="meta">
        <AppLink to={paths.home()}>{strings.common.backHome}</AppLink>
      </p>
      <h1>{document.title}</h1>
      <p>{s.intro}</p>
      {issues.length > 0 && (
        <p>
          {s.usedBy}{' '}
          <AndList
            items={issues}
            keyOf={(issue) => issue.id}
            render={(issue) => <AppLink to={paths.issue(issue.id)}>{issue.title}</AppLink>}
          />
          .
        </p>
      )}
      {typeof span === 'object' && <p>{s.highlighted}</p>}
      {span === 'invalid' && (
        <p className="notice" role="status">
          {s.badSpan}
        </p>
      )}
      {text === undefined ? (
        <p className="notice">{s.noText}</p>
      ) : (
        <section aria-label={s.textLabel}>
          <pre className="source-text">
            {typeof span === 'object' ? <Highlighted text={text} span={span} /> : text}
          </pre>
        </section>
      )}
    </>
  );
}

/** The bundle, and in a split bundle the detail file holding the text, before the view draws. */
export const createLoader = detailLoader(({ documentId }, index) =>
  detailHolding(index, documentId),
);
