/**
 * `oauthAuth`: an OAuth access token, refreshed before it expires and once after a 401 (one
 * refresh shared by every waiting call), and, when told the token's granted scopes, a check that
 * refuses an operation the token cannot call before anything is sent.
 */
import { type AuthStrategy, type CredentialDeps, type Credentials, nonEmpty } from "./auth.js";
import { CalConfigError, UnauthorizedError } from "./errors.js";
import type { OAuthOptions, OAuthTokens } from "./options.js";
import { redactSecrets } from "./redact.js";
import { createScopeCheck } from "./scopes.js";
import { createDeadline, raceAbort } from "./timeout.js";

export const DEFAULT_TOKEN_URL = "https://api.cal.com/v2/auth/oauth2/token";
/** Refresh this long before expiry so a token cannot lapse in flight. */
const REFRESH_MARGIN_MS = 60_000;

/**
 * An OAuth access token (with what it needs to refresh itself, and optionally its granted scopes).
 * Throws CalConfigError here when the token is missing or a scope name is unknown.
 */
export function oauthAuth(options: OAuthOptions): AuthStrategy {
  if (!nonEmpty(options?.accessToken)) {
    throw new CalConfigError("oauth.accessToken must be a non-empty string");
  }
  const checkScope = createScopeCheck(options.scopes);
  return (deps) => createOAuthSession(options, deps, checkScope);
}

interface HeldTokens {
  accessToken: string;
  refreshToken: string | undefined;
  expiresAt: number | undefined;
}

/** The session: the tokens held now, refreshed in place, as the credentials a runtime uses. */
function createOAuthSession(
  options: OAuthOptions,
  deps: CredentialDeps,
  checkScope: Credentials["checkScope"],
): Credentials {
  const tokenUrl = options.tokenUrl ?? DEFAULT_TOKEN_URL;
  let held: HeldTokens = {
    accessToken: options.accessToken,
    refreshToken: options.refreshToken,
    expiresAt: toEpochMs(options.expiresAt),
  };
  // Replaced tokens stay in the redaction list: an old one may still turn up in a late error.
  const retired: string[] = [];
  let inflight: Promise<void> | undefined;

  const secrets = () => [
    held.accessToken,
    ...(held.refreshToken ? [held.refreshToken] : []),
    ...(options.clientSecret ? [options.clientSecret] : []),
    ...retired,
  ];
  const canRefresh = () => options.refresh !== undefined || held.refreshToken !== undefined;

  // Single flight: every caller that needs a refresh while one runs waits for that one.
  function refreshOnce(): Promise<void> {
    inflight ??= (async () => {
      const current: OAuthTokens = { ...held };
      const next = options.refresh
        ? await options.refresh(current)
        : await requestTokens(held, options, tokenUrl, deps);
      if (!nonEmpty(next.accessToken)) throw new Error("the refresh returned no access token");
      retired.push(held.accessToken, ...(held.refreshToken ? [held.refreshToken] : []));
      retired.splice(0, Math.max(0, retired.length - 16));
      held = {
        accessToken: next.accessToken,
        refreshToken: next.refreshToken ?? held.refreshToken,
        expiresAt: toEpochMs(next.expiresAt),
      };
      await options.onTokens?.({ ...held });
    })().finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  async function refresh(operationId: string, signal: AbortSignal | undefined): Promise<void> {
    try {
      // The shared refresh is not tied to one caller's signal; each caller stops waiting on its own.
      await raceAbort(refreshOnce(), signal);
    } catch (error) {
      if (signal?.aborted) throw error;
      throw refreshFailed(operationId, error, secrets());
    }
  }

  return {
    configured: true,
    async headersFor(auth, operationId, signal): Promise<Record<string, string>> {
      if (auth === "none") return {};
      const expiring =
        held.expiresAt !== undefined && held.expiresAt - deps.now() <= REFRESH_MARGIN_MS;
      if (expiring && canRefresh()) await refresh(operationId, signal);
      return { authorization: `Bearer ${held.accessToken}` };
    },
    async recoverFromUnauthorized(rejectedAuthorization, operationId, signal) {
      // Another call already refreshed: resend with the new token.
      if (rejectedAuthorization !== `Bearer ${held.accessToken}`) return true;
      if (!canRefresh()) return false;
      await refresh(operationId, signal);
      return true;
    },
    secrets,
    checkScope,
  };
}

/** A token endpoint's refusal: only its status and OAuth error code, never its body. */
class TokenEndpointError extends Error {
  constructor(
    readonly status: number,
    readonly oauthError: string | undefined,
  ) {
    super(`token endpoint answered HTTP ${status}${oauthError ? ` ${oauthError}` : ""}`);
    this.name = "TokenEndpointError";
  }
}

/** RFC 6749 §6 refresh_token grant, JSON-encoded as Cal.com's endpoint takes it. */
async function requestTokens(
  held: HeldTokens,
  options: OAuthOptions,
  tokenUrl: string,
  deps: CredentialDeps,
): Promise<OAuthTokens> {
  const deadline = createDeadline(undefined, deps.timeoutMs);
  try {
    const request = new Request(tokenUrl, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({
        grant_type: "refresh_token",
        refresh_token: held.refreshToken,
        client_id: options.clientId,
        client_secret: options.clientSecret,
      }),
      signal: deadline.signal,
    });
    const response = await raceAbort(deps.fetch(request), deadline.signal);
    const body = parseJson(await raceAbort(response.text(), deadline.signal));
    if (!response.ok) throw new TokenEndpointError(response.status, oauthErrorCode(body));
    // Accept both the bare RFC 6749 response and one wrapped in Cal.com's success envelope.
    const payload = isRecord(body) && isRecord(body.data) ? body.data : body;
    if (!isRecord(payload) || typeof payload.access_token !== "string") {
      throw new TokenEndpointError(response.status, "invalid_token_response");
    }
    const expiresIn = payload.expires_in;
    return {
      accessToken: payload.access_token,
      refreshToken: typeof payload.refresh_token === "string" ? payload.refresh_token : undefined,
      expiresAt: typeof expiresIn === "number" ? deps.now() + expiresIn * 1000 : undefined,
    };
  } catch (error) {
    if (deadline.timedOut)
      throw new Error(`token endpoint gave no answer within ${deps.timeoutMs} ms`);
    throw error;
  } finally {
    deadline.dispose();
  }
}

function refreshFailed(operationId: string, cause: unknown, secrets: string[]): UnauthorizedError {
  const reason = cause instanceof TokenEndpointError ? ` (${cause.message})` : "";
  return new UnauthorizedError({
    status: 401,
    code: "TOKEN_REFRESH_FAILED",
    message: redactSecrets(
      `${operationId}: refreshing the OAuth access token failed${reason}`,
      secrets,
    ),
    operationId,
    cause,
  });
}

// RFC 6749 §5.2 error codes. Only these (or a Cal.com exception name) are repeated, never free text,
// since a token endpoint may echo what it was sent.
const OAUTH_ERROR_CODES = new Set([
  "invalid_request",
  "invalid_client",
  "invalid_grant",
  "unauthorized_client",
  "unsupported_grant_type",
  "invalid_scope",
]);

function oauthErrorCode(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  const error = isRecord(body.error) ? body.error.code : body.error;
  if (typeof error !== "string") return undefined;
  return OAUTH_ERROR_CODES.has(error) || /^[A-Za-z]{1,60}Exception$/.test(error)
    ? error
    : undefined;
}

function toEpochMs(value: Date | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = value instanceof Date ? value.getTime() : value;
  return Number.isFinite(ms) ? ms : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
