/**
 * Generation time, two ways, against the baseline hey-api/openapi-ts (on Node 22, installed
 * by ./hey-api.ts) and against openapi-typescript, on the same spec:
 * - wall time of a fresh process, as a maintainer running `pnpm generate --check` feels it (its
 *   entry, packages/generator/bin/generate.mjs, in plain Node), three ways: everything computed
 *   (`--no-cache`); the run after a change to the generator (the whole-run record deleted, so
 *   only openapi-typescript's output comes from the result cache); and nothing changed (the
 *   whole-run skip). The hey-api and openapi-typescript CLIs are the baselines, measured in the
 *   same rounds: each round runs every command once, so a machine that gets busier slows them all
 *   alike (when hey-api cannot be installed, the goals fall back to openapi-typescript);
 * - in one process after a warm-up (module loading and JIT excluded): median of several runs.
 * Run: pnpm exec tsx scripts/bench/generate.ts [runs]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { CACHE_DIR, MANIFEST_FILE } from "../../packages/generator/bin/run-manifest.mjs";
import { generate, readSpec } from "../../packages/generator/src/index";
import { reportGoal } from "./goal";
import { HEY_API_LABEL, heyApi } from "./hey-api";

const runs = Number(process.argv[2] ?? 7);
const ROOT = resolve(import.meta.dirname, "../..");
const SPEC = join(ROOT, "spec/openapi.yaml");
const spec = readSpec(SPEC);

/** Wall milliseconds of `node <args>` in the repository root; fails loudly if the command does. */
function wall(args: string[], node = process.execPath): number {
  const start = performance.now();
  const result = spawnSync(node, args, { cwd: ROOT, encoding: "utf8" });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${node} ${args.join(" ")} failed: ${result.stderr}`);
  return ms;
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
const generator = ["packages/generator/bin/generate.mjs", "--check", "--quiet"];
const manifest = join(ROOT, CACHE_DIR, MANIFEST_FILE);
const openapiTsCli = join(ROOT, "packages/generator/node_modules/openapi-typescript/bin/cli.js");
const hey = heyApi(ROOT);
const heyCommand = hey.available ? hey.command(SPEC, join(out, "hey-api")) : undefined;
const commands = {
  ...(heyCommand ? { heyApi: () => wall(heyCommand.slice(1), heyCommand[0]) } : {}),
  baseline: () => wall([openapiTsCli, SPEC, "-o", join(out, "schema.ts")]),
  cold: () => wall([...generator, "--no-cache"]),
  cached: () => {
    rmSync(manifest, { force: true });
    return wall(generator); // and records the run again, for the whole-run skip below
  },
  skip: () => wall(generator),
};
wall(generator); // fills the result cache and records the run if a previous run did not
const walls = {
  heyApi: [] as number[],
  baseline: [] as number[],
  cold: [] as number[],
  cached: [] as number[],
  skip: [] as number[],
};
const loads: number[] = [];
for (let round = 0; round < processRuns; round++) {
  loads.push(loadavg()[0] ?? 0);
  for (const [name, run] of Object.entries(commands)) walls[name as keyof typeof walls].push(run());
}
for (const samples of Object.values(walls)) samples.sort((a, b) => a - b);
rmSync(out, { recursive: true, force: true });
const wallBaseline = walls.baseline;
// The goals' baseline: hey-api, the issue's, when it could be installed.
const goalBaseline = heyCommand ? walls.heyApi : wallBaseline;

const baseline = await time(async () =>
  astToString(await openapiTS(structuredClone(spec) as never, { alphabetize: true })),
);
const calkit = await time(() => generate(spec));

console.log(
  `generation benchmark · node ${process.version} · ${cpus()[0]?.model ?? "cpu"} ×${cpus().length} · ${new Date().toISOString().slice(0, 10)} · ${runs} runs`,
);
console.log("");
console.log(
  `Wall time of a fresh process, ${processRuns} rounds of every command (1-minute load average at the rounds' starts: ${loads.map((l) => l.toFixed(1)).join(", ")} on ${cpus().length} cores):`,
);
console.log(
  "| command | median ms | min ms | ratio to hey-api CLI | ratio to openapi-typescript CLI |",
);
console.log("|---|---:|---:|---:|---:|");
const heyRatio = (xs: number[]) =>
  heyCommand ? (median(xs) / median(walls.heyApi)).toFixed(2) : "–";
const wallRow = (name: string, xs: number[]) =>
  console.log(
    `| ${name} | ${median(xs).toFixed(0)} | ${(xs[0] ?? 0).toFixed(0)} | ${heyRatio(xs)} | ${(median(xs) / median(wallBaseline)).toFixed(2)} |`,
  );
if (heyCommand)
  wallRow(`${HEY_API_LABEL}, spec/openapi.yaml → client and types (baseline)`, walls.heyApi);
wallRow("openapi-typescript CLI, spec/openapi.yaml → schema.ts (baseline)", wallBaseline);
wallRow("calkit generate --check --no-cache (everything computed)", walls.cold);
wallRow(
  "calkit generate --check after a generator change (openapi-typescript's output from the result cache)",
  walls.cached,
);
wallRow("calkit generate --check, nothing changed (whole-run skip)", walls.skip);
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
if (!hey.available) console.log(`\nhey-api not measured: ${hey.why}.`);
const ratio = (xs: number[]) => Number((median(xs) / median(goalBaseline)).toFixed(2));
const baselineNote = heyCommand
  ? `${HEY_API_LABEL}, ${median(goalBaseline).toFixed(0)} ms in the same rounds`
  : `openapi-typescript CLI, ${median(goalBaseline).toFixed(0)} ms in the same rounds (hey-api could not be installed)`;
reportGoal({
  what: "`pnpm generate --check` wall, fresh process, everything computed (--no-cache)",
  measured: ratio(walls.cold),
  goal: 1,
  unit: "×",
  baseline: baselineNote,
});
reportGoal({
  what: "`pnpm generate --check` wall, fresh process, after a generator change (result cache)",
  measured: ratio(walls.cached),
  goal: 1,
  unit: "×",
  baseline: baselineNote,
});
reportGoal({
  what: "`pnpm generate --check` wall, fresh process, nothing changed (whole-run skip)",
  measured: ratio(walls.skip),
  goal: 1,
  unit: "×",
  baseline: baselineNote,
});
