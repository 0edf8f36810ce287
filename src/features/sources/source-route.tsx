import { AndList } from '@/ui/and-list.tsx';
import { AppLink } from '@/ui/app-link.tsx';
import { useCallback, useEffect, useRef } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { paths } from '@/config/paths.ts';
import type { BundleIndex } from '@/bundle/indexes.ts';
import { useBundleIndex } from '@/data/bundle-query.ts';
import { DocumentTitle } from '@/ui/document-title.tsx';
import { NotFound, QueryView } from '@/ui/states.tsx';
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

export function Component() {
  const { documentId = '' } = useParams();
  const [search] = useSearchParams();
  const select = useCallback((index: BundleIndex) => sourceModel(index, documentId), [documentId]);
  const query = useBundleIndex(select);
  return (
    <QueryView query={query}>
      {(model) => {
        if (!model) {
          return (
            <NotFound
              title={strings.notFound.documentTitle}
              message={strings.notFound.documentBody(documentId)}
              backTo={paths.home()}
            />
          );
        }
        const { document, issues } = model;
        const span = parseSpan(search.get('start'), search.get('end'), document.text.length);
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
            <section aria-label={s.textLabel}>
              <pre className="source-text">
                {typeof span === 'object' ? (
                  <Highlighted text={document.text} span={span} />
                ) : (
                  document.text
                )}
              </pre>
            </section>
          </>
        );
      }}
    </QueryView>
  );
}

/** The bundle is ready before the view renders (see src/data/bundle-loader.ts). */
export { bundleLoader as createLoader } from '@/data/bundle-loader.ts';
