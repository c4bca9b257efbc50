// The approval desk in process, over each real store (embedded, and Postgres where installed) and a counting fetch: an approval is
// bound to the exact request (arguments changed in the store afterwards: nothing is sent) and is
// used once even when two approvers click at the same moment.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingFetch, success } from "../../../test/support/fake-fetch.js";
import { type GatewayHandle, startGateway } from "../src/gateway.js";
import { addAgent } from "../src/store/agents.js";
import { listApprovals } from "../src/store/approvals.js";
import type { Sql } from "../src/store/sql.js";
import { call } from "./gateway-process.js";
import { openTestStore, storeEngines } from "./store-engines.js";

const ADMIN = "admin-token-for-desk-tests-0123456789";

describe.each(storeEngines())("approvals ($engine)", ({ engine, skip }) => {
  if (skip) return;
  const fetch = countingFetch(() => success({ uid: "b1", status: "cancelled" }));
  let store: { sql: Sql; remove(): Promise<void> };
  let gateway: GatewayHandle;
  let token: string;

  beforeAll(async () => {
    store = await openTestStore(engine, "desk");
    gateway = await startGateway({
      sql: store.sql,
      client: {
        apiKey: "cal_test_desk_0123456789abcdef",
        baseUrl: "https://cal.invalid",
        maxRetries: 0,
      },
      port: 0,
      fetch,
      approvals: { waitMs: 200 },
      admin: { token: ADMIN },
    });
    const added = await addAgent(store.sql, {
      name: "asker",
      policy: { resources: { bookings: "ask" } },
      source: "test",
    });
    token = added.token;
  }, 60_000);

  afterAll(async () => {
    await gateway?.close();
    await store?.remove();
  });

  const approve = (id: string) =>
    call(gateway.url, ADMIN, "POST", `/admin/api/approvals/${id}/approve`, {
      headers: { authorization: `Bearer ${ADMIN}` },
    });

  async function held(uid: string): Promise<string> {
    const reply = await call(gateway.url, token, "POST", `/v2/bookings/${uid}/cancel`, {
      body: {},
    });
    expect(reply.status).toBe(202);
    return (reply.json.data as { approvalId: string }).approvalId;
  }

  describe("an approval", () => {
    it("is bound to the exact request: arguments altered in the store are not sent", async () => {
      const id = await held("bound-1");
      await store.sql.query("UPDATE approvals SET args = $2 WHERE id = $1", [
        id,
        JSON.stringify({ bookingUid: "someone-elses-booking" }),
      ]);
      const before = fetch.requests.length;
      const decided = await approve(id);
      expect(decided.status).toBe(200);
      expect(fetch.requests.length).toBe(before);
      const later = await call(gateway.url, token, "GET", `/approvals/${id}`);
      expect(later.status).toBe(403);
      expect(later.json.error?.message).toContain("differs from the one that was approved");
    });

    it("is used once when two approvers decide at the same moment", async () => {
      const id = await held("race-1");
      const before = fetch.requests.length;
      const answers = await Promise.all([approve(id), approve(id), approve(id)]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
      expect(fetch.requests.length - before).toBe(1);
      const [row] = (await listApprovals(store.sql)).filter((r) => r.id === id);
      expect(row?.state).toBe("sent");
    });
  });
});
