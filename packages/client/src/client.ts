/** createCalClient: the generated operation methods over the hand-written runtime. */
import type { Client } from "openapi-fetch";
import { checkApiVersions } from "./core/api-versions.js";
import { CalConfigError } from "./core/errors.js";
import { type CallHook, withCallHooks } from "./core/hooks.js";
import type { OperationMeta } from "./core/operation.js";
import { type CalClientOptions, type CallOptions, resolveOptions } from "./core/options.js";
import { createRawClient } from "./core/raw.js";
import { createRuntime, type Runtime, type RuntimeDeps } from "./core/runtime.js";
import {
  bindOperations,
  type CalOperations,
  type OperationSignatures,
} from "./generated/client.gen.js";
import { type OperationId, operations } from "./generated/operations.gen.js";
import type { paths } from "./generated/schema.gen.js";

export type CalClient = CalOperations & {
  /**
   * Any operation by its id, through the same path as the methods (hooks, auth, retries):
   * `cal.invoke("bookings.get", { bookingUid })` is `cal.bookings.get({ bookingUid })`.
   */
  invoke<Id extends OperationId>(
    operationId: Id,
    args?: OperationSignatures[Id]["args"],
    options?: CallOptions,
  ): Promise<OperationSignatures[Id]["result"]>;
  /** A copy of this client whose calls also pass through `hooks` (after the ones it has). */
  withHooks(...hooks: CallHook[]): CalClient;
  /**
   * The openapi-fetch client underneath, typed with every path of the spec, for anything unusual.
   * Calls made on it get no credentials, version header, retries, hooks or envelope unwrapping.
   */
  readonly raw: Client<paths>;
  /** The operation table: every fact of every operation (method, path, version, scopes, targets). */
  readonly operations: typeof operations;
};

/**
 * A typed Cal.com API v2 client: `cal.<resource>.<verb>(args, options)` for every operation.
 * Throws CalConfigError here, before any request, when credentials or options are unusable.
 */
export function createCalClient(options: CalClientOptions = {}, deps?: RuntimeDeps): CalClient {
  checkApiVersions(options.apiVersions, operations);
  const raw = createRawClient(resolveOptions(options)) as Client<paths>;
  return clientOver(createRuntime(options, deps), options.hooks ?? [], raw);
}

/** Binds the methods once over `base` with `hooks`; nothing is rebuilt per call. */
function clientOver(base: Runtime, hooks: readonly CallHook[], raw: Client<paths>): CalClient {
  const runtime = withCallHooks(base, hooks);
  return Object.freeze({
    ...bindOperations(runtime),
    invoke: async (operationId: string, args?: Record<string, unknown>, options?: CallOptions) =>
      runtime.invoke(operationMeta(operationId), args, options),
    withHooks: (...more: CallHook[]) => clientOver(base, [...hooks, ...more], raw),
    raw,
    operations,
  }) as CalClient;
}

function operationMeta(operationId: string): OperationMeta {
  if (typeof operationId === "string" && Object.hasOwn(operations, operationId))
    return operations[operationId as OperationId];
  throw new CalConfigError(
    `"${String(operationId).slice(0, 80)}" is not an operation of this client; see client.operations for the ids`,
  );
}
