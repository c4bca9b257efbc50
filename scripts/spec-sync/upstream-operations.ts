/**
 * Operations Cal.com publishes next to the curated ones (same family: the first path segment
 * after /v2) that the curation does not cover, and which of them are new since the previous
 * upstream document, so a maintainer sees what could be curated next.
 */
import type { CuratedOperation } from "./curation";

/** What locating neighbours needs of a curated operation. */
type CuratedLocation = Pick<CuratedOperation, "id" | "method" | "path">;

import { listOperations } from "./operations";

type Json = Record<string, unknown>;

export interface UpstreamNeighbour {
  method: string;
  path: string;
  upstreamOperationId: string;
  deprecated: boolean;
  /** The curated operation whose path shares the most segments with this one. */
  nearest: string;
}

export interface UpstreamNeighbours {
  /** False when the previous upstream document was not available: then every neighbour is listed. */
  comparedWithPrevious: boolean;
  operations: UpstreamNeighbour[];
}

function segments(path: string): string[] {
  return path.split("/").filter(Boolean);
}

function family(path: string): string {
  return segments(path).slice(0, 2).join("/");
}

function sharedSegments(a: string, b: string): number {
  const x = segments(a);
  const y = segments(b);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

function nearestCurated(path: string, curated: readonly CuratedLocation[]): string {
  let best = curated[0] as CuratedLocation;
  for (const op of curated)
    if (sharedSegments(op.path, path) > sharedSegments(best.path, path)) best = op;
  return best.id;
}

export function findUpstreamNeighbours(
  upstream: Json,
  previous: Json | undefined,
  curated: readonly CuratedLocation[],
): UpstreamNeighbours {
  const key = (method: string, path: string) => `${method} ${path}`;
  const ours = new Set(curated.map((op) => key(op.method, op.path)));
  const families = new Set(curated.map((op) => family(op.path)));
  const known = previous
    ? new Set(listOperations(previous).map((o) => key(o.method, o.path)))
    : new Set<string>();
  const operations = listOperations(upstream)
    .filter(
      (o) =>
        families.has(family(o.path)) &&
        !ours.has(key(o.method, o.path)) &&
        !known.has(key(o.method, o.path)),
    )
    .map((o) => ({
      method: o.method,
      path: o.path,
      upstreamOperationId: o.id,
      deprecated: o.op.deprecated === true,
      nearest: nearestCurated(o.path, curated),
    }))
    .sort((a, b) => a.nearest.localeCompare(b.nearest) || a.path.localeCompare(b.path));
  return { comparedWithPrevious: previous !== undefined, operations };
}
