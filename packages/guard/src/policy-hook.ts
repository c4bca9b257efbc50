/**
 * The policy as a call hook: before each call it decides (looking the booking up when a
 * constraint needs it) and refuses with PolicyDeniedError, so a denied call is never sent.
 */
import {
  type CalClient,
  type CallHook,
  CalRefusedError,
  type OperationMeta,
  operations,
} from "@calkit/client";
import { type Approver, previewCall } from "./approval.js";
import { summarizeBooking } from "./booking-summary.js";
import {
  type BookingFacts,
  type Decision,
  decide,
  decideWithBooking,
  needsBookingFacts,
  operationMeta,
} from "./decide.js";
import type { PolicyFile } from "./policy.js";

/** Thrown by a guarded client for a denied call (no request was sent). */
export class PolicyDeniedError extends CalRefusedError {
  override readonly name: string = "PolicyDeniedError";

  constructor(
    readonly agent: string,
    operationId: string,
    reason: string,
  ) {
    super(`Agent ${agent} may not call ${operationId}: ${reason}.`, reason, { operationId });
  }
}

/** The key under which the policy hook leaves its decision in `call.state` (for the audit hook). */
export const DECISION = Symbol("calkit.guard.decision");

export interface PolicyCheck {
  /** The full decision for a call (booking lookups included), without sending it. */
  check(operationId: string, args?: Record<string, unknown>): Promise<Decision>;
  readonly hook: CallHook;
}

/** The operation that reads one booking's facts (`x-cal.lookup: booking` in the spec). */
const bookingLookup = (Object.values(operations) as OperationMeta[]).find(
  (op) => op.lookup === "booking",
);

type BookingLookup = (uid: unknown) => Promise<unknown>;

/** The same answer (or failure) for every ask about one uid. */
function oncePerUid(lookUp: BookingLookup): BookingLookup {
  const answers = new Map<string, Promise<unknown>>();
  return (uid) => {
    const key = String(uid);
    const answer = answers.get(key) ?? lookUp(uid);
    answers.set(key, answer);
    return answer;
  };
}

export function createPolicyCheck(options: {
  policy: PolicyFile;
  agent: string;
  /** Used for booking lookups; the guard's own hooks are not on it (a lookup is not the agent's call). */
  lookupClient: Pick<CalClient, "invoke">;
  now: () => Date;
  /** Decides the calls the policy asks about; without one they are denied. */
  approve?: Approver;
}): PolicyCheck {
  const { policy, agent, lookupClient, now, approve } = options;

  /** The booking the uid names, as Cal.com answers (a recurring one as all its occurrences). */
  async function lookUpBooking(uid: unknown): Promise<unknown> {
    const name = bookingLookup?.targets.booking;
    if (!bookingLookup || !name) throw new Error("the spec names no booking lookup");
    return lookupClient.invoke(bookingLookup.id as never, { [name]: String(uid) } as never);
  }

  /** The facts of each booking the uid names: a recurring booking comes back as all its occurrences. */
  async function bookingFacts(uid: unknown, lookUp: BookingLookup): Promise<BookingFacts[]> {
    const data = await lookUp(uid);
    const occurrences = (Array.isArray(data) ? data : [data]) as (
      | { start?: string; eventTypeId?: number; eventType?: { id?: number } }
      | undefined
    )[];
    return occurrences.map((booking) => ({
      start: String(booking?.start ?? ""),
      eventTypeId: booking?.eventTypeId ?? booking?.eventType?.id,
    }));
  }

  async function check(
    operationId: string,
    args: Record<string, unknown> = {},
    lookUp: BookingLookup = lookUpBooking,
  ): Promise<Decision> {
    const first = decide(policy, agent, operationId, args);
    const open = first.allowed || first.needsApproval === true;
    if (!open || !needsBookingFacts(policy, agent, operationId)) return first;
    const uid = args[operationMeta(operationId)?.targets.booking ?? ""];
    try {
      const occurrences = await bookingFacts(uid, lookUp);
      if (occurrences.length === 0) throw new Error("no booking");
      // Every occurrence the call may touch must pass; the first that does not decides.
      const decisions = occurrences.map((facts) =>
        decideWithBooking(policy, agent, operationId, facts, now()),
      );
      const denial = decisions.find((d) => !d.allowed);
      if (denial) return denial;
      return first.needsApproval ? first : (decisions[0] as Decision);
    } catch {
      return {
        allowed: false,
        reason: `booking ${String(uid)} could not be looked up to check this agent's constraints`,
      };
    }
  }

  const hook: CallHook = {
    name: "policy",
    async before(call) {
      // The constraints and the approver's preview read the booking once between them.
      const lookUp = oncePerUid(lookUpBooking);
      let decision = await check(call.operation.id, { ...call.args }, lookUp);
      if (decision.needsApproval)
        decision = await askApprover(decision, call.operation.id, call.args, lookUp);
      call.state.set(DECISION, decision);
      if (!decision.allowed) throw new PolicyDeniedError(agent, call.operation.id, decision.reason);
    },
  };
  /** The approver's verdict on a call the policy asks about, as the decision. */
  async function askApprover(
    asked: Decision,
    operationId: string,
    args: Readonly<Record<string, unknown>>,
    lookUp: BookingLookup,
  ): Promise<Decision> {
    if (!approve) return { allowed: false, reason: `${asked.reason}, and no approver is set up` };
    const verdict = await approve({
      agent,
      operationId,
      args,
      reason: asked.reason,
      preview: previewCall(operationId, args),
      describe: async () =>
        previewCall(operationId, args, { labels: await bookingLabel(operationId, args, lookUp) }),
    });
    return verdict.approved
      ? { allowed: true, reason: `approved by ${verdict.by}`, approvedBy: verdict.by }
      : { allowed: false, reason: verdict.reason };
  }

  /**
   * The booking a held call names, in words, for the approver ("b1 (Grace Hopper's 30-minute
   * meeting on Tue 1 Dec 2026 at 15:00 UTC)"); none when it cannot be looked up (the preview then
   * names the uid alone: a lookup failure never blocks a decision).
   */
  async function bookingLabel(
    operationId: string,
    args: Readonly<Record<string, unknown>>,
    lookUp: BookingLookup,
  ): Promise<Record<string, string>> {
    const name = operationMeta(operationId)?.targets.booking;
    const uid = name === undefined ? undefined : args[name];
    if (name === undefined || typeof uid !== "string" || !uid) return {};
    const summary = await lookUp(uid).then(summarizeBooking, () => undefined);
    return summary ? { [name]: `${uid} (${summary})` } : {};
  }

  return { check, hook };
}
