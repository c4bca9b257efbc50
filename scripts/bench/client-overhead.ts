/**
 * Client overhead: what @calkit/client adds per call on top of the fetch underneath, measured in one
 * process against a local node:http server answering GET /v2/me with a fixed small envelope.
 * (a) raw fetch + JSON parse, (b) bare openapi-fetch with the same headers, (d) the same with a
 * per-call timeout (an AbortSignal and a timer, which every calkit call has), (c) cal.me.get().
 * Each variant makes N sequential calls after a warm-up, measured in alternating chunks so drift
 * (GC, JIT, CPU frequency) falls on all alike. A benchmark, not a test: nothing is asserted
 * about time; responses are only checked to be what the server sent.
 * Run: pnpm exec tsx scripts/bench/client-overhead.ts [N] [warm-up]
 */
import { createRequire } from "node:module";
import { cpus } from "node:os";
import { type CalClient, createCalClient } from "../../packages/client/src/index";
import { reportGoal } from "./goal";
import { ME, startMeStub } from "./me-stub";

const N = Number(process.argv[2] ?? 3000);
const WARM_UP = Number(process.argv[3] ?? 300);
const CHUNK = 300;
const API_KEY = "cal_bench_overhead_key";
const VERSION = "2024-08-13";

// openapi-fetch is a dependency of @calkit/client, not of the repository root: resolve it from there.
const requireFromClient = createRequire(
  new URL("../../packages/client/package.json", import.meta.url),
);
type CreateClient = (options: { baseUrl: string }) => CalClient["raw"];
const openapiFetch = (await import(requireFromClient.resolve("openapi-fetch"))) as {
  default: CreateClient;
};
const createClient: CreateClient = openapiFetch.default;

const stub = await startMeStub({ apiKey: API_KEY, version: VERSION });
const baseUrl = stub.url;

const headers = {
  accept: "application/json",
  "cal-api-version": VERSION,
  authorization: `Bearer ${API_KEY}`,
};
const bare = createClient({ baseUrl });
const cal = createCalClient({ baseUrl, apiKey: API_KEY });

function check(data: unknown): void {
  if ((data as { id?: unknown } | undefined)?.id !== ME.id) {
    throw new Error(`unexpected response: ${JSON.stringify(data)}`);
  }
}

const variants: { name: string; call: () => Promise<void> }[] = [
  {
    name: "(a) raw fetch",
    call: async () => {
      const response = await fetch(`${baseUrl}/v2/me`, { headers });
      const body = (await response.json()) as { data: unknown };
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      check(body.data);
    },
  },
  {
    name: "(b) openapi-fetch",
    call: async () => {
      const { data, error } = await bare.GET("/v2/me", {
        params: { header: { "cal-api-version": VERSION } },
        headers,
      });
      if (error) throw new Error("error response");
      check(data?.data);
    },
  },
  {
    // What every calkit call has and openapi-fetch leaves to its caller: a per-call timeout.
    name: "(d) openapi-fetch + per-call timeout",
    call: async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 60_000);
      try {
        const { data, error } = await bare.GET("/v2/me", {
          params: { header: { "cal-api-version": VERSION } },
          headers,
          signal: controller.signal,
        });
        if (error) throw new Error("error response");
        check(data?.data);
      } finally {
        clearTimeout(timer);
      }
    },
  },
  {
    name: "(c) cal.me.get()",
    call: async () => {
      check(await cal.me.get());
    },
  },
];

const samples = variants.map(() => [] as number[]);
for (const variant of variants) {
  for (let i = 0; i < WARM_UP; i++) await variant.call();
}
for (let done = 0; done < N; done += CHUNK) {
  const size = Math.min(CHUNK, N - done);
  for (const [index, variant] of variants.entries()) {
    const into = samples[index] as number[];
    for (let i = 0; i < size; i++) {
      const start = process.hrtime.bigint();
      await variant.call();
      into.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  }
}
stub.close();

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}
const stats = samples.map((xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) };
});
const [a, b, d, c] = stats as [
  (typeof stats)[0],
  (typeof stats)[0],
  (typeof stats)[0],
  (typeof stats)[0],
];
const cpu = cpus();

console.log(
  `client overhead benchmark · node ${process.version} · ${cpu[0]?.model.trim() ?? "cpu"} ×${cpu.length} · ` +
    `${process.platform}/${process.arch} · ${new Date().toISOString()}`,
);
console.log(
  `GET /v2/me against a local node:http server · ${N} sequential calls per variant after ${WARM_UP} warm-up\n`,
);
console.log("| variant | median µs | p99 µs |");
console.log("|---|---:|---:|");
for (const [index, variant] of variants.entries()) {
  const s = stats[index] as (typeof stats)[0];
  console.log(`| ${variant.name} | ${s.median.toFixed(1)} | ${s.p99.toFixed(1)} |`);
}
const ratio = (x: number, y: number) => (x / y).toFixed(2);
console.log("\n| ratio | median | p99 |");
console.log("|---|---:|---:|");
console.log(
  `| (b) openapi-fetch / (a) fetch | ${ratio(b.median, a.median)} | ${ratio(b.p99, a.p99)} |`,
);
console.log(`| (c) cal / (a) fetch | ${ratio(c.median, a.median)} | ${ratio(c.p99, a.p99)} |`);
console.log(
  `| (c) cal / (b) openapi-fetch | ${ratio(c.median, b.median)} | ${ratio(c.p99, b.p99)} |`,
);
console.log(
  `| (c) cal / (d) openapi-fetch + timeout | ${ratio(c.median, d.median)} | ${ratio(c.p99, d.p99)} |`,
);
console.log(
  `\n(c) − (a) median: ${(c.median - a.median).toFixed(1)} µs per call added by the client stack`,
);
reportGoal({
  what: "client overhead per call on loopback, median, (c) cal / (b) openapi-fetch",
  measured: Number(ratio(c.median, b.median)),
  goal: 1.1,
  unit: "×",
  baseline: "bare openapi-fetch",
});
