/**
 * Replaces every occurrence of a known secret in strings found anywhere inside `value`, whatever
 * the secret's length: the credential in use is never repeated, even a short token that Cal.com
 * echoes back ("invalid token tok1234"). Values nested deeper than MAX_DEPTH are replaced whole
 * rather than left unchecked.
 */
const MAX_DEPTH = 64;
export const REDACTED = "[redacted]";

export function redactSecrets<T>(value: T, secrets: readonly string[]): T {
  const live = secrets.filter((s) => s.length > 0);
  if (live.length === 0) return value;
  return scrub(value, live, 0) as T;
}

function scrub(value: unknown, secrets: readonly string[], depth: number): unknown {
  if (typeof value === "string") {
    let out = value;
    for (const secret of secrets) out = out.split(secret).join(REDACTED);
    return out;
  }
  if (value === null || typeof value !== "object") return value;
  if (depth > MAX_DEPTH) return REDACTED;
  if (Array.isArray(value)) return value.map((v) => scrub(v, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    out[scrub(k, secrets, depth) as string] = scrub(v, secrets, depth + 1);
  return out;
}
