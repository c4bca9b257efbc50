/**
 * Cal.com's own rate-limit headers, sent with every answer: `x-ratelimit-limit-default`,
 * `x-ratelimit-remaining-default` and `x-ratelimit-reset-default` (seconds until the window, or a
 * block after too many requests, ends).
 */

/** What Cal.com said about the credential's rate limit in one answer. */
export interface CalRateLimit {
  /** Requests allowed per window (120 a minute for an API key). */
  readonly limit: number;
  /** Requests left in the current window. */
  readonly remaining: number;
  /** Seconds until the window ends. */
  readonly resetSeconds: number;
}

function integerHeader(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null || !/^\s*\d+\s*$/.test(raw)) return undefined;
  return Number(raw);
}

/** The `default` limit's headers, or undefined when an answer lacks any of the three. */
export function readRateLimit(headers: Headers): CalRateLimit | undefined {
  const limit = integerHeader(headers, "x-ratelimit-limit-default");
  const remaining = integerHeader(headers, "x-ratelimit-remaining-default");
  const resetSeconds = integerHeader(headers, "x-ratelimit-reset-default");
  if (limit === undefined || remaining === undefined || resetSeconds === undefined)
    return undefined;
  return { limit, remaining, resetSeconds };
}
