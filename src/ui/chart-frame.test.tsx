import { render, screen, within } from '@testing-library/react';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import { ChartFrame, ChartKey } from './chart-frame.tsx';
import { DataTable } from './data-table.tsx';

const rows = [
  { name: 'A', value: 3 },
  { name: 'B', value: 5 },
];

function table() {
  return (
    <DataTable
      caption="Values"
      rows={rows}
      rowKey={(r) => r.name}
      columns={[
        { key: 'name', header: 'Name', rowHeader: true, cell: (r) => r.name },
        { key: 'value', header: 'Value', numeric: true, cell: (r) => r.value },
      ]}
    />
  );
}

function Broken(): never {
  throw new Error('the chart broke');
}

describe('ChartFrame', () => {
  it('draws the chart as one image named by its summary, with its table twin', () => {
    const { container } = render(
      <ChartFrame
        id="values"
        title="Values"
        summary="B is the larger of two values."
        table={table()}
        chart={
          <BarChart data={rows} accessibilityLayer={false}>
            <XAxis dataKey="name" />
            <YAxis />
            <Bar dataKey="value" isAnimationActive={false} />
          </BarChart>
        }
      >
        <ChartKey items={[{ label: 'Stated', swatch: 'solid', color: '#000' }]} />
      </ChartFrame>,
    );
    const section = screen.getByRole('region', { name: 'Values' });
    expect(within(section).getByRole('heading', { level: 2, name: 'Values' })).toBeVisible();
    expect(within(section).getByText('B is the larger of two values.')).toBeVisible();
    const image = within(section).getByRole('img', { name: 'B is the larger of two values.' });
    // The chart really draws under jsdom, thanks to its initial size.
    // eslint-disable-next-line testing-library/no-container, testing-library/no-node-access
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2);
    expect(image).toBeVisible();
    const tableRegion = within(section).getByRole('region', { name: 'Values (scrollable table)' });
    expect(within(tableRegion).getByRole('rowheader', { name: 'B' })).toBeVisible();
    expect(within(section).getByText('Stated')).toBeVisible();
  });

  it('keeps the summary and the table when the chart fails', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ChartFrame
        id="values"
        title="Values"
        summary="Two values."
        table={table()}
        chart={<Broken />}
      />,
    );
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(
      screen.getByText('This chart could not be drawn. The table below has the same figures.'),
    ).toBeVisible();
    expect(screen.getByText('Two values.')).toBeVisible();
    expect(screen.getByRole('table', { name: 'Values' })).toBeVisible();
  });

  it('tries again when the data, and so the summary, changes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const chart = (
      <BarChart data={rows} accessibilityLayer={false}>
        <Bar dataKey="value" isAnimationActive={false} />
      </BarChart>
    );
    const { rerender } = render(
      <ChartFrame id="v" title="Values" summary="Before." table={table()} chart={<Broken />} />,
    );
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    rerender(<ChartFrame id="v" title="Values" summary="After." table={table()} chart={chart} />);
    expect(screen.getByRole('img', { name: 'After.' })).toBeVisible();
  });
});
