/**
 * Streamable HTTP: a node:http server on 127.0.0.1 by default, one MCP session per `initialize`,
 * at `/mcp`. The bearer token of each request may be the Cal.com credential (API key or OAuth
 * token); it is used for that request only and never logged.
 *
 * Defences, each in its own module: on a loopback address the Host and Origin headers must be
 * literal loopback addresses with this port (local-request.ts: no DNS rebinding); a new bearer
 * credential must be accepted by Cal.com before it opens a session (credential-check.ts); sessions
 * belong to the credential that opened it, with a cap per credential (sessions.ts); every request
 * is answered within `requestTimeoutMs`, and a JSON-RPC id still pending on a session is refused;
 * slow or idle connections are cut by header, request and keep-alive timeouts and a connection cap.
 */
import {
  createServer,
  type IncomingMessage,
  type Server as NodeServer,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";
import { ErrorCode, isInitializeRequest } from "@modelcontextprotocol/sdk/types.js";
import { createCredentialCheck } from "./credential-check.js";
import {
  type CalCredential,
  credentialFromHeaders,
  fingerprint,
  McpSetupError,
} from "./credentials.js";
import { isLocalRequest, isLoopbackHostname } from "./local-request.js";
import { CREDENTIAL_KEY, createServerState, type ServerState } from "./server.js";
import { createSessionRegistry, type JsonRpcId, type Session } from "./sessions.js";
import { startMcpSession } from "./start-session.js";
import { type CalkitMcpOptions, clientSettingsOf } from "./toolbox.js";

export interface HttpServerOptions extends CalkitMcpOptions {
  /** Default 3333; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Most open sessions; sessions idle for 30 minutes are dropped first. Default 256. */
  maxSessions?: number;
  /** Most open sessions of one credential; one more ends its least recently used. Default 8. */
  maxSessionsPerCredential?: number;
  /** Largest request body accepted. Default 4 MB. */
  maxBodyBytes?: number;
  /** Longest an MCP request may run before it is answered with a timeout error. Default 120 s. */
  requestTimeoutMs?: number;
  /** Most open TCP connections. Default 64. */
  maxConnections?: number;
  /** New bearer credentials checked with Cal.com per minute (known ones need no check). Default 30. */
  credentialChecksPerMinute?: number;
  /** Time a client has to send a request's headers; the whole request gets 3 times as long. Default 10 s. */
  headersTimeoutMs?: number;
}

export interface HttpServerHandle {
  /** `http://127.0.0.1:<port>/mcp` */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** Open MCP sessions. */
  sessionCount(): number;
  close(): Promise<void>;
}

export const MCP_PATH = "/mcp";
const IDLE_MS = 30 * 60_000;
const KEEP_ALIVE_TIMEOUT_MS = 5_000;
/** The session owner when a request brings no bearer token and the server's own credential is used. */
const SERVER_OWNER = "server";
const BEARER = { "www-authenticate": 'Bearer realm="calkit-mcp"' };

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function rpcError(id: JsonRpcId | null, code: number, message: string) {
  return { jsonrpc: "2.0", error: { code, message }, id };
}

function sendJsonRpcError(
  res: ServerResponse,
  status: number,
  code: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, rpcError(null, code, message), headers);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function pathOf(req: IncomingMessage): string | undefined {
  try {
    return new URL(req.url ?? "/", "http://localhost").pathname;
  } catch {
    return undefined;
  }
}

/** The ids of the JSON-RPC requests (not notifications or responses) in a body. */
function requestIds(body: unknown): JsonRpcId[] {
  const messages = Array.isArray(body) ? body : [body];
  return messages.flatMap((m) =>
    m !== null &&
    typeof m === "object" &&
    typeof (m as { method?: unknown }).method === "string" &&
    (typeof (m as { id?: unknown }).id === "string" ||
      typeof (m as { id?: unknown }).id === "number")
      ? [(m as { id: JsonRpcId }).id]
      : [],
  );
}

/** Starts the HTTP server; resolves once it listens. A McpSetupError for unusable options. */
export async function startHttpServer(options: HttpServerOptions = {}): Promise<HttpServerHandle> {
  const host = options.host ?? "127.0.0.1";
  const state: ServerState = createServerState(options);
  const maxBodyBytes = options.maxBodyBytes ?? 4 * 1024 * 1024;
  const requestTimeoutMs = options.requestTimeoutMs ?? 120_000;
  const sessions = createSessionRegistry({
    maxSessions: options.maxSessions ?? 256,
    maxPerCredential: options.maxSessionsPerCredential ?? 8,
    idleMs: IDLE_MS,
  });
  const credentialCheck = createCredentialCheck(
    clientSettingsOf(options),
    options.credentialChecksPerMinute ?? 30,
  );
  const local = isLoopbackHostname(host.includes(":") ? `[${host}]` : host);
  let port = 0;

  /**
   * Lets the SDK answer `body` on `session`, within requestTimeoutMs. A request id the SDK is still
   * working on is refused (the SDK would answer only one of the two, and the other never).
   */
  async function answerOnSession(
    session: Session,
    req: IncomingMessage,
    res: ServerResponse,
    body: unknown,
  ): Promise<void> {
    const ids = requestIds(body);
    const reused = ids.find((id) => session.pending.has(id));
    if (reused !== undefined)
      return sendJson(
        res,
        409,
        rpcError(
          reused,
          ErrorCode.InvalidRequest,
          `Request id ${JSON.stringify(reused)} is already used by a request still running on this session; send each request with a new id.`,
        ),
      );
    for (const id of ids) session.pending.add(id);
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      const message = `No answer within ${Math.round(requestTimeoutMs / 1000)} s. The call may still complete (a write may take effect): check before repeating it.`;
      const errors = ids.map((id) => rpcError(id, ErrorCode.RequestTimeout, message));
      if (Array.isArray(body)) sendJson(res, 200, errors);
      else sendJson(res, 200, errors[0] ?? rpcError(null, ErrorCode.RequestTimeout, message));
    }, requestTimeoutMs);
    try {
      await session.transport.handleRequest(req, res, body);
    } finally {
      clearTimeout(timer);
      // Released only once the SDK is done with them: a late answer must not reach a new request.
      for (const id of ids) session.pending.delete(id);
    }
  }

  /** Starts a session for an `initialize` request of `owner`. */
  async function openSession(
    owner: string,
    req: IncomingMessage,
    res: ServerResponse,
    body: unknown,
  ): Promise<void> {
    if (!sessions.admit(owner))
      return sendJsonRpcError(
        res,
        503,
        -32000,
        "Too many open sessions; close one (DELETE) or retry later.",
        { "retry-after": "60" },
      );
    await startMcpSession(sessions, owner, state, req, res, body);
  }

  /** 401/503 unless Cal.com has accepted `credential` (now or before). */
  async function credentialRefusal(
    credential: CalCredential,
    res: ServerResponse,
  ): Promise<boolean> {
    const checked = await credentialCheck.check(credential);
    if (checked.status === "accepted") return false;
    if (checked.status === "rejected")
      sendJsonRpcError(
        res,
        401,
        -32001,
        "Cal.com rejected this credential (401): send a valid Cal.com API key or OAuth access token.",
        BEARER,
      );
    else
      sendJsonRpcError(
        res,
        503,
        -32000,
        `The credential could not be checked with Cal.com now; retry in ${checked.retryAfterSeconds} s.`,
        { "retry-after": String(checked.retryAfterSeconds) },
      );
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = pathOf(req);
    if (path === undefined)
      return sendJsonRpcError(res, 400, -32000, "Bad request: the request URL is not valid.");
    if (path !== MCP_PATH)
      return sendJsonRpcError(res, 404, -32000, `Not found: the MCP endpoint is ${MCP_PATH}.`);
    if (local && !isLocalRequest(header(req, "host"), header(req, "origin"), port))
      return sendJsonRpcError(
        res,
        403,
        -32000,
        "Forbidden: this server only accepts requests addressed to its loopback address and port from local origins.",
      );

    let credential: CalCredential | undefined;
    try {
      credential = credentialFromHeaders(
        header(req, "authorization"),
        header(req, "x-cal-oauth-scopes"),
      );
    } catch (error) {
      if (error instanceof McpSetupError)
        return sendJsonRpcError(res, 401, -32001, error.message, BEARER);
      throw error;
    }
    if (!credential && !state.core.options.credential) {
      return sendJsonRpcError(
        res,
        401,
        -32001,
        "No Cal.com credential: send `Authorization: Bearer <Cal.com API key or OAuth access token>`, or start calkit-mcp with CAL_API_KEY.",
        BEARER,
      );
    }
    const owner = credential ? fingerprint(credential) : SERVER_OWNER;
    // The handlers read the request's own credential from here; the token itself is not repeated.
    (req as IncomingMessage & { auth?: AuthInfo }).auth = {
      token: "calkit",
      clientId: "calkit-mcp",
      scopes: credential?.kind === "oauth" ? [...(credential.scopes ?? [])] : [],
      extra: credential ? { [CREDENTIAL_KEY]: credential } : {},
    };

    let body: unknown;
    if (req.method === "POST") {
      const text = await readBody(req, maxBodyBytes);
      if (text === undefined)
        return sendJsonRpcError(
          res,
          413,
          -32600,
          `Request body larger than ${maxBodyBytes} bytes.`,
        );
      try {
        body = JSON.parse(text);
      } catch {
        return sendJsonRpcError(res, 400, -32700, "Parse error: the body is not JSON.");
      }
      if (Array.isArray(body) && body.length === 0)
        return sendJsonRpcError(
          res,
          400,
          ErrorCode.InvalidRequest,
          "Invalid Request: an empty batch; send at least one JSON-RPC message.",
        );
    }

    const sessionId = header(req, "mcp-session-id");
    if (sessionId) {
      // Another credential's session is "not found" too: sessions are not shared, nor revealed.
      const session = sessions.find(sessionId, owner);
      if (!session)
        return sendJsonRpcError(
          res,
          404,
          -32001,
          "Session not found: it ended or expired; initialize a new one.",
        );
      return answerOnSession(session, req, res, body);
    }
    if (req.method !== "POST" || !isInitializeRequest(body)) {
      return sendJsonRpcError(
        res,
        400,
        -32000,
        "Bad request: no Mcp-Session-Id; start with an initialize request.",
      );
    }
    if (credential && (await credentialRefusal(credential, res))) return;
    return openSession(owner, req, res, body);
  }

  const headersTimeoutMs = options.headersTimeoutMs ?? 10_000;
  const http: NodeServer = createServer(
    {
      // Time to receive a request's headers, and the whole request (not to answer it).
      headersTimeout: headersTimeoutMs,
      requestTimeout: 3 * headersTimeoutMs,
      keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
      // How often the two timeouts above are checked (Node's default, 30 s, would triple them).
      connectionsCheckingInterval: 1_000,
    },
    (req, res) => {
      handle(req, res).catch(() => {
        if (!res.headersSent) sendJsonRpcError(res, 500, -32603, "Internal server error.");
        else res.end();
      });
    },
  );
  http.maxConnections = options.maxConnections ?? 64;

  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port ?? 3333, host, () => {
      http.off("error", reject);
      resolve();
    });
  });
  port = (http.address() as AddressInfo).port;
  const shownHost = host.includes(":") ? `[${host}]` : host;

  return {
    url: `http://${shownHost}:${port}${MCP_PATH}`,
    host,
    port,
    sessionCount: () => sessions.size(),
    async close() {
      await sessions.closeAll();
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
    },
  };
}
