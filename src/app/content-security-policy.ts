/**
 * The Content-Security-Policy of the built app, written into index.html at build time (see the
 * plugin in vite.config.ts). Not in development: Vite's dev server injects inline scripts.
 *
 * `style-src-attr 'unsafe-inline'` is deliberate. React and recharts set styles through the
 * CSSOM, which CSP does not govern, but recharts also renders `style` attributes into SVG markup
 * in places, and those count as inline style attributes. Allowing attributes (not <style>
 * elements, not scripts) keeps the charts drawing; a style attribute cannot run code.
 */
export function contentSecurityPolicy(bundleOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    ['connect-src', "'self'", ...bundleOrigins].join(' '),
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
