import { AppNavLink } from '@/ui/app-link.tsx';
import { Outlet, ScrollRestoration, useMatch } from 'react-router';
import { useBundleIndex, useLoadedBundle } from '@/data/bundle-query.ts';
import { BundleBar } from '@/features/bundle-loading/bundle-bar.tsx';
import { BundleErrorPage } from '@/features/bundle-loading/bundle-error-page.tsx';
import { LoadNotice } from '@/features/bundle-loading/load-notice.tsx';
import { formatDay } from '@/bundle/calendar.ts';
import { strings } from '@/ui/strings.en.ts';
import { BundleSourceProvider } from './bundle-source-provider.tsx';
import { paths, routePatterns } from '@/config/paths.ts';

const nav = [
  { to: paths.home(), label: strings.app.nav.home, end: true },
  { to: paths.timeline(), label: strings.app.nav.timeline, end: false },
  { to: paths.savings(), label: strings.app.nav.savings, end: false },
  { to: paths.structure(), label: strings.app.nav.structure, end: false },
  { to: paths.commitments(), label: strings.app.nav.commitments, end: false },
];

function Footer() {
  const asOf = useBundleIndex((index) => index.bundle.asOf);
  return (
    <footer className="site-footer">
      <div className="page">
        {asOf.data && <p>{strings.app.footerAsOf(formatDay(asOf.data))}</p>}
        <p>{strings.app.footerAbout}</p>
      </div>
    </footer>
  );
}

/**
 * A bundle that cannot be read at all fills the page with the reason, on every route but the
 * one for opening another bundle, which must stay reachable.
 */
function Content() {
  const query = useLoadedBundle();
  const opening = useMatch(routePatterns.openBundle);
  if (query.isError && !opening) {
    return <BundleErrorPage error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <Outlet />;
}

function LayoutBody() {
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
              {nav.map((n) => (
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
      <BundleBar />
      <LoadNotice />
      {/* tabIndex -1 lets the skip link move focus here, not just scroll. */}
      <main id="main" className="page" tabIndex={-1}>
        <Content />
      </main>
      <Footer />
      <ScrollRestoration />
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
