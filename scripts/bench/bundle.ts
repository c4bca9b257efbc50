/**
 * Bundle size: a one-operation app (GET /v2/me) with @calkit/client against the same app with bare
 * openapi-fetch (the baseline: the library the client is built on, headers written by hand) and
 * with nothing but fetch. Same esbuild settings for all (scripts/bundle-app.ts: browser ESM,
 * minified, tree-shaken, gzip -9), from the BUILT packages (`pnpm build` first). Sizes are
 * deterministic: one build each, no medians needed.
 * Run: pnpm exec tsx scripts/bench/bundle.ts
 */
import { bundleApp, CALKIT_APP, FETCH_APP, OPENAPI_FETCH_APP } from "../bundle-app";

const apps = [
  { name: "bare openapi-fetch (baseline)", source: OPENAPI_FETCH_APP },
  { name: "@calkit/client: createCalClient + cal.me.get()", source: CALKIT_APP },
  { name: "raw fetch, no library", source: FETCH_APP },
] as const;

const sizes = await Promise.all(apps.map((app) => bundleApp(app.source)));
const [baseline, calkit] = sizes as [(typeof sizes)[0], (typeof sizes)[0]];

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
  `\ncalkit adds ${calkit.gzipped - baseline.gzipped} B gzipped (${calkit.minified - baseline.minified} B minified) over bare openapi-fetch: the operation table and bound methods of all 41 operations (\`createCalClient\` returns them in one object, so tree-shaking keeps them all), plus auth, retries, timeouts, errors and pagination.`,
);
console.log("\nLargest inputs of the calkit app (bytes in the minified output):\n");
console.log("| input | bytes |");
console.log("|---|---:|");
for (const input of calkit.inputs.slice(0, 5)) console.log(`| ${input.path} | ${input.bytes} |`);
