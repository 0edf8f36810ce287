import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { LoaderFunction, RouteObject, ShouldRevalidateFunction } from 'react-router';
import { bundleQueryOptions } from '@/data/bundle-query.ts';
import type { LoaderFactory } from '@/data/bundle-loader.ts';
import { BUNDLE_PARAM, sourceOfAddress } from '@/data/bundle-source.ts';
import { Layout, LayoutFallback } from './layout.tsx';
import { routePatterns } from '@/config/paths.ts';
import { RootErrorBoundary, RouteErrorBoundary } from './route-error.tsx';

/**
 * What a lazy route module exports: a Component, optionally its own ErrorBoundary, and, for a
 * view that reads the bundle, `createLoader`, given the app's query client here.
 */
type RouteModule = {
  Component: ComponentType;
  ErrorBoundary?: ComponentType;
  createLoader?: LoaderFactory;
};

/**
 * A view's loader only makes sure its bundle is read, so it runs again only when the address names
 * another bundle, or when asked to (a retry), never because a filter or the search words changed.
 */
const shouldRevalidate: ShouldRevalidateFunction = ({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}) =>
  currentUrl.href === nextUrl.href
    ? defaultShouldRevalidate
    : currentUrl.searchParams.get(BUNDLE_PARAM) !== nextUrl.searchParams.get(BUNDLE_PARAM);

/**
 * The route objects, shared by the browser router and the tests' memory router. The root loader
 * starts fetching the bundle without waiting for it, so the fetch runs alongside the download of
 * the route's chunk; the route's own loader then waits for it, and a bundle that cannot be read
 * reaches the route's error boundary.
 */
export function createAppRoutes(queryClient: QueryClient): RouteObject[] {
  const lazyRoute = (load: () => Promise<RouteModule>) => async () => {
    const m = await load();
    return {
      Component: m.Component,
      ErrorBoundary: m.ErrorBoundary ?? RouteErrorBoundary,
      ...(m.createLoader ? { loader: m.createLoader(queryClient), shouldRevalidate } : {}),
    };
  };
  const prefetchBundle: LoaderFunction = ({ request }) => {
    void queryClient.prefetchQuery(
      bundleQueryOptions(sourceOfAddress(new URL(request.url).search)),
    );
    return null;
  };
  return [
    {
      id: 'root',
      path: '/',
      Component: Layout,
      ErrorBoundary: RootErrorBoundary,
      HydrateFallback: LayoutFallback,
      loader: prefetchBundle,
      // Only the first load needs a head start; later the bundle source provider decides which
      // bundle is open (a link without ?bundle= keeps the current one), and views fetch it.
      shouldRevalidate: () => false,
      children: [
        {
          index: true,
          lazy: lazyRoute(() => import('@/features/overview/overview-route.tsx')),
        },
        {
          path: routePatterns.issues,
          lazy: lazyRoute(() => import('@/features/issue-list/issue-list-route.tsx')),
        },
        {
          path: routePatterns.search,
          lazy: lazyRoute(() => import('@/features/search/search-route.tsx')),
        },
        {
          path: routePatterns.issue,
          lazy: lazyRoute(() => import('@/features/issues/issue-route.tsx')),
        },
        {
          path: routePatterns.timeline,
          lazy: lazyRoute(() => import('@/features/timeline/timeline-route.tsx')),
        },
        {
          path: routePatterns.savings,
          lazy: lazyRoute(() => import('@/features/savings/savings-route.tsx')),
        },
        {
          path: routePatterns.structure,
          lazy: lazyRoute(() => import('@/features/structure/structure-route.tsx')),
        },
        {
          path: routePatterns.commitments,
          lazy: lazyRoute(() => import('@/features/commitments/commitments-route.tsx')),
        },
        {
          path: routePatterns.source,
          lazy: lazyRoute(() => import('@/features/sources/source-route.tsx')),
        },
        {
          path: routePatterns.openBundle,
          lazy: lazyRoute(() => import('@/features/bundle-loading/open-bundle-route.tsx')),
        },
        {
          path: routePatterns.notFound,
          lazy: lazyRoute(() => import('@/features/not-found/not-found-route.tsx')),
        },
      ],
    },
  ];
}
