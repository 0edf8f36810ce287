/**
 * Which addresses `?bundle=` may load from. The page's own origin always; other origins only when
 * the build lists them (VITE_BUNDLE_ORIGINS), because a bundle from anywhere else could be made to
 * mislead, and the Content-Security-Policy built from the same list would block it anyway.
 */

/** Parses a comma- or space-separated list of origins, dropping anything that is not one. */
export function parseOriginList(list: string | undefined): string[] {
  if (!list) return [];
  const origins = new Set<string>();
  for (const part of list.split(/[\s,]+/)) {
    if (!part) continue;
    try {
      const url = new URL(part);
      if (url.protocol === 'https:' || url.protocol === 'http:') origins.add(url.origin);
    } catch {
      // Not a URL: a typo in the build setting must not widen the policy.
    }
  }
  return [...origins];
}

/** The origins this build may load bundles from, besides its own. */
export const ALLOWED_BUNDLE_ORIGINS: readonly string[] = parseOriginList(
  // Optional chaining: vite.config.ts imports this file in Node, where import.meta.env is unset.
  (import.meta.env as ImportMetaEnv | undefined)?.VITE_BUNDLE_ORIGINS as string | undefined,
);

export type BundleUrlDecision =
  | { ok: true; href: string }
  | { ok: false; reason: 'malformed' | 'not-http' | 'other-origin'; origin: string | null };

/**
 * Decides whether a `?bundle=` value may be fetched: it is resolved against the page, so
 * `/data/other.json` and `other.json` are same-origin, while `//elsewhere.example/b.json`,
 * `javascript:` and `data:` addresses are not.
 */
export function decideBundleUrl(
  param: string,
  pageHref: string,
  allowedOrigins: readonly string[] = ALLOWED_BUNDLE_ORIGINS,
): BundleUrlDecision {
  let url: URL;
  try {
    url = new URL(param, pageHref);
  } catch {
    return { ok: false, reason: 'malformed', origin: null };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: 'not-http', origin: null };
  }
  if (url.origin === new URL(pageHref).origin || allowedOrigins.includes(url.origin)) {
    // Credentials in the address would be sent to the server; a bundle never needs them.
    if (url.username || url.password) return { ok: false, reason: 'malformed', origin: null };
    return { ok: true, href: url.href };
  }
  return { ok: false, reason: 'other-origin', origin: url.origin };
}
