import { render, screen } from '@testing-library/react';
import { createMemoryRouter, data, RouterProvider } from 'react-router';
import { RootErrorBoundary, RouteErrorBoundary } from './route-error.tsx';

function renderThrowing(thrown: unknown, root = false) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        loader: () => {
          throw thrown;
        },
        Component: () => null,
        ErrorBoundary: root ? RootErrorBoundary : RouteErrorBoundary,
      },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
}

describe('route error boundary', () => {
  it('explains an Error and offers a reload and a way back', async () => {
    renderThrowing(new Error('chart data missing'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong on this page' }),
    ).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('chart data missing');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the overview' })).toHaveAttribute('href', '/');
  });

  it('handles a thrown value that is not an Error', async () => {
    renderThrowing('just a string');
    expect(await screen.findByRole('alert')).toHaveTextContent('unexpected problem');
  });

  it('turns a 404 response into the friendly not-found page', async () => {
    renderThrowing(data(null, { status: 404 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  it('names other route responses by status', async () => {
    renderThrowing(data(null, { status: 503, statusText: 'Service Unavailable' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The page answered 503 (Service Unavailable)',
    );
  });

  it('brings its own main landmark at the root, where the layout is gone', async () => {
    renderThrowing(new Error('boom'), true);
    expect(await screen.findByRole('main')).toHaveAttribute('id', 'main');
  });
});
