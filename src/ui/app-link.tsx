/**
 * Links inside the app. Each carries the loaded bundle's `?bundle=` in its own href, so a link
 * opened in a new tab, copied or bookmarked shows the same bundle, and following it needs no
 * second navigation to put the bundle back in the address.
 */
import { Link, NavLink, type LinkProps, type NavLinkProps } from 'react-router';
import { withBundleParam } from '@/config/paths.ts';
import { bundleParamOf, useBundleSource } from '@/data/bundle-source.ts';

/** The path with the loaded bundle kept, or as it is for the published bundle. */
export function useBundleHref(to: string): string {
  return withBundleParam(to, bundleParamOf(useBundleSource().source));
}

export function AppLink({ to, ...rest }: Omit<LinkProps, 'to'> & { to: string }) {
  return <Link to={useBundleHref(to)} {...rest} />;
}

export function AppNavLink({ to, ...rest }: Omit<NavLinkProps, 'to'> & { to: string }) {
  return <NavLink to={useBundleHref(to)} {...rest} />;
}
