// A real `calkit-gateway serve` process (built binary, embedded store in a temp folder) in front of
// a recording upstream that passes calls on to the Prism mock. Every denial and refusal is checked
// against what the upstream received: nothing.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { call, type GatewayProcess, rawCall, startGatewayProcess } from "./gateway-process.js";
import { runGateway, TOKEN_SHAPE, tempDir, writePolicy } from "./helpers.js";
import { type RecordingUpstream, startRecordingUpstream } from "./recording-upstream.js";

const KEY = "cal_test_gateway_0123456789abcdef";
const dir = tempDir("serve");
const data = `${dir.path}/data`;
const storeEnv = { CALKIT_GATEWAY_DATA: data };
let upstream: RecordingUpstream;
let gw: GatewayProcess;
const tokens: Record<string, string> = {};
const replies: string[] = [];

const AGENTS = {
  reader: { resources: { bookings: "read", eventTypes: "read" } },
  writer: {
    resources: { bookings: "full", eventTypes: "full", slots: "full" },
    operations: { "eventTypes.delete": "deny" },
  },
  limited: { resources: { eventTypes: "read" }, constraints: { eventTypeIds: [42] } },
  nothing: { resources: {} },
  expiring: { resources: { me: "read" } },
  revoked: { resources: { me: "read" } },
  profile: { resources: { me: "read", bookings: "read" } },
  shortlived: { resources: { bookings: "read" } },
};

const attendee = { name: "Grace Hopper", email: "grace@example.com", timeZone: "America/New_York" };

async function addAgent(name: string, extra: string[] = []): Promise<string> {
  const result = await runGateway(
    ["agent", "add", name, "--policy", `${dir.path}/policy.json`, ...extra],
    storeEnv,
  );
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return result.stdout.trim();
}

/** Calls the gateway and keeps the reply text for the "no secret in any byte" check. */
async function ask(...args: Parameters<typeof call>) {
  const reply = await call(...args);
  replies.push(reply.text, JSON.stringify([...reply.headers]));
  return reply;
}

/** How many requests reached the upstream while `work` ran. */
async function sentDuring(work: () => Promise<unknown>): Promise<number> {
  const before = upstream.received.length;
  await work();
  return upstream.received.length - before;
}

beforeAll(async () => {
  upstream = await startRecordingUpstream(inject("baseUrl"));
  writePolicy(dir.path, AGENTS);
  gw = await startGatewayProcess({ CAL_API_KEY: KEY, CAL_API_BASE_URL: upstream.url, ...storeEnv });
  // Added while the gateway serves the embedded store: the CLI runs them inside it.
  for (const name of ["reader", "writer", "limited", "nothing", "revoked", "profile"])
    tokens[name] = await addAgent(name);
  tokens.expiring = await addAgent("expiring", [
    "--expires",
    new Date(Date.now() + 3_000).toISOString(),
  ]);
  const revoke = await runGateway(["agent", "revoke", "revoked"], storeEnv);
  expect(revoke.code).toBe(0);
}, 120_000);

afterAll(async () => {
  await gw?.stop();
  await upstream?.close();
  dir.remove();
});

