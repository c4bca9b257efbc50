/**
 * JSON pointers (RFC 6901) with one extension used by fixes: a segment `name=<x>` selects the
 * element of an array whose `name` property is x, so parameters are addressed by name, not index.
 */
export function parsePointer(pointer: string): string[] {
  if (pointer === "" || pointer === "/") return [];
  if (!pointer.startsWith("/")) throw new Error(`JSON pointer must start with "/": ${pointer}`);
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function escapeSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${escapeSegment(String(s))}`).join("");
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === "object" && value !== null;
}

/** Resolves one segment against a container: the key, the index, or the `name=` selection. */
export function stepInto(
  container: unknown,
  segment: string,
): { key: string | number; value: unknown } | undefined {
  if (!isContainer(container)) return undefined;
  if (Array.isArray(container)) {
    if (segment.startsWith("name=")) {
      const name = segment.slice(5);
      const index = container.findIndex(
        (e) => isContainer(e) && (e as Record<string, unknown>).name === name,
      );
      return index < 0 ? undefined : { key: index, value: container[index] };
    }
    if (!/^\d+$/.test(segment)) return undefined;
    const index = Number(segment);
    return index < container.length ? { key: index, value: container[index] } : undefined;
  }
  return Object.hasOwn(container, segment)
    ? { key: segment, value: container[segment] }
    : undefined;
}

export function getAt(root: unknown, pointer: string): unknown {
  let current = root;
  for (const segment of parsePointer(pointer)) {
    const next = stepInto(current, segment);
    if (!next) return undefined;
    current = next.value;
  }
  return current;
}

/** The container holding the last segment, and that segment's resolved key. */
export function parentOf(
  root: unknown,
  pointer: string,
): { parent: Container; key: string | number } | undefined {
  const segments = parsePointer(pointer);
  const last = segments.pop();
  if (last === undefined) return undefined;
  let current = root;
  for (const segment of segments) {
    const next = stepInto(current, segment);
    if (!next) return undefined;
    current = next.value;
  }
  if (!isContainer(current)) return undefined;
  if (Array.isArray(current)) {
    const found = stepInto(current, last);
    if (found) return { parent: current, key: found.key };
    return undefined;
  }
  return { parent: current, key: last };
}
