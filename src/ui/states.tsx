import { AppLink } from './app-link.tsx';
import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { sourceKey, useBundleSource } from '@/data/bundle-source.ts';
import { useLoadProgress, type LoadProgress } from '@/data/load-progress.ts';
import { DocumentTitle } from './document-title.tsx';
import { strings } from './strings.en.ts';

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

/**
 * What went wrong, for errors other than a bundle that cannot be loaded: the layout shows those
 * on a page of their own before any view renders.
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error
    ? strings.errors.routeError(error.message)
    : strings.errors.unknownError;
}

/** Something failed on this page: said in words, with a way to try again and a way back. */
export function ErrorState({
  message,
  onRetry,
  retryLabel = strings.common.retry,
  retrying = false,
  backTo,
}: {
  message: string;
  onRetry: () => void;
  retryLabel?: string;
  retrying?: boolean;
  /** Where "Back to the overview" goes; passed in because shared UI does not import the app. */
  backTo?: string;
}) {
  return (
    <section className="state state-error" aria-labelledby="error-heading">
      <DocumentTitle title={strings.errors.routeTitle} />
      <h1 id="error-heading">{strings.errors.routeTitle}</h1>
      <p role="alert">{message}</p>
      <p className="actions">
        <button type="button" className="button" onClick={onRetry} disabled={retrying}>
          {retrying ? strings.common.loading : retryLabel}
        </button>
        {backTo && (
          <>
            {' '}
            <AppLink to={backTo}>{strings.common.backHome}</AppLink>
          </>
        )}
      </p>
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
        <AppLink to={backTo}>{backLabel}</AppLink>
      </p>
    </section>
  );
}

/**
 * Renders a query's data, or loading while it comes. Errors are not here: the bundle queries
 * throw them to the route's error boundary, which explains each kind in one place.
 */
export function QueryView<T>({
  query,
  children,
}: {
  query: UseQueryResult<T, Error>;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <LoadingState />;
  // Unreachable while the query throws its errors, but says so rather than drawing nothing.
  if (query.isError) throw query.error;
  return <>{children(query.data)}</>;
}
