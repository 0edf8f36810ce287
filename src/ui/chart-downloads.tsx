import { useEffect, useState, type RefObject } from 'react';
import { formatDay } from '@/bundle/calendar.ts';
import type { ChartSource } from './chart-source.ts';
import { strings } from './strings.en.ts';
import { VisuallyHidden } from './visually-hidden.tsx';

const s = strings.chart;

/** The drawn chart's own <svg>: recharts marks its surface, which legends' small icons are not. */
function drawnSvg(box: HTMLElement | null): SVGSVGElement | null {
  return box?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? null;
}

/** True once the chart has an <svg> to copy: ResponsiveContainer draws only after it has a size. */
function useDrawn(box: RefObject<HTMLElement | null>): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const check = () => setDrawn(drawnSvg(element) !== null);
    check();
    const observer = new MutationObserver(check);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [box]);
  return drawn;
}

/**
 * The pair of controls under a chart that save it as an SVG or PNG file, with its title, summary,
 * source and the record's date drawn in, so a picture pasted into a paper still says where it came
 * from. The composing code is fetched on the first click only.
 */
export function ChartDownloads({
  box,
  headingId,
  title,
  summary,
  source,
}: {
  box: RefObject<HTMLElement | null>;
  headingId: string;
  title: string;
  summary: string;
  source: ChartSource;
}) {
  const drawn = useDrawn(box);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const download = async (format: 'svg' | 'png') => {
    const chart = drawnSvg(box.current);
    // Not `disabled` while busy: that would drop the keyboard focus from the pressed button.
    if (!chart || busy) return;
    setBusy(true);
    setMessage('');
    try {
      const { downloadChart } = await import('./chart-image.ts');
      const words = {
        title,
        summary,
        sourceLine: source.line,
        asOfLine: strings.app.footerAsOf(formatDay(source.asOf)),
      };
      const name = await downloadChart(chart, words, {
        format,
        asOf: source.asOf,
        idPrefix: headingId,
      });
      setMessage(s.downloaded(name));
    } catch {
      setMessage(s.downloadFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="chart-downloads">
      {drawn && (
        <>
          {(['svg', 'png'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="button button-secondary"
              onClick={() => void download(format)}
            >
              {format === 'svg' ? s.downloadSvg : s.downloadPng}{' '}
              <VisuallyHidden>{s.whichChart(title)}</VisuallyHidden>
            </button>
          ))}
        </>
      )}
      {/* Always in the page, so screen readers are listening before the message arrives. A plain
          polite region, not role="status": some frames already hold their filters’ status. */}
      <p aria-live="polite" className="chart-downloads-status">
        {message}
      </p>
    </div>
  );
}
