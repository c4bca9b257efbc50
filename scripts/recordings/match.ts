/** Finds the spec operation a recorded request was made to, by method and path template. */
import { type DocumentOperation, listOperations } from "../spec-sync/operations";

type Json = Record<string, unknown>;

function templatePattern(path: string): RegExp {
  const escaped = path.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped.replace(/\\?\{[^}]+\\?\}|\{[^}]+\}/g, "[^/]+")}$`);
}

/** The operation whose method and path template match, preferring literal segments over `{ids}`. */
export function matchOperation(
  doc: Json,
  method: string,
  path: string,
): DocumentOperation | undefined {
  const candidates = listOperations(doc).filter(
    (op) => op.method === method.toLowerCase() && templatePattern(op.path).test(path),
  );
  const literalLength = (op: DocumentOperation) => op.path.replace(/\{[^}]+\}/g, "").length;
  return candidates.sort((a, b) => literalLength(b) - literalLength(a))[0];
}
