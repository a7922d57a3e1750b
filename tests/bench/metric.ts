/**
 * The extraction metric of ../shared/bench/README.md, exactly: tokens (lower-cased runs of
 * letters, digits and `_`, each Han character a token of its own), multisets of 4-token
 * shingles, per-page precision and recall, macro-averaged, F1 from the averages.
 */

const RUN = /[\p{L}\p{N}_]+/gu;
const HAN = /\p{Script=Han}/u;

export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const run of text.toLowerCase().match(RUN) ?? []) {
    let word = '';
    for (const ch of run) {
      if (HAN.test(ch)) {
        if (word) out.push(word);
        word = '';
        out.push(ch);
      } else {
        word += ch;
      }
    }
    if (word) out.push(word);
  }
  return out;
}

export function shingles(text: string, n = 4): Map<string, number> {
  const t = tokens(text);
  const counts = new Map<string, number>();
  if (t.length === 0) return counts;
  const add = (s: string): void => void counts.set(s, (counts.get(s) ?? 0) + 1);
  if (t.length < n) add(t.join('\u0001'));
  else for (let i = 0; i + n <= t.length; i++) add(t.slice(i, i + n).join('\u0001'));
  return counts;
}

export interface PageScore {
  precision: number;
  recall: number;
}

export function scorePage(predicted: string, gold: string): PageScore {
  const p = shingles(predicted);
  const g = shingles(gold);
  let predictedCount = 0;
  let goldCount = 0;
  let shared = 0;
  for (const n of p.values()) predictedCount += n;
  for (const [s, n] of g) {
    goldCount += n;
    shared += Math.min(n, p.get(s) ?? 0);
  }
  if (predictedCount === 0 && goldCount === 0) return { precision: 1, recall: 1 };
  if (shared === 0) return { precision: 0, recall: 0 };
  return { precision: shared / predictedCount, recall: shared / goldCount };
}

export interface SetScore {
  precision: number;
  recall: number;
  f1: number;
}

export function aggregate(pages: PageScore[]): SetScore {
  const precision = pages.reduce((s, p) => s + p.precision, 0) / Math.max(1, pages.length);
  const recall = pages.reduce((s, p) => s + p.recall, 0) / Math.max(1, pages.length);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** F1 of one page, for ranking the worst pages. */
export function pageF1(score: PageScore): number {
  return score.precision + score.recall === 0
    ? 0
    : (2 * score.precision * score.recall) / (score.precision + score.recall);
}
