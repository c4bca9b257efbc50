/**
 * Keeps a tool result inside a byte budget (UTF-8 JSON) so one call cannot flood a model's context:
 * long strings are shortened and long arrays cut, with notes saying what was left out. The result
 * is always valid JSON and keeps its shape (objects stay objects, arrays stay arrays).
 */

export interface FittedResult {
  data: unknown;
  truncated: boolean;
  /** What was left out, e.g. "`data[3].attendees`: 5 of 40 items shown (35 omitted)". */
  notes: string[];
}

/** Default budget of one tool result. */
export const DEFAULT_MAX_RESULT_BYTES = 16_000;
/** Notes kept in a truncated result; the others are counted. */
const MAX_NOTES = 6;
/** String caps tried, longest first (characters). */
const STRING_CAPS = [Number.POSITIVE_INFINITY, 2_000, 500, 200, 80, 30];

/**
 * Fits `data` into `maxBytes`, measured over the whole `{ ok: true, data, truncated, notes }`
 * object as JSON. Tries the longest strings and the most array items that fit.
 */
export function fitToBudget(data: unknown, maxBytes: number): FittedResult {
  const plain = toJson(data);
  const budget = Number.isFinite(maxBytes) && maxBytes > 0 ? Math.floor(maxBytes) : 16_000;
  if (utf8Length(JSON.stringify({ ok: true, data: plain })) <= budget) {
    return { data: plain, truncated: false, notes: [] };
  }
  const longest = longestArray(plain);
  for (const maxString of STRING_CAPS) {
    // The most items per array that fit with this string cap (binary search over 0..longest).
    let low = 0;
    let high = longest;
    let best: Shrunk | undefined;
    while (low <= high) {
      const mid = Math.floor((low + high) / 2);
      const attempt = shrink(plain, { maxString, maxItems: mid });
      if (fits(attempt, budget)) {
        best = attempt;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    // Prefer shorter strings over cutting arrays down to almost nothing.
    if (
      best &&
      (best.maxItems >= Math.min(longest, 3) || maxString === STRING_CAPS[STRING_CAPS.length - 1])
    ) {
      return { data: best.data, truncated: true, notes: notesOf(best) };
    }
  }
  // Nothing structured fits (e.g. an object with thousands of keys): a JSON text preview.
  const text = JSON.stringify(plain) ?? "null";
  const overhead = utf8Length(
    JSON.stringify({ ok: true, data: "", truncated: true, notes: [previewNote(text.length)] }),
  );
  const room = Math.max(0, budget - overhead - 8);
  let preview = cutString(text, room);
  while (preview.length > 0 && utf8Length(JSON.stringify(preview)) > room)
    preview = cutString(preview, Math.floor(preview.length * 0.8));
  return {
    data: preview.length ? `${preview}…` : null,
    truncated: true,
    notes: [previewNote(text.length)],
  };
}

interface Shrunk {
  data: unknown;
  maxItems: number;
  maxString: number;
  cutArrays: { path: string; shown: number; total: number }[];
  shortenedStrings: number;
}

function fits(attempt: Shrunk, budget: number): boolean {
  return (
    utf8Length(
      JSON.stringify({ ok: true, data: attempt.data, truncated: true, notes: notesOf(attempt) }),
    ) <= budget
  );
}

function shrink(value: unknown, caps: { maxString: number; maxItems: number }): Shrunk {
  const result: Shrunk = {
    data: undefined,
    maxItems: caps.maxItems,
    maxString: caps.maxString,
    cutArrays: [],
    shortenedStrings: 0,
  };
  const walk = (v: unknown, path: string): unknown => {
    if (typeof v === "string") {
      if (v.length <= caps.maxString) return v;
      result.shortenedStrings++;
      return `${cutString(v, caps.maxString)}… [${v.length - caps.maxString} more characters]`;
    }
    if (Array.isArray(v)) {
      const shown = Math.min(v.length, caps.maxItems);
      if (shown < v.length) result.cutArrays.push({ path, shown, total: v.length });
      return v.slice(0, shown).map((item, i) => walk(item, `${path}[${i}]`));
    }
    if (v !== null && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(v)) {
        if (key === "__proto__") continue;
        out[key] = walk(
          item,
          /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`,
        );
      }
      return out;
    }
    return v;
  };
  result.data = walk(value, "data");
  return result;
}

function notesOf(shrunk: Shrunk): string[] {
  const notes = shrunk.cutArrays
    .slice(0, MAX_NOTES)
    .map(
      (c) => `\`${c.path}\`: ${c.shown} of ${c.total} items shown (${c.total - c.shown} omitted)`,
    );
  const more = shrunk.cutArrays.length - MAX_NOTES;
  if (more > 0) notes.push(`${more} more array${more > 1 ? "s" : ""} cut the same way`);
  if (shrunk.cutArrays.length)
    notes.push("narrow the request (filters, `take`/`skip`) to see the rest");
  if (shrunk.shortenedStrings) {
    notes.push(
      `${shrunk.shortenedStrings} long string${shrunk.shortenedStrings > 1 ? "s" : ""} shortened to ${shrunk.maxString} characters`,
    );
  }
  return notes;
}

function previewNote(length: number): string {
  return `the result (${length} characters of JSON) was too large to show; only its beginning is given, as text`;
}

/** A JSON-safe copy: undefined becomes null at the top, Dates become strings, and so on. */
function toJson(data: unknown): unknown {
  if (data === undefined) return null;
  try {
    const text = JSON.stringify(data);
    return text === undefined ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

function longestArray(value: unknown): number {
  if (Array.isArray(value))
    return value.reduce<number>((max, item) => Math.max(max, longestArray(item)), value.length);
  if (value !== null && typeof value === "object") {
    return Object.values(value).reduce<number>((max, item) => Math.max(max, longestArray(item)), 0);
  }
  return 0;
}

/** The first `max` characters, never splitting a surrogate pair. */
function cutString(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}

/** UTF-8 byte length of a string, without allocating. */
export function utf8Length(text: string | undefined): number {
  if (text === undefined) return 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
