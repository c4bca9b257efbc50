/**
 * Bundle size: a one-operation app (GET /v2/me) with @calkit/client against the same app with bare
 * openapi-fetch (the baseline: the library the client is built on, headers written by hand) and
 * with nothing but fetch. Same esbuild settings for all (scripts/bundle-app.ts: browser ESM,
 * minified, tree-shaken, gzip -9), from the BUILT packages (`pnpm build` first). Sizes are
 * deterministic: one build each, no medians needed.
 * Run: pnpm exec tsx scripts/bench/bundle.ts
 */
import { bundleApp, CALKIT_APP, CALKIT_OPS_APP, FETCH_APP, OPENAPI_FETCH_APP } from "../bundle-app";
import { reportGoal } from "./goal";

/** Issue #16's goal for the one-operation app, min+gz. */
const GOAL_BYTES = 6144;

const apps = [
  { name: "bare openapi-fetch (baseline)", source: OPENAPI_FETCH_APP },
  { name: "@calkit/client: createCalClient + cal.me.get()", source: CALKIT_APP },
  { name: "@calkit/client/ops: createCalRuntime + apiKeyAuth + meGet()", source: CALKIT_OPS_APP },
  { name: "raw fetch, no library", source: FETCH_APP },
] as const;

const sizes = await Promise.all(apps.map((app) => bundleApp(app.source)));
const [baseline, calkit, calkitOps] = sizes as [
  (typeof sizes)[0],
  (typeof sizes)[0],
  (typeof sizes)[0],
];

console.log(
  `bundle size of a one-operation app · esbuild, platform browser, ESM, minify, tree-shaking, gzip -9 · ${new Date().toISOString().slice(0, 10)}\n`,
);
console.log("| app | minified B | min+gz B | min+gz ratio to openapi-fetch |");
console.log("|---|---:|---:|---:|");
for (const [index, app] of apps.entries()) {
  const size = sizes[index] as (typeof sizes)[0];
  console.log(
    `| ${app.name} | ${size.minified} | ${size.gzipped} | ${(size.gzipped / baseline.gzipped).toFixed(2)} |`,
  );
}
console.log(
  `\ncreateCalClient adds ${calkit.gzipped - baseline.gzipped} B gzipped over bare openapi-fetch: the operation table and bound methods of every operation (one object, so tree-shaking keeps them all), the code of every kind of credential (options are values, not imports), plus retries, timeouts, errors, hooks, the limiter and pagination. Through @calkit/client/ops the app keeps one operation, the API-key strategy it imports, and no openapi-fetch, OAuth, scope check, limiter or hooks: ${calkitOps.gzipped} B, ${calkitOps.gzipped <= GOAL_BYTES ? `within the goal of ${GOAL_BYTES} B by ${GOAL_BYTES - calkitOps.gzipped} B` : `${calkitOps.gzipped - GOAL_BYTES} B over the goal of ${GOAL_BYTES} B`}. What remains is what every call needs: errors, retries, timeouts, redaction, the envelope, request building and option checks.`,
);
console.log("\nLargest inputs of the createCalClient app (bytes in the minified output):\n");
console.log("| input | bytes |");
console.log("|---|---:|");
for (const input of calkit.inputs.slice(0, 5)) console.log(`| ${input.path} | ${input.bytes} |`);
reportGoal({
  what: "one-operation app through @calkit/client/ops (API key), min+gz",
  measured: calkitOps.gzipped,
  goal: GOAL_BYTES,
  unit: "B",
  baseline: `bare openapi-fetch app: ${baseline.gzipped} B`,
});
