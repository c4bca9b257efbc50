// Approvals against real processes: the built `calkit-gateway serve` in front of a recording
// upstream (Prism behind it). A call the policy asks about waits, nothing sent; approved through
// the admin API it is sent exactly once and its answer reaches the agent (still waiting, or later
// by approval id); denied or expired, nothing is ever sent; an approval is used at most once.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { call, type GatewayProcess, type Reply, startGatewayProcess } from "./gateway-process.js";
import { runGateway, tempDir, writePolicy } from "./helpers.js";
import { type RecordingUpstream, startRecordingUpstream } from "./recording-upstream.js";

const KEY = "cal_test_approvals_0123456789abcdef";
const ADMIN = "admin-token-for-tests-0123456789abcdef";
const POLICY = {
  asker: { resources: { bookings: "full" }, operations: { "bookings.cancel": "ask" } },
};

interface Gateway {
  gw: GatewayProcess;
  token: string;
  dir: ReturnType<typeof tempDir>;
}

let upstream: RecordingUpstream;
let waiting: Gateway; // the agent's request waits up to 60 s
let impatient: Gateway; // waits 1 s, approvals last 8 s
/** What a Slack-compatible webhook received: one JSON body per new approval request. */
const notified: string[] = [];
let webhook: Server;

async function startWith(label: string, env: Record<string, string>): Promise<Gateway> {
  const dir = tempDir(label);
  writePolicy(dir.path, POLICY);
  const storeEnv = { CALKIT_GATEWAY_DATA: `${dir.path}/data` };
  const gw = await startGatewayProcess({
    CAL_API_KEY: KEY,
    CAL_API_BASE_URL: upstream.url,
    CALKIT_ADMIN_TOKEN: ADMIN,
    ...storeEnv,
    ...env,
  });
  const added = await runGateway(
    ["agent", "add", "asker", "--policy", `${dir.path}/policy.json`],
    storeEnv,
  );
  expect(added.code).toBe(0);
  return { gw, token: added.stdout.trim(), dir };
}

beforeAll(async () => {
  upstream = await startRecordingUpstream(inject("baseUrl"));
  webhook = createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req as AsyncIterable<Buffer>) body += chunk.toString();
    notified.push(body);
    res.end("ok");
  });
  await new Promise<void>((resolve) => webhook.listen(0, "127.0.0.1", resolve));
  const hook = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/hook`;
  [waiting, impatient] = await Promise.all([
    startWith("approve", { CALKIT_APPROVAL_WAIT: "60s", CALKIT_APPROVAL_WEBHOOK_URL: hook }),
    startWith("expire", { CALKIT_APPROVAL_WAIT: "1s", CALKIT_APPROVAL_TTL: "8s" }),
  ]);
}, 120_000);

afterAll(async () => {
  for (const g of [waiting, impatient]) {
    await g?.gw.stop();
    g?.dir.remove();
  }
  await upstream?.close();
  webhook?.close();
});

const admin = (base: string, method: string, path: string) =>
  call(base, undefined, method, path, { headers: { authorization: `Bearer ${ADMIN}` } });

/** Requests the upstream got for booking `uid`'s cancellation. */
const cancelsOf = (uid: string) =>
  upstream.received.filter((r) => r.method === "POST" && r.url === `/v2/bookings/${uid}/cancel`);

/** The pending approval for booking `uid`, once it shows up. */
async function pendingFor(base: string, uid: string): Promise<{ id: string; preview: string }> {
  for (let i = 0; i < 300; i++) {
    const list = await admin(base, "GET", "/admin/api/approvals?state=pending");
    const found = (
      list.json as unknown as { approvals: { id: string; preview: string }[] }
    ).approvals.find((a) => a.preview.includes(uid));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no pending approval for ${uid}`);
}

/** How a preview names the booking Prism answers with (the spec's example booking). */
const BOOKING_WORDS = " (Grace Hopper's 30-minute meeting on Tue 1 Dec 2026 at 15:00 UTC)";

function cancel(g: Gateway, uid: string): Promise<Reply> {
  return call(g.gw.url, g.token, "POST", `/v2/bookings/${uid}/cancel`, {
    body: { cancellationReason: "The customer asked" },
  });
}

