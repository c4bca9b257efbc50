/**
 * The receiver over real HTTP on 127.0.0.1: the node:http adapter, and the Fetch adapter behind a
 * node:http server that converts each request to a `Request`. Signed deliveries of every trigger
 * (the spec's examples) reach their typed handler; unsigned, tampered, oversized and malformed
 * ones are answered with the right status and reach no handler.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createWebhookHandler,
  DEFAULT_MAX_BODY_BYTES,
  type DeliveryContext,
  knownTriggers,
  memoryDeduplicator,
  NO_SECRET_PROVIDED,
  type ParsedEvent,
  signPayloadSync,
  type WebhookHandler,
} from "../src/index.js";
import {
  delivery,
  freshCreatedAt,
  type Json,
  listen,
  post,
  type RunningServer,
  specDeliveries,
  viaFetch,
} from "./helpers";

const SECRET = "whsec-test-6f1d2a9c";
const MAX = 64 * 1024;

interface Received {
  typed: { trigger: string; event: ParsedEvent; context: DeliveryContext }[];
  any: ParsedEvent[];
  duplicates: string[];
  errors: unknown[];
}

function receiver() {
  const received: Received = { typed: [], any: [], duplicates: [], errors: [] };
  const failing = new Set<string>();
  const handler = createWebhookHandler({
    secret: ["an-old-secret-being-rotated-out", SECRET],
    maxBodyBytes: MAX,
    ...memoryDeduplicator(),
    onDuplicate: (key) => void received.duplicates.push(key),
    onError: (error) => void received.errors.push(error),
  });
  for (const trigger of knownTriggers) {
    handler.on(trigger, (event, context) => {
      if (failing.has(event.createdAt)) throw new Error("the database is down");
      received.typed.push({ trigger, event, context });
    });
  }
  handler.onAny((event) => void received.any.push(event));
  return { handler, received, failing };
}

const signed = (body: string | Uint8Array, secret = SECRET) => ({
  "X-Cal-Signature-256": signPayloadSync(body, secret),
  "X-Cal-Webhook-Version": "2021-10-20",
});

const adapters: [string, (handler: WebhookHandler) => Parameters<typeof listen>[0]][] = [
  ["node:http adapter", (handler) => handler.node],
  ["Fetch adapter", (handler) => viaFetch(handler.fetch)],
];

describe.each(adapters)("%s", (_name, serve) => {
  const { handler, received, failing } = receiver();
  let server: RunningServer;

  beforeAll(async () => {
    server = await listen(serve(handler));
  });
  afterAll(() => server.close());
  beforeEach(() => {
    received.typed.length = 0;
    received.any.length = 0;
    received.duplicates.length = 0;
    received.errors.length = 0;
  });

  const nothingHandled = () => {
    expect(received.typed).toEqual([]);
    expect(received.any).toEqual([]);
  };

  describe("signed deliveries of every trigger reach their typed handler", () => {
    it.each(specDeliveries().map((d) => [d.trigger, d.body] as const))(
      "%s",
      async (trigger, body) => {
        const raw = JSON.stringify(body);
        const reply = await post(server.url, raw, signed(raw));
        expect(reply).toEqual({ status: 200, body: { received: true } });
        expect(received.typed).toHaveLength(1);
        const [{ trigger: handledAs, event, context }] = received.typed as [
          Received["typed"][number],
        ];
        expect(handledAs).toBe(trigger);
        expect(event).toEqual({ ...body, known: true });
        expect(context.webhookVersion).toBe("2021-10-20");
        expect(new TextDecoder().decode(context.rawBody)).toBe(raw);
        expect(context.idempotencyKey.startsWith(`${trigger}:`)).toBe(true);
        expect(received.any).toEqual([event]);
      },
    );
  });

  it("verifies the exact bytes: non-ASCII text and key order as sent", async () => {
    const raw = `{"payload":${JSON.stringify({ ...(delivery("BOOKING_CANCELLED").payload as Json), cancellationReason: "Désolé — grève des trains 🚆" })},"createdAt":"${freshCreatedAt()}","triggerEvent":"BOOKING_CANCELLED"}`;
    const reply = await post(server.url, raw, signed(raw));
    expect(reply.status).toBe(200);
    const payload = received.typed[0]?.event.payload as Json | undefined;
    expect(payload?.cancellationReason).toBe("Désolé — grève des trains 🚆");
  });

  it("accepts a delivery signed with any configured secret (rotation)", async () => {
    const raw = JSON.stringify(
      delivery("BOOKING_CREATED", (b) => (b.createdAt = freshCreatedAt())),
    );
    expect(
      (await post(server.url, raw, signed(raw, "an-old-secret-being-rotated-out"))).status,
    ).toBe(200);
  });

  describe("401 and no handler for", () => {
    const raw = JSON.stringify(
      delivery("BOOKING_CREATED", (b) => (b.createdAt = freshCreatedAt())),
    );

    it.each([
      ["a tampered body", raw.replace("Grace Hopper", "Mallory"), signed(raw)],
      ["a body signed with another secret", raw, signed(raw, "not-the-secret")],
      ["a missing signature header", raw, {}],
      ["no-secret-provided", raw, { "X-Cal-Signature-256": NO_SECRET_PROVIDED }],
      [
        "a truncated signature",
        raw,
        { "X-Cal-Signature-256": signPayloadSync(raw, SECRET).slice(0, 40) },
      ],
      ["a signature that is not hex", raw, { "X-Cal-Signature-256": "z".repeat(64) }],
    ])("%s", async (_case, body, headers) => {
      const reply = await post(server.url, body, headers);
      expect(reply.status).toBe(401);
      expect(typeof reply.body.error).toBe("string");
      expect(JSON.stringify(reply.body)).not.toContain(SECRET);
      nothingHandled();
    });
  });

  describe("413 and no handler for a body over maxBodyBytes", () => {
    const big = JSON.stringify(
      delivery("BOOKING_CREATED", (b) => ((b.payload as Json).description = "x".repeat(MAX))),
    );

    it("announced by Content-Length", async () => {
      const reply = await post(server.url, big, signed(big));
      expect(reply).toEqual({ status: 413, body: { error: `body exceeds ${MAX} bytes` } });
      nothingHandled();
    });

    it("streamed without a length (chunked)", async () => {
      const bytes = new TextEncoder().encode(big);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 8192) controller.enqueue(bytes.slice(i, i + 8192));
          controller.close();
        },
      });
      const reply = await post(server.url, stream, signed(big));
      expect(reply.status).toBe(413);
      nothingHandled();
    });
  });

  describe("400 naming the problem, and no handler, for a signed", () => {
    it.each([
      ["body that is not JSON", '{"triggerEvent":', "(body) is not valid JSON"],
      [
        "body without createdAt",
        JSON.stringify({ triggerEvent: "BOOKING_CREATED", payload: {} }),
        "createdAt is missing",
      ],
      [
        "BOOKING_CREATED without an organizer",
        JSON.stringify(delivery("BOOKING_CREATED", (b) => delete (b.payload as Json).organizer)),
        "payload.organizer is missing",
      ],
    ])("%s", async (_case, raw, problem) => {
      const reply = await post(server.url, raw, signed(raw));
      expect(reply).toEqual({
        status: 400,
        body: { error: `Invalid Cal.com webhook delivery: ${problem}.` },
      });
      nothingHandled();
    });
  });

  it("answers 500 when a handler throws, so the delivery counts as failed, and handles the retry", async () => {
    const createdAt = freshCreatedAt();
    const raw = JSON.stringify(delivery("BOOKING_RESCHEDULED", (b) => (b.createdAt = createdAt)));
    failing.add(createdAt);
    const reply = await post(server.url, raw, signed(raw));
    expect(reply).toEqual({
      status: 500,
      body: { error: "the receiver failed to handle this delivery" },
    });
    expect(received.errors).toHaveLength(1);
    expect(String(received.errors[0])).toContain("the database is down");
    expect(received.typed).toEqual([]);

    failing.delete(createdAt);
    expect((await post(server.url, raw, signed(raw))).status).toBe(200);
    expect(received.typed).toHaveLength(1);
  });

  it("handles a repeated delivery once and answers the repeat with 200", async () => {
    const raw = JSON.stringify(
      delivery("BOOKING_NO_SHOW_UPDATED", (b) => (b.createdAt = freshCreatedAt())),
    );
    expect(await post(server.url, raw, signed(raw))).toEqual({
      status: 200,
      body: { received: true },
    });
    expect(await post(server.url, raw, signed(raw))).toEqual({
      status: 200,
      body: { received: true, duplicate: true },
    });
    expect(received.typed).toHaveLength(1);
    expect(received.any).toHaveLength(1);
    expect(received.duplicates).toEqual([received.typed[0]?.context.idempotencyKey]);
  });

  it("passes a trigger it does not type to onAny as unknown", async () => {
    const body = {
      triggerEvent: "BOOKING_TELEPORTED",
      createdAt: freshCreatedAt(),
      payload: { uid: "fkZ3Ppsm8SFGRYxHZGGcnN", destination: "Mars" },
    };
    const raw = JSON.stringify(body);
    expect((await post(server.url, raw, signed(raw))).status).toBe(200);
    expect(received.typed).toEqual([]);
    expect(received.any).toEqual([{ ...body, known: false }]);
  });

  it("accepts an unwrapped MEETING_ENDED from an older Cal.com", async () => {
    const booking = {
      ...(delivery("MEETING_ENDED").payload as Json),
      uid: "olderCalComUid00000001",
    };
    const raw = JSON.stringify({ triggerEvent: "MEETING_ENDED", ...booking });
    expect((await post(server.url, raw, signed(raw))).status).toBe(200);
    expect(received.typed[0]?.trigger).toBe("MEETING_ENDED");
    expect(received.typed[0]?.event.payload).toEqual(booking);
  });

  it("answers anything but POST with 405", async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    nothingHandled();
  });
});

describe("behind middleware that already read the body (Express style)", () => {
  const { handler, received } = receiver();
  let raw: RunningServer;
  let parsed: RunningServer;

  beforeAll(async () => {
    // Like express.raw(): the bytes are on req.body.
    raw = await listen(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      Object.assign(req, { body: Buffer.concat(chunks) });
      await handler.node(req, res);
    });
    // Like express.json(): only the parsed object is left.
    parsed = await listen(async (req, res) => {
      let text = "";
      for await (const chunk of req) text += chunk;
      Object.assign(req, { body: JSON.parse(text) });
      await handler.node(req, res);
    });
  });
  afterAll(async () => {
    await raw.close();
    await parsed.close();
  });

  it("verifies the raw bytes kept by express.raw()", async () => {
    const body = JSON.stringify(delivery("BOOKING_PAID", (b) => (b.createdAt = freshCreatedAt())));
    expect((await post(raw.url, body, signed(body))).status).toBe(200);
    expect(received.typed.map((r) => r.trigger)).toEqual(["BOOKING_PAID"]);
  });

  it("refuses with an explanation when a JSON parser consumed them", async () => {
    const body = JSON.stringify(delivery("BOOKING_PAID", (b) => (b.createdAt = freshCreatedAt())));
    const reply = await post(parsed.url, body, signed(body));
    expect(reply.status).toBe(500);
    expect(String(reply.body.error)).toContain("express.raw()");
  });
});

describe("handle() and options", () => {
  it("limits bodies to 1 MiB by default", async () => {
    expect(DEFAULT_MAX_BODY_BYTES).toBe(1024 * 1024);
    const handler = createWebhookHandler({ secret: SECRET });
    const body = new Uint8Array(DEFAULT_MAX_BODY_BYTES + 1);
    expect((await handler.handle({ headers: {}, body })).status).toBe(413);
    const atLimit = new Uint8Array(DEFAULT_MAX_BODY_BYTES);
    expect((await handler.handle({ headers: {}, body: atLimit })).status).toBe(401);
  });

  it("reads header names case-insensitively from Node-style header objects", async () => {
    const handler = createWebhookHandler({ secret: SECRET });
    const body = JSON.stringify(delivery("OOO_CREATED"));
    const result = await handler.handle({
      headers: { "x-cal-signature-256": signPayloadSync(body, SECRET) },
      body,
    });
    expect(result.status).toBe(200);
    expect(result.headers["content-type"]).toContain("application/json");
  });

  it("treats a repeated signature header as missing", async () => {
    const handler = createWebhookHandler({ secret: SECRET });
    const body = JSON.stringify(delivery("OOO_CREATED"));
    const signature = signPayloadSync(body, SECRET);
    expect(
      (await handler.handle({ headers: { "x-cal-signature-256": [signature, signature] }, body }))
        .status,
    ).toBe(401);
  });

  it("answers 500 when the idempotency store fails, without calling handlers", async () => {
    let calls = 0;
    const handler = createWebhookHandler({
      secret: SECRET,
      isDuplicate: () => {
        throw new Error("redis is unreachable");
      },
    }).onAny(() => void calls++);
    const body = JSON.stringify(delivery("BOOKING_CREATED"));
    expect((await handler.handle({ headers: signed(body), body })).status).toBe(500);
    expect(calls).toBe(0);
  });

  it("refuses to start without a secret, or with a bad limit", () => {
    expect(() => createWebhookHandler({ secret: "" })).toThrow(/non-empty string/);
    expect(() => createWebhookHandler({ secret: [] })).toThrow(/non-empty string/);
    expect(() => createWebhookHandler({ secret: SECRET, maxBodyBytes: 0 })).toThrow(
      /positive integer/,
    );
  });
});
