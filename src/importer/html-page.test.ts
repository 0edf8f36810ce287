// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildBundle } from './build-bundle.ts';
import { Diagnostics, formatDiagnostic, ImportError } from './diagnostics.ts';
import { decodeEntities, htmlToText } from './html-page.ts';

/** Invented council and item, in the markup a ModernGov issue page uses. */
const HTML = `<!DOCTYPE html>
<html><head><title>Issue - meetings - Example Council</title>
<script>var menu = "<p>not text</p>";</script></head>
<body>
<ul id="menu"><li><a href="/">Home</a></li></ul>
<h1 class="mgMainTitleTxt">Issue - meetings</h1>
<h2 class="mgSubTitleTxt">Bus shelter renewal</h2>
<p class="mgSubTitleTxt">Meeting: 05/06/2014 - Transport Committee (Item 8)</p>
<ul class="mgBulletList"><li><a href="doc.pdf">8 Bus shelter renewal <img src="pdf.gif" alt="pdf icon" /><span>PDF&nbsp;44&nbsp;KB</span></a></li></ul>
<p>Report of the Head of Highways</p>
<h3>Decision:</h3>
<p>RESOLVED that:</p>
<p>(a)&nbsp;&nbsp;shelters be renewed at a cost of &pound;120,000; and</p>
<p>(b)&nbsp;&nbsp;work start by June 2015.</p>
<h3>Minutes:</h3>
<p>The   committee   discussed
the report.</p>
<p>&nbsp;</p>
<p>Members asked &#8216;why now?&#8217; &hellip;&nbsp; view the full minutes text for item 8</p>
</body></html>
`;

describe('an HTML page', () => {
  it('reads as the visible text, laid out like the saved-text pages', () => {
    const { text } = htmlToText(HTML);
    expect(text.split('\n\n')).toEqual([
      'Home',
      'Issue - meetings',
      'Bus shelter renewal',
      'Meeting: 05/06/2014 - Transport Committee (Item 8)',
      '8 Bus shelter renewal pdf icon PDF\u00a044\u00a0KB',
      'Report of the Head of Highways',
      'Decision:',
      'RESOLVED that:',
      '(a)\u00a0\u00a0shelters be renewed at a cost of £120,000; and',
      '(b)\u00a0\u00a0work start by June 2015.',
      'Minutes:',
      'The committee discussed the report.',
      '\u00a0',
      'Members asked ‘why now?’ …\u00a0 view the full minutes text for item 8',
    ]);
  });

  it('builds into a bundle like any page', () => {
    const diag = new Diagnostics();
    const bundle = buildBundle(
      [
        {
          file: 'bus.html',
          fileName: 'bus.html',
          bytes: new TextEncoder().encode(HTML),
          annotation: null,
        },
      ],
      diag,
    );
    expect(diag.all.map(formatDiagnostic)).toEqual([]);
    const [item] = bundle.items;
    expect(item).toMatchObject({
      id: '2014-06-05-transport-committee-item-8',
      title: 'Bus shelter renewal',
      reportOf: 'the Head of Highways',
      documents: [{ title: 'Bus shelter renewal', format: 'PDF', sizeKb: 44, role: 'report' }],
      minutes: {
        truncated: true,
        text: 'The committee discussed the report.\n\nMembers asked ‘why now?’',
      },
    });
    expect(item!.decision!.resolutions.map((r) => r.number)).toEqual(['a', 'b']);
    expect(bundle.mentions.map((m) => m.quote)).toEqual(['£120,000', 'June 2015']);
  });

  it('reports problems at the line of the HTML file', () => {
    const diag = new Diagnostics();
    const bad = HTML.replace('05/06/2014', '31/06/2014');
    expect(() =>
      buildBundle(
        [
          {
            file: 'bus.html',
            fileName: 'bus.html',
            bytes: new TextEncoder().encode(bad),
            annotation: null,
          },
        ],
        diag,
      ),
    ).toThrow(ImportError);
    expect(diag.all.map(formatDiagnostic)).toEqual([
      'bus.html:8: error: impossible date "31/06/2014": June 2014 has 30 days',
    ]);
  });

  it('decodes named and numeric entities, and leaves unknown ones alone', () => {
    expect(decodeEntities('&pound;5 &amp; &#163;6 &#xA3;7 &bogus;')).toBe('£5 & £6 £7 &bogus;');
  });
});
