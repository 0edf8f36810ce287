import { useQueryClient } from '@tanstack/react-query';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { BundleLoadError, bundleQueryOptions } from '@/data/bundle-query.ts';
import { useBundleSource } from '@/data/bundle-source.ts';
import { BundleErrorPage } from '@/features/bundle-loading/bundle-error-page.tsx';
import { ErrorState, errorMessage, NotFound } from '@/ui/states.tsx';
import { strings } from '@/ui/strings.en.ts';
import { paths } from '@/config/paths.ts';

/**
 * A bundle that cannot be read, explained on the page of the route that needed it. Trying again
 * forgets the failed attempt and runs the route's loader once more; the boundary gives way to the
 * view when it succeeds.
 */
function BundleError({ error }: { error: BundleLoadError }) {
  const client = useQueryClient();
  const { source } = useBundleSource();
  const revalidator = useRevalidator();
  const retry = () => {
    client.removeQueries({ queryKey: bundleQueryOptions(source).queryKey, exact: true });
    void revalidator.revalidate();
  };
  return <BundleErrorPage error={error} onRetry={retry} />;
}

/**
 * The error boundary of every route (and, with `standalone`, of the app itself): a bundle that
 * cannot be read, route responses, Error objects and thrown unknowns each get a message a person
 * can act on.
 */
export function RouteErrorView({ standalone = false }: { standalone?: boolean }) {
  const error = useRouteError();
  if (error instanceof BundleLoadError && !standalone) return <BundleError error={error} />;
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
