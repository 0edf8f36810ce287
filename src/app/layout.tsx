import { NavLink, Outlet, ScrollRestoration } from 'react-router';
import { useBundleIndex } from '@/data/bundle-query.ts';
import { formatDay } from '@/ui/format.ts';
import { strings } from '@/ui/strings.en.ts';
import { paths } from './paths.ts';

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

export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        {strings.app.skipLink}
      </a>
      <header className="site-header">
        <div className="page header-inner">
          <p className="site-name">
            <NavLink to={paths.home()}>{strings.app.name}</NavLink>
          </p>
          <nav aria-label={strings.app.navLabel}>
            <ul className="nav-list">
              {nav.map((n) => (
                <li key={n.to}>
                  <NavLink to={n.to} end={n.end}>
                    {n.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      {/* tabIndex -1 lets the skip link move focus here, not just scroll. */}
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
      <Footer />
      <ScrollRestoration />
    </>
  );
}
