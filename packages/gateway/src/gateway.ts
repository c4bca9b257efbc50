/**
 * startGateway: the store, the audit chain, the forwarder (the one Cal.com client with the
 * gateway's credential), the `/v2` pipeline and the HTTP server, put together. The CLI's `serve`
 * calls it; tests and embedders can too.
 */
import type { CalClientOptions, FetchLike } from "@calkit/client";
import { createAdminRoute } from "./admin/route.js";
import type { GatewayAuditRecord } from "./audit-record.js";
import type { Limiter } from "./limits/limiter.js";
import { createMemoryLimiter } from "./limits/memory-limiter.js";
import { type Log, silentLog } from "./log.js";
import { createMetrics } from "./observe/metrics.js";
import { combineObservers, type Observer } from "./observe/observer.js";
import {
  DEFAULT_AUDIT_RETRY_MS,
  DEFAULT_UPSTREAM_BUDGET,
  DEFAULT_UPSTREAM_TIMEOUT_MS,
  DEFAULT_WINDOW_MS,
} from "./serve-config.js";
import { createAgentCache } from "./server/agent-cache.js";
import { createApprovalDesk } from "./server/approval-desk.js";
import { APPROVALS_PATH, createApprovalEndpoint } from "./server/approval-endpoint.js";
import { createApprovalNotifier } from "./server/approval-notify.js";
import { createForwarder } from "./server/forward.js";
import { startHttp } from "./server/http-server.js";
import { createMcpEndpoint } from "./server/mcp-endpoint.js";
import { createPipeline, type Handled } from "./server/pipeline.js";
import type { GatewayRequest } from "./server/request.js";
import { createAuditChain } from "./store/audit-chain.js";
import { createDurableAudit } from "./store/durable-audit.js";
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
  /** Counts the agents' limits and the credential's budget; default: in this process, 100/min. */
  limiter?: Limiter;
  /** How long an answer waits for its audit record while the store is unreachable. */
  auditRetryMs?: number;
  /** Per attempt (as the client's timeoutMs); with auditRetryMs it bounds a call's lifetime. */
  upstreamTimeoutMs?: number;
  /** More observers of calls, limit hits and Cal.com's answers (e.g. OpenTelemetry's). */
  observers?: readonly Observer[];
}

/** Longest a live instance may hold a pending Idempotency-Key: its attempts, its record, slack. */
function idempotencyLeaseMs(timeoutMs: number, auditRetryMs: number): number {
  return 3 * timeoutMs + auditRetryMs + 5_000;
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
  const auditRetryMs = options.auditRetryMs ?? DEFAULT_AUDIT_RETRY_MS;
  const upstreamTimeoutMs =
    options.upstreamTimeoutMs ?? options.client.timeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS;
  const audit = createDurableAudit(chain, sql, {
    retryMs: auditRetryMs,
    onOutage: (down) => log(down ? "store-down" : "store-up", {}),
  });
  const appendRecord = (record: GatewayAuditRecord) => audit.append(record);
  const limiter =
    options.limiter ??
    createMemoryLimiter({ windowMs: DEFAULT_WINDOW_MS, budget: () => DEFAULT_UPSTREAM_BUDGET });
  const metrics = createMetrics();
  const observer = combineObservers([metrics, ...(options.observers ?? [])]);
  const forwarder = createForwarder({
    observer,
    client: { ...options.client, timeoutMs: upstreamTimeoutMs },
    appendRecord,
    limiter,
    storeReady: audit.storeReady,
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
  const pipeline = createPipeline({
    sql,
    agents,
    forwarder,
    appendRecord,
    approvals,
    idempotencyLeaseMs: idempotencyLeaseMs(upstreamTimeoutMs, auditRetryMs),
    ...(options.idempotencyWaitMs === undefined
      ? {}
      : { idempotencyWaitMs: options.idempotencyWaitMs }),
  });
  const handle = observeCalls(pipeline, observer.call);
  const mcp = createMcpEndpoint({ agents, pipeline: handle, appendRecord, observer });
  const http = await startHttp({
    host: options.host ?? "127.0.0.1",
    port: options.port ?? DEFAULT_PORT,
    handle,
    mcp: mcp.handle,
    metrics: metrics.render,
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

/** The pipeline, telling `onCall` of each answered call (from `/v2` and from MCP's bridge alike). */
function observeCalls(
  pipeline: (request: GatewayRequest) => Promise<Handled>,
  onCall: Required<Observer>["call"],
): (request: GatewayRequest) => Promise<Handled> {
  return async (request) => {
    const started = Date.now();
    const handled = await pipeline(request);
    onCall({
      status: handled.answer.status,
      started,
      ended: Date.now(),
      ...(handled.operation ? { operation: handled.operation } : {}),
      ...(handled.agent ? { agent: handled.agent } : {}),
      ...(handled.decision ? { decision: handled.decision } : {}),
    });
    return handled;
  };
}
