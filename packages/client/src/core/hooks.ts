/**
 * Hooks on the one request path: every call, whether it comes from `cal.bookings.create(...)`,
 * `cal.invoke("bookings.create", ...)`, a page of `.all()` or a tool call, passes through the same
 * `invoke`, and hooks see it there. A `before` hook may refuse the call (by throwing: nothing is
 * sent) or hold it (by awaiting); an `after` hook sees the outcome and its timing. Hooks nest like
 * middleware: `after` runs for each hook whose `before` was entered, the innermost first, so a hook
 * listed first (an audit log) also sees the refusals of the hooks listed after it (a policy).
 */
import { CalApiError, CalConnectionError, CalError } from "./errors.js";
import type { OperationMeta } from "./operation.js";
import type { CallOptions } from "./options.js";
import type { Runtime } from "./runtime.js";
import type { Warn } from "./warnings.js";

/** One call as hooks see it. */
export interface HookedCall {
  readonly operation: OperationMeta;
  /**
   * The arguments that will be sent: a plain copy made before the first hook, so what a hook
   * decided on is exactly what goes out (a getter or a later change by the caller cannot differ).
   */
  readonly args: Readonly<Record<string, unknown>>;
  readonly options: Readonly<CallOptions>;
  /** Values hooks of this call share with each other (a policy's decision for an audit log). */
  readonly state: Map<unknown, unknown>;
  /** `Date.now()` when the call entered the first hook. */
  readonly startedAt: number;
}

export type CallOutcome =
  | { readonly ok: true; readonly data: unknown; readonly durationMs: number }
  | {
      readonly ok: false;
      readonly error: unknown;
      readonly durationMs: number;
      /** Whether the request may have reached Cal.com (false when a hook or a check refused it). */
      readonly mayHaveReachedServer: boolean;
    };

export interface CallHook {
  /** Shown in warnings when the hook fails after a call. */
  readonly name?: string;
  /** Throw to refuse the call (a CalError, e.g. CalRefusedError); await to hold it. */
  before?(call: HookedCall): void | Promise<void>;
  /**
   * Sees the outcome. It cannot change it: an error thrown here is reported as a warning and the
   * caller still gets Cal.com's answer (a success at Cal.com is never turned into a failure).
   */
  after?(call: HookedCall, outcome: CallOutcome): void | Promise<void>;
}

/** A runtime whose `invoke` runs `hooks` around `base.invoke`; `base` itself when there are none. */
export function withCallHooks(base: Runtime, hooks: readonly CallHook[]): Runtime {
  if (hooks.length === 0) return base;
  const list = [...hooks];
  const { now, warn } = base;

  async function invoke(
    meta: OperationMeta,
    args?: Record<string, unknown>,
    options: CallOptions = {},
  ): Promise<unknown> {
    const startedAt = now();
    const call: HookedCall = {
      operation: meta,
      args: plainCopy(args),
      options,
      state: new Map(),
      startedAt,
    };
    let entered = 0;
    let sending = false;
    let outcome: CallOutcome;
    try {
      for (const hook of list) {
        entered++;
        await hook.before?.(call);
      }
      sending = true;
      // The copy the hooks saw is what is sent (the runtime only reads it).
      const data = await base.invoke(meta, call.args as Record<string, unknown>, options);
      outcome = { ok: true, data, durationMs: now() - startedAt };
    } catch (error) {
      const sent = sending && mayHaveReachedServer(error);
      outcome = { ok: false, error, durationMs: now() - startedAt, mayHaveReachedServer: sent };
    }
    for (const hook of list.slice(0, entered).reverse()) {
      await runAfter(hook, call, outcome, warn);
    }
    if (outcome.ok) return outcome.data;
    throw outcome.error;
  }

  return {
    invoke,
    warn,
    now,
  };
}

async function runAfter(hook: CallHook, call: HookedCall, outcome: CallOutcome, warn: Warn) {
  try {
    await hook.after?.(call, outcome);
  } catch (error) {
    warn({
      code: "CALKIT_HOOK_FAILED",
      operationId: call.operation.id,
      message: `${call.operation.id}: the after hook${hook.name ? ` "${hook.name}"` : ""} failed (${errorName(error)}); the call's outcome stands`,
    });
  }
}

/** Errors thrown before the request left (checks, refusals) prove nothing was sent. */
function mayHaveReachedServer(error: unknown): boolean {
  if (error instanceof CalApiError) return true;
  if (error instanceof CalConnectionError) return error.requestMayHaveReachedServer;
  return !(error instanceof CalError);
}

function plainCopy(args: Record<string, unknown> | undefined): Record<string, unknown> {
  return args === undefined ? {} : structuredClone(args);
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
