/**
 * The constraint registry: each policy constraint is one entry with its JSON Schema, the
 * operations it applies to (read from the operation table's `targets` and `noticeGuard`, never
 * from a list of ids), and its checks. The policy schema, the decision and "does this call need
 * the booking's facts?" are all read from here, so a new constraint is one new entry.
 */
import type { OperationMeta } from "@calkit/client";

/** What a constraint may know about an operation: the table's facts. */
export type ConstrainedOperation = Pick<OperationMeta, "id" | "access" | "targets" | "noticeGuard">;

/** What the guard knows about an existing booking when a constraint needs it. */
export interface BookingFacts {
  start: string;
  eventTypeId: number | undefined;
}

/** A denial's reason, or undefined when the constraint is satisfied. */
type Verdict = string | undefined;

export interface Constraint<Key extends string = string, Value = unknown> {
  /** The key under `constraints:` in a policy. */
  readonly key: Key;
  /** Its JSON Schema (the policy file's schema is built from these). */
  readonly schema: Readonly<Record<string, unknown>>;
  /** Operations whose arguments it checks. */
  readonly checksArguments?: (op: ConstrainedOperation) => boolean;
  checkArguments?(
    value: Value,
    args: Readonly<Record<string, unknown>>,
    op: ConstrainedOperation,
  ): Verdict;
  /** Operations it checks against the facts of the booking they name (looked up first). */
  readonly checksBooking?: (op: ConstrainedOperation) => boolean;
  checkBooking?(value: Value, booking: BookingFacts, op: ConstrainedOperation, now: Date): Verdict;
}

/** Arguments that name an event type other than by id; with an id beside them, Cal.com would see both. */
const OTHER_EVENT_TYPE_NAMES = ["eventTypeSlug", "username", "usernames", "teamSlug"];

const namesBooking = (op: ConstrainedOperation) =>
  op.targets.booking !== undefined && op.access === "write";

const eventTypeIds: Constraint<"eventTypeIds", number[]> = {
  key: "eventTypeIds",
  schema: {
    type: "array",
    items: { type: "integer", minimum: 1 },
    minItems: 1,
    uniqueItems: true,
    description:
      "Only these event types may be booked, reserved, read or changed (calls naming another, or none, are denied).",
  },
  checksArguments: (op) => op.targets.eventType !== undefined,
  checkArguments(ids, args, op) {
    const name = op.targets.eventType as string;
    const other = OTHER_EVENT_TYPE_NAMES.filter((key) => args[key] !== undefined);
    if (other.length)
      return `this agent may only use event types ${ids.join(", ")}, so the event type must be given by id alone, without ${other.join(" or ")}`;
    if (args[name] === undefined)
      return `this agent may only use event types ${ids.join(", ")}, so the event type must be given by id`;
    if (!ids.includes(Number(args[name])))
      return `event type ${String(args[name])} is not one of this agent's event types (${ids.join(", ")})`;
    return undefined;
  },
  checksBooking: namesBooking,
  checkBooking(ids, booking) {
    if (booking.eventTypeId !== undefined && ids.includes(booking.eventTypeId)) return undefined;
    return `the booking's event type (${booking.eventTypeId ?? "unknown"}) is not one of this agent's event types (${ids.join(", ")})`;
  },
};

const minNoticeHoursToCancel: Constraint<"minNoticeHoursToCancel", number> = {
  key: "minNoticeHoursToCancel",
  schema: {
    type: "number",
    minimum: 0,
    description:
      "Cancelling or rescheduling a booking that starts within this many hours is denied.",
  },
  checksBooking: (op) => namesBooking(op) && op.noticeGuard !== null,
  checkBooking(minHours, booking, op, now) {
    const hours = (Date.parse(booking.start) - now.getTime()) / 3_600_000;
    if (Number.isNaN(hours))
      return "the booking's start time could not be read, so the notice rule cannot be checked";
    if (hours >= minHours) return undefined;
    return `the booking starts in ${Math.max(0, Math.round(hours * 10) / 10)} hours and this agent may not ${op.noticeGuard} bookings less than ${minHours} hours ahead`;
  },
};

/** The guests argument as a list (Cal.com takes an array of email addresses). */
function guestsOf(args: Readonly<Record<string, unknown>>, op: ConstrainedOperation): unknown[] {
  const guests = op.targets.guests === undefined ? undefined : args[op.targets.guests];
  return Array.isArray(guests) ? guests : [];
}

const maxAttendeesPerBooking: Constraint<"maxAttendeesPerBooking", number> = {
  key: "maxAttendeesPerBooking",
  schema: {
    type: "integer",
    minimum: 1,
    description: "Bookings with more people (attendee plus guests) are denied.",
  },
  checksArguments: (op) => op.targets.attendee !== undefined,
  checkArguments(max, args, op) {
    const people = 1 + guestsOf(args, op).length;
    if (people <= max) return undefined;
    return `${people} people exceed this agent's limit of ${max} per booking`;
  },
};

/** The domain of an email address, lower-cased; undefined when it is not one. */
function emailDomain(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const at = value.lastIndexOf("@");
  return at > 0 && at < value.length - 1 ? value.slice(at + 1).toLowerCase() : undefined;
}

const attendeeEmailDomains: Constraint<"attendeeEmailDomains", string[]> = {
  key: "attendeeEmailDomains",
  schema: {
    type: "array",
    items: {
      type: "string",
      pattern:
        "^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$",
    },
    minItems: 1,
    uniqueItems: true,
    description:
      "Bookings may only be made for people whose email domain is one of these (the attendee and every guest; exact domain, any case; subdomains must be listed).",
  },
  checksArguments: (op) => op.targets.attendee !== undefined,
  checkArguments(domains, args, op) {
    const allowed = new Set(domains.map((d) => d.toLowerCase()));
    const listed = domains.join(", ");
    const attendee = op.targets.attendee === undefined ? undefined : args[op.targets.attendee];
    const email = (attendee as { email?: unknown } | undefined)?.email;
    const domain = emailDomain(email);
    if (domain === undefined)
      return `this agent may only book for people at ${listed}, so the attendee needs an email address`;
    if (!allowed.has(domain))
      return `the attendee's email domain ${domain} is not one of this agent's domains (${listed})`;
    for (const guest of guestsOf(args, op)) {
      const guestDomain = emailDomain(guest);
      if (guestDomain === undefined || !allowed.has(guestDomain))
        return `the guest ${String(guest)} is not at one of this agent's domains (${listed})`;
    }
    return undefined;
  },
};

/** Every constraint a policy may set, in the order they are checked. */
export const constraints = [
  eventTypeIds,
  minNoticeHoursToCancel,
  maxAttendeesPerBooking,
  attendeeEmailDomains,
] as const satisfies readonly Constraint[];

type ValueOf<C> = C extends Constraint<string, infer V> ? V : never;

/** The `constraints` object of a policy: one optional key per registry entry. */
export type PolicyConstraints = {
  [C in (typeof constraints)[number] as C["key"]]?: ValueOf<C>;
};
