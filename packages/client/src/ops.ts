/**
 * @calkit/client/ops — one function per operation, for apps that care about size: a bundler keeps
 * only the operations an app calls (and their table entries), not all of them, and of auth, rate
 * limiting and hooks only what it imports.
 * @example
 *   import { apiKeyAuth, createCalRuntime, meGet } from "@calkit/client/ops";
 *   const cal = createCalRuntime({ auth: apiKeyAuth(process.env.CAL_API_KEY) });
 *   const me = await meGet(cal);
 */
import { CalConfigError } from "./core/errors.js";
import { type CallHook, withCallHooks } from "./core/hooks.js";
import type { CalRuntimeOptions } from "./core/options.js";
import { buildRuntime, type Runtime, type RuntimeDeps } from "./core/runtime.js";

const VALUE_OPTIONS = [
  ["apiKey", "auth: apiKeyAuth(key)"],
  ["oauth", "auth: oauthAuth({...})"],
  ["platform", "auth: platformAuth({...})"],
  ["hooks", "withHooks(runtime, ...hooks)"],
  ["rateLimit", "rateLimit: rateLimiter()"],
] as const;

/**
 * What the operation functions call: auth, version header, timeout, retries and rate limit, as
 * `createCalClient` has them, without the methods of every operation. Credentials come as a
 * strategy (`auth: apiKeyAuth(key)`, `oauthAuth({...})` or `platformAuth({...})`), the limiter as
 * `rateLimit: rateLimiter()` and hooks through `withHooks`, so an app carries only what it
 * imports. Throws CalConfigError here, before any request, when credentials or options are
 * unusable.
 * (`apiVersions` overrides are not checked against the table here, which would bundle it whole.)
 */
export function createCalRuntime(options: CalRuntimeOptions = {}, deps?: RuntimeDeps): Runtime {
  // createCalClient's value options, passed here from JavaScript: say what to import instead.
  for (const [key, instead] of VALUE_OPTIONS) {
    const value = (options as Record<string, unknown>)[key];
    if (value !== undefined && typeof value !== "function") {
      throw new CalConfigError(`createCalRuntime takes no ${key} value; use ${instead}`);
    }
  }
  return buildRuntime(options, options.auth, deps);
}

/** What `withHooks` made each runtime from, so more hooks go after the ones it has. */
const hooked = new WeakMap<Runtime, { base: Runtime; hooks: readonly CallHook[] }>();

/**
 * A copy of `cal` whose calls also pass through `hooks`, after the ones it already has (as
 * `client.withHooks(...)` does); `cal` keeps its own. See CallHook for the order they run in.
 */
export function withHooks(cal: Runtime, ...hooks: CallHook[]): Runtime {
  const made = hooked.get(cal);
  const base = made?.base ?? cal;
  const all = [...(made?.hooks ?? []), ...hooks];
  const runtime = withCallHooks(base, all);
  hooked.set(runtime, { base, hooks: all });
  return runtime;
}

export {
  type AuthStrategy,
  apiKeyAuth,
  type CredentialDeps,
  type Credentials,
} from "./core/auth.js";
export type { CallHook, CallOutcome, HookedCall } from "./core/hooks.js";
export { oauthAuth } from "./core/oauth.js";
export type {
  CallOptions,
  CalRuntimeOptions,
  OAuthOptions,
  OAuthTokens,
  PlatformCredentials,
} from "./core/options.js";
export { platformAuth } from "./core/platform.js";
export { type RateLimitStrategy, rateLimiter } from "./core/rate-limiter.js";
export type { Runtime } from "./core/runtime.js";
export * from "./generated/ops.gen.js";
