/**
 * The gateway's HTTP server (node:http): `/healthz`, `/readyz`, `/metrics`, `/mcp` (when given), and every
 * other path through the `/v2` pipeline. Bodies are capped, each request is logged as one line
 * without secrets, and `close()` stops taking requests, lets the ones in flight finish (their
 * audit records included), then resolves.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Log } from "../log.js";
import { type Answer, errorAnswer, jsonAnswer } from "./answer.js";
import type { Handled } from "./pipeline.js";
import type { GatewayRequest } from "./request.js";

export const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpOptions {
  host: string;
  port: number;
  handle(request: GatewayRequest): Promise<Handled>;
  /** Serves `/mcp` with node's request and response (the MCP SDK's transport wants them). */
  mcp?: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  ready(): Promise<boolean>;
  /** The Prometheus exposition text for `/metrics`. */
  metrics?: () => string;
  log: Log;
  /** Other pages served beside `/v2` (the admin page, approvals for agents), first match wins. */
  routes?: readonly ExtraRoute[];
}

export interface ExtraRoute {
  matches(path: string): boolean;
  handle(request: GatewayRequest): Promise<Answer>;
}

export interface HttpHandle {
  /** `http://127.0.0.1:PORT` */
  url: string;
  port: number;
  /** Stops accepting, waits for calls in flight (at most `graceMs`), then closes every connection. */
  close(graceMs?: number): Promise<void>;
}

function send(res: ServerResponse, answer: Answer): void {
  res.writeHead(answer.status, {
    ...answer.headers,
    "content-length": Buffer.byteLength(answer.body),
  });
  res.end(answer.body);
}

async function readBody(req: IncomingMessage): Promise<string | undefined | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return size === 0 ? undefined : Buffer.concat(chunks).toString("utf8");
}

function headerOf(req: IncomingMessage) {
  return (name: string): string | undefined => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  };
}

export async function startHttp(options: HttpOptions): Promise<HttpHandle> {
  let inFlight = 0;
  let closing = false;
  let drained: (() => void) | undefined;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (path === "/healthz") return send(res, jsonAnswer(200, { status: "ok" }));
    if (path === "/readyz")
      return send(
        res,
        (await options.ready())
          ? jsonAnswer(200, { status: "ready" })
          : jsonAnswer(503, { status: "not ready" }),
      );
    if (path === "/metrics" && options.metrics)
      return send(res, {
        status: 200,
        headers: { "content-type": "text/plain; version=0.0.4; charset=utf-8" },
        body: options.metrics(),
      });
    if (options.mcp && (path === "/mcp" || path === "/mcp/")) return options.mcp(req, res);
    const started = Date.now();
    const body = await readBody(req);
    if (body === null)
      return send(
        res,
        errorAnswer(413, `The body is larger than ${MAX_BODY_BYTES} bytes. Nothing was sent.`),
      );
    const request = {
      method: req.method ?? "GET",
      target: req.url ?? "/",
      header: headerOf(req),
      body,
    };
    const extra = options.routes?.find((r) => r.matches(path));
    if (extra) {
      const answer = await extra.handle(request);
      send(res, answer);
      return options.log("request", {
        method: req.method,
        path: path.slice(0, 200),
        status: answer.status,
        ms: Date.now() - started,
      });
    }
    const handled = await options.handle(request);
    send(res, handled.answer);
    options.log("call", {
      method: req.method,
      path: path.slice(0, 200),
      status: handled.answer.status,
      ...(handled.operation ? { operation: handled.operation } : {}),
      ...(handled.agent ? { agent: handled.agent } : {}),
      ...(handled.tokenId ? { tokenId: handled.tokenId } : {}),
      ...(handled.decision ? { decision: handled.decision } : {}),
      ms: Date.now() - started,
    });
  }

  const server: Server = createServer(
    { headersTimeout: 10_000, requestTimeout: 120_000, keepAliveTimeout: 5_000 },
    (req, res) => {
      if (closing) {
        res.setHeader("connection", "close");
        return send(
          res,
          errorAnswer(503, "The gateway is shutting down; try again shortly.", {
            headers: { "retry-after": "5" },
          }),
        );
      }
      inFlight++;
      route(req, res)
        .catch((error: unknown) => {
          options.log("error", {
            error: error instanceof Error ? error.name : "unknown",
            message: error instanceof Error ? error.message.slice(0, 300) : "",
          });
          if (!res.headersSent)
            send(res, errorAnswer(500, "The gateway failed while handling the request."));
          else res.end();
        })
        .finally(() => {
          inFlight--;
          if (closing && inFlight === 0) drained?.();
        });
    },
  );

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;

  return {
    url: `http://${host}:${port}`,
    port,
    async close(graceMs = 30_000) {
      closing = true;
      server.close();
      server.closeIdleConnections();
      if (inFlight > 0)
        await new Promise<void>((resolve) => {
          drained = resolve;
          setTimeout(resolve, graceMs).unref();
        });
      server.closeAllConnections();
    },
  };
}
