import { http, HttpResponse, type JsonBodyType } from 'msw';
import { buildValidBundle } from '../fixtures/bundles.ts';

/** Matches the bundle on any origin: jsdom pages live on localhost, the preview on 127.0.0.1. */
export const BUNDLE_ROUTE = '*/data/bundle.json';

/** Happy paths only; tests add failures with server.use(...). */
export const bundleHandlers = [http.get(BUNDLE_ROUTE, () => HttpResponse.json(buildValidBundle()))];

/** Serve a given body for the bundle, e.g. an empty or broken one. */
export function serveBundle(body: JsonBodyType, init?: { status?: number }) {
  return http.get(BUNDLE_ROUTE, () =>
    typeof body === 'string'
      ? new HttpResponse(body, {
          status: init?.status ?? 200,
          headers: { 'Content-Type': 'application/json' },
        })
      : HttpResponse.json(body, { status: init?.status ?? 200 }),
  );
}
