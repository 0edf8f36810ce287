// A long table draws a screenful on screen, but every row on paper.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { DataTable } from './data-table.tsx';

type Row = { id: string; name: string };
const rows: Row[] = Array.from({ length: 400 }, (_, i) => ({ id: `r${i}`, name: `Row ${i + 1}` }));
const columns = [{ key: 'name', header: 'Name', cell: (r: Row) => r.name, rowHeader: true }];

describe('a long table when printed', () => {
  it('draws every row while printing, and a screenful again after', async () => {
    render(<DataTable caption="Many rows" columns={columns} rows={rows} rowKey={(r) => r.id} />);
    const table = screen.getByRole('table', { name: 'Many rows' });
    const names = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent);
    // The virtualizer loads lazily: its rows, unlike the first rows shown meanwhile, say their place.
    await waitFor(() =>
      expect(within(table).getAllByRole('row')[1]).toHaveAttribute('aria-rowindex'),
    );
    const onScreen = names();
    expect(onScreen.length).toBeLessThan(rows.length);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(names()).toEqual(rows.map((r) => r.name));
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(names()).toEqual(onScreen);
  });
});
