/**
 * The decision for one call: may this agent make it? Pure and synchronous for everything the
 * policy and the arguments settle; booking-based constraints (notice before cancelling, event
 * types of an existing booking) need the booking, which the caller looks up.
 */
import { type OperationMeta, operations } from "@calkit/client";
import { type OperationPermission, scopeMap } from "@calkit/scopes";
import { type BookingFacts, type Constraint, constraints } from "./constraints.js";
import type { AgentPolicy, PolicyFile } from "./policy.js";

export type { BookingFacts } from "./constraints.js";

export interface Decision {
  allowed: boolean;
  /** Why, in words that finish "…: " in an audit sentence and that a model can act on. */
  reason: string;
  /**
   * The policy says `ask`: not allowed on its own, but a person may approve this exact call
   * (set only when every other rule, constraints included, would let it through).
   */
  needsApproval?: true;
  /** Who approved the call, when a person did. */
  approvedBy?: string;
}

const RESOURCE_WORDS: Record<string, string> = {
  bookings: "bookings",
  eventTypes: "event types",
  slots: "slots",
  schedules: "schedules",
  calendars: "calendars",
  me: "the profile",
  teams: "teams",
  webhooks: "webhooks",
  orgUsers: "organization users",
};

/** The operation table's entry for an id (the table says which arguments name what). */
export function operationMeta(operationId: string): OperationMeta | undefined {
  return Object.hasOwn(operations, operationId)
    ? (operations as Record<string, OperationMeta>)[operationId]
    : undefined;
}

/** A resource as a person says it ("event types"). */
export function resourceWords(resource: string): string {
  return RESOURCE_WORDS[resource] ?? resource;
}

export function permission(operationId: string): OperationPermission | undefined {
  return (scopeMap as Record<string, OperationPermission>)[operationId];
}

/** The level and override rules, then the constraints the arguments alone can settle. */
export function decide(
  policies: PolicyFile | undefined,
  agent: string,
  operationId: string,
  args: Record<string, unknown> = {},
): Decision {
  const policy: AgentPolicy | undefined = policies?.agents[agent];
  if (!policy)
    return {
      allowed: false,
      reason: `there is no policy for agent "${agent}", so nothing is allowed`,
    };
  const op = permission(operationId);
  if (!op) return { allowed: false, reason: `"${operationId}" is not a known Cal.com operation` };
  const rule = ruleFor(policy, operationId, op);
  if (!rule.allowed && !rule.needsApproval) return rule;
  const meta = operationMeta(operationId);
  for (const [constraint, value] of setConstraints(policy)) {
    if (!meta || !constraint.checksArguments?.(meta)) continue;
    const denial = constraint.checkArguments?.(value, args, meta);
    if (denial !== undefined) return { allowed: false, reason: denial };
  }
  return rule;
}

/** What the override, else the resource's level, says of the operation (before constraints). */
function ruleFor(policy: AgentPolicy, operationId: string, op: OperationPermission): Decision {
  const override = policy.operations?.[operationId];
  if (override === "deny")
    return { allowed: false, reason: `${operationId} is denied for this agent` };
  if (override === "allow")
    return { allowed: true, reason: `${operationId} is allowed for this agent` };
  if (override === "ask") return askFor(`${operationId} needs a person's approval for this agent`);
  const level = policy.resources?.[op.resource] ?? "off";
  const words = resourceWords(op.resource);
  if (level === "off") return { allowed: false, reason: `${words} are off for this agent` };
  if (level === "read" && op.access === "write")
    return { allowed: false, reason: `${words} are read-only for this agent` };
  if (level === "ask" && op.access === "write")
    return askFor(`changes to ${words} need a person's approval for this agent`);
  return { allowed: true, reason: "the policy allows it" };
}

function askFor(reason: string): Decision {
  return { allowed: false, reason, needsApproval: true };
}

/**
 * Whether the policy's levels and overrides let the agent use the operation at all, before any
 * argument is known: what a tool list should show (constraints are checked per call; a call
 * the policy asks about counts, since a person may approve it).
 */
export function mayUse(
  policies: PolicyFile | undefined,
  agent: string,
  operationId: string,
): boolean {
  const policy = policies?.agents[agent];
  if (!policy) return false;
  const { constraints: _constraints, ...levels } = policy;
  const decision = decide({ version: 1, agents: { [agent]: levels } }, agent, operationId);
  return decision.allowed || decision.needsApproval === true;
}

/** The registry's constraints this agent's policy sets, with their values. */
function setConstraints(policy: AgentPolicy | undefined): [Constraint, unknown][] {
  const values = (policy?.constraints ?? {}) as Record<string, unknown>;
  return constraints
    .filter((c) => values[c.key] !== undefined)
    .map((c): [Constraint, unknown] => [c, values[c.key]]);
}

/** Whether an allowed call still needs the booking's facts to be decided. */
export function needsBookingFacts(
  policies: PolicyFile | undefined,
  agent: string,
  operationId: string,
): boolean {
  const meta = operationMeta(operationId);
  return (
    meta !== undefined &&
    setConstraints(policies?.agents[agent]).some(([c]) => c.checksBooking?.(meta) ?? false)
  );
}

/** The booking-based constraints, given the booking's facts. */
export function decideWithBooking(
  policies: PolicyFile | undefined,
  agent: string,
  operationId: string,
  booking: BookingFacts,
  now: Date,
): Decision {
  const meta = operationMeta(operationId);
  for (const [constraint, value] of setConstraints(policies?.agents[agent])) {
    if (!meta || !constraint.checksBooking?.(meta)) continue;
    const denial = constraint.checkBooking?.(value, booking, meta, now);
    if (denial !== undefined) return { allowed: false, reason: denial };
  }
  return { allowed: true, reason: "the policy allows it" };
}
