import { safeExternalUrl } from './safe-external-url.ts';

describe('safeExternalUrl', () => {
  it('keeps absolute https addresses, normalised', () => {
    expect(safeExternalUrl('https://council.example/doc.pdf')).toBe(
      'https://council.example/doc.pdf',
    );
    expect(safeExternalUrl('  HTTPS://Council.Example/a b ')).toBe('https://council.example/a%20b');
  });

  it.each([
    'http://council.example/doc.pdf',
    'HTTP://Council.Example/a b',
    'mgConvert2PDF.aspx?ID=123',
    '../documents/s123/report.pdf',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://council.example/x',
    '//evil.example/x',
    '/relative/path',
    'not a url',
    '',
    'https://user:pass@council.example/',
  ])('refuses %j', (value) => {
    expect(safeExternalUrl(value)).toBeNull();
  });

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 1, {}, ['https://a.example']]) {
      expect(safeExternalUrl(value)).toBeNull();
    }
  });
});
