/**
 * Changes the admin page makes to an agent's policy: a resource's level (a matrix cell) or one
 * operation's rule. Each change is checked against the policy schema, written as a new policy
 * revision (in force on the agent's next call), and recorded in the audit log with who made it.
 */
import { type OperationMeta, operations } from "@calkit/client";
import {
  type AccessLevel,
  type AgentPolicy,
  type OperationRule,
  parsePolicy,
  resourceWords,
} from "@calkit/guard";
import { adminRecord } from "../admin-record.js";
import type { GatewayAuditRecord } from "../audit-record.js";
import { policyFileOf } from "../policy-file.js";
import { type AgentRow, setAgentPolicy } from "../store/agents.js";
import type { Sql } from "../store/sql.js";

export const LEVELS: readonly AccessLevel[] = ["off", "read", "ask", "full"];
export const RULES: readonly OperationRule[] = ["allow", "ask", "deny"];

/** The matrix's columns in the order people think of them; any other resource follows. */
const COLUMN_ORDER = [
  "bookings",
  "slots",
  "eventTypes",
  "schedules",
  "calendars",
  "me",
  "teams",
  "webhooks",
  "orgUsers",
];
const allOperations = Object.values(operations) as OperationMeta[];
export const RESOURCES: readonly string[] = [...new Set(allOperations.map((o) => o.resource))].sort(
  (a, b) => rank(a) - rank(b) || a.localeCompare(b),
);
export const OPERATION_IDS: readonly string[] = allOperations.map((o) => o.id).sort();

function rank(resource: string): number {
  const at = COLUMN_ORDER.indexOf(resource);
  return at === -1 ? COLUMN_ORDER.length : at;
}

/** "Event types", "Profile": a resource as a column heading. */
export function resourceLabel(resource: string): string {
  const words = resourceWords(resource).replace(/^the /, "");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function levelLabel(level: string): string {
  return level.charAt(0).toUpperCase() + level.slice(1);
}

export const RULE_WORDS: Record<OperationRule, string> = {
  allow: "always allowed",
  ask: "needs a person's approval",
  deny: "always denied",
};

export interface PolicyChange {
  policy: AgentPolicy;
  /** What changed, in words ("bookings: Read → Full"); empty when nothing did. */
  changes: string[];
}

/** The policy with each resource at the level given (off leaves it out: deny by default). */
export function withLevels(policy: AgentPolicy, levels: Record<string, string>): PolicyChange {
  const resources = { ...policy.resources };
  const changes: string[] = [];
  for (const resource of RESOURCES) {
    const wanted = levels[resource];
    if (wanted === undefined || !(LEVELS as readonly string[]).includes(wanted)) continue;
    const before = resources[resource] ?? "off";
    if (before === wanted) continue;
    changes.push(`${resourceWords(resource)}: ${levelLabel(before)} → ${levelLabel(wanted)}`);
    if (wanted === "off") delete resources[resource];
    else resources[resource] = wanted as AccessLevel;
  }
  return { policy: { ...policy, resources }, changes };
}

/** The policy with `operationId`'s override set, or removed ("default": the resource's level decides). */
export function withRule(policy: AgentPolicy, operationId: string, rule: string): PolicyChange {
  if (!OPERATION_IDS.includes(operationId)) return { policy, changes: [] };
  const operationsRules = { ...policy.operations };
  const before = operationsRules[operationId];
  const after = (RULES as readonly string[]).includes(rule) ? (rule as OperationRule) : undefined;
  if (before === after) return { policy, changes: [] };
  if (after) operationsRules[operationId] = after;
  else delete operationsRules[operationId];
  const words = (r: OperationRule | undefined) =>
    r ? RULE_WORDS[r] : "as its resource's level says";
  const { operations: _old, ...rest } = policy;
  return {
    policy: Object.keys(operationsRules).length ? { ...rest, operations: operationsRules } : rest,
    changes: [`${operationId}: ${words(before)} → ${words(after)}`],
  };
}

/** Writes the changed policy as a new revision with its audit record; the agent row after. */
export async function applyPolicyChange(
  context: { sql: Sql; appendRecord(record: GatewayAuditRecord): Promise<unknown> },
  who: string,
  agent: AgentRow,
  change: PolicyChange,
): Promise<AgentRow> {
  if (change.changes.length === 0) return agent;
  parsePolicy(policyFileOf(agent.name, change.policy), "the changed policy");
  const what = change.changes.join("; ");
  const updated = await setAgentPolicy(
    context.sql,
    agent.name,
    change.policy,
    `admin page, ${who}: ${what}`,
  );
  await context.appendRecord(
    adminRecord(
      who,
      updated,
      `changed agent ${agent.name}'s policy to revision ${updated.policyRevision} (${what})`,
    ),
  );
  return updated;
}
