// A record of hundreds of commitments: the list draws a screenful, says the true count and each
// card's place, and draws every card for paper.
import { act, screen, within } from '@testing-library/react';
import { buildValidBundle } from '~mocks/fixtures/bundles.ts';
import { serveBundle } from '~mocks/handlers/bundle.ts';
import { server } from '~mocks/node.ts';
import { renderApp } from '@/test/render-app.tsx';

const MANY = 240;
function manyPromises() {
  const bundle = buildValidBundle();
  const first = bundle.commitments[0]!;
  bundle.commitments = Array.from({ length: MANY }, (_, i) => ({
    ...first,
    id: `promise-${i}`,
    text: `Promise number ${i + 1}`,
  }));
  return bundle;
}

describe('commitments at scale', () => {
  it('draws a screenful of a long list, each card saying its place in the whole', async () => {
    server.use(serveBundle(manyPromises()));
    renderApp('/commitments');
    const list = await screen.findByRole('list', { name: 'Commitments' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.length).toBeLessThan(MANY);
    expect(rows[0]).toHaveAttribute('aria-setsize', String(MANY));
    // Each drawn card says where it sits in the whole list, not among the cards drawn.
    const places = rows.map((r) => Number(r.getAttribute('aria-posinset')));
    expect(places.every((p, i) => i === 0 || p === places[i - 1]! + 1)).toBe(true);
    expect(within(rows[0]!).getByRole('heading').textContent).toBe(`Promise number ${places[0]}`);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const paper = screen.getByRole('list', { name: 'Commitments' });
    expect(within(paper).getAllByRole('article')).toHaveLength(MANY);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(
      within(screen.getByRole('list', { name: 'Commitments' })).getAllByRole('listitem').length,
    ).toBeLessThan(MANY);
  });
});
