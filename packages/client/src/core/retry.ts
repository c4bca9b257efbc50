import { CalApiError, CalConnectionError, CalError, CalTimeoutError } from "./errors.js";
import type { OperationMeta } from "./operation.js";
import { parseRetryAfterMs } from "./retry-after.js";

export const DEFAULT_MAX_RETRIES = 2;
const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
/** A server asking for a longer wait than this gets the error back instead of a hung call. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Failure codes that prove the request never left this machine: the connection was refused or the
 * host could not be resolved or reached. Anything else (ECONNRESET, socket hang-up, ...) may have
 * been received and acted on.
 */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/**
 * 408, 429 and 5xx are transient. 409 is left out on purpose: Cal.com uses it for real conflicts
 * (a slot already taken), which a resend only repeats.
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Reads and idempotent writes may be resent even if the first attempt reached the server. */
export function isSafeToResend(meta: OperationMeta): boolean {
  return meta.access === "read" || meta.idempotent;
}

/**
 * Whether `error` may be retried for this operation (ignoring the retry budget). A non-idempotent
 * write is resent only when the server certainly did not act on it: a 429 (rejected by the rate
 * limiter before any handler ran) or a connection that was never made. Never after a 5xx, a
 * timeout or a reset, which could double-book.
 */
export function shouldRetry(meta: OperationMeta, error: unknown): boolean {
  if (error instanceof CalApiError) {
    if (!isRetryableStatus(error.status)) return false;
    return isSafeToResend(meta) || error.status === 429;
  }
  if (error instanceof CalTimeoutError) return isSafeToResend(meta);
  if (error instanceof CalConnectionError) {
    return isSafeToResend(meta) || !error.requestMayHaveReachedServer;
  }
  return false;
}

/** True when a fetch failure's cause chain shows the request was never sent. */
export function requestCertainlyNotSent(error: unknown): boolean {
  return notSent(error, 0);
}

function notSent(error: unknown, depth: number): boolean {
  if (depth > 8 || error === null || typeof error !== "object" || error instanceof CalError) {
    return false;
  }
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === "string" && NOT_SENT_CODES.has(code)) return true;
  // Happy-eyeballs connects fail with an AggregateError: every address must have failed unsent.
  if (Array.isArray(errors) && errors.length > 0) {
    return errors.every((e) => notSent(e, depth + 1));
  }
  return notSent(cause, depth + 1);
}

/** 0.5 s doubling per retry, capped at 8 s, minus up to 25 % jitter so clients spread out. */
export function backoffDelayMs(retriesSoFar: number, random: () => number = Math.random): number {
  const base = Math.min(INITIAL_DELAY_MS * 2 ** retriesSoFar, MAX_DELAY_MS);
  return base * (1 - random() * 0.25);
}

/**
 * The wait before the next retry: the server's `retry-after-ms` / `Retry-After` when given, else
 * backoff. Undefined when the server asks for more than MAX_RETRY_AFTER_MS: retrying sooner than it
 * asked is pointless, so the caller gets the error (with `retryAfterMs`) instead.
 */
export function retryDelayMs(
  retriesSoFar: number,
  headers: Headers | undefined,
  clock: { now?: () => number; random?: () => number } = {},
): number | undefined {
  const asked = headers ? parseRetryAfterMs(headers, (clock.now ?? Date.now)()) : undefined;
  if (asked !== undefined) return asked <= MAX_RETRY_AFTER_MS ? asked : undefined;
  return backoffDelayMs(retriesSoFar, clock.random);
}

/** The first error code along a fetch failure's cause chain (e.g. "ECONNRESET"), for messages. */
export function connectionErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current !== null && typeof current === "object"; depth++) {
    const { code, cause, errors } = current as {
      code?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === "string") return code;
    current = cause ?? (Array.isArray(errors) ? errors[0] : undefined);
  }
  return undefined;
}
