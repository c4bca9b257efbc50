import type { AuthStrategy } from "./auth.js";
import { CalConfigError } from "./errors.js";
import type { CallHook } from "./hooks.js";
import type { CalRateLimit } from "./rate-limit-headers.js";
import type { RateLimitStrategy } from "./rate-limiter.js";
import { createSend, type Send } from "./request.js";
import { DEFAULT_MAX_RETRIES } from "./retry.js";
import type { WarningListener } from "./warnings.js";

export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** OAuth tokens as the client holds them; `expiresAt` is a Date or epoch milliseconds. */
export interface OAuthTokens {
  accessToken: string;
  refreshToken?: string | undefined;
  expiresAt?: Date | number | undefined;
}

export interface OAuthOptions extends OAuthTokens {
  /** Needed by the built-in refresh (RFC 6749 refresh_token grant against `tokenUrl`). */
  clientId?: string;
  clientSecret?: string;
  /** Default "https://api.cal.com/v2/auth/oauth2/token". */
  tokenUrl?: string;
  /** Refresh the tokens yourself instead of the built-in token request. */
  refresh?: (current: OAuthTokens) => Promise<OAuthTokens>;
  /** Called once after each successful refresh, e.g. to persist the new tokens. */
  onTokens?: (tokens: OAuthTokens) => void | Promise<void>;
  /**
   * The scopes this token was granted (e.g. `["BOOKING_READ", "EVENT_TYPE_READ"]`). When given, an
   * operation needing a scope the token lacks throws MissingScopeError before any request. An
   * unknown scope name is a CalConfigError. ORG_<X> also grants TEAM_<X>.
   */
  scopes?: readonly string[];
}

/** A Platform OAuth client's credentials, sent as `x-cal-client-id` / `x-cal-secret-key`. */
export interface PlatformCredentials {
  clientId: string;
  secretKey: string;
}

/** The options `createCalClient` and `createCalRuntime` share. */
export interface CommonOptions {
  /** Default "https://api.cal.com". */
  baseUrl?: string;
  /**
   * How to authenticate: `apiKeyAuth(key)`, `oauthAuth({ accessToken, ... })` or
   * `platformAuth({ clientId, secretKey })`. None: only operations whose auth is optional or none.
   */
  auth?: AuthStrategy;
  /** Default globalThis.fetch. Receives a `Request`. */
  fetch?: FetchLike;
  /** Per attempt. Default 60000. */
  timeoutMs?: number;
  /** Default 2. */
  maxRetries?: number;
  /** `cal-api-version` per resource, overriding the spec's: `{ bookings: "2024-08-13" }`. */
  apiVersions?: Partial<Record<string, string>>;
  /** Called with Cal.com's rate-limit headers after every answer that carries them. */
  onRateLimit?: RateLimitListener;
  /**
   * Receives warnings (a success answered in an unexpected shape), once per operation and kind.
   * Default: Node's `process.emitWarning`, or `console.warn` elsewhere.
   */
  onWarning?: WarningListener;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  userAgent?: string;
}

/** What `createCalRuntime` (`@calkit/client/ops`) takes: optional parts are imports, not flags. */
export interface CalRuntimeOptions extends CommonOptions {
  /**
   * A client-side limiter, `rateLimiter()` (120/min) or `rateLimiter({ requestsPerMinute })`; none
   * by default. It also follows Cal.com's `x-ratelimit-*-default` headers, so a key shared with
   * other clients slows down before Cal.com answers 429.
   */
  rateLimit?: RateLimitStrategy;
}

/** `createCalClient`'s options: the shared ones, hooks, and credentials and limiter as values too. */
export interface CalClientOptions extends CommonOptions {
  /**
   * Client-side limiter: false (default), true (120/min), a custom rate or `rateLimiter(...)`. When
   * on, it also follows Cal.com's `x-ratelimit-*-default` headers, so a key shared with other
   * clients slows down before Cal.com answers 429.
   */
  rateLimit?: boolean | { requestsPerMinute: number } | RateLimitStrategy;
  /** `cal_...` (test) or `cal_live_...` (live); the same as `auth: apiKeyAuth(apiKey)`. */
  apiKey?: string;
  /** The same as `auth: oauthAuth(oauth)`. */
  oauth?: OAuthOptions;
  /** The same as `auth: platformAuth(platform)`, beside `apiKey` or `oauth` when given. */
  platform?: PlatformCredentials;
  /**
   * Run around every call, in order (see CallHook): a policy that may refuse, a log that records.
   * `client.withHooks(...)` adds more to a copy of the client (`withHooks(runtime, ...)` in ops).
   */
  hooks?: readonly CallHook[];
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Per attempt; overrides the client's timeoutMs. */
  timeoutMs?: number;
  maxRetries?: number;
  /** Extra headers for this call; they win over every other header. */
  headers?: Record<string, string>;
  /** Called with Cal.com's rate-limit headers on this call's answers (after the client's own listener). */
  onRateLimit?: RateLimitListener;
}

/** Receives what Cal.com said about the credential's rate limit, and which call it answered. */
export type RateLimitListener = (rateLimit: CalRateLimit, context: { operationId: string }) => void;

export interface ResolvedOptions {
  baseUrl: string;
  fetch: FetchLike;
  /** How the runtime sends its calls (see createSend). */
  send: Send;
  timeoutMs: number;
  maxRetries: number;
  apiVersions: Partial<Record<string, string>>;
  headers: Record<string, string>;
}

export const DEFAULT_BASE_URL = "https://api.cal.com";
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Applies defaults and rejects unusable values (credentials are checked by their strategy). */
export function resolveOptions(options: CommonOptions): ResolvedOptions {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  if (!isAbsoluteUrl(baseUrl)) throw new CalConfigError("baseUrl is not an absolute URL");
  const fetchImpl =
    options.fetch ??
    (typeof globalThis.fetch === "function"
      ? (input: Request, init?: RequestInit) => globalThis.fetch(input, init)
      : undefined);
  if (!fetchImpl) throw new CalConfigError("no fetch available: pass options.fetch");
  return {
    baseUrl,
    fetch: fetchImpl,
    send: createSend(options.fetch),
    timeoutMs: checkTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    maxRetries: checkMaxRetries(options.maxRetries ?? DEFAULT_MAX_RETRIES),
    apiVersions: options.apiVersions ?? {},
    headers: {
      ...(options.userAgent !== undefined ? { "user-agent": options.userAgent } : {}),
      ...options.headers,
    },
  };
}

export function checkTimeout(ms: number): number {
  if (!Number.isFinite(ms) || ms <= 0)
    throw new CalConfigError("timeoutMs must be a positive number");
  return ms;
}

export function checkMaxRetries(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new CalConfigError("maxRetries must be an integer >= 0");
  return n;
}

function isAbsoluteUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