describe("serve", () => {
  it("prints the base URL, and only it, on stdout; answers /healthz and /readyz", async () => {
    expect(gw.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(gw.stdout()).toBe(`${gw.url}\n`);
    expect((await fetch(`${gw.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${gw.url}/readyz`)).status).toBe(200);
  });
});

describe("agent tokens", () => {
  it("refuses missing, malformed, wrong, revoked and expired tokens with 401, sending nothing", async () => {
    const wrong = `${tokens.reader?.slice(0, -4)}AAAA`;
    const foreign = tokens.reader?.replace(/^ckgw_[a-z0-9]{12}/, "ckgw_000000000000") as string;
    await new Promise((resolve) => setTimeout(resolve, 3_000)); // the expiring token's time runs out
    const sent = await sentDuring(async () => {
      for (const token of [
        undefined,
        "garbage",
        KEY,
        wrong,
        foreign,
        tokens.revoked,
        tokens.expiring,
      ]) {
        const reply = await ask(gw.url, token, "GET", "/v2/me");
        expect(reply.status, String(token)).toBe(401);
        expect(reply.json).toMatchObject({
          status: "error",
          error: { code: "UnauthorizedException" },
        });
        expect(reply.headers.get("www-authenticate")).toContain("Bearer");
      }
    });
    expect(sent).toBe(0);
    expect((await ask(gw.url, tokens.revoked, "GET", "/v2/me")).json.error?.message).toContain(
      "revoked",
    );
    expect((await ask(gw.url, tokens.expiring, "GET", "/v2/me")).json.error?.message).toContain(
      "expired",
    );
  });

  it("stops a token the moment its agent is revoked, and applies a new policy at once", async () => {
    const token = await addAgent("shortlived");
    expect((await ask(gw.url, token, "GET", "/v2/bookings")).status).toBe(200);
    const stricter = writePolicy(
      dir.path,
      { shortlived: { resources: { bookings: "off" } } },
      "stricter.json",
    );
    const changed = await runGateway(
      ["agent", "policy", "shortlived", "--policy", stricter],
      storeEnv,
    );
    expect(changed.code).toBe(0);
    expect((await ask(gw.url, token, "GET", "/v2/bookings")).status).toBe(403);
    expect((await runGateway(["agent", "revoke", "shortlived"], storeEnv)).code).toBe(0);
    expect((await ask(gw.url, token, "GET", "/v2/bookings")).status).toBe(401);
  });

  it("sends the gateway's credential upstream, never the agent's token", async () => {
    const reply = await ask(gw.url, tokens.reader, "GET", "/v2/bookings?status=upcoming&take=2");
    expect(reply.status).toBe(200);
    expect(reply.json.status).toBe("success");
    const last = upstream.received.at(-1);
    expect(last?.url).toBe("/v2/bookings?status=upcoming&take=2");
    expect(last?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(last?.headers["cal-api-version"]).toBe("2026-02-25");
  });
});

describe("policies", () => {
  it("applies each resource level: off, read, full, and a per-operation deny", async () => {
    const denied = await sentDuring(async () => {
      const off = await ask(gw.url, tokens.nothing, "GET", "/v2/bookings");
      expect(off.status).toBe(403);
      expect(off.json.error?.message).toContain("bookings are off for this agent");
      const readOnly = await ask(gw.url, tokens.reader, "POST", "/v2/bookings", {
        body: { start: "2026-12-01T15:00:00Z", eventTypeId: 42, attendee },
      });
      expect(readOnly.status).toBe(403);
      expect(readOnly.json).toMatchObject({
        status: "error",
        error: { code: "ForbiddenException" },
      });
      expect(readOnly.json.error?.message).toMatch(
        /bookings are read-only for this agent.*do not retry/,
      );
      const overridden = await ask(gw.url, tokens.writer, "DELETE", "/v2/event-types/42");
      expect(overridden.status).toBe(403);
      expect(overridden.json.error?.message).toContain(
        "eventTypes.delete is denied for this agent",
      );
    });
    expect(denied).toBe(0);

    const allowed = await sentDuring(async () => {
      expect(
        (await ask(gw.url, tokens.reader, "GET", "/v2/bookings/fkZ3Ppsm8SFGRYxHZGGcnN")).status,
      ).toBe(200);
      const created = await ask(gw.url, tokens.writer, "POST", "/v2/bookings", {
        body: { start: "2026-12-01T15:00:00Z", eventTypeId: 42, attendee },
      });
      // Cal.com's own status comes back (the mock answers 200 for a create).
      expect(created.status).toBe(upstream.lastStatus());
      expect(created.json.status).toBe("success");
    });
    expect(allowed).toBe(2);
  });

  it("applies a constraint: only event type 42, checked before anything is sent", async () => {
    expect((await ask(gw.url, tokens.limited, "GET", "/v2/event-types/42")).status).toBe(200);
    const sent = await sentDuring(async () => {
      const other = await ask(gw.url, tokens.limited, "GET", "/v2/event-types/43");
      expect(other.status).toBe(403);
      expect(other.json.error?.message).toContain(
        "event type 43 is not one of this agent's event types (42)",
      );
    });
    expect(sent).toBe(0);
  });

  it("keeps two agents apart: one's token never carries the other's rights or records", async () => {
    const sent = await sentDuring(async () => {
      const reply = await ask(
        gw.url,
        tokens.reader,
        "POST",
        "/v2/bookings/fkZ3Ppsm8SFGRYxHZGGcnN/cancel",
        {
          body: {},
        },
      );
      expect(reply.status).toBe(403);
    });
    expect(sent).toBe(0);
    const tail = await runGateway(
      ["audit", "tail", "--agent", "reader", "--json", "--limit", "100"],
      storeEnv,
    );
    const records = tail.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records.length).toBeGreaterThan(0);
    const readerId = tokens.reader?.slice(5, 17);
    for (const record of records) {
      expect(record.agent).toBe("reader");
      expect(record.tokenId).toBe(readerId);
    }
    expect(records.at(-1)).toMatchObject({
      operation: "bookings.cancel",
      decision: "denied",
      reason: "bookings are read-only for this agent",
      policyRevision: 1,
      outcome: { status: "not-sent", httpStatus: 403 },
      upstream: {},
      sentence:
        "Agent reader was denied cancelling booking fkZ3Ppsm8SFGRYxHZGGcnN: bookings are read-only for this agent.",
    });
  });
});

describe("requests that must not reach a different operation", () => {
  const uid = "fkZ3Ppsm8SFGRYxHZGGcnN";

  it("refuses dot segments, double slashes, bad encoding and method overrides, sending nothing", async () => {
    const token = tokens.writer as string;
    const sent = await sentDuring(async () => {
      for (const path of [
        `/v2/bookings/${uid}/../../event-types/42`,
        "/v2/bookings/%2e%2e/cancel",
        "/v2/bookings/%2E%2E",
        "/v2/bookings/.",
        "/v2//bookings",
        `/v2/bookings//${uid}`,
        "/v2/bookings/%E0%A4%A",
        "//v2/bookings",
      ]) {
        const reply = await rawCall(gw.url, token, "GET", path);
        expect(reply.status, path).toBe(400);
        expect(reply.text, path).toContain("Nothing was sent");
      }
      const overridden = await rawCall(gw.url, token, "POST", `/v2/bookings/${uid}/cancel`, {
        "x-http-method-override": "DELETE",
        "content-type": "application/json",
      });
      expect(overridden.status).toBe(400);
      expect(overridden.text).toContain("x-http-method-override");
      const unknown = await rawCall(gw.url, token, "PUT", "/v2/bookings");
      expect(unknown.status).toBe(404);
      expect(unknown.text).toContain("This path takes GET or POST");
    });
    expect(sent).toBe(0);
  });

  it("keeps an encoded slash inside the id it belongs to", async () => {
    const reply = await rawCall(
      gw.url,
      tokens.reader as string,
      "GET",
      "/v2/bookings/abc%2Fcancel",
    );
    const last = upstream.received.at(-1);
    expect(last?.method).toBe("GET");
    expect(last?.url).toBe("/v2/bookings/abc%2Fcancel");
    expect([200, 404]).toContain(reply.status);
  });

  it("reads case and a trailing slash the way Cal.com's router does, and sends the canonical path", async () => {
    for (const path of ["/V2/Bookings", "/v2/bookings/"]) {
      const reply = await rawCall(gw.url, tokens.reader as string, "GET", path);
      expect(reply.status, path).toBe(200);
      expect(upstream.received.at(-1)?.url).toBe("/v2/bookings");
    }
  });

  it("refuses a query parameter or body field that shadows a path id", async () => {
    const sent = await sentDuring(async () => {
      const query = await ask(gw.url, tokens.reader, "GET", `/v2/bookings/${uid}?bookingUid=other`);
      expect(query.status).toBe(400);
      expect(query.json.error?.message).toContain(
        '"bookingUid" was sent in the query but belongs in the path',
      );
      const constraint = await ask(
        gw.url,
        tokens.limited,
        "GET",
        "/v2/event-types/42?eventTypeId=43",
      );
      expect(constraint.status).toBe(400);
      const body = await ask(gw.url, tokens.writer, "POST", `/v2/bookings/${uid}/cancel`, {
        body: { bookingUid: "other" },
      });
      expect(body.status).toBe(400);
      expect(body.json.error?.message).toContain(
        '"bookingUid" was sent in the body but belongs in the path',
      );
      const invalid = await ask(gw.url, tokens.reader, "GET", "/v2/event-types/not-a-number");
      expect(invalid.status).toBe(400);
      expect(invalid.json.error?.message).toContain("must be an integer");
    });
    expect(sent).toBe(0);
  });
});

describe("idempotency", () => {
  const body = { start: "2026-12-02T15:00:00Z", eventTypeId: 42, attendee };

  it("carries out a keyed write once; repeats, even concurrent ones, get the stored answer", async () => {
    const headers = { "idempotency-key": "booking-7f3a" };
    let first: Awaited<ReturnType<typeof ask>> | undefined;
    const sent = await sentDuring(async () => {
      const replies = await Promise.all(
        Array.from({ length: 4 }, () =>
          ask(gw.url, tokens.writer, "POST", "/v2/bookings", { body, headers }),
        ),
      );
      first = replies.find((r) => r.headers.get("idempotent-replayed") === null);
      for (const reply of replies) {
        expect(reply.status).toBe(200);
        expect(reply.text).toBe(first?.text);
      }
      expect(replies.filter((r) => r.headers.get("idempotent-replayed") === "true")).toHaveLength(
        3,
      );
    });
    expect(sent).toBe(1);
    const later = await ask(gw.url, tokens.writer, "POST", "/v2/bookings", { body, headers });
    expect(later.text).toBe(first?.text);
  });

  it("refuses a key reused for a different request, and keeps keys per agent", async () => {
    const headers = { "idempotency-key": "booking-7f3a" };
    const changed = await ask(gw.url, tokens.writer, "POST", "/v2/bookings", {
      body: { ...body, start: "2026-12-03T15:00:00Z" },
      headers,
    });
    expect(changed.status).toBe(422);
    const sent = await sentDuring(async () => {
      const denied = await ask(gw.url, tokens.reader, "POST", "/v2/bookings", { body, headers });
      expect(denied.status).toBe(403); // the reader's own decision, not the writer's stored answer
    });
    expect(sent).toBe(0);
  });
});

describe("Cal.com's own errors", () => {
  it("pass on as Cal.com said them: status, code and words, in its envelope", async () => {
    const gone = await ask(gw.url, tokens.reader, "GET", "/v2/bookings/gone-abc");
    expect(gone.status).toBe(404);
    expect(gone.json).toEqual({
      status: "error",
      error: { code: "NotFoundException", message: "Booking with uid=gone-abc was not found" },
    });
  });
});

describe("secrets", () => {
  it("never returns the credential, even when Cal.com echoes it", async () => {
    const me = await ask(gw.url, tokens.profile, "GET", "/v2/me");
    expect(me.status).toBe(200);
    expect(me.text).toContain("[redacted]");
    const rejected = await ask(gw.url, tokens.profile, "GET", "/v2/bookings/reject-me");
    expect(rejected.status).toBe(502);
    expect(rejected.json.error?.message).toContain("Your agent token is fine");
    for (const text of replies) expect(text).not.toContain(KEY);
  });

  it("never sends an agent token upstream, nor writes a secret to stdout, logs or the audit store", async () => {
    const everything = upstream.allText();
    for (const token of Object.values(tokens)) expect(everything).not.toContain(token);
    const tail = await runGateway(["audit", "tail", "--json", "--limit", "1000"], storeEnv);
    const outputs = [gw.stdout(), gw.stderr(), tail.stdout];
    for (const text of outputs) {
      expect(text).not.toContain(KEY);
      for (const token of Object.values(tokens)) expect(text).not.toContain(token);
    }
    for (const token of Object.values(tokens)) expect(token).toMatch(TOKEN_SHAPE);
  });
});

describe("audit", () => {
  it("prints the sentences, and the chain verifies", async () => {
    const tail = await runGateway(["audit", "tail", "--limit", "5"], storeEnv);
    expect(tail.code).toBe(0);
    expect(tail.stdout.trim().split("\n")).toHaveLength(5);
    expect(tail.stdout).toMatch(/^\d{4}-\d\d-\d\dT\S+Z {2}Agent \w+ /m);
    const verify = await runGateway(["audit", "verify"], storeEnv);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/^The audit chain is intact: \d+ records/);
  });

  it("records an allowed call with its upstream status and request id", async () => {
    await ask(gw.url, tokens.reader, "GET", "/v2/event-types/42");
    const tail = await runGateway(
      ["audit", "tail", "--agent", "reader", "--json", "--limit", "1"],
      storeEnv,
    );
    const record = JSON.parse(tail.stdout);
    expect(record).toMatchObject({
      agent: "reader",
      operation: "eventTypes.get",
      decision: "allowed",
      target: { eventTypeId: 42 },
      args: { eventTypeId: 42 },
      outcome: { status: "ok", httpStatus: 200 },
      upstream: { status: 200, requestId: expect.stringMatching(/^req-\d+$/) },
    });
    expect(record.sentence).toBe(
      'Agent reader looked up event type 42: allowed, found "30 Minute Meeting".',
    );
  });
});

describe("shutdown", () => {
  it("finishes a call in flight on SIGTERM, with its audit record", async () => {
    const slow = ask(gw.url, tokens.reader, "GET", "/v2/bookings/slow-one");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const code = gw.stop();
    const reply = await slow;
    expect([200, 404]).toContain(reply.status);
    expect(await code).toBe(0);
    const tail = await runGateway(
      ["audit", "tail", "--agent", "reader", "--json", "--limit", "1"],
      storeEnv,
    );
    expect(JSON.parse(tail.stdout)).toMatchObject({
      operation: "bookings.get",
      target: { bookingUid: "slow-one" },
    });
  });
});
