/**
 * The gateway's own Cal.com credential and upstream, from the environment: `CAL_API_KEY` (or
 * `CAL_API_KEY_FILE`), an OAuth access token (`CAL_OAUTH_ACCESS_TOKEN`, checked by @calkit/mcp's
 * reader), or a Platform client (`CAL_PLATFORM_CLIENT_ID` + `CAL_PLATFORM_SECRET_KEY`). Messages
 * name the variables, never their values.
 */
import { readFileSync } from "node:fs";
import { type CalClientOptions, DEFAULT_BASE_URL } from "@calkit/client";
import { credentialFromEnv, McpSetupError } from "@calkit/mcp";

import { GatewaySetupError } from "./setup-error.js";

export { GatewaySetupError };

/** @calkit/mcp's reader of CAL_API_KEY / CAL_OAUTH_*, its setup errors as the gateway's. */
function credentialOf(env: NodeJS.ProcessEnv) {
  try {
    return credentialFromEnv(env);
  } catch (error) {
    if (error instanceof McpSetupError) throw new GatewaySetupError(error.message);
    throw error;
  }
}

export interface UpstreamConfig {
  /** Client options carrying the credential (and the base URL). */
  client: CalClientOptions;
  /** "API key", "OAuth token", "Platform client": for the start-up line. */
  kind: string;
  baseUrl: string;
}

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function readKeyFile(path: string): string {
  try {
    return readFileSync(path, "utf8").trim();
  } catch (error) {
    throw new GatewaySetupError(
      `CAL_API_KEY_FILE cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}).`,
    );
  }
}

export function upstreamFromEnv(env: NodeJS.ProcessEnv): UpstreamConfig {
  const baseUrl = (present(env.CAL_API_BASE_URL) ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  try {
    new URL(baseUrl);
  } catch {
    throw new GatewaySetupError("CAL_API_BASE_URL is not an absolute URL.");
  }
  const keyFile = present(env.CAL_API_KEY_FILE);
  if (keyFile && present(env.CAL_API_KEY))
    throw new GatewaySetupError("Both CAL_API_KEY and CAL_API_KEY_FILE are set: set only one.");
  const fromFile = keyFile ? readKeyFile(keyFile) : undefined;
  const credential = credentialOf(fromFile ? { ...env, CAL_API_KEY: fromFile } : env);
  const platformId = present(env.CAL_PLATFORM_CLIENT_ID);
  const platformSecret = present(env.CAL_PLATFORM_SECRET_KEY);
  if (credential && (platformId || platformSecret))
    throw new GatewaySetupError(
      "Set one Cal.com credential: an API key, an OAuth token, or a Platform client.",
    );
  if (credential?.kind === "apiKey")
    return {
      client: { baseUrl, apiKey: credential.apiKey },
      kind: "API key",
      baseUrl,
    };
  if (credential?.kind === "oauth") {
    const refresh = oauthRefreshFromEnv(env);
    return {
      client: {
        baseUrl,
        oauth: {
          accessToken: credential.accessToken,
          ...(credential.scopes ? { scopes: credential.scopes } : {}),
          ...refresh,
        },
      },
      kind: refresh.refreshToken ? "OAuth token (refreshed by the gateway)" : "OAuth token",
      baseUrl,
    };
  }
  if (platformId && platformSecret)
    return {
      client: { baseUrl, platform: { clientId: platformId, secretKey: platformSecret } },
      kind: "Platform client",
      baseUrl,
    };
  if (platformId || platformSecret)
    throw new GatewaySetupError(
      "CAL_PLATFORM_CLIENT_ID and CAL_PLATFORM_SECRET_KEY go together: set both.",
    );
  throw new GatewaySetupError(
    "No Cal.com credential: set CAL_API_KEY (or CAL_API_KEY_FILE, CAL_OAUTH_ACCESS_TOKEN, or CAL_PLATFORM_CLIENT_ID + CAL_PLATFORM_SECRET_KEY). Agents never need it; the gateway does.",
  );
}

/** `CAL_OAUTH_REFRESH_TOKEN` with the OAuth client that may use it (and where its token endpoint is). */
function oauthRefreshFromEnv(env: NodeJS.ProcessEnv): {
  refreshToken?: string;
  clientId?: string;
  clientSecret?: string;
  tokenUrl?: string;
} {
  const refreshToken = present(env.CAL_OAUTH_REFRESH_TOKEN);
  const clientId = present(env.CAL_OAUTH_CLIENT_ID);
  const clientSecret = present(env.CAL_OAUTH_CLIENT_SECRET);
  const tokenUrl = present(env.CAL_OAUTH_TOKEN_URL);
  if (!refreshToken) {
    if (clientId || clientSecret || tokenUrl)
      throw new GatewaySetupError(
        "CAL_OAUTH_CLIENT_ID, CAL_OAUTH_CLIENT_SECRET and CAL_OAUTH_TOKEN_URL are for refreshing: set CAL_OAUTH_REFRESH_TOKEN too.",
      );
    return {};
  }
  if (!clientId || !clientSecret)
    throw new GatewaySetupError(
      "CAL_OAUTH_REFRESH_TOKEN needs CAL_OAUTH_CLIENT_ID and CAL_OAUTH_CLIENT_SECRET (the OAuth client that may use it).",
    );
  return { refreshToken, clientId, clientSecret, ...(tokenUrl ? { tokenUrl } : {}) };
}
