/**
 * `calkit-gateway serve`: configuration from flags and environment, the store (holding the
 * embedded store's folder lock, with the admin endpoint for the CLI), then the gateway. The base
 * URL is the first line on stdout; everything else goes to stderr as JSON lines. SIGINT/SIGTERM
 * finish the calls in flight, then close the store.
 */

import { adminTokenFromEnv, approvalSettingsFromEnv } from "./admin-config.js";
import { startAdminEndpoint } from "./admin-relay.js";
import { parseArgs, UsageError } from "./cli-args.js";
import { tryLock } from "./data-lock.js";
import { DEFAULT_PORT, startGateway } from "./gateway.js";
import { LimiterUnavailableError } from "./limits/limiter.js";
import { openLimiter } from "./limits/open-limiter.js";
import { createLog } from "./log.js";
import { withStoredTokens } from "./oauth-tokens.js";
import { createOtelObserver } from "./observe/otel.js";
import { createSecretBox, MIN_SECRET_LENGTH } from "./secret-box.js";
import { faultConfigFromEnv, limitConfigFromEnv, otelFromEnv } from "./serve-config.js";
import { openStore, storeLocationFromEnv } from "./store/open.js";
import { StoreError } from "./store/sql.js";
import { GatewaySetupError, upstreamFromEnv } from "./upstream-config.js";

function parsePort(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new UsageError(
      `--port must be a whole number from 0 to 65535; got ${JSON.stringify(text.slice(0, 20))}.`,
    );
  return port;
}

/** The key for secrets at rest; refreshed OAuth tokens are never stored in the clear. */
function gatewaySecretFrom(env: NodeJS.ProcessEnv): string {
  const secret = env.CALKIT_GATEWAY_SECRET?.trim() ?? "";
  if (secret.length < MIN_SECRET_LENGTH)
    throw new GatewaySetupError(
      `CAL_OAUTH_REFRESH_TOKEN needs CALKIT_GATEWAY_SECRET (at least ${MIN_SECRET_LENGTH} characters, e.g. \`openssl rand -base64 32\`): refreshed tokens are stored encrypted with it.`,
    );
  return secret;
}

export async function serveFromCli(argv: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const args = parseArgs(argv, { options: ["host", "port"] });
  if (args.positionals.length) throw new UsageError("serve takes no arguments.");
  const host = args.options.get("host") ?? "127.0.0.1";
  const port = parsePort(args.options.get("port"));
  const upstream = upstreamFromEnv(env);
  const adminToken = adminTokenFromEnv(env);
  const approvalSettings = approvalSettingsFromEnv(env);
  const secret = upstream.client.oauth?.refreshToken ? gatewaySecretFrom(env) : undefined;
  const location = storeLocationFromEnv(env);
  const limits = limitConfigFromEnv(env);
  const faults = faultConfigFromEnv(env);
  const observers = otelFromEnv(env) ? [await createOtelObserver()] : [];
  const log = createLog();

  const lock = location.databaseUrl ? undefined : tryLock(location.dataFolder);
  if (lock && "busy" in lock)
    throw new StoreError(
      `The data folder ${location.dataFolder} is in use by process ${lock.busy.pid}${lock.busy.admin ? " (another gateway)" : ""}; one gateway per embedded store (use DATABASE_URL to run several).`,
    );
  const held = lock?.held;
  try {
    const sql = await openStore(location);
    const admin = held ? await startAdminEndpoint(sql) : undefined;
    if (admin) held?.update({ admin: { url: admin.url, secret: admin.secret } });
    const client = secret
      ? await withStoredTokens(sql, createSecretBox(secret), upstream.client, log)
      : upstream.client;
    const limiter = await openLimiter(limits, upstream.client, {
      onDegraded: (down) => log(down ? "limits-degraded" : "limits-shared", {}),
    }).catch((error: unknown) => {
      if (error instanceof LimiterUnavailableError) throw new StoreError(error.message);
      throw error;
    });
    const gateway = await startGateway({
      sql,
      client,
      host,
      port,
      log,
      approvals: approvalSettings,
      ...(adminToken ? { admin: { token: adminToken } } : {}),
      limiter,
      auditRetryMs: faults.auditRetryMs,
      upstreamTimeoutMs: faults.upstreamTimeoutMs,
      observers,
    }).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EADDRINUSE")
        throw new UsageError(`Port ${port} is in use: pick another with --port.`);
      if (code === "EACCES" || code === "EADDRNOTAVAIL")
        throw new UsageError(`Cannot listen on ${host}:${port} (${code}).`);
      throw error;
    });
    process.stdout.write(`${gateway.url}\n`);
    log("listening", {
      url: gateway.url,
      store: sql.kind === "embedded" ? `embedded (${sql.where})` : `postgres (${sql.where})`,
      upstream: upstream.baseUrl,
      credential: upstream.kind,
      admin: adminToken ? `${gateway.url}/admin` : "off (set CALKIT_ADMIN_TOKEN)",
      limits: limiter.home === "redis" ? "shared (redis)" : "per instance (memory)",
    });
    if (!["127.0.0.1", "localhost", "::1"].includes(host))
      log("warning", {
        message:
          "Not bound to a loopback address: put TLS in front of the gateway (agent tokens travel in headers).",
      });
    const stop = (signal: string) => {
      log("stopping", { signal });
      void gateway
        .close()
        .then(() => limiter.close())
        .then(() => admin?.close())
        .then(() => sql.close())
        .finally(() => {
          held?.release();
          process.exit(0);
        });
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  } catch (error) {
    held?.release();
    throw error;
  }
}
