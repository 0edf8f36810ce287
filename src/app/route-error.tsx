import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { DocumentTitle } from '@/ui/document-title.tsx';
import { ErrorState, NotFound } from '@/ui/states.tsx';
import { strings } from '@/ui/strings.en.ts';
import { BundleLoadError } from '@/data/bundle-query.ts';
import { paths } from './paths.ts';

/**
 * The error boundary of every route (and, with `standalone`, of the app itself): route
 * responses, Error objects and thrown unknowns each get a message a person can act on.
 */
export function RouteErrorView({ standalone = false }: { standalone?: boolean }) {
  const error = useRouteError();
  let body;
  if (isRouteErrorResponse(error) && error.status === 404) {
    body = <NotFound backTo={paths.home()} />;
  } else if (error instanceof BundleLoadError) {
    body = <ErrorState error={error} onRetry={() => window.location.reload()} />;
  } else {
    const message = isRouteErrorResponse(error)
      ? strings.errors.routeStatus(error.status, error.statusText)
      : error instanceof Error
        ? strings.errors.routeError(error.message)
        : strings.errors.unknownError;
    body = (
      <section className="state state-error" aria-labelledby="route-error-heading">
        <DocumentTitle title={strings.errors.routeTitle} />
        <h1 id="route-error-heading">{strings.errors.routeTitle}</h1>
        <p role="alert">{message}</p>
        <p className="actions">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {strings.common.reload}
          </button>{' '}
          <Link to={paths.home()}>{strings.common.backHome}</Link>
        </p>
      </section>
    );
  }
  if (!standalone) return body;
  // The root boundary replaces the layout, so it brings its own landmarks.
  return (
    <main id="main" className="page" tabIndex={-1}>
      {body}
    </main>
  );
}

export function RouteErrorBoundary() {
  return <RouteErrorView />;
}

export function RootErrorBoundary() {
  return <RouteErrorView standalone />;
}
