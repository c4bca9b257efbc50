/**
 * Replays of captured deliveries (issue 17): Cal.com's signature has no timestamp, and the
 * in-memory de-duplication forgets a key after 10,000 others or a restart. A freshness window on
 * `createdAt` refuses old deliveries, and a durable DeliveryStore recognises a replay across a
 * restart and any number of deliveries in between.
 */
import { describe, expect, it } from "vitest";
import {
  createWebhookHandler,
  type DeliveryStore,
  memoryDeduplicator,
  memoryDeliveryStore,
  signPayloadSync,
} from "../src/index.js";
import { delivery } from "./helpers";

const SECRET = "whsec-replay-3b9e1c";
const T0 = Date.parse("2026-12-01T12:00:00.000Z");

function signedAt(createdAt: string, uid = "fkZ3Ppsm8SFGRYxHZGGcnN") {
  const body = JSON.stringify(
    delivery("BOOKING_CANCELLED", (b) => {
      b.createdAt = createdAt;
      (b.payload as Record<string, unknown>).uid = uid;
    }),
  );
  return { headers: { "x-cal-signature-256": signPayloadSync(body, SECRET) }, body };
}

/** A receiver over `store` (a stand-in for Redis or a database table, shared across "restarts"). */
function receiver(options: { store?: DeliveryStore; maxAgeMs?: number; now?: () => number }) {
  const handled: string[] = [];
  const handler = createWebhookHandler({ secret: SECRET, ...options });
  handler.onAny((event) => void handled.push(event.createdAt));
  return { handler, handled };
}

describe("webhook replays", () => {
  it("the in-memory deduplicator alone lets a delivery replay after maxKeys others (what the window and store fix)", async () => {
    const handled: string[] = [];
    const handler = createWebhookHandler({ secret: SECRET, ...memoryDeduplicator(100) });
    handler.onAny((event) => void handled.push(event.createdAt));
    const captured = signedAt("2026-12-01T12:00:00.000Z");
    await handler.handle(captured);
    for (let i = 1; i <= 100; i++)
      await handler.handle(signedAt(new Date(T0 + i).toISOString(), `other-${i}`));
    expect((await handler.handle(captured)).status).toBe(200);
    expect(handled.filter((c) => c === "2026-12-01T12:00:00.000Z")).toHaveLength(2);
  });

  it("refuses a delivery older than the freshness window, or from the future, with 400", async () => {
    let now = T0 + 1_000;
    const { handler, handled } = receiver({ maxAgeMs: 5 * 60_000, now: () => now });
    const captured = signedAt("2026-12-01T12:00:00.000Z");
    expect((await handler.handle(captured)).status).toBe(200);
    now = T0 + 5 * 60_000 + 1;
    const replay = await handler.handle(captured);
    expect(replay.status).toBe(400);
    expect(JSON.parse(replay.body).error).toMatch(
      /^stale delivery: the delivery is older than 300 s/,
    );
    const future = await handler.handle(signedAt(new Date(now + 6 * 60_000).toISOString()));
    expect(future.status).toBe(400);
    expect(handled).toEqual(["2026-12-01T12:00:00.000Z"]);
  });

  it("a durable store recognises a replay after a restart, within the window", async () => {
    const shared = memoryDeliveryStore(() => T0);
    const captured = signedAt("2026-12-01T12:00:00.000Z");
    const first = receiver({ store: shared, maxAgeMs: 600_000, now: () => T0 });
    expect((await first.handler.handle(captured)).status).toBe(200);
    const afterRestart = receiver({ store: shared, maxAgeMs: 600_000, now: () => T0 + 60_000 });
    const replay = await afterRestart.handler.handle(captured);
    expect(JSON.parse(replay.body)).toEqual({ received: true, duplicate: true });
    expect(afterRestart.handled).toHaveLength(0);
  });

  it("claims keys until the window ends, and releases a key whose handler failed", async () => {
    const claims: [string, number | undefined][] = [];
    const released: string[] = [];
    const keys = new Set<string>();
    const store: DeliveryStore = {
      claim(key, expiresAt) {
        claims.push([key, expiresAt]);
        if (keys.has(key)) return false;
        keys.add(key);
        return true;
      },
      release(key) {
        released.push(key);
        keys.delete(key);
      },
    };
    let fail = true;
    const handler = createWebhookHandler({
      secret: SECRET,
      store,
      maxAgeMs: 60_000,
      now: () => T0,
    });
    handler.onAny(() => {
      if (fail) throw new Error("database down");
    });
    const captured = signedAt("2026-12-01T12:00:00.000Z");
    expect((await handler.handle(captured)).status).toBe(500);
    fail = false;
    expect((await handler.handle(captured)).status).toBe(200);
    expect(claims.map(([, at]) => at)).toEqual([T0 + 60_000, T0 + 60_000]);
    expect(released).toHaveLength(1);
    expect(() => createWebhookHandler({ secret: SECRET, store, isDuplicate: () => false })).toThrow(
      /either store or isDuplicate/,
    );
  });
});
