/**
 * The decision for one call: may this agent make it? Pure and synchronous for everything the
 * policy and the arguments settle; booking-based constraints (notice before cancelling, event
 * types of an existing booking) need the booking, which the caller looks up.
 */
import { type OperationMeta, operations } from "@calkit/client";
import { type OperationPermission, scopeMap } from "@calkit/scopes";
import type { AgentPolicy, PolicyFile } from "./policy.js";

export interface Decision {
  allowed: boolean;
  /** Why, in words that finish "…: " in an audit sentence and that a model can act on. */
  reason: string;
}

/** What the guard knows about an existing booking when a constraint needs it. */
export interface BookingFacts {
  start: string;
  eventTypeId: number | undefined;
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

function resourceWords(resource: string): string {
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
  const override = policy.operations?.[operationId];
  if (override === "deny")
    return { allowed: false, reason: `${operationId} is denied for this agent` };
  if (override !== "allow") {
    const level = policy.resources?.[op.resource] ?? "off";
    const words = resourceWords(op.resource);
    if (level === "off") return { allowed: false, reason: `${words} are off for this agent` };
    if (level === "read" && op.access === "write")
      return { allowed: false, reason: `${words} are read-only for this agent` };
  }
  const constraints = policy.constraints ?? {};
  const targets = operationMeta(operationId)?.targets ?? {};
  if (constraints.eventTypeIds && targets.eventType !== undefined) {
    const idName = targets.eventType;
    const other = OTHER_EVENT_TYPE_NAMES.filter((key) => args[key] !== undefined);
    if (other.length)
      return {
        allowed: false,
        reason: `this agent may only use event types ${constraints.eventTypeIds.join(", ")}, so the event type must be given by id alone, without ${other.join(" or ")}`,
      };
    const id = Number(args[idName]);
    if (args[idName] === undefined)
      return {
        allowed: false,
        reason: `this agent may only use event types ${constraints.eventTypeIds.join(", ")}, so the event type must be given by id`,
      };
    if (!constraints.eventTypeIds.includes(id))
      return {
        allowed: false,
        reason: `event type ${String(args[idName])} is not one of this agent's event types (${constraints.eventTypeIds.join(", ")})`,
      };
  }
  if (constraints.maxAttendeesPerBooking && targets.attendee !== undefined) {
    const guests = targets.guests === undefined ? undefined : args[targets.guests];
    const people = 1 + (Array.isArray(guests) ? guests.length : 0);
    if (people > constraints.maxAttendeesPerBooking)
      return {
        allowed: false,
        reason: `${people} people exceed this agent's limit of ${constraints.maxAttendeesPerBooking} per booking`,
      };
  }
  return {
    allowed: true,
    reason:
      override === "allow" ? `${operationId} is allowed for this agent` : "the policy allows it",
  };
}

/**
 * Whether the policy's levels and overrides let the agent use the operation at all, before any
 * argument is known: what a tool list should show (constraints are checked per call).
 */
export function mayUse(
  policies: PolicyFile | undefined,
  agent: string,
  operationId: string,
): boolean {
  const policy = policies?.agents[agent];
  if (!policy) return false;
  const { constraints: _constraints, ...levels } = policy;
  return decide({ version: 1, agents: { [agent]: levels } }, agent, operationId).allowed;
}

/**
 * Arguments that name an event type other than by id (slug and owner). Sent together with
 * `eventTypeId`, Cal.com would receive both and the id alone would have been checked.
 */
const OTHER_EVENT_TYPE_NAMES = ["eventTypeSlug", "username", "usernames", "teamSlug"];

/** Whether an allowed call still needs the booking's facts to be decided (writes naming a booking). */
export function needsBookingFacts(
  policies: PolicyFile | undefined,
  agent: string,
  operationId: string,
): boolean {
  const constraints = policies?.agents[agent]?.constraints;
  const meta = operationMeta(operationId);
  if (!constraints || meta?.targets.booking === undefined || meta.access !== "write") return false;
  return (
    (constraints.minNoticeHoursToCancel !== undefined && meta.noticeGuard !== null) ||
    constraints.eventTypeIds !== undefined
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
  const constraints = policies?.agents[agent]?.constraints ?? {};
  if (
    constraints.eventTypeIds &&
    (booking.eventTypeId === undefined || !constraints.eventTypeIds.includes(booking.eventTypeId))
  ) {
    return {
      allowed: false,
      reason: `the booking's event type (${booking.eventTypeId ?? "unknown"}) is not one of this agent's event types (${constraints.eventTypeIds.join(", ")})`,
    };
  }
  const verb = operationMeta(operationId)?.noticeGuard ?? null;
  if (constraints.minNoticeHoursToCancel !== undefined && verb !== null) {
    const hours = (Date.parse(booking.start) - now.getTime()) / 3_600_000;
    if (Number.isNaN(hours))
      return {
        allowed: false,
        reason: "the booking's start time could not be read, so the notice rule cannot be checked",
      };
    if (hours < constraints.minNoticeHoursToCancel) {
      return {
        allowed: false,
        reason: `the booking starts in ${Math.max(0, Math.round(hours * 10) / 10)} hours and this agent may not ${verb} bookings less than ${constraints.minNoticeHoursToCancel} hours ahead`,
      };
    }
  }
  return { allowed: true, reason: "the policy allows it" };
}
