/** Replaces every occurrence of a known secret in strings found anywhere inside `value`. */
export function redactSecrets<T>(value: T, secrets: readonly string[]): T {
  // Very short values would blank out innocent text; real keys and tokens are long.
  const live = secrets.filter((s) => s.length >= 8);
  if (live.length === 0) return value;
  return scrub(value, live, 0) as T;
}

function scrub(value: unknown, secrets: readonly string[], depth: number): unknown {
  if (typeof value === "string") {
    let out = value;
    for (const secret of secrets) out = out.split(secret).join("[redacted]");
    return out;
  }
  if (depth > 20 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrub(v, secrets, depth + 1);
  return out;
}
