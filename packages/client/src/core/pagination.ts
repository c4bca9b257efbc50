import { CalConfigError, CalError } from "./errors.js";
import type { OperationMeta } from "./operation.js";

export const DEFAULT_PAGE_SIZE = 100;

/** Fetches one page: the operation's unwrapped result for the given arguments. */
export type FetchPage = (args: Record<string, unknown>) => Promise<unknown>;

/**
 * Yields every item across take/skip pages, advancing `skip` by the items received. Stops on
 * `hasNextPage: false` when the response says, else on a short page; always on an empty page.
 * Throws at once (not on first iteration) when the operation is not paginated.
 */
export function paginate(
  meta: OperationMeta,
  args: Record<string, unknown> | undefined,
  fetchPage: FetchPage,
): AsyncIterable<unknown> {
  if (!meta.pagination) {
    throw new CalConfigError(`${meta.id} is not paginated; call it directly`, {
      operationId: meta.id,
    });
  }
  return walk(meta, args ?? {}, fetchPage);
}

async function* walk(
  meta: OperationMeta,
  args: Record<string, unknown>,
  fetchPage: FetchPage,
): AsyncGenerator<unknown, void, undefined> {
  const take = typeof args.take === "number" ? args.take : DEFAULT_PAGE_SIZE;
  let skip = typeof args.skip === "number" ? args.skip : 0;
  for (;;) {
    const { items, hasNextPage } = readPage(meta, await fetchPage({ ...args, take, skip }));
    yield* items;
    if (items.length === 0 || hasNextPage === false) return;
    // Trust hasNextPage when given: a server that caps `take` returns short pages that are not the last.
    if (hasNextPage === undefined && items.length < take) return;
    skip += items.length;
  }
}

function readPage(
  meta: OperationMeta,
  page: unknown,
): { items: unknown[]; hasNextPage: boolean | undefined } {
  let data = page;
  let hasNextPage: boolean | undefined;
  if (meta.pagination?.meta && page !== null && typeof page === "object") {
    const { data: inner, pagination } = page as { data?: unknown; pagination?: unknown };
    data = inner;
    const next = (pagination as { hasNextPage?: unknown } | undefined)?.hasNextPage;
    hasNextPage = typeof next === "boolean" ? next : undefined;
  }
  if (data === undefined) return { items: [], hasNextPage };
  if (!Array.isArray(data)) {
    throw new CalError(`${meta.id}: expected a list of items in the response data`, {
      operationId: meta.id,
    });
  }
  return { items: data, hasNextPage };
}
