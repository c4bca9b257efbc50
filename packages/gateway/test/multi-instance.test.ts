// Two `calkit-gateway serve` processes sharing one Postgres and one Redis, in front of a stand-in
// Cal.com that counts what it receives: a burst from several agents over both instances keeps each
// agent's limit and the credential's budget, with one audit record per answered call; quotas hold
// across instances; then kill -9 of an instance mid-burst, of Redis, and a Postgres restart.
// Skipped, with the reason, where redis-server or Postgres is not installed.
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  REDIS_SKIP_REASON,
  type RedisServer,
  redisAvailable,
  startRedis,
} from "../../../test/support/redis-server.js";
import { type CountingUpstream, startCountingUpstream } from "./counting-upstream.js";
import { call, type GatewayProcess, type Reply, startGatewayProcess } from "./gateway-process.js";
import { runGateway, tempDir, writePolicy } from "./helpers.js";
import {
  POSTGRES_SKIP_REASON,
  type PostgresServer,
  postgresAvailable,
  startPostgres,
} from "./postgres-server.js";

const skipReason = !postgresAvailable()
  ? POSTGRES_SKIP_REASON
  : !redisAvailable()
    ? REDIS_SKIP_REASON
    : undefined;
if (skipReason) console.warn(skipReason);

const WINDOW_MS = 30_000;
const BUDGET = 60;
const PER_AGENT = 12;
const attendee = (n: string) => ({
  name: `Guest ${n}`,
  email: `${n}@example.com`,
  timeZone: "UTC",
});
const booking = (n: string) => ({
  start: "2026-12-01T15:00:00Z",
  eventTypeId: 42,
  attendee: attendee(n),
});

