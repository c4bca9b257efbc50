/**
 * Test helpers: deliveries built from the spec's own webhook examples, and real HTTP servers on
 * 127.0.0.1 (one handing requests to the node:http adapter, one converting them to Fetch
 * `Request`s the way Deno, Bun or Workers would).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
// Relative import (not "@calkit/spec") so `tsc -p packages/webhooks` resolves it too; vitest's
// alias points that name at this same source.
import { loadSpec } from "../../../spec/src/index";

export type Json = Record<string, unknown>;

export interface SpecDelivery {
  trigger: string;
  /** The example delivery body of the trigger in spec/openapi.yaml. */
  body: Json;
}

/** Every webhook example of the spec, one per trigger, in document order. */
export function specDeliveries(): SpecDelivery[] {
  const webhooks = (loadSpec() as unknown as { webhooks: Record<string, { post: Json }> }).webhooks;
  return Object.entries(webhooks).map(([trigger, item]) => {
    const media = (
      item.post.requestBody as {
        content: Record<string, { examples: Record<string, { value: Json }> }>;
      }
    ).content["application/json"];
    const value = media?.examples.example?.value;
    if (!value) throw new Error(`spec/openapi.yaml has no example delivery for ${trigger}`);
    return { trigger, body: structuredClone(value) };
  });
}

/** The spec's example delivery of `trigger`, optionally changed (a fresh `createdAt` makes it a new delivery). */
export function delivery(trigger: string, change: (body: Json) => void = () => {}): Json {
  const found = specDeliveries().find((d) => d.trigger === trigger);
  if (!found) throw new Error(`no example delivery for ${trigger}`);
  change(found.body);
  return found.body;
}

let sequence = 0;
/** A createdAt no other test uses, so each delivery has its own idempotency key. */
export function freshCreatedAt(): string {
  sequence += 1;
  return new Date(Date.UTC(2026, 11, 1, 12, 0, 0, sequence)).toISOString();
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** Starts a node:http server on 127.0.0.1, on a free port. */
export async function listen(listener: Listener): Promise<RunningServer> {
  const server = createServer((req, res) => void listener(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/cal`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A node:http listener that serves a Fetch handler (`Request` in, `Response` out). */
export function viaFetch(handler: (request: Request) => Promise<Response>): Listener {
  return async (req, res) => {
    const headers = new Headers();
    for (let i = 0; i < req.rawHeaders.length; i += 2)
      headers.append(req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string);
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const init = {
      method: req.method,
      headers,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
      duplex: "half",
    } as RequestInit;
    const response = await handler(new Request(`http://${req.headers.host}${req.url}`, init));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(new Uint8Array(await response.arrayBuffer()));
  };
}

export interface Reply {
  status: number;
  body: Json;
}

/** POSTs `body` (bytes or text, sent exactly as given) with `headers`. */
export async function post(
  url: string,
  body: string | Uint8Array | ReadableStream<Uint8Array>,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const init = {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit;
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Json) : {} };
}
