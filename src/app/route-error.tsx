import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorState, errorMessage, NotFound } from '@/ui/states.tsx';
import { strings } from '@/ui/strings.en.ts';
import { paths } from '@/config/paths.ts';

/**
 * The error boundary of every route (and, with `standalone`, of the app itself): route
 * responses, Error objects and thrown unknowns each get a message a person can act on.
 */
export function RouteErrorView({ standalone = false }: { standalone?: boolean }) {
  const error = useRouteError();
  const body =
    isRouteErrorResponse(error) && error.status === 404 ? (
      <NotFound backTo={paths.home()} />
    ) : (
      <ErrorState
        message={
          isRouteErrorResponse(error)
            ? strings.errors.routeStatus(error.status, error.statusText)
            : errorMessage(error)
        }
        onRetry={() => window.location.reload()}
        retryLabel={strings.common.reload}
        backTo={paths.home()}
      />
    );
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
