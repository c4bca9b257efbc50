import { CalConfigError, CalError } from "./errors.js";
import type { OperationMeta } from "./operation.js";
import type { CallOptions } from "./options.js";
import type { Runtime } from "./runtime.js";

export const DEFAULT_PAGE_SIZE = 100;

/** Every item of a paginated operation, each page sent with `invoke` (so hooks see every page). */
export function paginateWith(
  invoke: Runtime["invoke"],
  meta: OperationMeta,
  args?: Record<string, unknown>,
  options?: CallOptions,
): AsyncIterable<unknown> {
  return paginate(meta, args, (page) => invoke(meta, page, options));
}

/** Fetches one page: the operation's unwrapped result for the given arguments. */
export type FetchPage = (args: Record<string, unknown>) => Promise<unknown>;

/**
 * Yields every item across take/skip pages, advancing `skip` by the items received. Stops on
 * `hasNextPage: false` when the response says, else on a short page; always on an empty page.
 * Throws at once (not on first iteration) when the operation is not paginated.
 *
 * A page with cursor paging (`{ nextCursor, hasMore }`, bookings with cal-api-version 2026-05-01)
 * ends the walk when `hasMore` is false; Cal.com has not documented how to ask for the page after a
 * cursor, so a page that says more follow is an error naming the versions that page by offset.
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
    const { items, hasNextPage, cursor } = readPage(meta, await fetchPage({ ...args, take, skip }));
    yield* items;
    if (cursor) {
      if (!cursor.hasMore) return;
      throw new CalError(
        `${meta.id}: Cal.com answered with cursor paging (nextCursor ${JSON.stringify(cursor.nextCursor)}), whose next-page parameter it does not document; page by offset with ${meta.apiVersions.filter((v) => v !== "2026-05-01").join(" or ")} (the apiVersions option), or pass the cursor yourself`,
        { operationId: meta.id },
      );
    }
    if (items.length === 0 || hasNextPage === false) return;
    // Trust hasNextPage when given: a server that caps `take` returns short pages that are not the last.
    if (hasNextPage === undefined && items.length < take) return;
    skip += items.length;
  }
}

interface CursorPage {
  hasMore: boolean;
  nextCursor: unknown;
}

interface Page {
  items: unknown[];
  hasNextPage: boolean | undefined;
  cursor: CursorPage | undefined;
}

function cursorOf(pagination: unknown): CursorPage | undefined {
  if (pagination === null || typeof pagination !== "object") return undefined;
  const { hasMore, nextCursor } = pagination as { hasMore?: unknown; nextCursor?: unknown };
  return typeof hasMore === "boolean" ? { hasMore, nextCursor } : undefined;
}

function readPage(meta: OperationMeta, page: unknown): Page {
  let data = page;
  let hasNextPage: boolean | undefined;
  let cursor: CursorPage | undefined;
  if (meta.pagination?.meta && page !== null && typeof page === "object") {
    const { data: inner, pagination } = page as { data?: unknown; pagination?: unknown };
    data = inner;
    const next = (pagination as { hasNextPage?: unknown } | undefined)?.hasNextPage;
    hasNextPage = typeof next === "boolean" ? next : undefined;
    cursor = cursorOf(pagination);
  }
  if (data === undefined) return { items: [], hasNextPage, cursor };
  if (!Array.isArray(data)) {
    throw new CalError(`${meta.id}: expected a list of items in the response data`, {
      operationId: meta.id,
    });
  }
  return { items: data, hasNextPage, cursor };
}
