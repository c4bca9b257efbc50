/**
 * Gateway on several instances: calls per second through one and through two `calkit-gateway
 * serve` processes sharing one Postgres and one Redis, and the latency the shared limiter (a Redis
 * script per call and per upstream request) adds. The baseline, measured in the same run, is one
 * instance on the same Postgres with the in-process limiter (no REDIS_URL). The upstream is a
 * node:http stub answering GET /v2/me; the agent's policy sets a per-minute limit (so the agent's
 * script runs on every call) far above what the run reaches, and the upstream budget is raised
 * likewise: every call is counted, none is refused. Needs Debian's postgresql and redis-server.
 * A benchmark, not a test: nothing is asserted about time; answers are checked to be successes.
 * Run: pnpm exec tsx scripts/bench/gateway-cluster.ts [sequential calls] [seconds of load]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { Agent, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  type GatewayProcess,
  startGatewayProcess,
} from "../../packages/gateway/test/gateway-process";
import { postgresAvailable, startPostgres } from "../../packages/gateway/test/postgres-server";
import { redisAvailable, startRedis } from "../../packages/gateway/test/redis-server";

const ROOT = resolve(import.meta.dirname, "../..");
const N = Number(process.argv[2] ?? 1000);
const LOAD_SECONDS = Number(process.argv[3] ?? 5);
const WARM_UP = 200;
const CONCURRENCY = 32;
const KEY = "cal_bench_cluster_0123456789abcdef";
const BODY = JSON.stringify({
  status: "success",
  data: { id: 7, username: "ada", timeZone: "UTC" },
});

if (!postgresAvailable() || !redisAvailable()) {
  console.log(
    "Not measured: needs Postgres (initdb/pg_ctl) and redis-server (apt-get install -y postgresql redis-server).",
  );
  process.exit(0);
}

const upstream = createServer((req, res) => {
  res.writeHead(req.url === "/v2/me" ? 200 : 404, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(BODY),
  });
  res.end(BODY);
});
upstream.keepAliveTimeout = 120_000;
await new Promise<void>((done) => upstream.listen(0, "127.0.0.1", done));
const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function get(base: string, authorization: string, retried = false): Promise<number> {
  const url = new URL(`${base}/v2/me`);
  return new Promise((done, fail) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, agent, headers: { authorization } },
      (res) => {
        res.resume();
        res.on("end", () => done(res.statusCode ?? 0));
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) => {
      // A kept-alive socket the other side closed just as it was reused: GET again on a new one.
      if (error.code === "ECONNRESET" && !retried) get(base, authorization, true).then(done, fail);
      else fail(error);
    });
    req.end();
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;

/** Sequential calls through the first instance; µs per call, sorted. */
async function latency(gateways: GatewayProcess[], token: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + N; i++) {
    const started = process.hrtime.bigint();
    const status = await get((gateways[0] as GatewayProcess).url, `Bearer ${token}`);
    if (status !== 200) throw new Error(`HTTP ${status}`);
    if (i >= WARM_UP) times.push(Number(process.hrtime.bigint() - started) / 1000);
  }
  return times.sort((a, b) => a - b);
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
        if ((await get(base, `Bearer ${token}`).catch(() => 0)) === 200) ok++;
        else failed++;
      }
    }),
  );
  return { perSecond: ok / LOAD_SECONDS, failed };
}

interface Row {
  setup: string;
  latency: number[];
  perSecond: number;
  failed: number;
}

const dir = mkdtempSync(join(tmpdir(), "calkit-bench-cluster-"));
const pg = await startPostgres();
const redis = await startRedis();
const rows: Row[] = [];

async function measure(
  setup: string,
  instances: number,
  env: Record<string, string>,
): Promise<void> {
  const full = {
    CAL_API_KEY: KEY,
    CAL_API_BASE_URL: upstreamUrl,
    DATABASE_URL: pg.url,
    CALKIT_GATEWAY_UPSTREAM_BUDGET: "100000000",
    ...env,
  };
  const name = `cluster${rows.length}`;
  const policy = join(dir, "policy.json");
  writeFileSync(
    policy,
    JSON.stringify({
      version: 1,
      agents: { [name]: { resources: { me: "read" }, limits: { callsPerMinute: 100_000_000 } } },
    }),
  );
  const token = execFileSync(
    process.execPath,
    [join(ROOT, "packages/gateway/dist/cli.js"), "agent", "add", name, "--policy", policy],
    {
      env: { PATH: process.env.PATH ?? "", DATABASE_URL: pg.url },
      encoding: "utf8",
    },
  ).trim();
  const gateways = await Promise.all(
    Array.from({ length: instances }, () => startGatewayProcess(full)),
  );
  try {
    const times = await latency(gateways, token);
    const { perSecond, failed } = await throughput(gateways, token);
    rows.push({ setup, latency: times, perSecond, failed });
  } finally {
    await Promise.all(gateways.map((g) => g.stop()));
  }
}

try {
  await measure("1 instance, in-process limiter (baseline)", 1, {});
  await measure("1 instance, Redis limiter", 1, { REDIS_URL: redis.url });
  await measure("2 instances, Redis limiter", 2, { REDIS_URL: redis.url });
} finally {
  await redis.stop();
  pg.stop();
  rmSync(dir, { recursive: true, force: true });
  upstream.close();
  agent.destroy();
}

const cpu = cpus();
const base = rows[0] as Row;
console.log(
  `Gateway cluster benchmark · node ${process.version} · ${cpu[0]?.model.trim()} ×${cpu.length} · ${new Date().toISOString()}`,
);
console.log("");
console.log(
  `Latency: GET /v2/me, ${N} sequential calls through one instance (after ${WARM_UP} warm-up). Throughput: ${CONCURRENCY} concurrent callers for ${LOAD_SECONDS} s spread over the instances. Postgres 15 and Redis 7 on 127.0.0.1; load generator, stub, Postgres, Redis and gateways share the machine's ${cpu.length} cores.`,
);
console.log("");
console.log(
  "| setup | p50 µs | p99 µs | added p50 µs vs baseline | calls/s | ratio to baseline | failed |",
);
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  const p50 = percentile(r.latency, 50);
  console.log(
    `| ${r.setup} | ${p50.toFixed(0)} | ${percentile(r.latency, 99).toFixed(0)} | ${(p50 - percentile(base.latency, 50)).toFixed(0)} | ${r.perSecond.toFixed(0)} | ${(r.perSecond / base.perSecond).toFixed(2)} | ${r.failed} |`,
  );
}
