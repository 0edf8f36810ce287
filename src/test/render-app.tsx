import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/providers.tsx';
import { createAppRoutes } from '@/app/router.tsx';
import { setOpenedFile } from '@/data/bundle-source.ts';

/** The real providers and route objects in a memory router, with a fresh client per test. */
export function renderApp(url: string) {
  // A file opened by an earlier test would otherwise still be open: the app holds it per page.
  setOpenedFile(null);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity } },
  });
  const router = createMemoryRouter(createAppRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup();
  const result = render(
    <AppProviders client={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, router, queryClient, user };
}
