/**
 * The one rule for a value placed in a URL path segment (`/v2/bookings/{bookingUid}`), shared by
 * the runtime and the tool executor. A segment must name exactly one item: an empty or blank value
 * would address the collection (`/v2/bookings/`), `.` and `..` are resolved by URL parsing into
 * another endpoint (`/v2/bookings/../cancel` → `/v2/cancel`), and a lone UTF-16 surrogate cannot be
 * percent-encoded at all. Everything else is percent-encoded, so `/`, `?`, `#` and `%2e` stay data.
 */

/** A string with a lone surrogate (half of a UTF-16 pair): not text, and not encodable in a URL. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Why `value` cannot be a path segment (a phrase after the parameter's name), or undefined when it can. */
export function pathIdProblem(value: unknown): string | undefined {
  if (value === undefined || value === null)
    return "is required (it identifies the item in the URL)";
  if (typeof value === "number")
    return Number.isFinite(value) ? undefined : `must be a finite number; got ${String(value)}`;
  if (typeof value !== "string") return `must be a string or a number; got a ${typeof value}`;
  if (value.trim() === "") return "must not be empty (it identifies the item in the URL)";
  if (value === "." || value === "..")
    return `must not be "${value}" (URL parsing would turn it into another endpoint)`;
  if (LONE_SURROGATE.test(value))
    return "contains a lone UTF-16 surrogate (\\uD800–\\uDFFF without its pair); send valid text";
  return undefined;
}
