/**
 * startGateway: the store, the audit chain, the forwarder (the one Cal.com client with the
 * gateway's credential), the `/v2` pipeline and the HTTP server, put together. The CLI's `serve`
 * calls it; tests and embedders can too.
 */
import type { CalClientOptions, FetchLike } from "@calkit/client";
import type { GatewayAuditRecord } from "./audit-record.js";
import { type Log, silentLog } from "./log.js";
import { createAgentCache } from "./server/agent-cache.js";
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
}

export interface GatewayHandle {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly port: number;
  /** Finishes the calls in flight and their audit records; does not close the store. */
  close(): Promise<void>;
}

const HOUR = 3_600_000;

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
  const handle = createPipeline({
    sql,
    agents,
    forwarder,
    appendRecord,
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
  });
  const sweep = setInterval(() => void sweepExpiredKeys(sql).catch(() => {}), HOUR);
  sweep.unref();
  return {
    url: http.url,
    port: http.port,
    async close() {
      clearInterval(sweep);
      await http.close();
      await mcp.close();
      await agents.close();
    },
  };
}
