/**
 * createGuard: an agent's policy in front of a Cal.com client and the tool executor. The policy
 * and the audit log are hooks on the client's one request path, added once: a denied call never
 * reaches the network, and every call, allowed or denied, is written to the audit log.
 */
import type { CalClient } from "@calkit/client";
import {
  type ExecuteOptions,
  executeToolCall,
  type ToolCallResult,
  toolDefinitions,
} from "@calkit/tools";
import type { Approver } from "./approval.js";
import type { AuditLog } from "./audit.js";
import { createAuditHook } from "./audit-hook.js";
import { type Decision, mayUse } from "./decide.js";
import type { PolicyFile } from "./policy.js";
import { createPolicyCheck } from "./policy-hook.js";
import type { RenderOptions } from "./sentence.js";

export { PolicyDeniedError } from "./policy-hook.js";

export interface GuardOptions extends RenderOptions {
  policy: PolicyFile;
  agent: string;
  /** The client calls go through (its own credentials; the guard adds none). */
  client: CalClient;
  audit?: AuditLog;
  now?: () => Date;
  /** Decides the calls the policy `ask`s about; without one they are denied. */
  approve?: Approver;
}

/**
 * A client's operation methods, `invoke` and table, without `raw` (which no policy could see) and
 * without `withHooks` (which would hand out a client with `raw`).
 */
export type GuardedClient = Omit<CalClient, "raw" | "withHooks">;

export interface Guard {
  readonly agent: string;
  /** A client with the same methods, each checked against the policy and audited. */
  readonly client: GuardedClient;
  /**
   * The tool executor behind the policy: arguments are validated first, then the policy decides;
   * a denial comes back as `{ ok: false, error: { kind: "not_allowed", retryable: false, message } }`.
   */
  execute(
    name: string,
    args: unknown,
    options?: Omit<ExecuteOptions, "client">,
  ): Promise<ToolCallResult>;
  /** The full decision (booking lookups included) without calling anything or writing the log. */
  check(operationId: string, args?: Record<string, unknown>): Promise<Decision>;
}

export function createGuard(options: GuardOptions): Guard {
  const { policy, agent, client, audit } = options;
  const policyCheck = createPolicyCheck({
    policy,
    agent,
    lookupClient: client,
    now: options.now ?? (() => new Date()),
    ...(options.approve ? { approve: options.approve } : {}),
  });
  // The audit hook comes first so that it also records the policy's refusals.
  const hooks = audit
    ? [createAuditHook(audit, agent, options), policyCheck.hook]
    : [policyCheck.hook];
  const { raw: _raw, withHooks: _withHooks, ...guarded } = client.withHooks(...hooks);
  const guardedClient: GuardedClient = Object.freeze(guarded);

  /**
   * A tool the policy forbids outright is left to the policy hook, which refuses and audits it,
   * rather than turned away unrecorded by a tool selection that (built from the policy) hides it.
   */
  function forbiddenByLevels(name: string): boolean {
    const tool = toolDefinitions.find((t) => t.name === name || t.operationId === name);
    return tool !== undefined && !mayUse(policy, agent, tool.operationId);
  }

  return {
    agent,
    client: guardedClient,
    // The executor validates first: malformed arguments are explained, and nothing is decided,
    // looked up or sent for them.
    execute: (name, args, executeOptions = {}) =>
      executeToolCall(name, args, {
        ...executeOptions,
        ...(forbiddenByLevels(name) ? { tools: toolDefinitions } : {}),
        client: guardedClient,
      }),
    check: policyCheck.check,
  };
}
