// Filters live in the address; two changes made before the page draws again must both land.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { useSearchFilter } from './use-search-filter.ts';

/** Stands in for a view whose filters change together, or faster than it draws. */
function Filters() {
  const [values, set] = useSearchFilter(['body', 'year', 'issueTitle'] as const);
  return (
    <>
      <button
        onClick={() => {
          set('body', 'cabinet');
          set('issueTitle', 'commissioning');
        }}
      >
        Both
      </button>
      <button onClick={() => set('body', '')}>Any body</button>
      <button onClick={() => set('issueTitle', 'waste')}>Waste</button>
      <p>{values.year ?? 'any year'}</p>
    </>
  );
}

function openAt(address: string) {
  const router = createMemoryRouter([{ path: '/savings', Component: Filters }], {
    initialEntries: [address],
  });
  render(<RouterProvider router={router} />);
  return router;
}

const click = (name: string) => userEvent.click(screen.getByRole('button', { name }));

describe('useSearchFilter', () => {
  it('keeps both of two changes made before the next render', async () => {
    const router = openAt('/savings?year=2024');
    await click('Both');
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      year: '2024',
      body: 'cabinet',
      issueTitle: 'commissioning',
    });
  });

  it('removes a filter set to nothing, and replaces the history entry', async () => {
    const router = openAt('/savings?year=2024&body=cabinet');
    await click('Any body');
    expect(router.state.location.search).toBe('?year=2024');
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('starts from the address once it has moved', async () => {
    const router = openAt('/savings');
    await click('Both');
    await act(() => router.navigate('/savings?year=2020'));
    expect(screen.getByText('2020')).toBeInTheDocument();
    await click('Waste');
    expect(router.state.location.search).toBe('?year=2020&issueTitle=waste');
  });
});
