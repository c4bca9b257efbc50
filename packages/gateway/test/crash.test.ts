// `kill -9` during a burst of allowed calls: every call whose answer came back has its audit record
// (the record is committed before the answer is sent), and the chain is still intact. Run against
// the embedded store and, when Debian's postgresql is installed, a real Postgres. Then the CLI's
// `audit verify` on that store: intact, then an edited record, then a deleted one, each named.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openStore } from "../src/store/open.js";
import { call, startGatewayProcess } from "./gateway-process.js";
import { runGateway, tempDir, writePolicy } from "./helpers.js";
import { type PostgresServer, startPostgres } from "./postgres-server.js";
import { type RecordingUpstream, startRecordingUpstream } from "./recording-upstream.js";
import { storeEngines } from "./store-engines.js";

const KEY = "cal_test_crash_0123456789abcdef";

let upstream: RecordingUpstream;
beforeAll(async () => {
  upstream = await startRecordingUpstream(inject("baseUrl"));
});
afterAll(() => upstream?.close());

describe.each(storeEngines())("kill -9 with the $engine store", ({ engine, skip }) => {
  const dir = tempDir(`crash-${engine}`);
  let postgres: PostgresServer | undefined;
  let env: Record<string, string>;

  beforeAll(async () => {
    if (skip) return;
    if (engine === "postgres") postgres = await startPostgres();
    env = postgres ? { DATABASE_URL: postgres.url } : { CALKIT_GATEWAY_DATA: `${dir.path}/data` };
  }, 60_000);
  afterAll(() => {
    postgres?.stop();
    dir.remove();
  });

  it.skipIf(skip)(
    "loses no record of a call whose answer was returned",
    async () => {
      writePolicy(dir.path, {
        burst: { resources: { bookings: "read" } },
        gone: { resources: { bookings: "read" } },
      });
      const gw = await startGatewayProcess({
        CAL_API_KEY: KEY,
        CAL_API_BASE_URL: upstream.url,
        // The burst is about records, not limits: a budget it cannot reach.
        CALKIT_GATEWAY_UPSTREAM_BUDGET: "1000000",
        ...env,
      });
      const added = await runGateway(
        ["agent", "add", "burst", "--policy", `${dir.path}/policy.json`],
        env,
      );
      const token = added.stdout.trim();

      // Revocation from another process reaches the serving gateway by NOTIFY (Postgres) or runs
      // inside it (embedded): within moments, and within the cache's 2 s bound in any case.
      const gone = await runGateway(
        ["agent", "add", "gone", "--policy", `${dir.path}/policy.json`],
        env,
      );
      const goneToken = gone.stdout.trim();
      expect((await call(gw.url, goneToken, "GET", "/v2/bookings/x1")).status).toBe(200);
      expect((await runGateway(["agent", "revoke", "gone"], env)).code).toBe(0);
      const revokedAt = Date.now();
      let status = 0;
      while (status !== 401 && Date.now() - revokedAt < 2_500) {
        status = (await call(gw.url, goneToken, "GET", "/v2/bookings/x1")).status;
        if (status !== 401) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(status).toBe(401);

      const answered: string[] = [];
      let next = 0;
      const worker = async () => {
        while (next < 2_000) {
          const uid = `burst-${next++}`;
          try {
            const reply = await call(gw.url, token, "GET", `/v2/bookings/${uid}`);
            if (reply.status === 200) answered.push(uid);
          } catch {
            return; // the gateway is gone
          }
        }
      };
      const workers = Array.from({ length: 16 }, worker);
      while (answered.length < 150) await new Promise((resolve) => setTimeout(resolve, 5));
      await gw.kill();
      await Promise.all(workers);
      expect(answered.length).toBeGreaterThanOrEqual(150);

      const tail = await runGateway(["audit", "tail", "--json", "--limit", "100000"], env);
      expect(tail.code).toBe(0);
      const recorded = new Set(
        tail.stdout
          .trim()
          .split("\n")
          .map((line) => JSON.parse(line).target?.bookingUid),
      );
      const missing = answered.filter((uid) => !recorded.has(uid));
      expect(missing).toEqual([]);
      const verify = await runGateway(["audit", "verify"], env);
      expect(verify.stderr).toBe("");
      expect(verify.code).toBe(0);
    },
    120_000,
  );

  it.skipIf(skip)(
    "audit verify names an edited record, then a deleted one",
    async () => {
      const sql = await openStore(
        postgres
          ? { databaseUrl: postgres.url, dataFolder: "unused" }
          : { dataFolder: `${dir.path}/data` },
      );
      try {
        await sql.query(
          "UPDATE audit SET record = replace(record, '\"allowed\"', '\"denied\"') WHERE seq = 5",
        );
      } finally {
        await sql.close();
      }
      const edited = await runGateway(["audit", "verify"], env);
      expect(edited.code).toBe(1);
      expect(edited.stderr).toContain("record 5 was altered");

      const again = await openStore(
        postgres
          ? { databaseUrl: postgres.url, dataFolder: "unused" }
          : { dataFolder: `${dir.path}/data` },
      );
      try {
        await again.query(
          "UPDATE audit SET record = replace(record, '\"denied\"', '\"allowed\"') WHERE seq = 5",
        );
        await again.query("DELETE FROM audit WHERE seq = 3");
      } finally {
        await again.close();
      }
      const deleted = await runGateway(["audit", "verify"], env);
      expect(deleted.code).toBe(1);
      expect(deleted.stderr).toContain("record 3 was removed");
    },
    60_000,
  );
});
