/**
 * `{base}/mcp`: @calkit/mcp's tools over Streamable HTTP, to the same agent tokens as `/v2`. Every
 * request is authenticated again (a revoked token stops working mid-session), sessions belong to
 * the agent that opened them (@calkit/mcp's session registry), and each agent sees only the tools
 * its policy allows (@calkit/mcp's toolbox, given the agent's policy). The tools' Cal.com client
 * calls the `/v2` pipeline in process (mcp-bridge.ts), so every call is decided and audited there;
 * a call the MCP side already refuses by policy is written to the audit chain from here.
 *
 * No Host/Origin (DNS rebinding) check is needed: nothing here acts without an agent token, which
 * a web page cannot read.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { type AuditRecord, callbackSink, createAuditLog } from "@calkit/guard";
import {
  createServerState,
  createSessionRegistry,
  type ServerState,
  startMcpSession,
} from "@calkit/mcp";
import { isInitializeRequest } from "@modelcontextprotocol/sdk/types.js";
import type { GatewayAuditRecord } from "../audit-record.js";
import type { Observer } from "../observe/observer.js";
import { policyFileOf } from "../policy-file.js";
import type { AgentWithPolicy } from "../store/agents.js";
import type { AgentCache } from "./agent-cache.js";
import { authenticate } from "./authenticate.js";
import { BRIDGE_BASE_URL, createBridgeFetch } from "./mcp-bridge.js";
import type { Handled } from "./pipeline.js";
import type { GatewayRequest } from "./request.js";

const MAX_BODY_BYTES = 4 * 1024 * 1024;
const IDLE_MS = 30 * 60_000;
const BEARER = { "www-authenticate": 'Bearer realm="calkit-gateway"' };

export interface McpEndpointOptions {
  agents: AgentCache;
  pipeline(request: GatewayRequest): Promise<Handled>;
  appendRecord(record: GatewayAuditRecord): Promise<unknown>;
  observer?: Pick<Observer, "toolCall">;
}

export interface McpEndpoint {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  close(): Promise<void>;
}

function rpcError(
  res: ServerResponse,
  status: number,
  code: number,
  message: string,
  headers = {},
): void {
  const text = JSON.stringify({ jsonrpc: "2.0", error: { code, message }, id: null });
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<{ body?: unknown; problem?: string }> {
  if (req.method !== "POST") return {};
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      return { problem: `Request body larger than ${MAX_BODY_BYTES} bytes.` };
    chunks.push(chunk);
  }
  try {
    return { body: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return { problem: "Parse error: the body is not JSON." };
  }
}

export function createMcpEndpoint(options: McpEndpointOptions): McpEndpoint {
  const sessions = createSessionRegistry({
    maxSessions: 256,
    maxPerCredential: 8,
    idleMs: IDLE_MS,
  });
  const states = new Map<string, ServerState>();
  const fetch = createBridgeFetch(options.pipeline);
  /** Denial records still being written; an MCP answer waits for them (see holdUntilRecorded). */
  const unwritten = new Set<Promise<unknown>>();

  /**
   * The guard reports a denial synchronously, before the SDK answers; the SDK ends the response
   * itself. Deferring `end` until the records in progress are committed keeps the rule that an
   * answer the agent saw is on record.
   */
  function holdUntilRecorded(res: ServerResponse): void {
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((...args: unknown[]) => {
      if (unwritten.size === 0) return end(...args);
      void Promise.allSettled([...unwritten]).then(() => end(...args));
      return res;
    }) as ServerResponse["end"];
  }

  /** The MCP-side refusal of a call the policy denies, as a gateway audit record. */
  function recordDenial(agent: AgentWithPolicy, record: AuditRecord): void {
    if (record.decision !== "denied") return; // allowed calls are recorded by the /v2 pipeline
    const written = options
      .appendRecord({
        time: record.time,
        agent: agent.name,
        agentId: agent.id,
        tokenId: agent.tokenId,
        operation: record.operation,
        method: "MCP",
        path: "/mcp",
        resource: record.resource,
        access: record.access === "event" ? null : record.access,
        target: record.target,
        args: { ...record.target },
        decision: "denied",
        reason: record.reason,
        policyRevision: agent.policyRevision,
        outcome: { status: "not-sent" },
        upstream: {},
        latencyMs: record.durationMs,
        sentence: record.sentence,
      })
      .catch(() => {})
      .finally(() => unwritten.delete(written));
    unwritten.add(written);
  }

  /** One MCP server state per agent and policy revision: its tool list and its (bridged) client. */
  function stateFor(agent: AgentWithPolicy, token: string): ServerState {
    const key = `${agent.id}:${agent.policyRevision}`;
    let state = states.get(key);
    if (!state) {
      state = createServerState({
        credential: { kind: "oauth", accessToken: token },
        baseUrl: BRIDGE_BASE_URL,
        policy: policyFileOf(agent.name, agent.policy),
        agent: agent.name,
        audit: createAuditLog(callbackSink((record) => recordDenial(agent, record))),
        // A call the policy asks about goes on to the /v2 pipeline behind the bridge, which holds
        // it at the approval desk like any agent's call (and records it there).
        approve: async () => ({ approved: true, by: "the gateway's approval desk" }),
        // The pipeline behind the bridge retries Cal.com itself where that is safe.
        client: { fetch, maxRetries: 0 },
      });
      states.set(key, state);
    }
    return state;
  }

  async function openSession(
    owner: string,
    state: ServerState,
    req: IncomingMessage,
    res: ServerResponse,
    body: unknown,
  ) {
    if (!sessions.admit(owner))
      return rpcError(
        res,
        503,
        -32000,
        "Too many open sessions; close one (DELETE) or retry later.",
        { "retry-after": "60" },
      );
    await startMcpSession(sessions, owner, state, req, res, body);
  }

  /** A `tools/call` request, reported to the observer once its answer has gone. */
  function observeToolCall(
    agent: string,
    body: unknown,
    req: IncomingMessage,
    res: ServerResponse,
  ): void {
    const message = body as { method?: unknown; params?: { name?: unknown } } | undefined;
    if (!options.observer?.toolCall || message?.method !== "tools/call") return;
    const tool = typeof message.params?.name === "string" ? message.params.name : "unknown";
    const sessionId = req.headers["mcp-session-id"];
    const started = Date.now();
    res.once("finish", () =>
      options.observer?.toolCall?.({
        tool: tool.slice(0, 100),
        agent,
        status: res.statusCode,
        started,
        ended: Date.now(),
        ...(typeof sessionId === "string" ? { sessionId } : {}),
      }),
    );
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const authorization = req.headers.authorization;
    const auth = await authenticate(options.agents.find, authorization, new Date());
    if (!auth.ok) return rpcError(res, 401, -32001, auth.message, BEARER);
    const token = /^Bearer +(\S+)/i.exec(authorization ?? "")?.[1] as string;
    const read = await readJson(req);
    if (read.problem) return rpcError(res, 400, -32700, read.problem);
    const owner = auth.agent.id;
    holdUntilRecorded(res);
    observeToolCall(auth.agent.name, read.body, req, res);
    const sessionId = req.headers["mcp-session-id"];
    if (typeof sessionId === "string") {
      // Another agent's session is "not found" too: sessions are neither shared nor revealed.
      const session = sessions.find(sessionId, owner);
      if (!session)
        return rpcError(
          res,
          404,
          -32001,
          "Session not found: it ended or expired; initialize a new one.",
        );
      return session.transport.handleRequest(req, res, read.body);
    }
    if (req.method !== "POST" || !isInitializeRequest(read.body))
      return rpcError(
        res,
        400,
        -32000,
        "Bad request: no Mcp-Session-Id; start with an initialize request.",
      );
    return openSession(owner, stateFor(auth.agent, token), req, res, read.body);
  }

  return { handle, close: () => sessions.closeAll() };
}
