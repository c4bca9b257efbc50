/** createCalClient: the generated operation methods over the hand-written runtime. */
import type { Client } from "openapi-fetch";
import { checkApiVersions } from "./core/api-versions.js";
import type { CalClientOptions } from "./core/options.js";
import { createRuntime, type RuntimeDeps } from "./core/runtime.js";
import { bindOperations, type CalOperations } from "./generated/client.gen.js";
import { operations } from "./generated/operations.gen.js";
import type { paths } from "./generated/schema.gen.js";

export type CalClient = CalOperations & {
  /**
   * The openapi-fetch client underneath, typed with every path of the spec, for anything unusual.
   * Calls made on it get no credentials, version header, retries or envelope unwrapping.
   */
  readonly raw: Client<paths>;
  /** Runtime metadata of every operation (method, path, version, scopes, idempotency). */
  readonly operations: typeof operations;
};

/**
 * A typed Cal.com API v2 client: `cal.<resource>.<verb>(args, options)` for all 41 operations.
 * Throws CalConfigError here, before any request, when credentials or options are unusable.
 */
export function createCalClient(options: CalClientOptions = {}, deps?: RuntimeDeps): CalClient {
  checkApiVersions(options.apiVersions, operations);
  const runtime = createRuntime(options, deps);
  return Object.freeze({
    ...bindOperations(runtime),
    raw: runtime.raw as Client<paths>,
    operations,
  });
}
