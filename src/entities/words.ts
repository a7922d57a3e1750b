/** Word lists as regular expressions. */

const SYNTAX = /[\\^$.*+?()[\]{}|/]/gu;

/**
 * A non-capturing alternation `(?:…)` of literal words, longest first, so that at any place the
 * longest word wins (`大后天` over `后天`).
 */
export function alternation(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((w) => w.replace(SYNTAX, '\\$&')).join('|')})`;
}
