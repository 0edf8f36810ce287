import { useEffect, useState } from 'react';
import { useNavigation, useSearchParams } from 'react-router';
import type { BundleIndex } from '@/bundle/indexes.ts';
import { endsInShortWord } from '@/bundle/search-corpus.ts';
import { paths } from '@/config/paths.ts';
import { useBundleIndex } from '@/data/bundle-query.ts';
import type { SearchHit } from '@/data/search-engine.ts';
import { useSearch } from '@/data/search-query.ts';
import { AppLink } from '@/ui/app-link.tsx';
import type { CsvField } from '@/ui/csv-fields.ts';
import { csvAction } from '@/ui/csv-action.ts';
import { DocumentTitle } from '@/ui/document-title.tsx';
import { Downloads } from '@/ui/downloads.tsx';
import { formatDay } from '@/bundle/calendar.ts';
import { QueryView } from '@/ui/states.tsx';
import { strings } from '@/ui/strings.en.ts';
import { VirtualList } from '@/ui/virtual-list.tsx';
import { placeOfHit } from './search-model.ts';

const s = strings.search;
/** How long typing must pause before the address follows, so history is not one entry a key. */
const ADDRESS_DELAY_MS = 300;

function Hit({ hit, index }: { hit: SearchHit; index: BundleIndex }) {
  const place = placeOfHit(index, hit);
  if (!place) return null;
  const where = [
    place.issueTitle,
    place.bodyName,
    place.day === null ? (place.itemId ? strings.common.dateUnknown : null) : formatDay(place.day),
  ].filter((part): part is string => part !== null);
  return (
    <>
      <AppLink
        to={paths.issue(place.issueId, place.itemId ? { itemId: place.itemId } : {})}
        className="issue-link"
      >
        {place.title}
      </AppLink>
      {where.length > 0 && <p className="meta">{where.join(' · ')}</p>}
      {hit.field !== 'title' && (
        <p className="snippet">
          <span className="snippet-field">{s.field[hit.field]}: </span>
          {hit.snippet.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}
        </p>
      )}
    </>
  );
}

const d = strings.downloads;

/** A result as the CSV download writes it: where it is, and the words that matched. */
function csvFields(index: BundleIndex): CsvField<SearchHit>[] {
  const place = (hit: SearchHit) => placeOfHit(index, hit);
  return [
    { header: d.colTitle, value: (h) => place(h)?.title },
    { header: d.colIssue, value: (h) => place(h)?.issueTitle },
    { header: d.colBody, value: (h) => place(h)?.bodyName },
    { header: d.colDate, value: (h) => place(h)?.day },
    { header: d.colField, value: (h) => (h.field === 'title' ? null : s.field[h.field]) },
    { header: d.colSnippet, value: (h) => h.snippet.map((part) => part.text).join('') },
    { header: d.colIssueId, value: (h) => h.issueId },
  ];
}

function SearchPage({ index }: { index: BundleIndex }) {
  const [params, setParams] = useSearchParams();
  const inAddress = params.get('q') ?? '';
  const [text, setText] = useState(inAddress);
  const { ready, failed, results } = useSearch(text);

  // The words go into the address once typing pauses. A link followed before then must not be
  // overtaken by that write: it would bring the reader back here, cancelling the way to the link.
  const leaving = useNavigation().state !== 'idle';

  useEffect(() => {
    if (text === inAddress || leaving) return;
    const timer = setTimeout(
      () =>
        setParams(
          (prev) => {
            const next = new URLSearchParams(prev);
            if (text.trim()) next.set('q', text);
            else next.delete('q');
            return next;
          },
          { replace: true, preventScrollReset: true },
        ),
      ADDRESS_DELAY_MS,
    );
    // The click comes before the router says it is navigating: stop the write at the click.
    const followed = (event: MouseEvent) => {
      const plain = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey;
      if (plain && event.target instanceof Element && event.target.closest('a[href]')) {
        clearTimeout(timer);
      }
    };
    document.addEventListener('click', followed, true);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('click', followed, true);
    };
  }, [text, inAddress, setParams, leaving]);

  const status = failed
    ? s.failed
    : !ready
      ? s.preparing
      : results === undefined
        ? s.prompt
        : s.count(
            results.total,
            results.hits.length,
            results.query.trim(),
            endsInShortWord(results.query),
          );
  return (
    <>
      <form role="search" className="search-form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-input">{s.label}</label>
        <input
          id="search-input"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </form>
      <p role="status" className="meta">
        {status}
      </p>
      {results && results.hits.length > 0 && (
        <Downloads
          label={s.resultsLabel}
          actions={[csvAction(`${s.title} ${results.query}`, csvFields(index), results.hits)]}
        />
      )}
      {results && results.hits.length > 0 && (
        <VirtualList
          items={results.hits}
          label={s.resultsLabel}
          rowKey={(hit) => hit.id}
          renderRow={(hit) => <Hit hit={hit} index={index} />}
          estimateSize={120}
        />
      )}
    </>
  );
}

export function Component() {
  const query = useBundleIndex();
  return (
    <>
      <DocumentTitle title={s.title} />
      <h1>{s.title}</h1>
      <p className="lede">{s.intro}</p>
      <QueryView query={query}>{(index) => <SearchPage index={index} />}</QueryView>
    </>
  );
}

/** The bundle is ready before the view renders (see src/data/bundle-loader.ts). */
export { bundleLoader as createLoader } from '@/data/bundle-loader.ts';
