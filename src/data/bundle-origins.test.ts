import { decideBundleUrl, parseOriginList } from './bundle-origins.ts';

const page = 'https://trail.example/savings?bundle=x';

describe('parseOriginList', () => {
  it('reads comma- or space-separated origins and keeps only their origin', () => {
    expect(
      parseOriginList('https://a.example, https://b.example/path/ http://c.example:8080'),
    ).toEqual(['https://a.example', 'https://b.example', 'http://c.example:8080']);
  });

  it('drops what is not an http(s) origin rather than widening the policy', () => {
    expect(parseOriginList('not a url, javascript:alert(1), ftp://x.example,,')).toEqual([]);
    expect(parseOriginList(undefined)).toEqual([]);
    expect(parseOriginList('')).toEqual([]);
  });
});

describe('decideBundleUrl', () => {
  it('accepts paths on the page’s own origin, absolute or relative', () => {
    expect(decideBundleUrl('/data/other.json', page, [])).toEqual({
      ok: true,
      href: 'https://trail.example/data/other.json',
    });
    expect(decideBundleUrl('other.json', page, [])).toEqual({
      ok: true,
      href: 'https://trail.example/other.json',
    });
    expect(decideBundleUrl('https://trail.example/b.json', page, [])).toMatchObject({ ok: true });
  });

  it('refuses other origins, including protocol-relative ones, naming the origin', () => {
    expect(decideBundleUrl('https://evil.example/b.json', page, [])).toEqual({
      ok: false,
      reason: 'other-origin',
      origin: 'https://evil.example',
    });
    expect(decideBundleUrl('//evil.example/b.json', page, [])).toMatchObject({
      reason: 'other-origin',
    });
    // Same host, other scheme or port, is another origin.
    expect(decideBundleUrl('http://trail.example/b.json', page, [])).toMatchObject({
      reason: 'other-origin',
    });
    expect(decideBundleUrl('https://trail.example:444/b.json', page, [])).toMatchObject({
      reason: 'other-origin',
    });
  });

  it('accepts an origin on the build’s allow-list', () => {
    expect(decideBundleUrl('https://data.example/b.json', page, ['https://data.example'])).toEqual({
      ok: true,
      href: 'https://data.example/b.json',
    });
  });

  it('refuses addresses that are not http(s), or that carry credentials', () => {
    for (const param of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd']) {
      expect(decideBundleUrl(param, page, [])).toMatchObject({ ok: false, reason: 'not-http' });
    }
    expect(decideBundleUrl('https://u:p@trail.example/b.json', page, [])).toMatchObject({
      ok: false,
      reason: 'malformed',
    });
    expect(decideBundleUrl('http://[bad', page, [])).toMatchObject({ reason: 'malformed' });
  });
});