/** Runs `calls` with at most `width` in flight; a call that gets no answer is kept as its error. */
async function burst<T>(calls: (() => Promise<T>)[], width: number): Promise<(T | Error)[]> {
  const results: (T | Error)[] = new Array(calls.length);
  let next = 0;
  const worker = async () => {
    while (next < calls.length) {
      const i = next++;
      results[i] = await (calls[i] as () => Promise<T>)().catch((e: unknown) => e as Error);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

const answered = (r: Reply | Error): r is Reply => !(r instanceof Error);

describe.skipIf(skipReason !== undefined)("two gateways sharing Postgres and Redis", () => {
  const dir = tempDir("multi");
  let pg: PostgresServer;
  let redis: RedisServer;
  let db: postgres.Sql;
  const tokens: Record<string, string> = {};
  const started: GatewayProcess[] = [];
  const stubs: CountingUpstream[] = [];

  async function pair(key: string, extra: Record<string, string> = {}, calLimit?: number) {
    const upstream = await startCountingUpstream(5_000, calLimit);
    stubs.push(upstream);
    const env = {
      CAL_API_KEY: key,
      CAL_API_BASE_URL: upstream.url,
      DATABASE_URL: pg.url,
      REDIS_URL: redis.url,
      CALKIT_GATEWAY_LIMIT_WINDOW_MS: String(WINDOW_MS),
      CALKIT_GATEWAY_UPSTREAM_TIMEOUT_MS: "1500",
      CALKIT_GATEWAY_AUDIT_RETRY_MS: "20000",
      ...extra,
    };
    const gateways = await Promise.all([startGatewayProcess(env), startGatewayProcess(env)]);
    started.push(...gateways);
    return { upstream, gateways };
  }

  const recordsOf = async (agent: string) =>
    (await db`SELECT record FROM audit WHERE agent = ${agent} ORDER BY seq`).map(
      (row) =>
        JSON.parse(row.record as string) as {
          idempotency?: { key: string };
          outcome: { httpStatus?: number };
        },
    );

  beforeAll(async () => {
    [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
    db = postgres(pg.url, { max: 2, onnotice: () => {} });
    const policy = writePolicy(dir.path, {
      limited1: { resources: { me: "read" }, limits: { callsPerMinute: PER_AGENT } },
      limited2: { resources: { me: "read" }, limits: { callsPerMinute: PER_AGENT } },
      busy1: { resources: { me: "read" } },
      busy2: { resources: { me: "read" } },
      booker: {
        resources: { bookings: "full" },
        limits: { bookingsCreatedPerDay: 5, cancellationsPerDay: 2 },
      },
      writer: { resources: { bookings: "full", me: "read" } },
      reader: { resources: { me: "read" } },
      reader2: { resources: { me: "read" }, limits: { callsPerMinute: 1000 } },
    });
    for (const name of [
      "limited1",
      "limited2",
      "busy1",
      "busy2",
      "booker",
      "writer",
      "reader",
      "reader2",
    ]) {
      const added = await runGateway(["agent", "add", name, "--policy", policy], {
        DATABASE_URL: pg.url,
      });
      expect(added.code, added.stderr).toBe(0);
      tokens[name] = added.stdout.trim();
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(started.map((g) => g.kill()));
    await Promise.all(stubs.map((s) => s.close()));
    await db?.end({ timeout: 5 });
    await redis?.stop();
    pg?.stop();
    dir.remove();
  }, 60_000);

  it("keeps each agent's limit and the credential's budget across both instances, one record per answer", async () => {
    const { upstream, gateways } = await pair("cal_test_burst_0123456789", {
      CALKIT_GATEWAY_UPSTREAM_BUDGET: String(BUDGET),
    });
    const agents = ["limited1", "limited2", "busy1", "busy2"];
    const calls = Array.from({ length: 320 }, (_, i) => () => {
      const agent = agents[i % agents.length] as string;
      const gateway = gateways[Math.floor(i / agents.length) % 2] as GatewayProcess;
      return call(gateway.url, tokens[agent], "GET", "/v2/me").then((r) => ({ agent, r }));
    });
    const begun = Date.now();
    const results = await burst(calls, 16);
    const elapsed = Date.now() - begun;
    const replies = results.filter((x) => !(x instanceof Error)) as { agent: string; r: Reply }[];
    expect(replies).toHaveLength(320);
    for (const { r } of replies) {
      expect([200, 429]).toContain(r.status);
      if (r.status === 429) {
        expect(r.json).toMatchObject({ status: "error", error: { code: "ThrottlerException" } });
        expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
        expect(r.json.error?.message).toContain("Nothing was sent");
      }
    }
    const allowed = (agent: string) =>
      replies.filter((x) => x.agent === agent && x.r.status === 200).length;
    // Inside one window (the usual case) the limits are exact; a slower run spans more windows.
    const windows = Math.ceil((elapsed + 1) / WINDOW_MS);
    for (const agent of ["limited1", "limited2"])
      expect(allowed(agent)).toBeLessThanOrEqual(PER_AGENT * windows);
    // Fair shares: the busy agents could not starve the limited ones, nor each other.
    for (const agent of agents)
      expect(allowed(agent)).toBeGreaterThanOrEqual(Math.min(PER_AGENT, BUDGET / 4));
    // Every allowed call reached Cal.com once; never more than the budget in any window.
    const total = agents.reduce((n, a) => n + allowed(a), 0);
    expect(upstream.arrivals).toHaveLength(total);
    const times = upstream.arrivals.map((a) => a.at).sort((a, b) => a - b);
    const SLACK_MS = 500; // between Redis admitting a request and the stub receiving it
    for (const t of times)
      expect(
        times.filter((u) => u >= t && u < t + WINDOW_MS - SLACK_MS).length,
      ).toBeLessThanOrEqual(BUDGET);
    // One audit record per answered call, and the chain verifies.
    for (const agent of agents) {
      const records = await recordsOf(agent);
      expect(records).toHaveLength(80);
      expect(records.filter((r) => r.outcome.httpStatus === 200)).toHaveLength(allowed(agent));
    }
    const verify = await runGateway(["audit", "verify"], { DATABASE_URL: pg.url });
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
  }, 180_000);

  it("holds daily quotas across instances, and gives back what Cal.com did not do", async () => {
    const { upstream, gateways } = await pair("cal_test_quota_0123456789");
    const creates = Array.from(
      { length: 12 },
      (_, i) => () =>
        call((gateways[i % 2] as GatewayProcess).url, tokens.booker, "POST", "/v2/bookings", {
          body: booking(`q${i}`),
        }),
    );
    const results = (await burst(creates, 12)).filter(answered);
    expect(results).toHaveLength(12);
    expect(results.filter((r) => r.status === 201)).toHaveLength(5);
    const refused = results.filter((r) => r.status === 429);
    expect(refused).toHaveLength(7);
    for (const r of refused) {
      expect(r.json.error?.message).toContain("5 bookings created per day");
      expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(upstream.arrivals.filter((a) => a.method === "POST")).toHaveLength(5);
    const cancels = Array.from(
      { length: 4 },
      (_, i) => () =>
        call(
          (gateways[i % 2] as GatewayProcess).url,
          tokens.booker,
          "POST",
          `/v2/bookings/bk-${i}/cancel`,
          {
            body: {},
          },
        ),
    );
    const cancelled = (await burst(cancels, 4)).filter(answered);
    expect(cancelled.map((r) => r.status).sort()).toEqual([200, 200, 429, 429]);
    expect(await recordsOf("booker")).toHaveLength(16);
  }, 120_000);

  it("times out a slow Cal.com (504) and never resends a write that may have arrived; 502 when it is down", async () => {
    const { upstream, gateways } = await pair("cal_test_slow_0123456789");
    const gw = gateways[0] as GatewayProcess;
    const cancel = await call(gw.url, tokens.writer, "POST", "/v2/bookings/slow-1/cancel", {
      body: {},
    });
    expect(cancel.status).toBe(504);
    expect(cancel.json).toMatchObject({
      status: "error",
      error: { code: "GatewayTimeoutException" },
    });
    expect(cancel.json.error?.message).toContain("may have been made");
    const keyed = { body: booking("slow-k"), headers: { "idempotency-key": "slow-key" } };
    expect((await call(gw.url, tokens.writer, "POST", "/v2/bookings", keyed)).status).toBe(504);
    const repeat = await call(gw.url, tokens.writer, "POST", "/v2/bookings", keyed);
    expect(repeat.status).toBe(504);
    expect(repeat.headers.get("idempotent-replayed")).toBe("true");
    const sentTo = (part: string) =>
      upstream.arrivals.filter((a) => (a.url + a.body).includes(part));
    expect(sentTo("slow-1")).toHaveLength(1);
    expect(sentTo("slow-k")).toHaveLength(1);
    await upstream.close();
    const down = await call(gw.url, tokens.reader, "GET", "/v2/me");
    expect(down.status).toBe(502);
    expect(down.json.error?.message).toContain("could not be reached");
    const records = await recordsOf("writer");
    expect(records.filter((r) => r.outcome.httpStatus === 504)).toHaveLength(3);
  }, 120_000);

  it("follows Cal.com's x-ratelimit headers across instances: nothing is sent once it says none are left", async () => {
    const { upstream, gateways } = await pair("cal_test_headers_0123456789", {}, 5);
    const replies: Reply[] = [];
    for (let i = 0; i < 8; i++)
      replies.push(
        await call((gateways[i % 2] as GatewayProcess).url, tokens.reader, "GET", "/v2/me"),
      );
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect(upstream.arrivals).toHaveLength(5);
    const refused = replies[5] as Reply;
    expect(refused.json.error?.message).toContain("Cal.com says");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  }, 120_000);

  it("survives kill -9 of an instance mid-burst, then Redis going away, then a Postgres restart", async () => {
    const { upstream, gateways } = await pair("cal_test_faults_0123456789", {
      CALKIT_GATEWAY_UPSTREAM_BUDGET: "10000",
    });
    const [survivor, victim] = gateways as [GatewayProcess, GatewayProcess];
    // 1. kill -9 one instance while keyed writes and reads go to both.
    const calls = Array.from({ length: 120 }, (_, i) => () => {
      const gateway = i % 2 ? victim : survivor;
      if (i === 50) void victim.kill();
      return i % 3
        ? call(gateway.url, tokens.reader, "GET", "/v2/me")
        : call(gateway.url, tokens.writer, "POST", "/v2/bookings", {
            body: booking(`k${i}`),
            headers: { "idempotency-key": `key-${i}` },
          });
    });
    const results = await burst(calls, 8);
    results.forEach((r, i) => {
      if (i % 2 === 0)
        expect(answered(r) && r.status, `call ${i} to the survivor`).toBeLessThan(300);
    });
    const writes = results.map((r, i) => ({ r, i })).filter(({ i }) => i % 3 === 0);
    const writerRecords = await recordsOf("writer");
    for (const { r, i } of writes)
      if (answered(r))
        expect(writerRecords.filter((x) => x.idempotency?.key === `key-${i}`)).toHaveLength(1);
    const readerAnswers = results.filter((r, i) => i % 3 !== 0 && answered(r)).length;
    expect((await recordsOf("reader")).length).toBeGreaterThanOrEqual(readerAnswers);
    // Repeating the unanswered writes on the survivor never sends one twice.
    const lost = writes.filter(({ r }) => !answered(r));
    const repeats = await burst(
      lost.map(
        ({ i }) =>
          () =>
            call(survivor.url, tokens.writer, "POST", "/v2/bookings", {
              body: booking(`k${i}`),
              headers: { "idempotency-key": `key-${i}` },
            }),
      ),
      4,
    );
    for (const r of repeats) expect(answered(r)).toBe(true);
    const sentTwice = (emails: string[]) => emails.filter((e, i) => emails.indexOf(e) !== i);
    const posted = () =>
      upstream.arrivals
        .filter((a) => a.method === "POST")
        .map((a) => (JSON.parse(a.body) as { attendee: { email: string } }).attendee.email);
    expect(sentTwice(posted())).toEqual([]);

    // 2. Redis killed: writes fail closed (nothing sent), reads go on.
    await redis.kill();
    const postsBefore = posted().length;
    const write = await call(survivor.url, tokens.writer, "POST", "/v2/bookings", {
      body: booking("r1"),
    });
    expect(write.status).toBe(503);
    expect(write.headers.get("retry-after")).toBeTruthy();
    expect(posted()).toHaveLength(postsBefore);
    const reads = await burst(
      Array.from({ length: 10 }, () => () => call(survivor.url, tokens.reader2, "GET", "/v2/me")),
      2,
    );
    expect(reads.filter((r) => answered(r) && r.status === 200)).toHaveLength(10);

    // 3. Postgres restarted under load: every answered call has its record, none is lost.
    const during = burst(
      Array.from({ length: 40 }, () => async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        return call(survivor.url, tokens.reader2, "GET", "/v2/me");
      }),
      2,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    pg.restart();
    const afterRestart = await during;
    for (const r of afterRestart) expect(answered(r)).toBe(true);
    expect((await call(survivor.url, tokens.reader2, "GET", "/v2/me")).status).toBe(200);
    await db.end({ timeout: 1 }).catch(() => {});
    db = postgres(pg.url, { max: 2, onnotice: () => {} });
    // reads, plus the 10 during the Redis outage, plus the last one: each recorded exactly once.
    expect(await recordsOf("reader2")).toHaveLength(10 + 40 + 1);
    expect(sentTwice(posted())).toEqual([]);
    const verify = await runGateway(["audit", "verify"], { DATABASE_URL: pg.url });
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);

    // 4. Redis back: writes are counted and sent again, once each.
    await redis.restart();
    let status = 0;
    for (let attempt = 0; attempt < 100 && status !== 201; attempt++) {
      status = (
        await call(survivor.url, tokens.writer, "POST", "/v2/bookings", {
          body: booking(`back${attempt}`),
        })
      ).status;
      if (status !== 201) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(201);
    expect(sentTwice(posted())).toEqual([]);
  }, 240_000);
});
