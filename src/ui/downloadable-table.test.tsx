import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { VIRTUAL_FROM_ROWS, type Column } from './data-table.tsx';
import { DownloadableTable } from './downloadable-table.tsx';

const saved = vi.hoisted(() => [] as { fileName: string; text: string }[]);
// jsdom has no Worker: the same writer runs here instead.
vi.mock('@/export/csv-in-worker.ts', () => ({
  csvInWorker: async (table: import('@/export/csv-table.ts').CsvTable) =>
    (await import('@/export/csv.ts')).csvFromTable(table),
}));
vi.mock('@/export/download.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/export/download.ts')>()),
  downloadText: (fileName: string, _mime: string, text: string) => saved.push({ fileName, text }),
}));

type Row = { id: string; label: string; pounds: number };
const columns: readonly Column<Row>[] = [
  { key: 'label', header: 'Label', rowHeader: true, cell: (r) => r.label, csv: (r) => r.label },
  {
    key: 'pounds',
    header: 'Amount',
    numeric: true,
    cell: (r) => `£${r.pounds.toLocaleString('en-GB')}`,
    csv: (r) => r.pounds,
  },
  // Drawn only: a column without `csv` stays out of the file.
  { key: 'mark', header: 'Mark', cell: () => '✓' },
];

describe('DownloadableTable', () => {
  it('writes every row of a long table, not only the rows it has drawn', async () => {
    const rows = Array.from({ length: VIRTUAL_FROM_ROWS * 2 }, (_, i) => ({
      id: `r${i}`,
      label: `Saving ${i}, “£${i}m”`,
      pounds: i * 1000,
    }));
    render(
      <DownloadableTable
        caption="Savings by year"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
      />,
    );
    const group = await screen.findByRole('group', { name: 'Downloads: Savings by year' });
    await userEvent.click(within(group).getByRole('button', { name: 'Download CSV' }));
    expect(await within(group).findByText('Saved savings-by-year.csv.')).toBeInTheDocument();

    const [file] = saved;
    expect(file?.fileName).toBe('savings-by-year.csv');
    const parsed = Papa.parse<string[]>(file!.text.replace(/^\ufeff/, ''), {
      skipEmptyLines: true,
    });
    expect(parsed.data[0]).toEqual(['Label', 'Amount']);
    expect(parsed.data).toHaveLength(rows.length + 1);
    expect(parsed.data.at(-1)).toEqual([rows.at(-1)!.label, String(rows.at(-1)!.pounds)]);
    // Far fewer rows are on the page than went into the file.
    expect(screen.getAllByRole('row').length).toBeLessThan(rows.length);
  });

  it('offers no download where no column says what to write', () => {
    render(
      <DownloadableTable
        caption="Marks"
        columns={[{ key: 'mark', header: 'Mark', cell: () => '✓' }]}
        rows={[{ id: 'a' }]}
        rowKey={(r) => r.id}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Download CSV' })).not.toBeInTheDocument();
  });
});
