import { http, HttpResponse } from 'msw';
import { act, screen, waitFor, within } from '@testing-library/react';
import { brokenBundles, buildEmptyBundle, buildValidBundle } from '~mocks/fixtures/bundles.ts';
import { BUNDLE_ROUTE, serveBundle } from '~mocks/handlers/bundle.ts';
import { server } from '~mocks/node.ts';
import { renderApp } from '@/test/render-app.tsx';
import * as sourceModule from './source-model.ts';

describe('source route', () => {
  it('highlights the quoted span in a mark and focuses it', async () => {
    const figure = buildValidBundle().figures[0]!;
    const { start, end } = figure.source;
    renderApp(`/sources/harbour-wall-page?start=${start}&end=${end}`);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Harbour wall repairs: issue meetings',
      }),
    ).toBeVisible();
    const mark = screen.getByText(figure.source.quote, { selector: 'mark' });
    await waitFor(() => expect(mark).toHaveFocus());
    expect(screen.getByText('The quoted words are highlighted below.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Harbour wall repairs' })).toHaveAttribute(
      'href',
      '/issues/harbour-wall',
    );
    await waitFor(() =>
      expect(document.title).toBe('Harbour wall repairs: issue meetings | Civic Trail'),
    );
  });

  it('lands on the quote when a figure’s source link is followed', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('link', { name: '£150,000 (Source)' }));
    const mark = await screen.findByText('a full year saving of £150,000 in maintenance', {
      selector: 'mark',
    });
    await waitFor(() => expect(mark).toHaveFocus());
  });

  it('shows the whole text without a highlight when the span is not in the document', async () => {
    renderApp('/sources/harbour-wall-page?start=5&end=999999');
    expect(await screen.findByText(/nothing is highlighted/)).toHaveAttribute('role', 'status');
    const text = screen.getByRole('region', { name: 'Source text' });
    expect(within(text).queryByText(/./, { selector: 'mark' })).not.toBeInTheDocument();
  });

  it('shows a friendly not-found for an unknown document', async () => {
    renderApp('/sources/nope');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Source document not found' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the overview' })).toHaveAttribute('href', '/');
  });

  it('treats every document as unknown in an empty bundle', async () => {
    server.use(serveBundle(buildEmptyBundle()));
    renderApp('/sources/harbour-wall-page');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Source document not found' }),
    ).toBeVisible();
  });

  it('offers a retry after a failed fetch', async () => {
    server.use(http.get(BUNDLE_ROUTE, () => HttpResponse.error()));
    const { user } = renderApp('/sources/harbour-wall-page');
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be reached');
    server.use(serveBundle(buildValidBundle()));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Harbour wall repairs: issue meetings',
      }),
    ).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('names the broken path of a record it set aside, and shows the rest', async () => {
    server.use(serveBundle(brokenBundles.missingField));
    const { user } = renderApp('/sources/harbour-wall-page');
    const notice = await screen.findByRole('region', {
      name: 'Some records in this bundle were set aside',
    });
    await user.click(within(notice).getByText(/Show all 2 set-aside records/));
    expect(within(notice).getByText('issues[1].title')).toBeVisible();
  });
});

describe('source shaping', () => {
  it('finds the document once per bundle, not again when the highlighted span changes', async () => {
    const shape = vi.spyOn(sourceModule, 'sourceModel');
    const { router } = renderApp('/sources/harbour-wall-page');
    await screen.findByRole('heading', { level: 1, name: 'Harbour wall repairs: issue meetings' });
    expect(shape).toHaveBeenCalledTimes(1);
    await act(() => router.navigate('/sources/harbour-wall-page?start=0&end=5'));
    expect(await screen.findByText('The quoted words are highlighted below.')).toBeVisible();
    expect(shape).toHaveBeenCalledTimes(1);
  });
});
