/**
 * Audit sentences from the spec's phrases: `{arg}` and `{result.field}` placeholders, `|time` to
 * print an instant as "2026-12-01 15:00 UTC", and `[optional parts]` dropped when a value inside
 * is missing. Values are shortened, secrets are never printed, personal data can be masked.
 */
const SECRET = /secret|token|password|apikey|api_key|authorization/i;
const PERSONAL = /email|name|phone|attendee|guest/i;

export interface RenderOptions {
  redactPersonalData?: boolean;
  /** Shown whole instead of an argument's value, e.g. a booking's uid with what the booking is. */
  labels?: Readonly<Record<string, string>>;
}

function formatTime(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  const iso = new Date(time).toISOString();
  return iso.endsWith("T00:00:00.000Z") && /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? value
    : `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function lookup(path: string, args: Record<string, unknown>, result: unknown): unknown {
  if (path === "result.count") {
    const data = result;
    if (Array.isArray(data)) return data.length;
    if (data && typeof data === "object") return Object.keys(data).length;
    return undefined;
  }
  if (path.startsWith("result.")) {
    let node: unknown = Array.isArray(result) ? result[0] : result;
    for (const key of path.slice(7).split("."))
      node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
    return node;
  }
  return args[path];
}

function show(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (Array.isArray(value))
    return value.length ? value.map((v) => show(v) ?? "?").join(", ") : undefined;
  if (typeof value === "object") return undefined;
  const text = String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function fill(
  template: string,
  args: Record<string, unknown>,
  result: unknown,
  options: RenderOptions,
): { text: string; missing: boolean } {
  let missing = false;
  const text = template.replace(
    /\{([A-Za-z0-9_.]+)(\|time)?\}/g,
    (_m, path: string, time: string | undefined) => {
      const last = path.split(".").pop() ?? path;
      if (SECRET.test(last)) return "[secret]";
      const label = options.labels?.[path];
      if (label !== undefined && !options.redactPersonalData) return label;
      const raw = lookup(path, args, result);
      let value = time ? formatTime(raw) : show(raw);
      if (value !== undefined && options.redactPersonalData && PERSONAL.test(last))
        value = "[redacted]";
      if (value === undefined) {
        missing = true;
        return "?";
      }
      return value;
    },
  );
  return { text, missing };
}

/** Renders a phrase: optional `[…]` parts vanish when incomplete; other gaps show as "?". */
export function renderPhrase(
  template: string,
  args: Record<string, unknown>,
  result: unknown,
  options: RenderOptions = {},
): string {
  const withOptional = template.replace(/\[([^\]]*)\]/g, (_m, inner: string) => {
    const filled = fill(inner, args, result, options);
    return filled.missing ? "" : filled.text;
  });
  return fill(withOptional, args, result, options)
    .text.replace(/\s{2,}/g, " ")
    .trim();
}
