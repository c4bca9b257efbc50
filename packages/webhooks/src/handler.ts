/**
 * createWebhookHandler: a receiver for Cal.com deliveries that verifies, parses, de-duplicates and
 * dispatches them to typed handlers, with adapters for the Fetch API (`Request` → `Response`:
 * Cloudflare Workers, Deno, Bun, Hono, Next.js route handlers) and for Node's `http` (plain
 * `http.createServer`, Express). Frameworks that read the body themselves (Fastify, Koa) pass the
 * raw bytes to `handle()`.
 *
 * Answers: 200 handled (or nothing to do, or a duplicate), 400 not a valid delivery, 401 missing or
 * wrong signature, 405 not a POST, 413 body over the limit, 500 a handler or hook failed (so the
 * delivery counts as failed and a retry can bring it again).
 */
import { concat, toBytes } from "./bytes.js";
import type { KnownTrigger } from "./generated/events.gen.js";
import { type Deduplicator, idempotencyKey } from "./idempotency.js";
import { type KnownEvent, type ParsedEvent, parseEvent, WebhookParseError } from "./parse.js";
import { type DeliveryStore, freshnessProblem } from "./replay.js";
import {
  NO_SECRET_PROVIDED,
  SIGNATURE_HEADER,
  VERSION_HEADER,
  verifySignature,
} from "./signature.js";

/** 1 MiB: far above any real delivery, small enough to refuse abuse cheaply. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** What a handler gets besides the event. */
export interface DeliveryContext {
  /** The delivery's idempotency key (see idempotencyKey). */
  idempotencyKey: string;
  /** `X-Cal-Webhook-Version`, e.g. `2021-10-20`; null when absent. */
  webhookVersion: string | null;
  /** The body exactly as received. */
  rawBody: Uint8Array;
}

export type EventHandler<E> = (event: E, context: DeliveryContext) => unknown;

export interface WebhookHandlerOptions extends Partial<Deduplicator> {
  /** The subscription's secret; several during a rotation (a delivery may match any). */
  secret: string | readonly string[];
  /** Larger bodies are refused with 413 before any parsing. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Called when a repeated delivery is skipped. */
  onDuplicate?: (key: string, event: ParsedEvent) => void | Promise<void>;
  /**
   * Called with whatever made a delivery fail with 500 (a handler or a hook threw), for your logs.
   * Nothing is logged otherwise.
   */
  onError?: (error: unknown, event: ParsedEvent) => void;
  /**
   * Freshness window: a delivery whose `createdAt` is older than this (or more than 5 minutes in
   * the future, or unreadable) is refused with 400 and reaches no handler. Off by default.
   */
  maxAgeMs?: number;
  /**
   * Durable replay store, instead of `isDuplicate`/`onProcessed`: each key is claimed atomically
   * before the handlers run, and released when they fail. Kept until the window ends (`maxAgeMs`).
   */
  store?: DeliveryStore;
  /** The clock (epoch ms) of the freshness window. Default Date.now. */
  now?: () => number;
}

/** A framework-neutral answer: write it back with your framework's response object. */
export interface WebhookResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Headers as Fetch (`Headers`) or Node (`req.headers`) hold them. */
export type HeaderSource =
  | Headers
  | { readonly [name: string]: string | readonly string[] | undefined };

/** The parts of node:http's IncomingMessage the adapter uses (an Express request fits). */
export interface NodeRequest {
  method?: string;
  headers: { readonly [name: string]: string | readonly string[] | undefined };
  readableEnded?: boolean;
  /** A body already read by middleware: kept only when it is the raw bytes or text. */
  body?: unknown;
  on(event: "data", listener: (chunk: Uint8Array | string) => void): unknown;
  on(event: "end", listener: () => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  removeAllListeners(event: "data" | "end" | "error"): unknown;
  resume(): unknown;
}

/** The parts of node:http's ServerResponse the adapter uses. */
export interface NodeResponse {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body: string): unknown;
}

