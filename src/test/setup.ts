import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '~mocks/node.ts';

// jsdom has no layout, so it cannot scroll; ScrollRestoration calls this on every navigation.
// Node-environment tests (the importer, the loader's fuzz suite) have no window at all.
if (typeof window !== 'undefined') window.scrollTo = () => {};

// A view now draws once its bundle is read and checked, which on a busy shared machine can take
// longer than the library's one second; a real failure still fails, only later.
configure({ asyncUtilTimeout: 5000 });

// Every request a test makes must be one a handler expects: a stray fetch is a bug.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
