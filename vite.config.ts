/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './src/app/content-security-policy.ts';
import { parseOriginList } from './src/data/bundle-origins.ts';
import { offlineApp } from './src/app/offline-app.ts';
import { staticShell } from './src/app/static-shell.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));
const mocks = fileURLToPath(new URL('./mocks', import.meta.url));

/**
 * Writes the Content-Security-Policy into the built index.html. Build only: the dev server
 * injects inline scripts that the policy (rightly) blocks.
 */
function contentSecurityPolicyMeta(mode: string): Plugin {
  const origins = parseOriginList(loadEnv(mode, process.cwd(), 'VITE_').VITE_BUNDLE_ORIGINS);
  return {
    name: 'civic-trail-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(origins) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Puts the page's frame (src/app/static-shell.ts) into index.html, so it shows before the app's
 * script has run; React draws over it.
 */
function staticShellHtml(): Plugin {
  return {
    name: 'civic-trail-static-shell',
    transformIndexHtml: (html) =>
      html.replace('<div id="root"></div>', `<div id="root">${staticShell()}</div>`),
  };
}

export default defineConfig(({ mode }) => ({
  // Served from the site root: deep links such as /issues/x load /assets/... and /data/... .
  base: '/',
  plugins: [react(), contentSecurityPolicyMeta(mode), staticShellHtml(), VitePWA(offlineApp)],
  resolve: { alias: { '@': src, '~mocks': mocks } },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Only `npm run size` asks for the manifest (dist/.vite/manifest.json), to tell which route
    // loads which chunk; an ordinary build's output stays as it was.
    manifest: process.env.CIVIC_TRAIL_BUILD_MANIFEST === '1',
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
    restoreMocks: true,
    // Integration tests render whole routes; on a busy two-core machine 5 s is too tight.
    testTimeout: 15_000,
  },
}));
