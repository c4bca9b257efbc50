/**
 * startGateway: the store, the audit chain, the forwarder (the one Cal.com client with the
 * gateway's credential), the `/v2` pipeline and the HTTP server, put together. The CLI's `serve`
 * calls it; tests and embedders can too.
 */
import type { CalClientOptions, FetchLike } from "@calkit/client";
import { createAdminRoute } from "./admin/route.js";
import type { GatewayAuditRecord } from "./audit-record.js";
import { type Log, silentLog } from "./log.js";
import { createAgentCache } from "./server/agent-cache.js";
import { createApprovalDesk } from "./server/approval-desk.js";
import { APPROVALS_PATH, createApprovalEndpoint } from "./server/approval-endpoint.js";
import { createApprovalNotifier } from "./server/approval-notify.js";
import { createForwarder } from "./server/forward.js";
import { startHttp } from "./server/http-server.js";
import { createMcpEndpoint } from "./server/mcp-endpoint.js";
import { createPipeline } from "./server/pipeline.js";
import { createAuditChain } from "./store/audit-chain.js";
import { sweepExpiredKeys } from "./store/idempotency.js";
import type { Sql } from "./store/sql.js";

export const DEFAULT_PORT = 4410;

export interface GatewayOptions {
  sql: Sql;
  /** The gateway's Cal.com client options: credential and base URL. */
  client: CalClientOptions;
  host?: string;
  /** Default 4410; 0 picks a free port. */
  port?: number;
  log?: Log;
  /** For tests: what the Cal.com client sends through. */
  fetch?: FetchLike;
  idempotencyWaitMs?: number;
  /** Calls the policy asks about: how long an approval lasts and how long the agent's request waits. */
  approvals?: { ttlMs?: number; waitMs?: number; webhookUrl?: string };
  /** The admin page and API at `/admin`, when an admin token is set. */
  admin?: { token: string };
}

export interface GatewayHandle {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly port: number;
  /** Finishes the calls in flight and their audit records; does not close the store. */
  close(): Promise<void>;
}

const HOUR = 3_600_000;
/** Expired approvals get their record within this long even when no one is looking. */
const APPROVAL_SWEEP_MS = 15_000;

export async function startGateway(options: GatewayOptions): Promise<GatewayHandle> {
  const { sql } = options;
  const log = options.log ?? silentLog;
  const chain = createAuditChain<GatewayAuditRecord>(sql);
  const appendRecord = (record: GatewayAuditRecord) => chain.append(record);
  const forwarder = createForwarder({
    client: options.client,
    appendRecord,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    onWarning: (message) => log("upstream-warning", { message: message.slice(0, 300) }),
  });
  const agents = await createAgentCache(sql);
  const { webhookUrl, ...timing } = options.approvals ?? {};
  const approvals = await createApprovalDesk({
    sql,
    forwarder,
    appendRecord,
    ...timing,
    ...(webhookUrl ? { onHeld: createApprovalNotifier(webhookUrl, log) } : {}),
  });
  const handle = createPipeline({
    sql,
    agents,
    forwarder,
    appendRecord,
    approvals,
    ...(options.idempotencyWaitMs === undefined
      ? {}
      : { idempotencyWaitMs: options.idempotencyWaitMs }),
  });
  const mcp = createMcpEndpoint({ agents, pipeline: handle, appendRecord });
  const http = await startHttp({
    host: options.host ?? "127.0.0.1",
    port: options.port ?? DEFAULT_PORT,
    handle,
    mcp: mcp.handle,
    ready: () =>
      sql.query("SELECT 1").then(
        () => true,
        () => false,
      ),
    log,
    routes: [
      {
        matches: (path) => path.startsWith(APPROVALS_PATH),
        handle: createApprovalEndpoint(agents, approvals),
      },
      ...(options.admin
        ? [createAdminRoute({ sql, approvals, appendRecord, token: options.admin.token })]
        : []),
    ],
  });
  const sweep = setInterval(() => void sweepExpiredKeys(sql).catch(() => {}), HOUR);
  sweep.unref();
  const expire = setInterval(() => void approvals.sweep().catch(() => {}), APPROVAL_SWEEP_MS);
  expire.unref();
  return {
    url: http.url,
    port: http.port,
    async close() {
      clearInterval(sweep);
      clearInterval(expire);
      await http.close();
      await approvals.close();
      await mcp.close();
      await agents.close();
    },
  };
}