describe("a call the policy asks about", () => {
  it("waits with nothing sent; approved, it is sent exactly once and the agent gets the answer", async () => {
    const uid = "approve-me-1";
    const reply = cancel(waiting, uid);
    const pending = await pendingFor(waiting.gw.url, uid);
    // The booking looked up and named in words (Prism answers with the spec's example booking).
    expect(pending.preview).toBe(`cancelling booking ${uid}${BOOKING_WORDS}`);
    expect(cancelsOf(uid)).toHaveLength(0);
    const decided = await admin(
      waiting.gw.url,
      "POST",
      `/admin/api/approvals/${pending.id}/approve?by=alice`,
    );
    expect(decided.status).toBe(200);
    const answer = await reply;
    expect(answer.status).toBeLessThan(300);
    expect(answer.headers.get("x-calkit-approval")).toBe(pending.id);
    expect(cancelsOf(uid)).toHaveLength(1);
    expect(JSON.parse(cancelsOf(uid)[0]?.body ?? "{}")).toEqual({
      cancellationReason: "The customer asked",
    });
    expect(cancelsOf(uid)[0]?.headers.authorization).toBe(`Bearer ${KEY}`);

    const again = await admin(waiting.gw.url, "POST", `/admin/api/approvals/${pending.id}/approve`);
    expect(again.status).toBe(409);
    expect(again.json.error?.message).toContain("can be decided once");
    expect(cancelsOf(uid)).toHaveLength(1);
  });

  it("denied, the agent is refused and nothing is sent, ever", async () => {
    const uid = "deny-me-1";
    const reply = cancel(waiting, uid);
    const pending = await pendingFor(waiting.gw.url, uid);
    const denied = await admin(
      waiting.gw.url,
      "POST",
      `/admin/api/approvals/${pending.id}/deny?by=bob`,
    );
    expect(denied.status).toBe(200);
    const answer = await reply;
    expect(answer.status).toBe(403);
    expect(answer.json.error?.message).toMatch(/bob denied this call .* Nothing was sent\./);
    const late = await admin(waiting.gw.url, "POST", `/admin/api/approvals/${pending.id}/approve`);
    expect(late.status).toBe(409);
    expect(cancelsOf(uid)).toHaveLength(0);
  });

  it("every step is in the audit log", async () => {
    const tail = await runGateway(["audit", "tail", "--limit", "50"], {
      CALKIT_GATEWAY_DATA: `${waiting.dir.path}/data`,
    });
    expect(tail.stdout).toContain(
      `Agent asker asked to go ahead with cancelling booking approve-me-1${BOOKING_WORDS}: held for a person's approval`,
    );
    expect(tail.stdout).toContain(
      `alice approved agent asker's request to go ahead with cancelling booking approve-me-1${BOOKING_WORDS}.`,
    );
    expect(tail.stdout).toContain("Agent asker cancelled booking approve-me-1: approved by alice");
    expect(tail.stdout).toContain(
      `bob denied agent asker's request to go ahead with cancelling booking deny-me-1${BOOKING_WORDS}; nothing was sent.`,
    );
    const verify = await runGateway(["audit", "verify"], {
      CALKIT_GATEWAY_DATA: `${waiting.dir.path}/data`,
    });
    expect(verify.code).toBe(0);
  });

  it("past the wait limit the agent gets 202 and the approval id, and fetches the answer later", async () => {
    const uid = "approve-later-1";
    const first = await cancel(impatient, uid);
    expect(first.status).toBe(202);
    const data = first.json.data as { approvalId: string; poll: string };
    expect(first.json.status).toBe("pending");
    expect(data.poll).toBe(`/approvals/${data.approvalId}`);
    expect(cancelsOf(uid)).toHaveLength(0);
    const before = await call(impatient.gw.url, impatient.token, "GET", data.poll);
    expect(before.status).toBe(202);
    const decided = await admin(
      impatient.gw.url,
      "POST",
      `/admin/api/approvals/${data.approvalId}/approve`,
    );
    expect(decided.status).toBe(200);
    const later = await call(impatient.gw.url, impatient.token, "GET", data.poll);
    expect(later.status).toBeLessThan(300);
    expect(later.json.status).toBe("success");
    expect(cancelsOf(uid)).toHaveLength(1);
    // Only the agent that asked may read it; an admin token is not an agent token.
    expect((await call(impatient.gw.url, ADMIN, "GET", data.poll)).status).toBe(401);
  });

  it("expired, it is refused and nothing is sent, even if approved afterwards", async () => {
    const uid = "expire-me-1";
    const first = await cancel(impatient, uid);
    expect(first.status).toBe(202);
    const { approvalId, poll } = first.json.data as { approvalId: string; poll: string };
    let last: Reply | undefined;
    for (let i = 0; i < 60; i++) {
      last = await call(impatient.gw.url, impatient.token, "GET", `${poll}?wait=5`);
      if (last.status !== 202) break;
    }
    expect(last?.status).toBe(403);
    expect(last?.json.error?.message).toMatch(/expired\. Nothing was sent\./);
    const late = await admin(
      impatient.gw.url,
      "POST",
      `/admin/api/approvals/${approvalId}/approve`,
    );
    expect(late.status).toBe(409);
    expect(late.json.error?.message).toContain("expired");
    expect(cancelsOf(uid)).toHaveLength(0);
  });

  it("told the notification webhook of each request, in words, without a secret", () => {
    const texts = notified.map((body) => (JSON.parse(body) as { text: string }).text);
    expect(
      texts.some((t) =>
        t.startsWith("Agent asker asks to go ahead with cancelling booking approve-me-1"),
      ),
    ).toBe(true);
    expect(texts.some((t) => t.includes("cancelling booking deny-me-1"))).toBe(true);
    for (const body of notified) {
      expect(body).not.toContain(KEY);
      expect(body).not.toContain(waiting.token);
      expect(body).not.toContain(ADMIN);
    }
  });

  it("the admin API wants the admin token: none, or an agent's, is refused", async () => {
    const none = await call(waiting.gw.url, undefined, "GET", "/admin/api/approvals");
    expect(none.status).toBe(401);
    const agent = await call(waiting.gw.url, waiting.token, "GET", "/admin/api/approvals");
    expect(agent.status).toBe(401);
  });
});
