/**
 * Credentials as the runtime uses them, and the auth strategies that make them. A strategy is an
 * import (`apiKeyAuth`, `oauthAuth` in oauth.ts, `platformAuth` in platform.ts), so an app that
 * uses an API key carries no OAuth code. Each strategy checks what it is given when it is made,
 * before any runtime or request exists, and never repeats a secret in its errors.
 */
import { CalConfigError } from "./errors.js";
import type { AuthRequirement } from "./operation.js";
import type { FetchLike } from "./options.js";
import type { ScopeCheck } from "./scopes.js";

/** The configured credentials, turned into request headers. */
export interface Credentials {
  /** Whether any credential (API key, OAuth token, platform client) is configured. */
  readonly configured: boolean;
  /** Headers for one request; refreshes an expiring OAuth token first (one refresh for all callers). */
  headersFor(
    auth: AuthRequirement,
    operationId: string,
    signal?: AbortSignal,
  ): Promise<Record<string, string>>;
  /**
   * After a 401 for a request sent with `rejectedAuthorization`: refreshes the OAuth token unless
   * another call already did. True when resending may now succeed.
   */
  recoverFromUnauthorized(
    rejectedAuthorization: string,
    operationId: string,
    signal?: AbortSignal,
  ): Promise<boolean>;
  /** Every secret known now or earlier, so errors can be scrubbed of them. */
  secrets(): string[];
  /** Throws MissingScopeError when the credential was granted scopes and lacks the operation's. */
  readonly checkScope?: ScopeCheck | undefined;
}

/** What a runtime lends the credentials it makes (the OAuth refresh sends through its fetch). */
export interface CredentialDeps {
  fetch: FetchLike;
  now: () => number;
  /** Timeout of a token refresh request. */
  timeoutMs: number;
}

/**
 * How a runtime authenticates: made by `apiKeyAuth`, `oauthAuth` or `platformAuth` and passed as
 * the `auth` option. The runtime calls it once, with its own fetch and clock.
 */
export type AuthStrategy = (deps: CredentialDeps) => Credentials;

/** No credentials: operations whose auth is optional or none still work. */
export const NO_CREDENTIALS: Credentials = {
  configured: false,
  headersFor: async () => ({}),
  recoverFromUnauthorized: async () => false,
  secrets: () => [],
};

const API_KEY_PATTERN = /^cal_[A-Za-z0-9_-]+$/;

/** Checks an API key's shape; the error never repeats the value. */
export function validateApiKey(key: unknown): string {
  if (typeof key !== "string" || !API_KEY_PATTERN.test(key)) {
    throw new CalConfigError(
      'apiKey is malformed: Cal.com API keys start with "cal_" (test) or "cal_live_" (live) and ' +
        "contain no spaces; for an OAuth access token use oauthAuth (or createCalClient's oauth option)",
    );
  }
  return key;
}

/**
 * An API key (`cal_...` test, `cal_live_...` live), sent as a bearer token. Throws CalConfigError
 * here when the key is malformed, without repeating it.
 */
export function apiKeyAuth(apiKey: string): AuthStrategy {
  const key = validateApiKey(apiKey);
  return () => bearerCredentials(key);
}

/** Credentials that send one fixed bearer token. */
function bearerCredentials(token: string): Credentials {
  return {
    configured: true,
    headersFor: async (auth): Promise<Record<string, string>> =>
      auth === "none" ? {} : { authorization: `Bearer ${token}` },
    recoverFromUnauthorized: async () => false,
    secrets: () => [token],
  };
}

/** True for a non-empty string. */
export function nonEmpty(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

/** The credentials `auth` makes for a runtime, or none; CalConfigError when it is not a strategy. */
export function createCredentials(
  auth: AuthStrategy | undefined,
  deps: CredentialDeps,
): Credentials {
  if (auth === undefined) return NO_CREDENTIALS;
  if (typeof auth !== "function") {
    throw new CalConfigError("auth must be made by apiKeyAuth, oauthAuth or platformAuth");
  }
  return auth(deps);
}
