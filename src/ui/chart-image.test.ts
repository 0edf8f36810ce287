import { chartFileName, composeChartSvg, type ChartWords } from './chart-image.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A small chart as recharts draws one: a hatch pattern that a bar paints with, and an axis label. */
function drawnChart(hatchId = 'savings-hatch-r1'): SVGSVGElement {
  const markup = `<svg xmlns="${SVG_NS}" class="recharts-surface" width="400" height="200" tabindex="0">
    <defs><pattern id="${hatchId}" width="6" height="6"><path d="M0 6L6 0" stroke="#00695c"/></pattern>
    <clipPath id="recharts1-clip"><rect width="400" height="200"/></clipPath></defs>
    <g clip-path="url(#recharts1-clip)"><rect x="10" y="10" width="50" height="100" fill="url(#${hatchId})"/></g>
    <text x="10" y="190">£213,000 a year</text></svg>`;
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  const svg = document.importNode(parsed, true) as unknown as SVGSVGElement;
  document.body.append(svg);
  return svg;
}

const words: ChartWords = {
  title: 'Recurring savings',
  summary: 'Recurring savings stated: £213,000 (a year) & an indicative £0.8m-£1.2m.',
  sourceLine: 'Source: Gloucestershire County Council, figures quoted from the record.',
  asOfLine: 'The record speaks up to 13 December 2010.',
};

function parse(svg: string): XMLDocument {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

/** The words a person sees in the file, one <text> each. */
function textsOf(doc: XMLDocument): string[] {
  return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('composeChartSvg', () => {
  it('writes a standalone SVG with the title, summary, source line and the record’s date', () => {
    const image = composeChartSvg(drawnChart(), words, 'recurring-heading');
    const doc = parse(image.svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(image.svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(root.getAttribute('width')).toBe(String(image.width));
    expect(root.getAttribute('height')).toBe(String(image.height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${image.width} ${image.height}`);
    // The chart sits between the header and the footer, so the sheet is taller than the chart.
    expect(image.width).toBe(432);
    expect(image.height).toBeGreaterThan(200);

    const text = textsOf(doc).join(' ');
    expect(text).toContain(words.title);
    expect(text).toContain('£213,000 (a year) & an indicative');
    expect(text).toContain('Source: Gloucestershire County Council');
    expect(text).toContain('13 December 2010');
    expect(text).toContain('£213,000 a year');
    expect(doc.querySelector('title')?.textContent).toBe(words.title);
    expect(doc.querySelector('desc')?.textContent).toBe(
      [words.summary, words.sourceLine, words.asOfLine].join('\n'),
    );
  });

  it('keeps a hostile title as text: no element is made from the bundle’s words', () => {
    const hostile = '</text><script>alert(1)</script><text>';
    const image = composeChartSvg(
      drawnChart(),
      { ...words, title: hostile, sourceLine: 'Source: A & B <council>.' },
      'x',
    );
    expect(image.svg).not.toContain('<script>');
    const doc = parse(image.svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.getElementsByTagNameNS(SVG_NS, 'script')).toHaveLength(0);
    expect(doc.querySelector('title')?.textContent).toBe(hostile);
    expect(textsOf(doc).join(' ')).toContain('Source: A & B <council>.');
  });

  it('wraps a long summary onto several lines and cuts none of it', () => {
    const summary = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const doc = parse(composeChartSvg(drawnChart(), { ...words, summary }, 'x').svg);
    const lines = textsOf(doc).filter((t) => t.startsWith('word') || / word\d+$/.test(t));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(summary);
  });

  it('gives the file ids of its own, and every reference finds its target inside the file', () => {
    const first = parse(composeChartSvg(drawnChart('shared-id'), words, 'first').svg);
    const second = parse(composeChartSvg(drawnChart('shared-id'), words, 'second').svg);
    const ids = (doc: XMLDocument) => [...doc.querySelectorAll('[id]')].map((e) => e.id);
    for (const doc of [first, second]) {
      expect(new Set(ids(doc)).size).toBe(ids(doc).length);
      const references = [...doc.querySelectorAll('[fill^="url"], [clip-path^="url"]')].map(
        (e) =>
          /url\(#(.+)\)/.exec(e.getAttribute('fill') ?? e.getAttribute('clip-path') ?? '')?.[1],
      );
      expect(references.length).toBeGreaterThanOrEqual(2);
      for (const id of references) expect(ids(doc)).toContain(id);
    }
    // Two files pasted into one page cannot paint with each other's patterns.
    expect(ids(first).filter((id) => ids(second).includes(id))).toEqual([]);
  });

  it('leaves the chart on the page as it was, and drops what only the page needs', () => {
    const chart = drawnChart();
    const markup = () => new XMLSerializer().serializeToString(chart);
    const before = markup();
    const doc = parse(composeChartSvg(chart, words, 'x').svg);
    expect(markup()).toBe(before);
    expect(doc.querySelector('[tabindex]')).toBeNull();
    expect(doc.querySelector('[class]')).toBeNull();
  });
});

describe('chartFileName', () => {
  it('slugs the title and adds the record’s date', () => {
    expect(chartFileName('Savings by year', '2010-12-13', 'svg')).toBe(
      'savings-by-year-2010-12-13.svg',
    );
    expect(chartFileName('Amounts the record mentions, not reviewed', '2010-12-13', 'png')).toBe(
      'amounts-the-record-mentions-not-reviewed-2010-12-13.png',
    );
  });

  it('keeps letters with accents, drops what a file name cannot hold, and never comes out empty', () => {
    expect(chartFileName('Café / “posts” £', '2011-01-01', 'svg')).toBe(
      'cafe-posts-2011-01-01.svg',
    );
    expect(chartFileName('£££', '2011-01-01', 'png')).toBe('chart-2011-01-01.png');
  });
});
