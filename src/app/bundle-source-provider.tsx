import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate, useNavigationType, type Location } from 'react-router';
import {
  asksForDefaultBundle,
  BUNDLE_PARAM,
  bundleParamOf,
  BundleSourceContext,
  defaultBundleSource,
  fileBundleSource,
  setOpenedFile,
  sourceFromSearch,
  sourceKey,
  type BundleSource,
} from '@/data/bundle-source.ts';
import { dropReplacedBundles } from '@/data/bundle-query.ts';
import { paths, withBundleParam } from '@/config/paths.ts';

/**
 * The source the app should read after a navigation. An address with `?bundle=` names its
 * bundle. A link inside the app (push or replace) without it keeps the bundle already open, so
 * views need not know about bundles to keep one; going back in history to an entry without it
 * returns to the default bundle, except that an opened file stays open until the reader leaves it.
 */
function nextSource(current: BundleSource, location: Location, navigation: string): BundleSource {
  if (asksForDefaultBundle(location.state)) return defaultBundleSource();
  const named = new URLSearchParams(location.search).get(BUNDLE_PARAM);
  if (named !== null) return sourceFromSearch(location.search);
  if (navigation !== 'POP' || current.kind === 'file') return current;
  return defaultBundleSource();
}

/**
 * Holds the active bundle source and keeps `?bundle=` in the address as the reader moves about,
 * so the address can always be shared or reloaded.
 */
export function BundleSourceProvider({ children }: { children: ReactNode }) {
  const location = useLocation();
  const navigation = useNavigationType();
  const navigate = useNavigate();
  const [state, setState] = useState(() => ({
    locationKey: location.key,
    source: sourceFromSearch(location.search),
  }));

  let source = state.source;
  if (state.locationKey !== location.key) {
    // Adjusting state while rendering, so no view ever renders with the previous source.
    const next = nextSource(state.source, location, navigation);
    source = sourceKey(next) === sourceKey(state.source) ? state.source : next;
    setState({ locationKey: location.key, source });
  }

  // Every link in the app carries `?bundle=` itself (AppLink); this only puts it back after a
  // navigation that did not, such as an address typed without it while a bundle is open.
  const bundleParam = bundleParamOf(source);
  const missingParam =
    bundleParam !== null && new URLSearchParams(location.search).get(BUNDLE_PARAM) === null;
  useEffect(() => {
    if (!missingParam) return;
    const here = `${location.pathname}${location.search}${location.hash}`;
    void navigate(withBundleParam(here, bundleParam), { replace: true, state: location.state });
  }, [missingParam, bundleParam, location, navigate]);

  const openFile = useCallback(
    (file: File) => {
      const opened = fileBundleSource(file);
      // Set before navigating, so the next route's loader reads the file, not the address.
      setOpenedFile(opened);
      setState({ locationKey: location.key, source: opened });
      void navigate(paths.home());
    },
    [location.key, navigate],
  );

  const client = useQueryClient();
  // The source object changes only when the bundle does, so this runs once per new bundle.
  useEffect(() => {
    if (source.kind !== 'file') setOpenedFile(null);
    dropReplacedBundles(client, source);
  }, [client, source]);

  const value = useMemo(() => ({ source, openFile }), [source, openFile]);
  return <BundleSourceContext value={value}>{children}</BundleSourceContext>;
}
