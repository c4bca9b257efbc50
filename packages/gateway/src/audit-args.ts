/**
 * The arguments as an audit record keeps them: values under secret-looking names are replaced,
 * long strings cut, deep or large structures summarised. Enough to see what was asked; never a
 * password, token or key an agent put into a field.
 */
const SECRET_NAME = /secret|token|password|apikey|api_key|authorization|credential/i;
const MAX_STRING = 200;
const MAX_ITEMS = 20;
const MAX_DEPTH = 4;

export function redactArgs(args: Record<string, unknown>): Record<string, unknown> {
  return redactValue(args, 0) as Record<string, unknown>;
}

function redactValue(value: unknown, depth: number): unknown {
  if (typeof value === "string")
    return value.length > MAX_STRING
      ? `${value.slice(0, MAX_STRING)}… (${value.length} characters)`
      : value;
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? `[${value.length} items]` : "{…}";
  if (Array.isArray(value)) {
    const shown = value.slice(0, MAX_ITEMS).map((item) => redactValue(item, depth + 1));
    return value.length > MAX_ITEMS ? [...shown, `… ${value.length - MAX_ITEMS} more`] : shown;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value).slice(0, MAX_ITEMS * 2))
    out[key] = SECRET_NAME.test(key) ? "[secret]" : redactValue(item, depth + 1);
  return out;
}
