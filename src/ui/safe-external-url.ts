/**
 * The only way a URL from a bundle may become a link: absolute https: only. `javascript:`,
 * `data:` and the like must never reach an href; plain http: is refused too, because a link we
 * offer as the council's document should not be one anyone on the network can swap. A relative
 * address would resolve against this site, not the council's, so it is refused as well.
 * Returns the normalised URL, or null.
 */
export function safeExternalUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // Browsers strip control characters and whitespace from URLs, so `java\tscript:` is a scheme.
  const trimmed = value.trim();
  if (trimmed === '' || [...trimmed].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f')) {
    return null;
  }
  let url: URL;
  try {
    // No base: a relative path from a bundle is not a document link.
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  return url.href;
}
