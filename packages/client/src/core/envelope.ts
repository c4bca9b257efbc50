import { CalApiError, errorFromResponse } from "./errors.js";
import type { OperationMeta } from "./operation.js";
import { redactSecrets } from "./redact.js";

/** What a paginated operation with `pagination.meta` resolves to. */
export interface PageWithMeta<T = unknown> {
  data: T;
  pagination: PaginationMeta | undefined;
}

/**
 * Cal.com's `pagination` object (bookings list): page counts with offset paging (2024-08-13,
 * 2026-02-25), or `nextCursor` and `hasMore` with cursor paging (2026-05-01).
 */
export interface PaginationMeta {
  nextCursor?: string | null;
  hasMore?: boolean;
  totalItems?: number;
  remainingItems?: number;
  returnedItems?: number;
  itemsPerPage?: number;
  currentPage?: number;
  totalPages?: number;
  hasNextPage?: boolean;
  hasPreviousPage?: boolean;
}

/**
 * Unwraps `{status:"success", data, pagination?}` from a 2xx body given as text: resolves `data`,
 * `{data, pagination}` when the operation declares pagination meta, and undefined for an empty
 * body or a status-only envelope. Anything else is a CalApiError, not a crash. Every occurrence of
 * one of `secrets` (the credentials in use) in the data is replaced by `[redacted]`.
 */
export function unwrapSuccess(
  meta: OperationMeta,
  text: string | undefined,
  response: Response,
  secrets: readonly string[] = [],
): unknown {
  if (text === undefined || text.trim() === "") return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw malformed(meta, response, text, "the body is not JSON", secrets);
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw malformed(meta, response, text, "the body is not a JSON object", secrets);
  }
  const envelope = body as Record<string, unknown>;
  if (envelope.status === "error") {
    // An error envelope under a 2xx status is still an error.
    throw errorFromResponse({
      operationId: meta.id,
      status: response.status,
      body,
      headers: response.headers,
      secrets,
    });
  }
  if (envelope.status !== "success") {
    throw malformed(meta, response, text, 'the body has no "status": "success"', secrets);
  }
  if (!("data" in envelope)) return undefined;
  // The credential in use never comes back to the caller, not even inside a success.
  const data = redactSecrets(envelope.data, secrets);
  if (meta.pagination?.meta) {
    return {
      data,
      pagination: envelope.pagination as PaginationMeta | undefined,
    } satisfies PageWithMeta;
  }
  return data;
}

function malformed(
  meta: OperationMeta,
  response: Response,
  text: string,
  problem: string,
  secrets: readonly string[],
): CalApiError {
  const type = response.headers.get("content-type") ?? "no content-type";
  const excerpt = text.length > 120 ? `${text.slice(0, 120)}…` : text;
  return new CalApiError({
    status: response.status,
    code: "MALFORMED_RESPONSE",
    message: redactSecrets(
      `${meta.id}: unexpected success response, ${problem} (HTTP ${response.status}, ${type}): ${excerpt}`,
      secrets,
    ),
    operationId: meta.id,
  });
}
