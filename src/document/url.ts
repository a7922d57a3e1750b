/** Only http(s) and relative URLs reach the output; `javascript:`, `vbscript:`, `data:` and the like never do. */

const SCHEME = /^([a-z][a-z0-9+.-]*):/iu;

export function safeUrl(url: string): string | null {
  // Browsers ignore control characters and whitespace inside a scheme (`java\tscript:`).
  const compact = url.replace(/[\s\p{Cc}]+/gu, '');
  if (compact.length === 0) return null;
  const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) return compact.startsWith('//') ? `https:${compact}` : compact;
  return scheme === 'http' || scheme === 'https' ? compact : null;
}
