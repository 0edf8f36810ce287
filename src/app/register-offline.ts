/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the service worker that vite-plugin-pwa generates (options in offline-app.ts).
 * main.tsx loads this module after the first render, so the first route does not carry it.
 */
import { registerSW } from 'virtual:pwa-register';
import { sourceOfAddress } from '@/data/bundle-source.ts';

/** Resolves once a service worker controls this page: at once, or when the new one claims it. */
function controlled(): Promise<void> {
  const container = navigator.serviceWorker;
  if (container.controller) return Promise.resolve();
  return new Promise((resolve) =>
    container.addEventListener('controllerchange', () => resolve(), { once: true }),
  );
}

/**
 * On the first visit the page fetched its bundle before the worker existed, so the worker's
 * cache does not hold it yet. Asking for it again through the worker puts it there, and the
 * record the reader is looking at is then there with no network too.
 */
async function cacheShownBundle(): Promise<void> {
  const source = sourceOfAddress(location.search);
  if (source.kind !== 'url') return;
  await controlled();
  try {
    await fetch(source.href, { headers: { Accept: 'application/json' } });
  } catch {
    // Offline already: the next visit with a network caches it.
  }
}

registerSW({
  onOfflineReady: () => void cacheShownBundle(),
});
