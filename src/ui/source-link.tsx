import { AppLink } from './app-link.tsx';
import { Fragment, type ReactNode } from 'react';
import type { SourceSpan } from '@/bundle/schema.ts';
import { strings } from './strings.en.ts';
import { VisuallyHidden } from './visually-hidden.tsx';

/**
 * A number or phrase that links to the words it came from. The caller passes the path (from
 * src/app/paths.ts) because shared UI does not import the app.
 */
export function SourceLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <AppLink to={to} className="source-link">
      {/* Only the visible words are underlined, not the space before the hidden label. */}
      <span className="source-link-text">{children}</span>{' '}
      <VisuallyHidden>({strings.common.source})</VisuallyHidden>
    </AppLink>
  );
}

/** The quote behind a fact, shown on demand, with a way to read it in context. */
export function SourceQuote({ source, to }: { source: SourceSpan; to: string }) {
  return (
    <details className="source-quote">
      <summary>{strings.common.showQuote}</summary>
      <blockquote>
        <p>{source.quote}</p>
      </blockquote>
      <AppLink to={to}>{strings.common.readInContext}</AppLink>
    </details>
  );
}

/**
 * Every quote a claim rests on, where one quote does not hold all it says, shown together on
 * demand, each with a way to read it in context.
 */
export function SourceQuotes({
  quotes,
}: {
  quotes: readonly { source: SourceSpan; to: string }[];
}) {
  const [only] = quotes;
  if (quotes.length === 1 && only) return <SourceQuote source={only.source} to={only.to} />;
  return (
    <details className="source-quote">
      <summary>{strings.common.showQuotes(quotes.length)}</summary>
      {quotes.map(({ source, to }) => (
        <Fragment key={`${source.documentId}-${source.start}-${source.end}`}>
          <blockquote>
            <p>{source.quote}</p>
          </blockquote>
          <AppLink to={to}>{strings.common.readInContext}</AppLink>
        </Fragment>
      ))}
    </details>
  );
}
