import { errorFromResponse } from "./errors.js";
import type { OperationMeta } from "./operation.js";
import { redactSecrets } from "./redact.js";
import type { Warn } from "./warnings.js";

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
 * body or a status-only envelope. A 2xx is Cal.com saying it did the work, so a body in another
 * shape is still a success: it resolves to the parsed body (or its text), with a warning, never
 * an error (a write reported as failed would be repeated). Only an explicit error envelope is an
 * error. Every occurrence of one of `secrets` (the credentials in use) in the result is replaced
 * by `[redacted]`.
 */
export function unwrapSuccess(
  meta: OperationMeta,
  text: string | undefined,
  response: Response,
  secrets: readonly string[] = [],
  warn: Warn = () => {},
): unknown {
  if (text === undefined || text.trim() === "") return undefined;
  // Headers are not in the text: an error made from this answer still gets every secret.
  const inBody = secretsIn(text, secrets);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    warnUnexpected(meta, response, text, "the body is not JSON", warn);
    return redactSecrets(text, inBody);
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    warnUnexpected(meta, response, text, "the body is not a JSON object", warn);
    return redactSecrets(body, inBody);
  }
  const envelope = body as Record<string, unknown>;
  if (envelope.status === "error") {
    // An error envelope under a 2xx status is still an error: Cal.com says so itself.
    throw errorFromResponse({
      operationId: meta.id,
      status: response.status,
      body,
      headers: response.headers,
      secrets,
    });
  }
  if (envelope.status !== "success") {
    warnUnexpected(meta, response, text, 'the body has no "status": "success"', warn);
    return redactSecrets(body, inBody);
  }
  if (!("data" in envelope)) return undefined;
  // The credential in use never comes back to the caller, not even inside a success.
  const data = redactSecrets(envelope.data, inBody);
  if (meta.pagination?.meta) {
    return {
      data,
      pagination: envelope.pagination as PaginationMeta | undefined,
    } satisfies PageWithMeta;
  }
  return data;
}

/**
 * The secrets that may be inside what `text` parses to. Without escape sequences every parsed
 * string is a literal part of the text, so a secret absent from the text is absent from the
 * result: most answers then skip the deep copy that redaction makes. Any backslash: all of them.
 */
function secretsIn(text: string, secrets: readonly string[]): readonly string[] {
  if (secrets.length === 0 || text.includes("\\")) return secrets;
  return secrets.filter((secret) => secret.length > 0 && text.includes(secret));
}

function warnUnexpected(
  meta: OperationMeta,
  response: Response,
  text: string,
  problem: string,
  warn: Warn,
): void {
  const type = response.headers.get("content-type") ?? "no content-type";
  warn({
    code: "CALKIT_UNEXPECTED_SUCCESS_BODY",
    operationId: meta.id,
    message: `${meta.id}: Cal.com answered HTTP ${response.status} (${type}) but ${problem} (${text.length} characters); the call succeeded and its result is the body as sent.`,
  });
}
