/**
 * Which component schemas a part of a document reaches through `$ref`s, and which operations
 * reach each schema, so a change to a schema can be tied to the operations it affects.
 */
import { listOperations } from "./operations";
import { collectRefs, SCHEMA_REF_PREFIX } from "./schema-transform";

type Json = Record<string, unknown>;

/**
 * Names of the schemas of `pool` reached from `roots`, following refs transitively, sorted.
 * `onMissing` is called with a ref to a schema the pool lacks (default: ignored).
 */
export function reachSchemas(
  roots: readonly unknown[],
  pool: Json,
  onMissing: (ref: string) => void = () => {},
): string[] {
  const names = new Set<string>();
  const queue: unknown[] = [...roots];
  while (queue.length) {
    for (const ref of collectRefs(queue.pop())) {
      if (!ref.startsWith(SCHEMA_REF_PREFIX)) continue;
      const name = decodeURIComponent(ref.slice(SCHEMA_REF_PREFIX.length));
      if (names.has(name)) continue;
      if (!(name in pool)) {
        onMissing(ref);
        continue;
      }
      names.add(name);
      queue.push(pool[name]);
    }
  }
  return [...names].sort();
}

/** Schema name → the ids of the operations that reach it, sorted. */
export function operationsBySchema(doc: Json): Map<string, string[]> {
  const pool = ((doc.components as Json | undefined)?.schemas ?? {}) as Json;
  const usage = new Map<string, string[]>();
  for (const { id, op } of listOperations(doc)) {
    for (const name of reachSchemas([op], pool)) {
      const ids = usage.get(name) ?? [];
      ids.push(id);
      usage.set(name, ids);
    }
  }
  for (const ids of usage.values()) ids.sort();
  return usage;
}
