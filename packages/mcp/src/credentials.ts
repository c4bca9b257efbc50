/**
 * The Cal.com credential a tool call uses: an API key, or an OAuth access token with the scopes it
 * was granted. Read from the environment at start, or from the bearer token of an MCP request over
 * HTTP. Values are checked for shape only; no message ever repeats a credential.
 */
import { createHash } from "node:crypto";
import {
  type CalClient,
  type CalClientOptions,
  createCalClient,
  validateApiKey,
} from "@calkit/client";
import { isScope, scopeNames } from "@calkit/scopes";
import type { ToolGrant } from "@calkit/tools";

export type CalCredential =
  | { readonly kind: "apiKey"; readonly apiKey: string }
  /** `scopes` undefined: not declared, so every tool is listed and Cal.com decides (403). */
  | { readonly kind: "oauth"; readonly accessToken: string; readonly scopes?: readonly string[] };

/** A problem with the MCP server's own setup (flags, environment, policy path), reported at start as one clear message (no stack trace). */
export class McpSetupError extends Error {
  override readonly name = "McpSetupError";
}

const API_KEY_PREFIX = /^cal_/;

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** `BOOKING_READ, event_type_read` → `["BOOKING_READ", "EVENT_TYPE_READ"]`; unknown names are a McpSetupError. */
export function parseScopes(list: string, source: string): string[] {
  const scopes = [
    ...new Set(
      list
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((s) => s.toUpperCase()),
    ),
  ];
  const unknown = scopes.filter((s) => !isScope(s));
  if (unknown.length) {
    throw new McpSetupError(
      `${source} names unknown Cal.com OAuth scope${unknown.length > 1 ? "s" : ""} ${unknown.map((s) => JSON.stringify(s.slice(0, 40))).join(", ")}. Known scopes: ${scopeNames.join(", ")}.`,
    );
  }
  return scopes;
}

function checkApiKey(key: string, source: string): string {
  try {
    return validateApiKey(key);
  } catch {
    throw new McpSetupError(
      `${source} is malformed: Cal.com API keys start with "cal_" (test) or "cal_live_" (live) and contain only letters, digits, "_" and "-".`,
    );
  }
}

/**
 * The credential configured by `CAL_API_KEY`, or `CAL_OAUTH_ACCESS_TOKEN` (+ `CAL_OAUTH_SCOPES`).
 * Undefined when neither is set; a McpSetupError when they are unusable.
 */
export function credentialFromEnv(env: NodeJS.ProcessEnv): CalCredential | undefined {
  const apiKey = present(env.CAL_API_KEY);
  const accessToken = present(env.CAL_OAUTH_ACCESS_TOKEN);
  const scopes = present(env.CAL_OAUTH_SCOPES);
  if (apiKey && accessToken)
    throw new McpSetupError("Both CAL_API_KEY and CAL_OAUTH_ACCESS_TOKEN are set: set only one.");
  if (scopes && !accessToken) {
    throw new McpSetupError(
      "CAL_OAUTH_SCOPES is set without CAL_OAUTH_ACCESS_TOKEN: scopes describe an OAuth token (an API key has no scopes).",
    );
  }
  if (apiKey) return { kind: "apiKey", apiKey: checkApiKey(apiKey, "CAL_API_KEY") };
  if (accessToken) {
    if (/\s/.test(accessToken))
      throw new McpSetupError("CAL_OAUTH_ACCESS_TOKEN is malformed: it contains whitespace.");
    return scopes === undefined
      ? { kind: "oauth", accessToken }
      : { kind: "oauth", accessToken, scopes: parseScopes(scopes, "CAL_OAUTH_SCOPES") };
  }
  return undefined;
}

/**
 * The credential of one HTTP request: `Authorization: Bearer <token>`, where a token starting
 * `cal_` is an API key and anything else an OAuth access token, whose granted scopes may be given
 * in `X-Cal-OAuth-Scopes`. Undefined when the request carries no bearer token.
 */
export function credentialFromHeaders(
  authorization: string | undefined,
  scopesHeader: string | undefined,
): CalCredential | undefined {
  if (authorization === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1])
    throw new McpSetupError(
      'The Authorization header must be "Bearer <Cal.com API key or OAuth access token>".',
    );
  const token = match[1];
  const scopes = present(scopesHeader);
  if (API_KEY_PREFIX.test(token)) {
    if (scopes)
      throw new McpSetupError(
        "X-Cal-OAuth-Scopes was sent with an API key: scopes describe an OAuth token (an API key has no scopes).",
      );
    return { kind: "apiKey", apiKey: checkApiKey(token, "The bearer token (a Cal.com API key)") };
  }
  return scopes === undefined
    ? { kind: "oauth", accessToken: token }
    : { kind: "oauth", accessToken: token, scopes: parseScopes(scopes, "X-Cal-OAuth-Scopes") };
}

/** What the tool selection needs to know: an API key (or an OAuth token of unknown scopes) sees every tool. */
export function grantOf(credential: CalCredential): ToolGrant {
  if (credential.kind === "oauth" && credential.scopes !== undefined)
    return { scopes: credential.scopes };
  return { apiKey: true };
}

/** A stable, non-reversible key for caches and rate limits; never the credential itself. */
export function fingerprint(credential: CalCredential): string {
  const secret =
    credential.kind === "apiKey"
      ? `k:${credential.apiKey}`
      : `o:${credential.accessToken}:${(credential.scopes ?? ["*"]).join(",")}`;
  return createHash("sha256").update(secret).digest("base64url").slice(0, 22);
}

export type ClientSettings = Omit<CalClientOptions, "apiKey" | "oauth" | "platform">;

/** A Cal.com client for the credential (an OAuth token with scopes refuses calls it cannot make). */
export function clientFor(credential: CalCredential, settings: ClientSettings): CalClient {
  if (credential.kind === "apiKey")
    return createCalClient({ ...settings, apiKey: credential.apiKey });
  return createCalClient({
    ...settings,
    oauth: {
      accessToken: credential.accessToken,
      ...(credential.scopes ? { scopes: credential.scopes } : {}),
    },
  });
}
