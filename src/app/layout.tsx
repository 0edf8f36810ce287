import { AppNavLink } from '@/ui/app-link.tsx';
import { useIsFetching } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { useLoadedBundle } from '@/data/bundle-query.ts';
import { BundleBar } from '@/features/bundle-loading/bundle-bar.tsx';
import { LoadNotice } from '@/features/bundle-loading/load-notice.tsx';
import { formatDay } from '@/bundle/calendar.ts';
import { BundleFileLinks } from '@/ui/bundle-file-links.tsx';
import { CopyLink } from '@/ui/copy-link.tsx';
import { LoadingState } from '@/ui/states.tsx';
import { strings } from '@/ui/strings.en.ts';
import { BundleSourceProvider } from './bundle-source-provider.tsx';
import { paths } from '@/config/paths.ts';
import { siteNav } from './site-nav.ts';

function Footer() {
  const asOf = useLoadedBundle().data?.index.bundle.asOf;
  return (
    <footer className="site-footer">
      <div className="page">
        {asOf && <p>{strings.app.footerAsOf(formatDay(asOf))}</p>}
        <p>{strings.app.footerAbout}</p>
        <BundleFileLinks />
      </div>
    </footer>
  );
}

/**
 * A route waits for its bundle before it draws. While it waits for one being read (a file just
 * opened, say), the page says so, with the progress, rather than leaving the last page standing.
 */
function Content() {
  const navigating = useNavigation().state === 'loading';
  const readingBundle = useIsFetching({ queryKey: ['bundle'] }) > 0;
  return navigating && readingBundle ? <LoadingState /> : <Outlet />;
}

/** The skip link, the site name and the navigation: the same on every page, loading or not. */
function SiteHeader() {
  return (
    <>
      <a className="skip-link" href="#main">
        {strings.app.skipLink}
      </a>
      <header className="site-header">
        <div className="page header-inner">
          <p className="site-name">
            <AppNavLink to={paths.home()}>{strings.app.name}</AppNavLink>
          </p>
          <nav aria-label={strings.app.navLabel}>
            <ul className="nav-list">
              {siteNav.map((n) => (
                <li key={n.to}>
                  <AppNavLink to={n.to} end={n.end}>
                    {n.label}
                  </AppNavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
    </>
  );
}

// Lazy: it saves each visit's digest and, when the record has moved on, says to what date.
const RecordUpdatedNotice = lazy(() => import('@/ui/changes/record-updated-notice.tsx'));

function LayoutBody() {
  return (
    <>
      <SiteHeader />
      <BundleBar />
      <LoadNotice />
      {/* The region is there before the notice, so screen readers announce the notice. */}
      <div role="status">
        <Suspense fallback={null}>
          <RecordUpdatedNotice />
        </Suspense>
      </div>
      {/* tabIndex -1 lets the skip link move focus here, not just scroll. */}
      <main id="main" className="page" tabIndex={-1}>
        {/* Here once rather than in each view, so every page has it in the same place, new
            views included; it sits beside the view's heading. */}
        <CopyLink />
        <Content />
      </main>
      <Footer />
      <ScrollRestoration />
    </>
  );
}

/**
 * What the first load shows while the first route waits for its bundle: the page's frame, so the
 * reader sees where they are and can go elsewhere, and the bundle's progress in place of the view.
 */
export function LayoutFallback() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="page" tabIndex={-1}>
        <LoadingState />
      </main>
    </>
  );
}

export function Layout() {
  return (
    <BundleSourceProvider>
      <LayoutBody />
    </BundleSourceProvider>
  );
}
