/** Short renderings of descriptions for messages and search results. */

/** The first sentence of `text` ("e.g.", "i.e." and "etc." do not end one), at most `max` characters. */
export function firstSentence(text: string, max = 160): string {
  const trimmed = text.trim();
  const sentence =
    trimmed.match(/^.*?(?<!\b(?:e\.g|i\.e|etc|vs|approx))[.!?](?=\s|$)/s)?.[0] ?? trimmed;
  return sentence.length > max ? `${sentence.slice(0, max - 1)}…` : sentence;
}
