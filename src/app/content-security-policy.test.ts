import { parseOriginList } from '@/data/bundle-origins.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';

describe('contentSecurityPolicy', () => {
  it('runs only the app’s own scripts and connects only to its own origin by default', () => {
    const csp = contentSecurityPolicy([]);
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
  });

  it('lets the offline service worker and the install manifest come from the app’s own origin only', () => {
    const csp = contentSecurityPolicy(['https://data.example']);
    expect(csp).toContain("worker-src 'self';");
    expect(csp).toContain("manifest-src 'self';");
  });

  it('lets the app connect to the allow-listed bundle origins, and nowhere else', () => {
    const origins = parseOriginList('https://data.example,https://open.example/x');
    expect(contentSecurityPolicy(origins)).toContain(
      "connect-src 'self' https://data.example https://open.example;",
    );
  });
});
