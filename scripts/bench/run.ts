/**
 * pnpm bench — runs every benchmark, each in its own process (so one's JIT and GC state cannot
 * colour another's), prints each one's markdown as it finishes, and writes bench/RESULTS.md with
 * the machine and the date. Not part of CI's pass/fail: times vary between machines; sizes are
 * held by `pnpm size` instead. `pnpm bench` builds first (turbo; cached when nothing changed):
 * some benchmarks measure the built packages.
 * Exit 1 when a benchmark failed (its output and the failure are still in RESULTS.md).
 * Run one on its own: pnpm exec tsx scripts/bench/<name>.ts
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { arch, cpus, platform, release, totalmem, type } from "node:os";
import { join, resolve } from "node:path";
import { type Goal, goalRow, takeGoals } from "./goal";

const ROOT = resolve(import.meta.dirname, "../..");

interface Bench {
  file: string;
  title: string;
  /** What it measures, against which baseline. */
  about: string;
}

const BENCHES: Bench[] = [
  {
    file: "generate.ts",
    title: "Generation",
    about:
      "`pnpm generate --check` for the whole spec, as a fresh process (everything computed, after a generator change with the result cache, nothing changed with the whole-run skip) and in one warm process, vs hey-api/openapi-ts (the issue's baseline, on Node 22) and openapi-typescript on the same spec in the same rounds.",
  },
  {
    file: "client-overhead.ts",
    title: "Client overhead per call",
    about:
      "GET /v2/me on a loopback HTTP server: calkit client vs bare openapi-fetch vs raw `fetch`.",
  },
  {
    file: "bundle.ts",
    title: "Bundle size",
    about:
      "Minified + gzipped one-operation app with calkit vs with bare openapi-fetch (same esbuild settings).",
  },
  {
    file: "tool-tokens.ts",
    title: "Tool definition tokens",
    about:
      "o200k tokens of the tool list per format, of selections and of dynamic mode, vs Cal.com's MCP server as quoted.",
  },
  {
    file: "guard.ts",
    title: "Guard and audit log",
    about:
      "Decisions per second vs a bare function call; JSONL audit records per second vs `fs.appendFileSync` of the same lines.",
  },
  {
    file: "mcp.ts",
    title: "MCP server",
    about: "Start to tools/list; a tool call end to end vs a direct client call.",
  },
  {
    file: "gateway.ts",
    title: "Gateway",
    about:
      "Latency a call through `calkit-gateway serve` adds over calling the upstream directly (p50, p99), embedded store and Postgres; calls per second one instance sustains.",
  },
  {
    file: "gateway-cluster.ts",
    title: "Gateway on several instances",
    about:
      "Calls per second through one and two instances sharing Postgres and Redis, and the latency the shared (Redis) limiter adds, against one instance with the in-process limiter.",
  },
];

interface Outcome {
  bench: Bench;
  status: "ok" | "failed" | "skipped";
  seconds: number;
  output: string;
  /** The goals the benchmark reported (lifted out of `output`). */
  goals: Goal[];
  note?: string;
}

/** Runs one benchmark with tsx, echoing its output live and keeping stdout for the results file. */
function runBench(bench: Bench): Promise<Outcome> {
  const path = join(ROOT, "scripts/bench", bench.file);
  if (!existsSync(path)) {
    return Promise.resolve({
      bench,
      status: "skipped",
      seconds: 0,
      output: "",
      goals: [],
      note: `scripts/bench/${bench.file} does not exist yet.`,
    });
  }
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", path], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
      process.stderr.write(chunk);
    });
    child.on("close", (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      const failed = code !== 0;
      const { goals, rest } = takeGoals(stdout.trim());
      done({
        bench,
        status: failed ? "failed" : "ok",
        seconds,
        output: rest,
        goals,
        ...(failed
          ? {
              note: `exited with ${signal ?? `code ${code}`}: ${stderr.trim().split("\n").slice(-5).join(" / ")}`,
            }
          : {}),
      });
    });
  });
}

function gitRevision(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: ROOT,
      encoding: "utf8",
    }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], {
      cwd: ROOT,
      encoding: "utf8",
    }).trim();
    return dirty ? `${commit} with uncommitted changes` : commit;
  } catch {
    return "unknown (not a git checkout)";
  }
}

function machine(): string[] {
  const cpu = cpus();
  return [
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}`,
    `- Node: ${process.version} (V8 ${process.versions.v8})`,
    `- CPU: ${cpu[0]?.model.trim() ?? "unknown"}, ${cpu.length} logical cores`,
    `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- OS: ${type()} ${release()} (${platform()}/${arch()})`,
    `- Revision: ${gitRevision()}`,
  ];
}

const outcomes: Outcome[] = [];
for (const bench of BENCHES) {
  console.log(`\n=== ${bench.title} (scripts/bench/${bench.file})\n`);
  const outcome = await runBench(bench);
  if (outcome.note) console.log(`(${outcome.status}: ${outcome.note})`);
  outcomes.push(outcome);
}

const lines = [
  "# Benchmark results",
  "",
  "Written by `pnpm bench` (scripts/bench/run.ts); do not edit by hand, run it again. Each benchmark",
  "compares with a baseline measured in the same run; times depend on the machine, ratios less so.",
  "",
  ...machine(),
  "",
  "| benchmark | script | status | wall time |",
  "|---|---|---|---:|",
  ...outcomes.map(
    (o) =>
      `| [${o.bench.title}](#${o.bench.title
        .toLowerCase()
        .replace(/[^a-z0-9 -]/g, "")
        .replaceAll(
          " ",
          "-",
        )}) | \`scripts/bench/${o.bench.file}\` | ${o.status} | ${o.status === "skipped" ? "-" : `${o.seconds.toFixed(1)} s`} |`,
  ),
];
const goals = outcomes.flatMap((o) => o.goals);
if (goals.length)
  lines.push(
    "",
    "## Goals",
    "",
    "Each goal as its benchmark measured it in this run (issue #16; sizes are also held by `pnpm size`).",
    "",
    "| goal | measured | goal | baseline (same run) | verdict |",
    "|---|---:|---:|---|---|",
    ...goals.map(goalRow),
  );
for (const o of outcomes) {
  lines.push("", `## ${o.bench.title}`, "", o.bench.about, "");
  if (o.note) lines.push(`> ${o.status}: ${o.note}`, "");
  if (o.output) lines.push(o.output, "");
}
mkdirSync(join(ROOT, "bench"), { recursive: true });
writeFileSync(join(ROOT, "bench/RESULTS.md"), `${lines.join("\n").trimEnd()}\n`);
console.log(
  `\nwrote bench/RESULTS.md (${outcomes.filter((o) => o.status === "ok").length} of ${outcomes.length} benchmarks ok)`,
);
process.exitCode = outcomes.some((o) => o.status === "failed") ? 1 : 0;
