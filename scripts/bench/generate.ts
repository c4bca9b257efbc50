/**
 * Generation time, two ways, each against openapi-typescript on the same spec:
 * - wall time of a fresh process, as a maintainer running `pnpm generate` feels it: the
 *   openapi-typescript CLI vs the calkit generator from source (tsx) without its result cache
 *   (`--no-cache`, everything computed) and with it (nothing changed since the last run);
 * - in one process after a warm-up (module loading and JIT excluded): median of several runs.
 * Run: pnpm exec tsx scripts/bench/generate.ts [runs]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { generate, readSpec } from "../../packages/generator/src/index";
import { reportGoal } from "./goal";

const runs = Number(process.argv[2] ?? 7);
const ROOT = resolve(import.meta.dirname, "../..");
const SPEC = join(ROOT, "spec/openapi.yaml");
const spec = readSpec(SPEC);

/** Wall milliseconds of `node <args>` in the repository root; fails loudly if the command does. */
function wall(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${result.stderr}`);
  return ms;
}

function wallSamples(args: string[], count: number): number[] {
  return Array.from({ length: count }, () => wall(args)).sort((a, b) => a - b);
}

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up: module loading and JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}

const median = (xs: number[]) => xs[Math.floor(xs.length / 2)] as number;

const out = mkdtempSync(join(tmpdir(), "calkit-bench-gen-"));
const processRuns = Math.max(3, Math.ceil(runs / 2));
const generator = ["--import", "tsx", "packages/generator/src/cli.ts", "--check", "--quiet"];
const openapiTsCli = join(ROOT, "packages/generator/node_modules/openapi-typescript/bin/cli.js");
const wallBaseline = wallSamples([openapiTsCli, SPEC, "-o", join(out, "schema.ts")], processRuns);
const wallCold = wallSamples([...generator, "--no-cache"], processRuns);
wall(generator); // fills the cache if a previous run did not
const wallCached = wallSamples(generator, processRuns);
rmSync(out, { recursive: true, force: true });

const baseline = await time(async () =>
  astToString(await openapiTS(structuredClone(spec) as never, { alphabetize: true })),
);
const calkit = await time(() => generate(spec));

console.log(
  `generation benchmark · node ${process.version} · ${cpus()[0]?.model ?? "cpu"} ×${cpus().length} · ${new Date().toISOString().slice(0, 10)} · ${runs} runs`,
);
console.log("");
console.log(`Wall time of a fresh process, ${processRuns} runs each:`);
console.log("| command | median ms | min ms | ratio to openapi-typescript CLI |");
console.log("|---|---:|---:|---:|");
const wallRow = (name: string, xs: number[]) =>
  console.log(
    `| ${name} | ${median(xs).toFixed(0)} | ${(xs[0] ?? 0).toFixed(0)} | ${(median(xs) / median(wallBaseline)).toFixed(2)} |`,
  );
wallRow("openapi-typescript CLI, spec/openapi.yaml → schema.ts (baseline)", wallBaseline);
wallRow("calkit generate --check --no-cache (everything computed)", wallCold);
wallRow("calkit generate --check (result cache, spec unchanged)", wallCached);
console.log("");
console.log("In one process after a warm-up:");
console.log("| task | median ms | min ms | ratio to openapi-typescript |");
console.log("|---|---:|---:|---:|");
console.log(
  `| openapi-typescript alone (baseline) | ${median(baseline).toFixed(0)} | ${(baseline[0] ?? 0).toFixed(0)} | 1.00 |`,
);
console.log(
  `| calkit generate (model + all emitters) | ${median(calkit).toFixed(0)} | ${(calkit[0] ?? 0).toFixed(0)} | ${(median(calkit) / median(baseline)).toFixed(2)} |`,
);
reportGoal({
  what: "`pnpm generate` wall, fresh process, spec unchanged (result cache)",
  measured: Number((median(wallCached) / median(wallBaseline)).toFixed(2)),
  goal: 1,
  unit: "×",
  baseline: `openapi-typescript CLI, ${median(wallBaseline).toFixed(0)} ms (hey-api, the issue's baseline, needs Node 22)`,
});
reportGoal({
  what: "`pnpm generate` wall, fresh process, everything computed (--no-cache)",
  measured: Number((median(wallCold) / median(wallBaseline)).toFixed(2)),
  goal: 1,
  unit: "×",
  baseline: `openapi-typescript CLI, ${median(wallBaseline).toFixed(0)} ms`,
});
