/**
 * Query-string serializer for openapi-fetch. Arrays of primitives become one comma-separated value
 * (`status=upcoming,past`: every list filter of the spec is `style: form, explode: false`, as
 * Cal.com documents them); objects and arrays of objects use bracket paths
 * (`calendarsToLoad[0][credentialId]=1`), as Cal.com's qs-based parser reads them. openapi-fetch's
 * default repeats keys and throws on the nested case.
 */
export function serializeQuery(query: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) append(parts, key, value);
  return parts.join("&");
}

function append(parts: string[], key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (value instanceof Date) {
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value.toISOString())}`);
  } else if (Array.isArray(value) && !value.some(isNested)) {
    if (value.length)
      parts.push(
        `${encodeURIComponent(key)}=${value.map((v) => encodeURIComponent(v instanceof Date ? v.toISOString() : String(v))).join(",")}`,
      );
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      append(parts, `${key}[${i}]`, item);
    });
  } else if (typeof value === "object") {
    for (const [k, v] of Object.entries(value)) append(parts, `${key}[${k}]`, v);
  } else {
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  }
}

function isNested(value: unknown): boolean {
  return value !== null && typeof value === "object" && !(value instanceof Date);
}
