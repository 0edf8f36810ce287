import { act, screen, waitFor } from '@testing-library/react';
import { renderApp } from '@/test/render-app.tsx';

/**
 * The memory router does not move jsdom's address, so each test puts the address it copies in
 * the window itself, as the browser router would.
 */
const SHARED = '/issues?body=cabinet&year=2021';

async function openIssueList() {
  window.history.replaceState(null, '', SHARED);
  const view = renderApp(SHARED);
  await screen.findByRole('heading', { level: 1, name: 'Issues' });
  return view;
}

describe('Copy link', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    window.history.replaceState(null, '', '/');
  });

  it('copies the whole address, filters included, and says so in a polite status', async () => {
    const { user } = await openIssueList();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}${SHARED}`);
    expect(screen.getByText('Link copied.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('textbox', { name: 'Link to this page' })).not.toBeInTheDocument();
  });

  it('says plainly when the browser refuses, and selects the link in a field to copy by hand', async () => {
    const { user } = await openIssueList();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Write permission denied.', 'NotAllowedError'),
    );
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(
      await screen.findByText(/The browser refused to copy/, { selector: '[role=status]' }),
    ).toBeVisible();
    expect(screen.queryByText('Link copied.')).not.toBeInTheDocument();
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Link to this page' });
    expect(field).toHaveValue(`${window.location.origin}${SHARED}`);
    expect(field).toHaveAttribute('readonly');
    await waitFor(() => expect(field).toHaveFocus());
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  });

  it('treats a browser with no clipboard at all as a refusal', async () => {
    const { user } = await openIssueList();
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('textbox', { name: 'Link to this page' })).toHaveValue(
      `${window.location.origin}${SHARED}`,
    );
  });

  it('drops its message once the view changes, so it never speaks of an older address', async () => {
    const { user, router } = await openIssueList();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied.')).toBeVisible();
    await act(() => router.navigate('/issues?body=cabinet', { replace: true }));
    await waitFor(() => expect(screen.queryByText('Link copied.')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeVisible();
  });
});
