/** Plain JSON helpers the generator's model and emitters share. */
export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One JSON-pointer segment, escaped (RFC 6901). */
export function escapeSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The value at a local reference or pointer (`#/a/b` or `/a/b`) inside `doc`, or undefined. */
export function lookup(doc: unknown, ref: string): unknown {
  return ref
    .replace(/^#?\//, "")
    .split("/")
    .map((s) => decodeURIComponent(s).replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>(
      (node, key) => (isObject(node) || Array.isArray(node) ? (node as Json)[key] : undefined),
      doc,
    );
}
