/**
 * How the built app works offline and installs on a phone: the options of vite-plugin-pwa, which
 * generates the service worker (Workbox) and the web app manifest at build time. Read by
 * vite.config.ts only; no app code imports it.
 *
 * - The app shell (every script, style, icon and index.html) is precached, so every view opens
 *   with no network once the worker is installed; any address inside the app falls back to
 *   index.html, as the static host's 404.html does online.
 * - Bundles are cached as they are fetched: the published /data/bundle.json and any `?bundle=`
 *   address on this origin, and a split bundle's issue files as each issue is opened. NetworkFirst, not StaleWhileRevalidate: a new record on the server
 *   must be what the next visit shows, since a reader who sees an old record with no sign that it
 *   is old is misled; the cache answers only when the network does not within a few seconds
 *   (a phone with a poor signal) or not at all.
 * - Registration is done by src/app/register-offline.ts, loaded after the first render, so the
 *   first route carries none of it and index.html has no inline script (the CSP forbids one).
 *
 * The manifest's names are not in strings.en.ts because the build config cannot read the app's
 * `@/` imports; they are the app's name as the header shows it.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** The cache that holds bundles; the offline browser test looks in it. */
export const BUNDLE_CACHE = 'civic-trail-bundles';

export const offlineApp: Partial<VitePWAOptions> = {
  registerType: 'autoUpdate',
  injectRegister: false,
  manifest: {
    name: 'Civic Trail',
    short_name: 'Civic Trail',
    description:
      'Follow a council decision across meetings, with its savings, structure changes and commitments, each linked to the words of the record.',
    lang: 'en-GB',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#1d3557',
    background_color: '#ffffff',
    // Drawn from public/icons/icon.svg by src/tools/render-icons.mjs.
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png}'],
    // A synthetic council's pages (npm run synth) and the data are not part of the app shell.
    globIgnores: ['synth/**', 'data/**', '404.html'],
    navigateFallback: '/index.html',
    // The data files opened as pages (a bundle, its JSON Schema) are files, not app addresses.
    navigateFallbackDenylist: [/^\/data\//, /\.json$/],
    cleanupOutdatedCaches: true,
    // A new worker takes over at once, and the first visit's page too, so that page's bundle
    // can be cached through it (see register-offline.ts).
    skipWaiting: true,
    clientsClaim: true,
    runtimeCaching: [
      {
        // A split bundle's issue files (issues/ID.json beside its index): small and many, so
        // kept apart, where reading a hundred issues cannot push the index out of its cache.
        urlPattern: ({ url, sameOrigin, request }) =>
          sameOrigin && request.destination === '' && /\/issues\/[^/]+\.json$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'civic-trail-issue-files',
          networkTimeoutSeconds: 4,
          expiration: { maxEntries: 500 },
          cacheableResponse: { statuses: [200] },
        },
      },
      {
        // Workbox writes this function into the generated worker, so it uses nothing from here.
        urlPattern: ({ url, sameOrigin, request }) =>
          sameOrigin && request.destination === '' && url.pathname.endsWith('.json'),
        handler: 'NetworkFirst',
        options: {
          cacheName: BUNDLE_CACHE,
          networkTimeoutSeconds: 4,
          // A bundle can be tens of megabytes: keep the few most recently read.
          expiration: { maxEntries: 6 },
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
  },
};
