import { screen, within } from '@testing-library/react';
import { buildVersion2Bundle } from '~mocks/fixtures/bundles.ts';
import { serveBundle } from '~mocks/handlers/bundle.ts';
import { server } from '~mocks/node.ts';
import { renderApp } from '@/test/render-app.tsx';

describe('issue list route', () => {
  beforeEach(() => server.use(serveBundle(buildVersion2Bundle())));

  it('lists every issue with where and when it was last heard, each linking to its trail', async () => {
    const { user } = renderApp('/issues');
    const list = await screen.findByRole('list', { name: 'Issues' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveAttribute('aria-setsize', '3');
    expect(rows[0]).toHaveAttribute('aria-posinset', '1');
    expect(rows[1]).toHaveTextContent('Harbour wall repairs');
    expect(rows[1]).toHaveTextContent('Harbour Board · Cabinet · Full Council');
    expect(rows[1]).toHaveTextContent(
      'Last before a meeting 20 May 2021 · 3 meetings · Decision recorded · 3 reviewed figures · 4 commitments',
    );
    // The count is a status of its own beside the Copy link control's (empty) one.
    expect(screen.getByText(/3 issues/, { selector: '[role=status]' })).toBeVisible();
    await user.click(within(rows[1]!).getByRole('link', { name: 'Harbour wall repairs' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Harbour wall repairs' }),
    ).toBeVisible();
  });

  it('keeps its filters in the address, so a link opens the same narrowed list', async () => {
    const { user, router } = renderApp('/issues?year=2021');
    const list = await screen.findByRole('list', { name: 'Issues' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByLabelText('Year')).toHaveValue('2021');
    await user.selectOptions(screen.getByLabelText('Holding'), 'Reviewed figures');
    expect(router.state.location.search).toBe('?year=2021&has=figures');
    expect(await screen.findByText('1 of 3 issues')).toBeVisible();
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    await user.selectOptions(screen.getByLabelText('Body'), 'Scrutiny Committee');
    expect(await screen.findByText('No issue matches these filters.')).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Issues' })).not.toBeInTheDocument();
  });

  it('ignores a filter value no issue can have rather than failing', async () => {
    renderApp('/issues?has=unicorns');
    const list = await screen.findByRole('list', { name: 'Issues' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByLabelText('Holding')).toHaveValue('');
  });
});
