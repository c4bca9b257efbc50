/**
 * @calkit/client/ops — one function per operation, for apps that care about size: a bundler keeps
 * only the operations an app calls (and their table entries), not all of them.
 * @example
 *   import { createCalRuntime, meGet } from "@calkit/client/ops";
 *   const cal = createCalRuntime({ apiKey: process.env.CAL_API_KEY });
 *   const me = await meGet(cal);
 */
import { withCallHooks } from "./core/hooks.js";
import type { CalClientOptions } from "./core/options.js";
import { createRuntime, type Runtime, type RuntimeDeps } from "./core/runtime.js";

/**
 * What the operation functions call: auth, version header, timeout, retries, rate limit and
 * `hooks`, as `createCalClient` has them, without the methods of every operation. Throws
 * CalConfigError here, before any request, when credentials or options are unusable.
 * (`apiVersions` overrides are not checked against the table here, which would bundle it whole.)
 */
export function createCalRuntime(options: CalClientOptions = {}, deps?: RuntimeDeps): Runtime {
  return withCallHooks(createRuntime(options, deps), options.hooks ?? []);
}

export type { CallHook, CallOutcome, HookedCall } from "./core/hooks.js";
export type { CalClientOptions, CallOptions } from "./core/options.js";
export type { Runtime } from "./core/runtime.js";
export * from "./generated/ops.gen.js";
