/** Short renderings of descriptions: tool descriptions (by the generator), messages, search results. */

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|approx)\.$/;

/**
 * The first `count` sentences of `text`, cut to `max` characters. A sentence ends at `.`, `!` or
 * `?` before white space and a capital, a backtick or a parenthesis, and never after "e.g.",
 * "i.e.", "etc.", "vs." or "approx.".
 */
export function firstSentence(
  text: string,
  { count = 1, max = Number.POSITIVE_INFINITY }: { count?: number; max?: number } = {},
): string {
  const kept: string[] = [];
  for (const piece of text.trim().split(/(?<=[.!?])\s+(?=[A-Z`(])/)) {
    const last = kept.at(-1);
    if (last !== undefined && ABBREVIATION.test(last)) kept[kept.length - 1] = `${last} ${piece}`;
    else if (kept.length < count) kept.push(piece);
    else break;
  }
  const sentence = kept.join(" ");
  return sentence.length > max ? `${sentence.slice(0, max - 1)}…` : sentence;
}
