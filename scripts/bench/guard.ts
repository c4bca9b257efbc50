/**
 * Guard + audit throughput, from the BUILT @calkit/guard (`pnpm build` first), in one process:
 * 1. decisions per second: `decide()` for an allowed call (scheduler booking event type 42, with
 *    constraints to check) and a denied one (support cancelling: bookings are read-only), against a
 *    bare function call returning a fixed decision (the baseline); `guard.check()` (async, the path
 *    every guarded call takes) against a bare async function call.
 * 2. audit records written per second: the JSONL sink (`createAuditLog(jsonlSink(path))`, one
 *    synchronous write per record on an open descriptor) against `fs.appendFileSync(path, line)` of
 *    the same lines (the baseline; it also serialises each record, as the sink does).
 * Each variant runs ROUNDS rounds in alternating order after a warm-up; the table shows the median
 * round. A benchmark, not a test: only the decisions and the written lines are checked.
 * Run: pnpm exec tsx scripts/bench/guard.ts [rounds = 15]
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, truncateSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { createCalClient } from "../../packages/client/dist/index.js";
import {
  type AuditRecord,
  createAuditLog,
  createGuard,
  type Decision,
  decide,
  jsonlSink,
  parsePolicy,
} from "../../packages/guard/dist/index.js";

const ROUNDS = Number(process.argv[2] ?? 15);
const DECISIONS = 200_000;
const ASYNC_DECISIONS = 100_000;
const RECORDS = 5_000;

const policy = parsePolicy({
  version: 1,
  agents: {
    scheduler: {
      resources: { bookings: "read", slots: "full", eventTypes: "read" },
      operations: { "bookings.create": "allow" },
      constraints: { eventTypeIds: [42], maxAttendeesPerBooking: 3 },
    },
    support: { resources: { bookings: "read" } },
  },
});
const createArgs = {
  eventTypeId: 42,
  start: "2026-12-01T15:00:00Z",
  attendee: { name: "Grace Hopper", email: "grace@example.com", timeZone: "America/New_York" },
  guests: ["charles@example.com"],
};
const cancelArgs = { bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" };
const slotsArgs = { eventTypeId: 42, start: "2026-12-01", end: "2026-12-07" };

const ALLOW: Decision = { allowed: true, reason: "the policy allows it" };
// The baselines take the same arguments, so the call itself costs the same.
const bareDecide = (
  _p: unknown,
  _a: string,
  _o: string,
  _args: Record<string, unknown>,
): Decision => ALLOW;
const bareCheck = async (_o: string, _args: Record<string, unknown>): Promise<Decision> => ALLOW;

// guard.check() only reaches the client for booking lookups, which these calls do not need.
const client = createCalClient({
  apiKey: "cal_bench_guard_key",
  fetch: () => Promise.reject(new Error("the benchmark sends no request")),
});
const guard = createGuard({ policy, agent: "scheduler", client });

interface Variant {
  name: string;
  baseline: string;
  iterations: number;
  run: (n: number) => number | Promise<number>;
}

/** Counts allowed decisions, so nothing can be optimised away and every answer is checked. */
function syncLoop(call: () => Decision, expected: boolean) {
  return (n: number) => {
    let matches = 0;
    for (let i = 0; i < n; i++) if (call().allowed === expected) matches++;
    if (matches !== n) throw new Error("unexpected decision");
    return matches;
  };
}
function asyncLoop(call: () => Promise<Decision>, expected: boolean) {
  return async (n: number) => {
    let matches = 0;
    for (let i = 0; i < n; i++) if ((await call()).allowed === expected) matches++;
    if (matches !== n) throw new Error("unexpected decision");
    return matches;
  };
}

const decisionVariants: Variant[] = [
  {
    name: "bare function call (baseline)",
    baseline: "bare function call (baseline)",
    iterations: DECISIONS,
    run: syncLoop(() => bareDecide(policy, "scheduler", "bookings.create", createArgs), true),
  },
  {
    name: "decide(): allowed, constraints checked",
    baseline: "bare function call (baseline)",
    iterations: DECISIONS,
    run: syncLoop(() => decide(policy, "scheduler", "bookings.create", createArgs), true),
  },
  {
    name: "decide(): denied (read-only resource)",
    baseline: "bare function call (baseline)",
    iterations: DECISIONS,
    run: syncLoop(() => decide(policy, "support", "bookings.cancel", cancelArgs), false),
  },
  {
    name: "bare async function call (baseline)",
    baseline: "bare async function call (baseline)",
    iterations: ASYNC_DECISIONS,
    run: asyncLoop(() => bareCheck("slots.list", slotsArgs), true),
  },
  {
    name: "guard.check(): allowed, constraints checked",
    baseline: "bare async function call (baseline)",
    iterations: ASYNC_DECISIONS,
    run: asyncLoop(() => guard.check("slots.list", slotsArgs), true),
  },
];

