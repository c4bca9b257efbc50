/**
 * Gateway on several instances: calls per second through one and through two `calkit-gateway
 * serve` processes sharing one Postgres and one Redis, and the latency the shared limiter (a Redis
 * script per call and per upstream request) adds. The baseline, measured in the same run, is one
 * instance on the same Postgres with the in-process limiter (no REDIS_URL); latency is measured
 * on both at once, in alternating chunks, so the machine's drift falls on both alike. The upstream is a
 * node:http stub answering GET /v2/me; the agent's policy sets a per-minute limit (so the agent's
 * script runs on every call) far above what the run reaches, and the upstream budget is raised
 * likewise: every call is counted, none is refused. Needs Debian's postgresql and redis-server.
 * A benchmark, not a test: nothing is asserted about time; answers are checked to be successes.
 * Run: pnpm exec tsx scripts/bench/gateway-cluster.ts [sequential calls] [seconds of load]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  type GatewayProcess,
  startGatewayProcess,
} from "../../packages/gateway/test/gateway-process";
import { postgresAvailable, startPostgres } from "../../packages/gateway/test/postgres-server";
import { redisAvailable, startRedis } from "../../test/support/redis-server";
import { closeSockets, getMe, percentile } from "./keep-alive-get";
import { startMeStub } from "./me-stub";

const ROOT = resolve(import.meta.dirname, "../..");
const N = Number(process.argv[2] ?? 1000);
const LOAD_SECONDS = Number(process.argv[3] ?? 5);
const WARM_UP = 200;
const CONCURRENCY = 32;
const CHUNK = 100;
const KEY = "cal_bench_cluster_0123456789abcdef";
if (!postgresAvailable() || !redisAvailable()) {
  console.log(
    "Not measured: needs Postgres (initdb/pg_ctl) and redis-server (apt-get install -y postgresql redis-server).",
  );
  process.exit(0);
}

const upstream = await startMeStub({ apiKey: KEY });
const upstreamUrl = upstream.url;
/** Sequential calls, to each gateway in alternating chunks; µs per call, sorted, per gateway. */
async function latency(gateways: GatewayProcess[], token: string): Promise<number[][]> {
  const times = gateways.map((): number[] => []);
  const one = async (gateway: GatewayProcess, into: number[] | undefined) => {
    const started = process.hrtime.bigint();
    const status = await getMe(gateway.url, `Bearer ${token}`);
    if (status !== 200) throw new Error(`HTTP ${status}`);
    into?.push(Number(process.hrtime.bigint() - started) / 1000);
  };
  for (let i = 0; i < WARM_UP; i++) for (const gateway of gateways) await one(gateway, undefined);
  for (let done = 0; done < N; done += CHUNK)
    for (const [g, gateway] of gateways.entries())
      for (let i = 0; i < CHUNK; i++) await one(gateway, times[g]);
  return times.map((t) => t.sort((a, b) => a - b));
}

/** CONCURRENCY callers spread over the instances for LOAD_SECONDS; calls per second answered 200. */
async function throughput(gateways: GatewayProcess[], token: string) {
  let ok = 0;
  let failed = 0;
  const until = Date.now() + LOAD_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, i) => {
      const base = (gateways[i % gateways.length] as GatewayProcess).url;
      while (Date.now() < until) {
        if ((await getMe(base, `Bearer ${token}`).catch(() => 0)) === 200) ok++;
        else failed++;
      }
    }),
  );
  return { perSecond: ok / LOAD_SECONDS, failed };
}

const dir = mkdtempSync(join(tmpdir(), "calkit-bench-cluster-"));
const pg = await startPostgres();
const redis = await startRedis();
const base = {
  CAL_API_KEY: KEY,
  CAL_API_BASE_URL: upstreamUrl,
  DATABASE_URL: pg.url,
  CALKIT_GATEWAY_UPSTREAM_BUDGET: "100000000",
};
const shared = { ...base, REDIS_URL: redis.url };
const throughputs: { setup: string; perSecond: number; failed: number }[] = [];
let times: number[][] = [];

try {
  const policy = join(dir, "policy.json");
  writeFileSync(
    policy,
    JSON.stringify({
      version: 1,
      agents: { bench: { resources: { me: "read" }, limits: { callsPerMinute: 100_000_000 } } },
    }),
  );
  const token = execFileSync(
    process.execPath,
    [join(ROOT, "packages/gateway/dist/cli.js"), "agent", "add", "bench", "--policy", policy],
    {
      env: { PATH: process.env.PATH ?? "", DATABASE_URL: pg.url },
      encoding: "utf8",
    },
  ).trim();
  const [local, first, second] = await Promise.all([
    startGatewayProcess(base),
    startGatewayProcess(shared),
    startGatewayProcess(shared),
  ]);
  const gateways = [local, first, second] as GatewayProcess[];
  try {
    times = await latency([local, first] as GatewayProcess[], token);
    for (const [setup, serving] of [
      ["1 instance, in-process limiter (baseline)", [local]],
      ["1 instance, Redis limiter", [first]],
      ["2 instances, Redis limiter", [first, second]],
    ] as [string, GatewayProcess[]][])
      throughputs.push({ setup, ...(await throughput(serving, token)) });
  } finally {
    await Promise.all(gateways.map((g) => g.stop()));
  }
} finally {
  await redis.stop();
  pg.stop();
  rmSync(dir, { recursive: true, force: true });
  upstream.close();
  closeSockets();
}

const cpu = cpus();
const [inProcess, withRedis] = times as [number[], number[]];
console.log(
  `Gateway cluster benchmark · node ${process.version} · ${cpu[0]?.model.trim()} ×${cpu.length} · ${new Date().toISOString()}`,
);
console.log("");
console.log(
  `Latency: GET /v2/me, ${N} sequential calls to each of two instances on the same Postgres (after ${WARM_UP} warm-up), alternating chunks of ${CHUNK}: one with the in-process limiter (baseline), one with the Redis limiter (two scripts a call: the agent's limits, the upstream budget).`,
);
console.log("");
console.log("| limiter | p50 µs | p99 µs | added p50 µs | added p99 µs |");
console.log("|---|---:|---:|---:|---:|");
const row = (name: string, t: number[]) =>
  `| ${name} | ${percentile(t, 50).toFixed(0)} | ${percentile(t, 99).toFixed(0)} | ${(percentile(t, 50) - percentile(inProcess, 50)).toFixed(0)} | ${(percentile(t, 99) - percentile(inProcess, 99)).toFixed(0)} |`;
console.log(row("in-process (baseline)", inProcess));
console.log(row("Redis (shared)", withRedis));
console.log("");
console.log(
  `Throughput: ${CONCURRENCY} concurrent callers for ${LOAD_SECONDS} s, spread over the serving instances. Postgres 15 and Redis 7 on 127.0.0.1; the load generator, stub, Postgres, Redis and gateways share the machine's ${cpu.length} cores, so a second instance adds no CPU here: it shows the cost of coordination, not the gain of scaling out.`,
);
console.log("");
console.log("| setup | calls/s | ratio to baseline | failed |");
console.log("|---|---:|---:|---:|");
const baseline = throughputs[0]?.perSecond ?? 1;
for (const t of throughputs)
  console.log(
    `| ${t.setup} | ${t.perSecond.toFixed(0)} | ${(t.perSecond / baseline).toFixed(2)} | ${t.failed} |`,
  );
