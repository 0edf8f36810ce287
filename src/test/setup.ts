import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '~mocks/node.ts';

// jsdom has no layout, so it cannot scroll; ScrollRestoration calls this on every navigation.
// Node-environment tests (the importer, the loader's fuzz suite) have no window at all.
if (typeof window !== 'undefined') window.scrollTo = () => {};

// Every request a test makes must be one a handler expects: a stray fetch is a bug.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
