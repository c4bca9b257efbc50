/**
 * The README's examples run: each endpoint gets a signed delivery from the spec's examples (the
 * Node receiver as an app starts it, on a free port; the Fetch endpoints; Fastify with the raw
 * body), the Redis examples against a real redis-server, and the subscription against the Prism
 * mock. That each README block is its file word for word is scripts/test/readme-examples.test.ts.
 */

import type { AddressInfo } from "node:net";
import Fastify from "fastify";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { redisAvailable, startRedis } from "../../../test/support/redis-server.js";
import { createCalClient } from "../../client/src/index.js";
import { mountOnFastify } from "../examples/fastify.js";
import { fetchEndpoints } from "../examples/fetch-runtimes.js";
import { withReplayProtection } from "../examples/replays.js";
import { withSharedKeys } from "../examples/shared-deduplication.js";
import { subscribe } from "../examples/subscribe.js";
import { summarise } from "../examples/summarise.js";
import { receive } from "../examples/verification.js";
import { createWebhookHandler, parseEvent, signPayload } from "../src/index.js";
import { delivery, freshCreatedAt } from "./helpers.js";

const SECRET = "whsec_readme";
const log = vi.spyOn(console, "log").mockImplementation(() => {});
afterAll(() => log.mockRestore());

/** A signed POST of the spec's example delivery of `trigger`, fresh each time. */
async function signed(trigger: string, url = "http://127.0.0.1/cal") {
  const body = JSON.stringify(
    delivery(trigger, (b) => {
      b.createdAt = freshCreatedAt();
    }),
  );
  const signature = await signPayload(body, SECRET);
  return new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-cal-signature-256": signature },
    body,
  });
}

describe("a complete receiver (node:http, as an app starts it)", () => {
  it("answers a signed delivery and logs it", async () => {
    vi.stubEnv("CAL_WEBHOOK_SECRET", SECRET);
    vi.stubEnv("PORT", "0");
    const { server } = await import("../examples/receiver.js");
    vi.unstubAllEnvs();
    await new Promise((resolve) => server.once("listening", resolve).listening && resolve(null));
    const { port } = server.address() as AddressInfo;
    const response = await fetch(await signed("BOOKING_CREATED", `http://127.0.0.1:${port}/cal`));
    server.close();
    expect(response.status).toBe(200);
    expect(log.mock.calls.map(([line]) => String(line)).join("\n")).toContain(" booked ");
  });
});

describe("the Fetch API endpoints and Fastify", () => {
  const webhooks = createWebhookHandler({ secret: SECRET });

  it("Workers, Hono and Next.js each answer 200", async () => {
    const { worker, app, POST } = fetchEndpoints(webhooks);
    expect((await worker.fetch(await signed("BOOKING_CREATED"))).status).toBe(200);
    expect((await app.request(await signed("BOOKING_CREATED"))).status).toBe(200);
    expect((await POST(await signed("BOOKING_CREATED"))).status).toBe(200);
    expect((await POST(new Request("http://x/cal", { method: "POST", body: "{}" }))).status).toBe(
      401,
    );
  });

  it("Fastify passes the raw bytes", async () => {
    const fastify = Fastify();
    mountOnFastify(fastify, webhooks);
    const request = await signed("BOOKING_CANCELLED");
    const response = await fastify.inject({
      method: "POST",
      url: "/cal",
      headers: Object.fromEntries(request.headers),
      payload: await request.text(),
    });
    await fastify.close();
    expect(response.statusCode).toBe(200);
  });
});

describe("verification only", () => {
  it("accepts a signed delivery, refuses an unsigned one", async () => {
    const ok = await receive(await signed("BOOKING_CREATED"), SECRET);
    expect(await ok.json()).toEqual({ received: "BOOKING_CREATED" });
    const unsigned = new Request("http://x/cal", { method: "POST", body: "{}" });
    expect((await receive(unsigned, SECRET)).status).toBe(401);
  });
});

describe.skipIf(!redisAvailable())("shared deduplication and replays, on redis-server", () => {
  let stop: () => Promise<void> = async () => {};
  let redis: ReturnType<typeof createClient>;
  beforeAll(async () => {
    const server = await startRedis();
    stop = server.stop;
    redis = createClient({ url: server.url });
    await redis.connect();
  });
  afterAll(async () => {
    await redis?.quit();
    await stop();
  });

  it("a repeat is answered as a duplicate and counted", async () => {
    const counted: string[] = [];
    const webhooks = withSharedKeys(SECRET, redis, { increment: (name) => counted.push(name) });
    const request = await signed("BOOKING_CREATED");
    expect((await webhooks.fetch(request.clone())).status).toBe(200);
    const again = await webhooks.fetch(request);
    expect(await again.json()).toMatchObject({ duplicate: true });
    expect(counted).toEqual(["cal.webhook.duplicate"]);
  });

  it("a replay is refused by its claimed key, a delivery outside the window by its createdAt", async () => {
    const webhooks = withReplayProtection(SECRET, redis);
    const body = JSON.stringify(
      delivery("BOOKING_CREATED", (b) => {
        b.createdAt = new Date().toISOString();
      }),
    );
    const headers = { "x-cal-signature-256": await signPayload(body, SECRET) };
    const send = () =>
      webhooks.fetch(new Request("http://x/cal", { method: "POST", headers, body }));
    expect((await send()).status).toBe(200);
    expect(await (await send()).json()).toMatchObject({ duplicate: true });
    const stale = await signed("BOOKING_CREATED");
    expect((await webhooks.fetch(stale)).status).toBe(400);
  });
});

describe("types and subscription", () => {
  it("summarise names a rescheduled booking's move", async () => {
    const event = parseEvent(await (await signed("BOOKING_RESCHEDULED")).text());
    expect(summarise(event)).toContain(" moved to ");
  });

  it("subscribes through the client (Prism mock)", async () => {
    const cal = createCalClient({ apiKey: "cal_test_readme", baseUrl: inject("baseUrl") });
    await expect(subscribe(cal, SECRET)).resolves.toBeDefined();
  });
});
