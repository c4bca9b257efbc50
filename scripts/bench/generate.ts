/**
 * Generation time: the whole generator (model + every emitter) against openapi-typescript alone
 * on the same spec, in one process. Median of several runs after a warm-up.
 * Run: pnpm exec tsx scripts/bench/generate.ts [runs]
 */
import { cpus } from "node:os";
import { resolve } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { generate, readSpec } from "../../packages/generator/src/index";

const runs = Number(process.argv[2] ?? 7);
const spec = readSpec(resolve(import.meta.dirname, "../../spec/openapi.yaml"));

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

const baseline = await time(async () =>
  astToString(await openapiTS(structuredClone(spec) as never, { alphabetize: true })),
);
const calkit = await time(() => generate(spec));

console.log(
  `generation benchmark · node ${process.version} · ${cpus()[0]?.model ?? "cpu"} ×${cpus().length} · ${new Date().toISOString().slice(0, 10)} · ${runs} runs`,
);
console.log("| task | median ms | min ms | ratio to openapi-typescript |");
console.log("|---|---:|---:|---:|");
console.log(
  `| openapi-typescript alone (baseline) | ${median(baseline).toFixed(0)} | ${(baseline[0] ?? 0).toFixed(0)} | 1.00 |`,
);
console.log(
  `| calkit generate (model + all emitters) | ${median(calkit).toFixed(0)} | ${(calkit[0] ?? 0).toFixed(0)} | ${(median(calkit) / median(baseline)).toFixed(2)} |`,
);
