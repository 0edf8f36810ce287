/**
 * Turns a chart as drawn on the page into a file that stands alone: an SVG document with the
 * chart's title and summary above it and its source and the record's date below, or a PNG drawn
 * from that SVG. Loaded only when someone asks for a download, so no view carries it.
 */
import { downloadBlob, fileNameOf } from '@/export/download.ts';
import { wrapLabel } from './wrap-label.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** The words drawn around the chart; all of them may come from the bundle, so none is trusted. */
export type ChartWords = {
  title: string;
  summary: string;
  sourceLine: string;
  asOfLine: string;
};

export type ChartImage = { svg: string; width: number; height: number };

/**
 * The styles the app's stylesheets give a chart that a file opened elsewhere would lose: without
 * them the bars turn black and the axis text changes face. Written as presentation attributes,
 * not `style`, so the copy needs no inline-style allowance under the page's CSP.
 */
const KEPT_STYLES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** What a bare SVG renderer assumes anyway: writing it out again only swells the file. */
const DEFAULTS: Partial<Record<(typeof KEPT_STYLES)[number], string>> = {
  'fill-opacity': '1',
  'stroke-opacity': '1',
  opacity: '1',
  'stroke-dasharray': 'none',
  visibility: 'visible',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
};
// Of these, only opacity is not inherited: a child's equal value is its own, not its parent's.

/** Attributes that make sense inside the page only: focus, roles, the page's own layout. */
const PAGE_ONLY = ['tabindex', 'role', 'focusable', 'style', 'class', 'aria-label', 'aria-hidden'];

const LAYOUT = {
  margin: 16,
  titleSize: 18,
  textSize: 13,
  lineGap: 1.35,
  /** Characters per line are estimated from the width: SVG text does not wrap by itself. */
  charWidth: 0.6,
  minWidth: 320,
  ink: '#1a1a1a',
  muted: '#4a5360',
  paper: '#ffffff',
};

/** A file name from the chart's title and the record's date: `savings-by-year-2010-12-13`. */
export function chartFileName(title: string, asOf: string, extension: 'svg' | 'png'): string {
  return fileNameOf(title, extension, 'chart').replace(/\.(svg|png)$/, `-${asOf}.$1`);
}

/** A computed `url(...)` may name the page's address before the `#`; the file has only its own. */
function localReference(value: string): string {
  const match = /^url\(\s*['"]?[^#'")]*#([^'")\s]+)['"]?\s*\)$/.exec(value);
  return match ? `url(#${match[1]})` : value;
}

type Styles = ReadonlyMap<string, string>;

/**
 * Writes onto the copy the styles each element was drawn with that it does not state itself: the
 * page's font and colour, which the chart inherits from the page. A value the parent already
 * carries is inherited in the file too, so it is written once, at the top. An element's own
 * attribute is kept as it is: the app's stylesheets style no part of a chart, so it is what was
 * drawn (and a url(#pattern) stays a reference to the file's own pattern).
 */
function copyComputedStyles(from: Element, to: Element, inherited: Styles = new Map()): void {
  const view = from.ownerDocument.defaultView;
  const own = new Map<string, string>();
  if (view) {
    const style = view.getComputedStyle(from);
    for (const name of KEPT_STYLES) {
      const value = localReference(style.getPropertyValue(name).trim());
      if (value) own.set(name, value);
      const stated = to.getAttribute(name);
      if (stated !== null) {
        own.set(name, stated);
        continue;
      }
      const fromParent = name === 'opacity' ? undefined : inherited.get(name);
      if (value && value !== DEFAULTS[name] && value !== fromParent) {
        to.setAttribute(name, value);
      }
    }
  }
  for (const name of PAGE_ONLY) to.removeAttribute(name);
  const fromChildren = from.children;
  const toChildren = to.children;
  for (let i = 0; i < fromChildren.length; i += 1) {
    const a = fromChildren[i];
    const b = toChildren[i];
    if (a && b) copyComputedStyles(a, b, own);
  }
}

/**
 * Renames every id in the copy to `prefix-N` and points every reference at the new name, so the
 * file holds its own patterns and clips whatever page it is later pasted into beside another.
 */
function renameIds(root: Element, prefix: string): void {
  const renamed = new Map<string, string>();
  for (const element of root.querySelectorAll('[id]')) {
    const next = `${prefix}-${renamed.size + 1}`;
    renamed.set(element.id, next);
    element.id = next;
  }
  const refer = (id: string) => renamed.get(id);
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      const value = attribute.value;
      if (value.includes('url(')) {
        attribute.value = value.replace(
          /url\(\s*['"]?#([^'")\s]+)['"]?\s*\)/g,
          (whole, id: string) => (refer(id) ? `url(#${refer(id)})` : whole),
        );
      } else if (attribute.localName === 'href' && value.startsWith('#')) {
        const next = refer(value.slice(1));
        if (next) attribute.value = `#${next}`;
      }
    }
  }
}

function chartSize(chart: SVGSVGElement): { width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const width = Number(chart.getAttribute('width')) || box.width;
  const height = Number(chart.getAttribute('height')) || box.height;
  return { width: Math.round(width), height: Math.round(height) };
}

