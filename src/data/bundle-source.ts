/**
 * Where the bundle comes from: the published default, another address given as `?bundle=`, a
 * file the reader opened, or an address the policy refused. The app holds one active source
 * (see src/app/bundle-source-provider.tsx); every view reads it through this context, so the
 * query key always names the source the data came from.
 */
import { createContext, useContext } from 'react';
import { ALLOWED_BUNDLE_ORIGINS, decideBundleUrl } from './bundle-origins.ts';

export const DEFAULT_BUNDLE_PATH = '/data/bundle.json';
export const BUNDLE_PARAM = 'bundle';

/** `token` tells apart two openings of files with the same name, size and date. */
export type FileBundleSource = { kind: 'file'; file: File; name: string; token: string };

export type BundleSource =
  /** `param` is what `?bundle=` said, or null for the default bundle. */
  | { kind: 'url'; href: string; name: string; param: string | null }
  | FileBundleSource
  | {
      kind: 'refused';
      param: string;
      name: string;
      reason: 'malformed' | 'not-http' | 'other-origin';
      origin: string | null;
    };

/** The page's own address; tests under jsdom have one too. */
function pageHref(): string {
  return typeof location === 'undefined' ? 'http://localhost/' : location.href;
}

function nameOf(href: string): string {
  const last = new URL(href).pathname.split('/').filter(Boolean).pop() ?? href;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function defaultHref(): string {
  return new URL(DEFAULT_BUNDLE_PATH, pageHref()).href;
}

export function defaultBundleSource(): BundleSource {
  const href = defaultHref();
  return { kind: 'url', href, name: nameOf(href), param: null };
}

/** The source a URL's search string names; no or an empty `?bundle=` is the default. */
export function sourceFromSearch(
  search: string,
  allowedOrigins: readonly string[] = ALLOWED_BUNDLE_ORIGINS,
): BundleSource {
  const param = new URLSearchParams(search).get(BUNDLE_PARAM);
  if (!param) return defaultBundleSource();
  const decision = decideBundleUrl(param, pageHref(), allowedOrigins);
  if (!decision.ok) {
    return {
      kind: 'refused',
      param,
      name: param,
      reason: decision.reason,
      origin: decision.origin,
    };
  }
  if (decision.href === defaultHref()) return defaultBundleSource();
  return { kind: 'url', href: decision.href, name: nameOf(decision.href), param };
}

let fileCount = 0;
export function fileBundleSource(file: File): FileBundleSource {
  fileCount += 1;
  return {
    kind: 'file',
    file,
    name: file.name,
    token: `${file.name}:${file.size}:${file.lastModified}:${fileCount}`,
  };
}

/** A stable string for the source: the query key's variable part, and the progress key. */
export function sourceKey(source: BundleSource): string {
  switch (source.kind) {
    case 'url':
      return `url:${source.href}`;
    case 'file':
      return `file:${source.token}`;
    case 'refused':
      return `refused:${source.param}`;
  }
}

export function isDefaultSource(source: BundleSource): boolean {
  return source.kind === 'url' && source.param === null;
}

/** What `?bundle=` should say to keep this source in an address, or null for none. */
export function bundleParamOf(source: BundleSource): string | null {
  return source.kind === 'url' ? source.param : null;
}

/** Location state of a link that switches back to the default bundle. */
export const DEFAULT_BUNDLE_STATE = { bundle: 'default' } as const;

export function asksForDefaultBundle(state: unknown): boolean {
  return (state as { bundle?: unknown } | null)?.bundle === DEFAULT_BUNDLE_STATE.bundle;
}

export type BundleSourceContextValue = {
  source: BundleSource;
  /** Loads a file the reader picked or dropped; it is read in the browser only. */
  openFile: (file: File) => void;
};

export const BundleSourceContext = createContext<BundleSourceContextValue | null>(null);

/**
 * The file the reader opened, if one is open. It lives outside React because route loaders run
 * before any component does and must fetch the same bundle the view will read: an address
 * without `?bundle=` means this file while it is open. Only the bundle source provider sets it.
 */
let openedFile: FileBundleSource | null = null;

export function setOpenedFile(source: FileBundleSource | null): void {
  openedFile = source;
}

/**
 * The bundle an address asks for, as route loaders see it: `?bundle=` names it; without one it
 * is the open file, if any, else the published bundle.
 */
export function sourceOfAddress(search: string): BundleSource {
  if (new URLSearchParams(search).get(BUNDLE_PARAM)) return sourceFromSearch(search);
  return openedFile ?? defaultBundleSource();
}

/**
 * The active source. Outside the app's provider (the first load's fallback, tests of a lone
 * view) it is what the address asks for.
 */
export function useBundleSource(): BundleSourceContextValue {
  const value = useContext(BundleSourceContext);
  return value ?? { source: sourceOfAddress(pageSearch()), openFile: () => {} };
}

function pageSearch(): string {
  return typeof location === 'undefined' ? '' : location.search;
}
