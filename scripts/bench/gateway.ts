/**
 * Gateway: what a call through `calkit-gateway serve` adds over calling the same upstream directly,
 * with the embedded store and with Postgres (when Debian's postgresql is installed), and how many
 * calls per second one instance sustains. The upstream is a node:http stub on 127.0.0.1 answering
 * GET /v2/me; the gateway is the built binary (`pnpm build` first; `pnpm bench` does), in its own
 * process, with an agent allowed `me: read`. Every call through the gateway is decided, sent
 * upstream with the gateway's credential and written to the audit chain before it is answered.
 * A benchmark, not a test: nothing is asserted about time; answers are checked to be successes.
 * Run: pnpm exec tsx scripts/bench/gateway.ts [sequential calls] [seconds of load]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startGatewayProcess } from "../../packages/gateway/test/gateway-process";
import { postgresAvailable, startPostgres } from "../../packages/gateway/test/postgres-server";
import { closeSockets, getMe, percentile } from "./keep-alive-get";
import { startMeStub } from "./me-stub";

const ROOT = resolve(import.meta.dirname, "../..");
const N = Number(process.argv[2] ?? 2000);
const LOAD_SECONDS = Number(process.argv[3] ?? 5);
const WARM_UP = 300;
const CHUNK = 250;
const CONCURRENCY = 32;
const KEY = "cal_bench_gateway_0123456789abcdef";
const upstream = await startMeStub({ apiKey: KEY });
const upstreamUrl = upstream.url;
/** Sequential calls, direct and through the gateway in alternating chunks; µs per call. */
async function latency(
  gateway: string,
  token: string,
): Promise<{ direct: number[]; through: number[] }> {
  const direct: number[] = [];
  const through: number[] = [];
  const one = async (base: string, auth: string, into: number[] | undefined) => {
    const started = process.hrtime.bigint();
    const status = await getMe(base, auth);
    if (status !== 200) throw new Error(`${base}: HTTP ${status}`);
    into?.push(Number(process.hrtime.bigint() - started) / 1000);
  };
  for (let i = 0; i < WARM_UP; i++) {
    await one(upstreamUrl, `Bearer ${KEY}`, undefined);
    await one(gateway, `Bearer ${token}`, undefined);
  }
  for (let done = 0; done < N; done += CHUNK) {
    for (let i = 0; i < CHUNK; i++) await one(upstreamUrl, `Bearer ${KEY}`, direct);
    for (let i = 0; i < CHUNK; i++) await one(gateway, `Bearer ${token}`, through);
  }
  return { direct: direct.sort((a, b) => a - b), through: through.sort((a, b) => a - b) };
}

/** CONCURRENCY callers for LOAD_SECONDS; calls per second answered 200. */
async function throughput(
  gateway: string,
  token: string,
): Promise<{ perSecond: number; failed: number }> {
  let ok = 0;
  let failed = 0;
  const until = Date.now() + LOAD_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < until) {
        const status = await getMe(gateway, `Bearer ${token}`).catch(() => 0);
        if (status === 200) ok++;
        else failed++;
      }
    }),
  );
  return { perSecond: ok / LOAD_SECONDS, failed };
}

interface Row {
  store: string;
  direct: number[];
  through: number[];
  perSecond: number;
  failed: number;
}

async function measure(store: string, env: Record<string, string>, dir: string): Promise<Row> {
  const gw = await startGatewayProcess({
    CAL_API_KEY: KEY,
    CAL_API_BASE_URL: upstreamUrl,
    // Measures the gateway, not its Cal.com budget (100 a minute by default).
    CALKIT_GATEWAY_UPSTREAM_BUDGET: "100000000",
    ...env,
  });
  try {
    const policy = join(dir, "policy.json");
    // One agent per run: the Postgres runs share a database.
    const name = `bench${rows.length}`;
    writeFileSync(
      policy,
      JSON.stringify({ version: 1, agents: { [name]: { resources: { me: "read" } } } }),
    );
    const token = execFileSync(
      process.execPath,
      [join(ROOT, "packages/gateway/dist/cli.js"), "agent", "add", name, "--policy", policy],
      {
        env: { PATH: process.env.PATH ?? "", ...env },
        encoding: "utf8",
      },
    ).trim();
    const { direct, through } = await latency(gw.url, token);
    const { perSecond, failed } = await throughput(gw.url, token);
    return { store, direct, through, perSecond, failed };
  } finally {
    await gw.stop();
  }
}

const rows: Row[] = [];
const embeddedDir = mkdtempSync(join(tmpdir(), "calkit-bench-gw-"));
try {
  rows.push(
    await measure(
      "embedded (PGlite)",
      { CALKIT_GATEWAY_DATA: join(embeddedDir, "data") },
      embeddedDir,
    ),
  );
  if (postgresAvailable()) {
    const pg = await startPostgres();
    try {
      rows.push(
        await measure("Postgres 15 (local, 127.0.0.1)", { DATABASE_URL: pg.url }, embeddedDir),
      );
      rows.push(
        await measure(
          "Postgres 15, CALKIT_GATEWAY_SYNCHRONOUS_COMMIT=off",
          { DATABASE_URL: pg.url, CALKIT_GATEWAY_SYNCHRONOUS_COMMIT: "off" },
          embeddedDir,
        ),
      );
    } finally {
      pg.stop();
    }
  }
} finally {
  rmSync(embeddedDir, { recursive: true, force: true });
  upstream.close();
  closeSockets();
}

const cpu = cpus();
console.log(
  `Gateway benchmark · node ${process.version} · ${cpu[0]?.model.trim()} ×${cpu.length} · ${new Date().toISOString()}`,
);
console.log("");
console.log(
  `Latency: GET /v2/me, ${N} sequential calls each way (after ${WARM_UP} warm-up), alternating chunks of ${CHUNK}; the gateway authenticates, validates, decides, forwards and commits an audit record per call.`,
);
console.log("");
console.log(
  "| store | direct p50 µs | direct p99 µs | gateway p50 µs | gateway p99 µs | added p50 µs | added p99 µs |",
);
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  const d50 = percentile(r.direct, 50);
  const d99 = percentile(r.direct, 99);
  const g50 = percentile(r.through, 50);
  const g99 = percentile(r.through, 99);
  console.log(
    `| ${r.store} | ${d50.toFixed(0)} | ${d99.toFixed(0)} | ${g50.toFixed(0)} | ${g99.toFixed(0)} | ${(g50 - d50).toFixed(0)} | ${(g99 - d99).toFixed(0)} |`,
  );
}
console.log("");
console.log(
  `Throughput: ${CONCURRENCY} concurrent callers for ${LOAD_SECONDS} s through one gateway process (load generator, upstream stub and gateway share the machine's ${cpu.length} cores).`,
);
console.log("");
console.log("| store | calls/s | failed |");
console.log("|---|---:|---:|");
for (const r of rows) console.log(`| ${r.store} | ${r.perSecond.toFixed(0)} | ${r.failed} |`);
if (!postgresAvailable())
  console.log("\nPostgres not measured: no initdb/pg_ctl (apt-get install -y postgresql).");
