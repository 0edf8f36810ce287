/**
 * The Content-Security-Policy of the built app, written into index.html at build time (see the
 * plugin in vite.config.ts). Not in development: Vite's dev server injects inline scripts.
 *
 * No `'unsafe-inline'` anywhere, not even `style-src-attr`: React and recharts set styles through
 * the CSSOM (element.style), which CSP does not govern, and the chart routes were checked in
 * Chromium to draw with no violation under this policy (loading.e2e.ts keeps checking it). If a
 * chart library ever writes `style` attributes as markup, add `style-src-attr 'unsafe-inline'`
 * (a style attribute cannot run code) rather than loosening script-src.
 */
export function contentSecurityPolicy(bundleOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    ['connect-src', "'self'", ...bundleOrigins].join(' '),
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
