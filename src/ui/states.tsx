import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import { SCHEMA_VERSION } from '@/bundle/schema.ts';
import { BundleLoadError } from '@/data/bundle-query.ts';
import { sourceKey, useBundleSource } from '@/data/bundle-source.ts';
import { useLoadProgress, type LoadProgress } from '@/data/load-progress.ts';
import { DocumentTitle } from './document-title.tsx';
import { strings } from './strings.en.ts';

const MAX_PROBLEMS = 8;

function phaseText(progress: LoadProgress): string {
  switch (progress.phase) {
    case 'reading':
      return strings.bundle.progressRead(
        strings.bundle.bytes(progress.bytes),
        progress.total === null ? null : strings.bundle.bytes(progress.total),
      );
    case 'parsing':
      return strings.bundle.progressParsing;
    case 'checking':
      return strings.bundle.progressChecking;
  }
}

/**
 * Loading, with how far the bundle has got. The live region changes with each phase; the byte
 * count updates often, so it sits beside the region rather than in it, to keep screen readers
 * from announcing every chunk.
 */
export function LoadingState({ label = strings.common.loading }: { label?: string }) {
  const { source } = useBundleSource();
  const progress = useLoadProgress(sourceKey(source));
  const reading = progress?.phase === 'reading' ? progress : null;
  return (
    <div className="state state-loading">
      <span className="spinner" aria-hidden="true" />
      <div>
        <p role="status" className="state-loading-text">
          {label}
          {progress && progress.phase !== 'reading' ? ` ${phaseText(progress)}` : null}
        </p>
        {reading && (
          <p className="state-loading-text">
            {reading.total !== null && (
              <>
                <progress value={reading.bytes} max={reading.total} aria-label={label} />{' '}
              </>
            )}
            {phaseText(reading)}
          </p>
        )}
      </div>
    </div>
  );
}

function errorMessage(error: unknown): string {
  if (error instanceof BundleLoadError) {
    switch (error.kind) {
      case 'http':
        return strings.errors.http(error.status ?? 0);
      case 'network':
        return strings.errors.network;
      case 'json':
        return strings.errors.json;
      case 'invalid':
        return strings.errors.invalid(error.problems.length);
      // The layout shows these on a page of their own; a view that meets one says the same.
      case 'refused':
        return strings.bundleError.refused(null, []);
      case 'empty':
        return strings.bundleError.empty;
      case 'truncated':
        return strings.bundleError.truncated;
      case 'not-a-bundle':
        return strings.bundleError.notABundle;
      case 'version':
        return strings.bundleError.version(SCHEMA_VERSION);
    }
  }
  if (error instanceof Error) return strings.errors.routeError(error.message);
  return strings.errors.unknownError;
}

/** A failed load, said in words a person can act on, with a retry where retrying can help. */
export function ErrorState({
  error,
  onRetry,
  retrying = false,
  headingLevel = 1,
}: {
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  headingLevel?: 1 | 2;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const problems = error instanceof BundleLoadError ? error.problems : [];
  return (
    <section className="state state-error" aria-labelledby="error-heading">
      {headingLevel === 1 && <DocumentTitle title={strings.errors.title} />}
      <Heading id="error-heading">{strings.errors.title}</Heading>
      <p role="alert">{errorMessage(error)}</p>
      {problems.length > 0 && (
        <ul className="problems">
          {problems.slice(0, MAX_PROBLEMS).map((p, i) => (
            <li key={`${p.path}-${i}`}>
              <code>{p.path}</code>: {p.message}
            </li>
          ))}
          {problems.length > MAX_PROBLEMS && (
            <li>{strings.errors.moreProblems(problems.length - MAX_PROBLEMS)}</li>
          )}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry} disabled={retrying}>
          {retrying ? strings.common.loading : strings.common.retry}
        </button>
      )}
    </section>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}

/** A friendly dead end that always offers a way back. */
export function NotFound({
  title = strings.notFound.title,
  message = strings.notFound.body,
  backTo,
  backLabel = strings.common.backHome,
}: {
  title?: string;
  message?: string;
  backTo: string;
  backLabel?: string;
}) {
  return (
    <section className="state state-not-found" aria-labelledby="not-found-heading">
      <DocumentTitle title={title} />
      <h1 id="not-found-heading">{title}</h1>
      <p>{message}</p>
      <p>
        <Link to={backTo}>{backLabel}</Link>
      </p>
    </section>
  );
}

/** Renders a query's three states the same way everywhere: loading, error with retry, data. */
export function QueryView<T>({
  query,
  children,
}: {
  query: UseQueryResult<T, Error>;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return (
      <ErrorState
        error={query.error}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return <>{children(query.data)}</>;
}
