/**
 * The limit registry: each per-agent limit a policy may set under `limits:` is one entry with its
 * JSON Schema, its window (a minute or a UTC day) and which operations it counts (read from the
 * operation table, never from a list of ids). The guard decides one call at a time and keeps no
 * counts; whoever counts across calls (the gateway) enforces these.
 */
import type { OperationMeta } from "@calkit/client";

/** What a limit may know about an operation: the table's facts. */
export type LimitedOperation = Pick<OperationMeta, "access" | "targets" | "noticeGuard">;

export interface LimitKind<Key extends string = string> {
  /** The key under `limits:` in a policy. */
  readonly key: Key;
  readonly window: "minute" | "day";
  /** What is counted, in words, for messages: "bookings created". */
  readonly noun: string;
  readonly schema: Readonly<Record<string, unknown>>;
  /** Whether a call of this operation counts against the limit. */
  counts(op: LimitedOperation): boolean;
}

const count = (description: string) => ({ type: "integer", minimum: 0, description });

/** A write that names an attendee and no existing booking makes a new booking. */
const createsBooking = (op: LimitedOperation) =>
  op.access === "write" && op.targets.attendee !== undefined && op.targets.booking === undefined;

export const limitKinds = [
  {
    key: "callsPerMinute",
    window: "minute",
    noun: "calls",
    schema: count("Calls this agent may make in any one minute, of any operation."),
    counts: () => true,
  },
  {
    key: "bookingsCreatedPerDay",
    window: "day",
    noun: "bookings created",
    schema: count("Bookings this agent may create per UTC day."),
    counts: createsBooking,
  },
  {
    key: "cancellationsPerDay",
    window: "day",
    noun: "cancellations",
    schema: count("Bookings this agent may cancel per UTC day."),
    counts: (op) => op.noticeGuard === "cancel",
  },
  {
    key: "reschedulesPerDay",
    window: "day",
    noun: "reschedules",
    schema: count("Bookings this agent may reschedule per UTC day."),
    counts: (op) => op.noticeGuard === "move",
  },
] as const satisfies readonly LimitKind[];

export type LimitKey = (typeof limitKinds)[number]["key"];

/** The `limits:` block of an agent's policy; a limit left out is unlimited. */
export type PolicyLimits = Partial<Record<LimitKey, number>>;
