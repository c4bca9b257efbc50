/**
 * TypeScript types of an OpenAPI document by openapi-typescript, through the result cache: the
 * library (with the TypeScript compiler and Redocly it loads, most of a cold run) is loaded only
 * when the document, the options or an installed version changed since the cached run, and then in
 * a worker thread, so that loading and running it overlaps with the ts-morph emitters on the main
 * thread. The worker is started by the first miss (or by `startOpenapiTypes()` when a miss is
 * known to be coming) and does not keep the process alive once nothing is pending.
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { OpenAPITSOptions } from "openapi-typescript";
import type { Json } from "./json";
import { cacheKey, installed, type ResultCache } from "./result-cache";

let versions: string | undefined;

/** What the printed types depend on besides the document and the options (read once a run). */
function libraryVersions(): string {
  if (versions === undefined) {
    const own = installed("openapi-typescript");
    const deps = ["typescript", "@redocly/openapi-core"].map((name) =>
      installed(name, own.manifest),
    );
    versions = [own, ...deps].map((lib) => lib.id).join(" ");
  }
  return versions;
}

/** The cache key of one call, or undefined without a cache. */
function keyOf(document: Json, options: OpenAPITSOptions, cache?: ResultCache): string | undefined {
  return cache
    ? cacheKey(libraryVersions(), JSON.stringify(options), JSON.stringify(document))
    : undefined;
}

/**
 * True when it is known ahead that `openapiTypes(document, options, cache)` will run
 * openapi-typescript: there is no cache, or the cache says (`has`) that it holds no result.
 */
export function openapiTypesWillRun(
  document: Json,
  options: OpenAPITSOptions,
  cache?: ResultCache,
): boolean {
  const key = keyOf(document, options, cache);
  if (key === undefined || cache === undefined) return true;
  return cache.has !== undefined && !cache.has(key);
}

export async function openapiTypes(
  document: Json,
  options: OpenAPITSOptions,
  cache?: ResultCache,
): Promise<string> {
  const key = keyOf(document, options, cache);
  const cached = key ? cache?.get(key) : undefined;
  if (cached !== undefined) return cached;
  // Posting the document copies it: openapi-typescript annotates the object it is given.
  const text = await startOpenapiTypes().run(document, options);
  if (key) cache?.set(key, text);
  return text;
}

/**
 * The worker's code (CommonJS, evaluated as is): it loads openapi-typescript (its CommonJS build,
 * so that Node does not scan the TypeScript compiler for named exports) and answers each
 * `{ id, document, options }` with `{ id, text }` or `{ id, error }`.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require("node:worker_threads");
const { default: openapiTS, astToString } = require(workerData.entry);
parentPort.on("message", async ({ id, document, options }) => {
  try {
    parentPort.postMessage({ id, text: astToString(await openapiTS(document, options)) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
`;

interface OpenapiTypesWorker {
  run(document: Json, options: OpenAPITSOptions): Promise<string>;
}

let running: OpenapiTypesWorker | undefined;

/** The worker thread running openapi-typescript, started (loading the library) if it is not. */
export function startOpenapiTypes(): OpenapiTypesWorker {
  if (running) return running;
  const worker = new Worker(WORKER_CODE, {
    eval: true,
    workerData: { entry: createRequire(import.meta.url).resolve("openapi-typescript") },
  });
  const pending = new Map<number, { resolve(text: string): void; reject(error: Error): void }>();
  let next = 0;
  const idle = () => {
    if (pending.size === 0) worker.unref();
  };
  worker.on("message", ({ id, text, error }: { id: number; text?: string; error?: string }) => {
    const job = pending.get(id);
    pending.delete(id);
    if (error !== undefined) job?.reject(new Error(`openapi-typescript failed: ${error}`));
    else job?.resolve(text as string);
    idle();
  });
  const fail = (error: Error) => {
    running = undefined;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`openapi-typescript's worker exited (${code})`)));
  worker.unref(); // loading alone does not keep the process alive
  running = {
    run(document, options) {
      const id = next++;
      const result = new Promise<string>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker.ref();
      worker.postMessage({ id, document, options });
      return result;
    },
  };
  return running;
}
