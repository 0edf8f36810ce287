import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import '@/ui/styles.css';
import { AppProviders } from './providers.tsx';
import { createQueryClient } from './query-client.ts';
import { createAppRoutes } from './router.tsx';

const queryClient = createQueryClient();
const router = createBrowserRouter(createAppRoutes(queryClient));
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <AppProviders client={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);

// Offline support is for the built app only (the dev server has no worker). It is a chunk of its
// own, fetched beside the first route rather than inside it, and registers once the page has
// loaded.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void import('./register-offline.ts');
}
