import type { Removal } from '../document/types.js';

/** A named heuristic. Its `reason` is what `--explain` and `removed[]` show a reader. */
export interface Rule {
  readonly id: string;
  readonly reason: string;
}

/** A rule that judges one line (text reader) or one block's text (HTML reader) on its own. */
export interface LineRule extends Rule {
  test(line: string): boolean;
}

export function removal(rule: Rule, text: string): Removal {
  return { text, rule: rule.id, reason: rule.reason };
}

/** The first rule that matches the line, or null. */
export function firstMatch(rules: readonly LineRule[], line: string): LineRule | null {
  for (const rule of rules) if (rule.test(line)) return rule;
  return null;
}
