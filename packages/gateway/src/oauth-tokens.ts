/**
 * OAuth tokens the gateway refreshes itself. Cal.com rotates the refresh token on every refresh, so
 * after a restart the one in the environment is spent: the latest tokens are kept in the store,
 * sealed with `CALKIT_GATEWAY_SECRET` (secret-box.ts), and used instead of the environment's as
 * long as the environment still names the same grant (its refresh token's hash is kept with them).
 */
import { createHash } from "node:crypto";
import type { CalClientOptions, OAuthTokens } from "@calkit/client";
import type { Log } from "./log.js";
import type { SecretBox } from "./secret-box.js";
import type { Sql } from "./store/sql.js";

const NAME = "oauth-tokens";

interface Stored {
  /** sha256 of the environment's refresh token these tokens descend from. */
  origin: string;
  accessToken: string;
  refreshToken?: string;
  expiresAt?: number;
}

function originOf(refreshToken: string): string {
  return createHash("sha256").update(refreshToken).digest("hex");
}

/**
 * The client options with the newest stored tokens of this grant (when there are any) and an
 * `onTokens` that stores each refreshed set before it is used.
 */
export async function withStoredTokens(
  sql: Sql,
  box: SecretBox,
  client: CalClientOptions,
  log: Log,
): Promise<CalClientOptions> {
  const oauth = client.oauth;
  if (!oauth?.refreshToken) return client;
  const origin = originOf(oauth.refreshToken);
  const stored = await load(sql, box, log);
  const current = stored?.origin === origin ? stored : undefined;
  return {
    ...client,
    oauth: {
      ...oauth,
      ...(current
        ? {
            accessToken: current.accessToken,
            refreshToken: current.refreshToken,
            expiresAt: current.expiresAt,
          }
        : {}),
      onTokens: (tokens: OAuthTokens) => save(sql, box, origin, tokens),
    },
  };
}

async function load(sql: Sql, box: SecretBox, log: Log): Promise<Stored | undefined> {
  const row = (
    await sql.query<{ sealed: string }>("SELECT sealed FROM secrets WHERE name = $1", [NAME])
  )[0];
  if (!row) return undefined;
  try {
    return JSON.parse(box.open(row.sealed)) as Stored;
  } catch {
    log("warning", {
      message:
        "The stored OAuth tokens cannot be opened with this CALKIT_GATEWAY_SECRET; using the environment's tokens.",
    });
    return undefined;
  }
}

async function save(sql: Sql, box: SecretBox, origin: string, tokens: OAuthTokens): Promise<void> {
  const value: Stored = {
    origin,
    accessToken: tokens.accessToken,
    ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
    ...(tokens.expiresAt !== undefined ? { expiresAt: new Date(tokens.expiresAt).getTime() } : {}),
  };
  await sql.query(
    `INSERT INTO secrets (name, sealed) VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET sealed = EXCLUDED.sealed, updated_at = now()`,
    [NAME, box.seal(JSON.stringify(value))],
  );
}