export interface WebhookHandler {
  /** Runs `handler` for deliveries of `trigger`, after earlier handlers of it. Chainable. */
  on<T extends KnownTrigger>(trigger: T, handler: EventHandler<KnownEvent<T>>): WebhookHandler;
  /** Runs `handler` for every delivery, known triggers and unknown ones, after the trigger's own handlers. */
  onAny(handler: EventHandler<ParsedEvent>): WebhookHandler;
  /** The whole pipeline on a body already read; use it from frameworks without an adapter. */
  handle(delivery: {
    method?: string;
    headers: HeaderSource;
    body: string | Uint8Array;
  }): Promise<WebhookResponse>;
  /** Fetch API adapter: `export default { fetch: webhooks.fetch }`, `app.post("/cal", (c) => webhooks.fetch(c.req.raw))`. */
  readonly fetch: (request: Request) => Promise<Response>;
  /** node:http adapter: `http.createServer(webhooks.node)`, `app.post("/cal", webhooks.node)`. */
  readonly node: (req: NodeRequest, res: NodeResponse) => Promise<void>;
}

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8" };

function answer(
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): WebhookResponse {
  return { status, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) };
}

const unreadable = answer(400, { error: "the request body could not be read" });
const tooLarge = (max: number) =>
  answer(413, { error: `body exceeds ${max} bytes` }, { connection: "close" });

function header(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as Headers).get === "function")
    return (headers as Headers).get(name) ?? undefined;
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(
    headers as Record<string, string | readonly string[] | undefined>,
  )) {
    if (key.toLowerCase() !== lower || value === undefined) continue;
    // A repeated signature header is ambiguous: treat it as absent rather than pick one.
    if (typeof value !== "string") return value.length === 1 ? value[0] : undefined;
    return value;
  }
  return undefined;
}

/** The declared length, when it is a plain number. */
function declaredLength(headers: HeaderSource): number | undefined {
  const value = header(headers, "content-length");
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** Reads a Fetch body up to `max` bytes; null when it is larger. */
async function readFetchBody(request: Request, max: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return concat(chunks, size);
}

/** Reads a node:http body up to `max` bytes; null when it is larger (the rest is drained). */
function readNodeBody(req: NodeRequest, max: number): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    req.on("data", (chunk) => {
      const bytes = toBytes(chunk);
      size += bytes.byteLength;
      if (size > max) {
        req.removeAllListeners("data");
        req.removeAllListeners("end");
        // Let the client finish sending so it reads the 413 instead of a reset connection.
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(bytes);
    });
    req.on("end", () => resolve(concat(chunks, size)));
    req.on("error", reject);
  });
}

