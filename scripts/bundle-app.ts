/**
 * Bundles a small application the way a web app's build would (esbuild: ESM for the browser,
 * minified, tree-shaken) from the BUILT packages, and measures it minified and gzipped. Used by
 * `pnpm size` (the client's budget) and scripts/bench/bundle.ts.
 */
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { ROOT } from "./published-packages";

/** An app that imports createCalClient and makes one call: what the size budget holds. */
export const CALKIT_APP = `
import { createCalClient } from "@calkit/client";
const cal = createCalClient({ apiKey: globalThis.CAL_API_KEY });
cal.me.get().then((me) => console.log(me.username));
`;

/** The same call through `@calkit/client/ops`: one operation function and the API-key strategy, tree-shaken. */
export const CALKIT_OPS_APP = `
import { apiKeyAuth, createCalRuntime, meGet } from "@calkit/client/ops";
const cal = createCalRuntime({ auth: apiKeyAuth(globalThis.CAL_API_KEY) });
meGet(cal).then((me) => console.log(me.username));
`;

/** The same call with bare openapi-fetch (the library the client is built on), typed headers by hand. */
export const OPENAPI_FETCH_APP = `
import createClient from "openapi-fetch";
const client = createClient({ baseUrl: "https://api.cal.com" });
client
  .GET("/v2/me", { headers: { authorization: "Bearer " + globalThis.CAL_API_KEY, "cal-api-version": "2024-08-13" } })
  .then(({ data }) => console.log(data.data.username));
`;

/** The same call with nothing but fetch. */
export const FETCH_APP = `
fetch("https://api.cal.com/v2/me", { headers: { authorization: "Bearer " + globalThis.CAL_API_KEY, "cal-api-version": "2024-08-13" } })
  .then((response) => response.json())
  .then((body) => console.log(body.data.username));
`;

export interface BundleSize {
  minified: number;
  gzipped: number;
  /** The bundled code itself, when asked for (`keepCode`). */
  code?: string;
  /** Bytes each input file contributes to the output, largest first. */
  inputs: { path: string; bytes: number }[];
}

/**
 * `@calkit/<name>[/<entry>]` imported by the app resolves to packages/<name>/dist/<entry or
 * index>.js, as an installed package's exports would.
 */
const builtCalkit: Plugin = {
  name: "calkit-dist",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@calkit\/[a-z-]+(\/[a-z-]+)?$/ }, (args) => {
      const [name, entry = "index"] = args.path.slice("@calkit/".length).split("/");
      return { path: join(ROOT, "packages", name ?? "", "dist", `${entry}.js`) };
    });
  },
};

export async function bundleApp(
  source: string,
  { keepCode = false }: { keepCode?: boolean } = {},
): Promise<BundleSize> {
  const result = await build({
    stdin: {
      contents: source,
      loader: "js",
      sourcefile: "app.js",
      resolveDir: join(ROOT, "packages/client"),
    },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    treeShaking: true,
    legalComments: "none",
    metafile: true,
    logLevel: "silent",
    plugins: [builtCalkit],
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output?.inputs ?? {})
    .map(([path, { bytesInOutput }]) => ({
      path: path.replace(/^.*node_modules\//, ""),
      bytes: bytesInOutput,
    }))
    .sort((a, b) => b.bytes - a.bytes);
  return {
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    inputs,
    ...(keepCode ? { code: new TextDecoder().decode(code) } : {}),
  };
}
