/** The operations of an OpenAPI document (ours or Cal.com's), in document order. */
import { escapeSegment } from "./pointer";

type Json = Record<string, unknown>;

export const METHODS = ["get", "post", "put", "patch", "delete"] as const;

export interface DocumentOperation {
  /** The operationId (ours in the spec, Cal.com's upstream). */
  id: string;
  method: string;
  path: string;
  /** JSON pointer of the operation object. */
  pointer: string;
  op: Json;
}

export function listOperations(doc: Json): DocumentOperation[] {
  const out: DocumentOperation[] = [];
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item?.[method] as Json | undefined;
      if (op)
        out.push({
          id: String(op.operationId),
          method,
          path,
          pointer: `/paths/${escapeSegment(path)}/${method}`,
          op,
        });
    }
  }
  return out;
}