export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  const secrets = typeof options.secret === "string" ? [options.secret] : [...options.secret];
  if (!secrets.length || secrets.some((s) => typeof s !== "string" || s.length === 0)) {
    throw new TypeError(
      "createWebhookHandler needs the subscription's secret: a non-empty string (or a list of them).",
    );
  }
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes <= 0)
    throw new TypeError("maxBodyBytes must be a positive integer.");
  const { maxAgeMs, store } = options;
  if (maxAgeMs !== undefined && !(Number.isFinite(maxAgeMs) && maxAgeMs > 0))
    throw new TypeError("maxAgeMs must be a positive number of milliseconds.");
  if (store && (options.isDuplicate || options.onProcessed))
    throw new TypeError("Pass either store or isDuplicate/onProcessed, not both.");
  const now = options.now ?? Date.now;
  const byTrigger = new Map<string, EventHandler<never>[]>();
  const anyHandlers: EventHandler<ParsedEvent>[] = [];

  async function verified(
    body: Uint8Array,
    signature: string | undefined,
  ): Promise<WebhookResponse | null> {
    if (signature === undefined)
      return answer(401, { error: `missing ${SIGNATURE_HEADER} header` });
    if (signature.trim() === NO_SECRET_PROVIDED) {
      return answer(401, {
        error: "unsigned delivery (no-secret-provided): give the subscription a secret",
      });
    }
    for (const secret of secrets) if (await verifySignature(body, signature, secret)) return null;
    return answer(401, { error: "signature does not match the body" });
  }

  /** Whether the key was seen before: the store claims it atomically, else the hooks are asked. */
  async function seenBefore(key: string, event: ParsedEvent): Promise<boolean> {
    if (!store) return Boolean(await options.isDuplicate?.(key, event));
    const created = Date.parse(event.createdAt);
    const expiresAt =
      maxAgeMs === undefined || Number.isNaN(created) ? undefined : created + maxAgeMs;
    return !(await store.claim(key, expiresAt));
  }

  async function dispatch(event: ParsedEvent, context: DeliveryContext): Promise<WebhookResponse> {
    let claimed = false;
    try {
      if (await seenBefore(context.idempotencyKey, event)) {
        try {
          await options.onDuplicate?.(context.idempotencyKey, event);
        } catch (error) {
          // Only a notification: the delivery was handled before, so still acknowledge it.
          options.onError?.(error, event);
        }
        return answer(200, { received: true, duplicate: true });
      }
      claimed = store !== undefined;
      const own = event.known ? (byTrigger.get(event.triggerEvent) ?? []) : [];
      for (const handler of own) await (handler as EventHandler<ParsedEvent>)(event, context);
      for (const handler of anyHandlers) await handler(event, context);
      await options.onProcessed?.(context.idempotencyKey, event);
      return answer(200, { received: true });
    } catch (error) {
      if (claimed) await Promise.resolve(store?.release(context.idempotencyKey)).catch(() => {});
      options.onError?.(error, event);
      return answer(500, { error: "the receiver failed to handle this delivery" });
    }
  }

  async function handle(delivery: {
    method?: string;
    headers: HeaderSource;
    body: string | Uint8Array;
  }): Promise<WebhookResponse> {
    try {
      return await pipeline(delivery);
    } catch {
      // Only a broken runtime gets here (no Web Crypto, say); handler errors are caught in dispatch.
      return answer(500, { error: "the receiver failed to handle this delivery" });
    }
  }

  async function pipeline(delivery: {
    method?: string;
    headers: HeaderSource;
    body: string | Uint8Array;
  }): Promise<WebhookResponse> {
    if (delivery.method !== undefined && delivery.method.toUpperCase() !== "POST") {
      return answer(405, { error: "Cal.com delivers webhooks with POST" }, { allow: "POST" });
    }
    const body = toBytes(delivery.body);
    if (body.byteLength > maxBodyBytes) return tooLarge(maxBodyBytes);
    const rejected = await verified(body, header(delivery.headers, SIGNATURE_HEADER));
    if (rejected) return rejected;
    let event: ParsedEvent;
    try {
      event = parseEvent(body);
    } catch (error) {
      if (error instanceof WebhookParseError) return answer(400, { error: error.message });
      throw error;
    }
    if (maxAgeMs !== undefined) {
      const stale = freshnessProblem(event.createdAt, maxAgeMs, now());
      if (stale) return answer(400, { error: `stale delivery: ${stale}` });
    }
    const context: DeliveryContext = {
      idempotencyKey: await idempotencyKey(event, body),
      webhookVersion: header(delivery.headers, VERSION_HEADER) ?? null,
      rawBody: body,
    };
    return dispatch(event, context);
  }

  const handler: WebhookHandler = {
    on(trigger, eventHandler) {
      const list = byTrigger.get(trigger) ?? [];
      list.push(eventHandler as EventHandler<never>);
      byTrigger.set(trigger, list);
      return handler;
    },
    onAny(eventHandler) {
      anyHandlers.push(eventHandler);
      return handler;
    },
    handle,
    fetch: async (request) => {
      let result: WebhookResponse;
      if (request.method.toUpperCase() !== "POST")
        result = await handle({ method: request.method, headers: request.headers, body: "" });
      else if ((declaredLength(request.headers) ?? 0) > maxBodyBytes)
        result = tooLarge(maxBodyBytes);
      else {
        const body = await readFetchBody(request, maxBodyBytes).catch(() => undefined);
        result =
          body === undefined
            ? unreadable
            : body
              ? await handle({ headers: request.headers, body })
              : tooLarge(maxBodyBytes);
      }
      return new Response(result.body, { status: result.status, headers: result.headers });
    },
    node: async (req, res) => {
      let result: WebhookResponse;
      const parsed = req.body;
      if ((req.method ?? "POST").toUpperCase() !== "POST") {
        result = await handle({ method: req.method, headers: req.headers, body: "" });
        req.resume();
      } else if (parsed instanceof Uint8Array || typeof parsed === "string") {
        // express.raw() / express.text() already read the bytes.
        result = await handle({ headers: req.headers, body: parsed });
      } else if (req.readableEnded) {
        // A JSON body parser ran first: the exact bytes the signature covers are gone.
        result = answer(500, {
          error:
            "the request body was consumed before the webhook handler; mount it before JSON body parsers or use express.raw()",
        });
      } else if ((declaredLength(req.headers) ?? 0) > maxBodyBytes) {
        req.resume();
        result = tooLarge(maxBodyBytes);
      } else {
        const body = await readNodeBody(req, maxBodyBytes).catch(() => undefined);
        result =
          body === undefined
            ? unreadable
            : body
              ? await handle({ headers: req.headers, body })
              : tooLarge(maxBodyBytes);
      }
      res.writeHead(result.status, result.headers);
      res.end(result.body);
    },
  };
  return handler;
}
