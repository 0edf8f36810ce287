import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
    render(
      <ChartFrame
        id="values"
        title="Values"
        summary="B is the larger of two values."
        source={null}
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
    // The chart really draws under jsdom, thanks to its initial size: one bar per value.
    expect(
      new XMLSerializer()
        .serializeToString(image)
        .match(/class="recharts-layer recharts-bar-rectangle"/g),
    ).toHaveLength(2);
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
        source={null}
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
      <ChartFrame
        id="v"
        title="Values"
        summary="Before."
        table={table()}
        chart={<Broken />}
        source={null}
      />,
    );
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    rerender(
      <ChartFrame
        id="v"
        title="Values"
        summary="After."
        table={table()}
        chart={chart}
        source={null}
      />,
    );
    expect(screen.getByRole('img', { name: 'After.' })).toBeVisible();
  });

  describe('downloads', () => {
    const source = {
      line: 'Source: Exampleshire Council, figures quoted from the record.',
      asOf: '2010-12-13',
    };
    const chart = (
      <BarChart data={rows} accessibilityLayer={false}>
        <Bar dataKey="value" isAnimationActive={false} />
      </BarChart>
    );

    it('saves the drawn chart as an SVG file with its words and the record’s date', async () => {
      const saved: Blob[] = [];
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        saved.push(blob as Blob);
        return 'blob:chart';
      });
      vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
      // jsdom cannot follow a download link; the file handed to it is what matters.
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
      render(
        <ChartFrame
          id="values"
          title="Values"
          summary="B is the larger of two values."
          table={table()}
          chart={chart}
          source={source}
        />,
      );
      // Offered once the chart has drawn its <svg>, which recharts does just after mounting.
      await userEvent.click(
        await screen.findByRole('button', { name: 'Download chart as SVG (Values)' }),
      );
      // Said in the live region, so a screen reader hears that the file was made.
      expect(await screen.findByText('Downloaded values-2010-12-13.svg.')).toHaveAttribute(
        'aria-live',
        'polite',
      );
      expect(click).toHaveBeenCalledTimes(1);
      expect(saved).toHaveLength(1);
      const svg = await saved[0]!.text();
      // Well-formed: the browser's own parser reads it without complaint.
      const file = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(new XMLSerializer().serializeToString(file)).not.toContain('parsererror');
      // Drawn in the picture, line by line, as well as named in the file: the words of its
      // <text> elements (and their <tspan> lines), not of its <title>.
      const drawn = [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
        .map((m) =>
          m[1]!
            .replace(/<[^>]+>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim(),
        )
        .join(' ');
      expect(drawn).toContain('Values');
      expect(drawn).toContain('B is the larger of two values.');
      expect(drawn).toContain(source.line);
      expect(drawn).toContain('The record speaks up to 13 Dec 2010.');
    });

    it('names the chart in each control, and offers both formats', async () => {
      render(
        <ChartFrame
          id="v"
          title="Values"
          summary="Two."
          table={null}
          chart={chart}
          source={source}
        />,
      );
      expect(
        await screen.findByRole('button', { name: 'Download chart as SVG (Values)' }),
      ).toBeVisible();
      expect(screen.getByRole('button', { name: 'Download chart as PNG (Values)' })).toBeVisible();
    });

    it('offers no download of a chart that failed, nor before the record is known', () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const { rerender } = render(
        <ChartFrame
          id="v"
          title="Values"
          summary="Two."
          table={null}
          chart={<Broken />}
          source={source}
        />,
      );
      expect(screen.queryByRole('button')).not.toBeInTheDocument();
      rerender(
        <ChartFrame
          id="v"
          title="Values"
          summary="Three."
          table={null}
          chart={chart}
          source={null}
        />,
      );
      expect(screen.getByRole('img', { name: 'Three.' })).toBeVisible();
      expect(screen.queryByRole('button')).not.toBeInTheDocument();
    });
  });
});
