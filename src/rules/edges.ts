/**
 * The edges of an HTML page's main content collect furniture: bylines, dates, photo credits,
 * "Caption", "Close", "More in …". Before the first sentence of the story and after its last,
 * lines that are not sentences are dropped; inside the story nothing is.
 */
import type { Rule } from './rule.js';
import { endsWithPunctuation, textUnits } from './shape.js';

export const edgeFragment: Rule = {
  id: 'edge-fragment',
  reason:
    'a short line that is not a sentence, above the first or below the last sentence of the story',
};

const LONG_UNITS = 25;
const MIN_SENTENCE_UNITS = 4;

/** A line that reads as a sentence: closed by sentence punctuation, or long. */
export function isSentenceLike(text: string): boolean {
  const units = textUnits(text);
  return (
    units >= LONG_UNITS ||
    (units >= MIN_SENTENCE_UNITS && endsWithPunctuation(text) && !/[,，:：、]$/u.test(text))
  );
}