/** Lines of text, each a <text> the serializer escapes: bundle words can never become markup. */
function textBlock(
  doc: XMLDocument,
  lines: readonly string[],
  {
    x,
    y,
    size,
    weight,
    fill,
  }: { x: number; y: number; size: number; weight: number; fill: string },
): { element: Element; height: number } {
  const step = Math.round(size * LAYOUT.lineGap);
  const group = doc.createElementNS(SVG_NS, 'g');
  group.setAttribute('font-size', String(size));
  group.setAttribute('font-weight', String(weight));
  group.setAttribute('fill', fill);
  lines.forEach((line, i) => {
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(x));
    text.setAttribute('y', String(y + size + i * step));
    text.textContent = line;
    group.append(text);
  });
  return { element: group, height: lines.length * step };
}

function wrap(text: string, width: number, size: number): string[] {
  const chars = Math.max(20, Math.floor(width / (size * LAYOUT.charWidth)));
  // No limit on lines: a summary is the chart's meaning and is never cut short.
  return wrapLabel(text, chars, Number.MAX_SAFE_INTEGER);
}

/**
 * A standalone SVG document of the drawn chart: a white sheet, the title and summary, a copy of
 * the chart with the styles it was drawn with, and the source line and the record's date.
 * `idPrefix` keeps the file's ids apart from any other chart's.
 */
export function composeChartSvg(
  chart: SVGSVGElement,
  words: ChartWords,
  idPrefix: string,
): ChartImage {
  const size = chartSize(chart);
  const { margin, titleSize, textSize } = LAYOUT;
  // A margin on each side too: axis labels at the chart's edges may reach past its box.
  const width = Math.max(size.width + 2 * margin, LAYOUT.minWidth);
  const textWidth = width - 2 * margin;
  const font =
    chart.ownerDocument.defaultView?.getComputedStyle(chart).fontFamily || 'system-ui, sans-serif';

  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:xlink', XLINK_NS);
  root.setAttribute('font-family', font);
  // Named as the page names it, for whoever opens the file with a screen reader.
  root.setAttribute('role', 'img');
  const name = doc.createElementNS(SVG_NS, 'title');
  name.textContent = words.title;
  const description = doc.createElementNS(SVG_NS, 'desc');
  // Whole, where the drawn lines are wrapped: a search of the file finds each sentence.
  description.textContent = [words.summary, words.sourceLine, words.asOfLine].join('\n');

  const parts: Element[] = [];
  let y = margin;
  const title = textBlock(doc, wrap(words.title, textWidth, titleSize), {
    x: margin,
    y,
    size: titleSize,
    weight: 700,
    fill: LAYOUT.ink,
  });
  parts.push(title.element);
  y += title.height + 4;
  const summary = textBlock(doc, wrap(words.summary, textWidth, textSize), {
    x: margin,
    y,
    size: textSize,
    weight: 600,
    fill: LAYOUT.ink,
  });
  parts.push(summary.element);
  y += summary.height + 8;

  const copy = doc.importNode(chart, true) as Element;
  copyComputedStyles(chart, copy);
  copy.setAttribute('x', String(Math.round((width - size.width) / 2)));
  copy.setAttribute('y', String(y));
  copy.setAttribute('width', String(size.width));
  copy.setAttribute('height', String(size.height));
  copy.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  copy.setAttribute('overflow', 'visible');
  parts.push(copy);
  y += size.height + 8;

  const footerLines = [
    ...wrap(words.sourceLine, textWidth, textSize),
    ...wrap(words.asOfLine, textWidth, textSize),
  ];
  const footer = textBlock(doc, footerLines, {
    x: margin,
    y,
    size: textSize,
    weight: 400,
    fill: LAYOUT.muted,
  });
  parts.push(footer.element);
  const height = Math.ceil(y + footer.height + margin);

  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const sheet = doc.createElementNS(SVG_NS, 'rect');
  sheet.setAttribute('width', '100%');
  sheet.setAttribute('height', '100%');
  sheet.setAttribute('fill', LAYOUT.paper);
  root.append(name, description, sheet, ...parts);
  renameIds(root, idPrefix);

  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
  return { svg, width, height };
}

/**
 * The same picture as a PNG at twice its size, for slides and documents that take no SVG. The
 * image is read from a data: address because the page's CSP allows images from data: and not
 * from blob:; an SVG with no external parts leaves the canvas readable.
 */
export async function chartPng(image: ChartImage, scale = 2): Promise<Blob> {
  const picture = new Image();
  picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.svg)}`;
  await picture.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width * scale;
  canvas.height = image.height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a canvas.');
  context.scale(scale, scale);
  context.drawImage(picture, 0, 0, image.width, image.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no PNG.'))),
      'image/png',
    );
  });
}

/** What a download control does: compose the picture and save it as SVG or PNG. */
export async function downloadChart(
  chart: SVGSVGElement,
  words: ChartWords,
  { format, asOf, idPrefix }: { format: 'svg' | 'png'; asOf: string; idPrefix: string },
): Promise<string> {
  const image = composeChartSvg(chart, words, idPrefix);
  const name = chartFileName(words.title, asOf, format);
  const blob =
    format === 'svg'
      ? new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' })
      : await chartPng(image);
  downloadBlob(name, blob);
  return name;
}