const scratch = mkdtempSync(join(tmpdir(), "calkit-bench-guard-"));
const sinkPath = join(scratch, "sink.jsonl");
const appendPath = join(scratch, "append.jsonl");
const sink = jsonlSink(sinkPath);
const audit = createAuditLog(sink);
const records: AuditRecord[] = Array.from({ length: RECORDS }, (_, i) => ({
  time: new Date(Date.UTC(2026, 10, 24, 9, 0, 0, i)).toISOString(),
  agent: "scheduler",
  operation: "bookings.create",
  resource: "bookings",
  access: "write",
  target: { eventTypeId: 42 },
  decision: "allowed",
  reason: "bookings.create is allowed for this agent",
  outcome: { status: "ok" },
  durationMs: 120 + (i % 50),
  sentence: `Agent scheduler booked a 30-minute meeting on event type 42 for 1 December 2026 at 15:00 UTC: allowed, booking ${i.toString(36).padStart(6, "0")} created.`,
}));

const auditVariants: Variant[] = [
  {
    name: "fs.appendFileSync of the same lines (baseline)",
    baseline: "fs.appendFileSync of the same lines (baseline)",
    iterations: RECORDS,
    run: (n) => {
      truncateSync(appendPath, 0);
      for (let i = 0; i < n; i++) appendFileSync(appendPath, `${JSON.stringify(records[i])}\n`);
      return n;
    },
  },
  {
    name: "createAuditLog(jsonlSink(path)).write(record)",
    baseline: "fs.appendFileSync of the same lines (baseline)",
    iterations: RECORDS,
    run: (n) => {
      truncateSync(sinkPath, 0);
      for (let i = 0; i < n; i++) audit.write(records[i] as AuditRecord);
      return n;
    },
  },
];
appendFileSync(appendPath, "");

/** Operations per second of each variant: median of ROUNDS rounds, variants alternating. */
async function measure(variants: Variant[]): Promise<Map<string, number>> {
  for (const variant of variants) await variant.run(Math.ceil(variant.iterations / 10)); // warm-up
  const rates = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? [...variants].reverse() : variants;
    for (const variant of order) {
      const start = process.hrtime.bigint();
      await variant.run(variant.iterations);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      rates.get(variant.name)?.push(variant.iterations / seconds);
    }
  }
  const medians = new Map<string, number>();
  for (const [name, xs] of rates) {
    const sorted = [...xs].sort((a, b) => a - b);
    medians.set(name, sorted[Math.floor(sorted.length / 2)] as number);
  }
  return medians;
}

function table(
  title: string,
  unit: string,
  variants: Variant[],
  rates: Map<string, number>,
): string {
  const rows = [
    `| ${title} | median ${unit}/s | ns per ${unit.replace(/s$/, "")} | time ratio to baseline |`,
    "|---|---:|---:|---:|",
  ];
  for (const v of variants) {
    const rate = rates.get(v.name) as number;
    const base = rates.get(v.baseline) as number;
    rows.push(
      `| ${v.name} | ${Math.round(rate).toLocaleString("en-US")} | ${(1e9 / rate).toFixed(1)} | ${(base / rate).toFixed(2)}× |`,
    );
  }
  return rows.join("\n");
}

try {
  const decisions = await measure(decisionVariants);
  const written = await measure(auditVariants);
  // The two files hold the same lines after the last round.
  if (readFileSync(sinkPath, "utf8") !== readFileSync(appendPath, "utf8")) {
    throw new Error("the JSONL sink and appendFileSync wrote different lines");
  }
  const lineBytes = readFileSync(sinkPath).length / RECORDS;
  const cpu = cpus();
  console.log(
    `guard benchmark · node ${process.version} · ${cpu[0]?.model.trim() ?? "cpu"} ×${cpu.length} · ${new Date().toISOString().slice(0, 10)} · median of ${ROUNDS} rounds\n`,
  );
  console.log(table("decision", "decisions", decisionVariants, decisions));
  console.log(
    `\n${DECISIONS.toLocaleString("en-US")} sync / ${ASYNC_DECISIONS.toLocaleString("en-US")} async decisions per round. A ratio is how many times longer than its baseline one call takes.\n`,
  );
  console.log(table("audit sink", "records", auditVariants, written));
  console.log(
    `\n${RECORDS.toLocaleString("en-US")} records per round, ${Math.round(lineBytes)} bytes per line on average, written to ${tmpdir()} (no fsync; \`jsonlSink(path, { durable: true })\` adds one per record).`,
  );
} finally {
  sink.close();
  rmSync(scratch, { recursive: true, force: true });
}
