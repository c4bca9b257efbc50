/**
 * Approvals: a policy may `ask` instead of allowing a call. The guard then hands the exact call
 * to an approver (a person in an admin page, a chat that elicits a confirmation) and sends it only
 * on a yes. Without an approver, a call the policy asks about is denied.
 */
import { auditPhrases } from "./generated/audit.gen.js";
import { type RenderOptions, renderPhrase } from "./sentence.js";

/** What an approver is asked to decide: this agent, this operation, these exact arguments. */
export interface ApprovalRequest {
  readonly agent: string;
  readonly operationId: string;
  /** The arguments that will be sent, exactly (the copy the hooks see). */
  readonly args: Readonly<Record<string, unknown>>;
  /** Why the policy asks, in words. */
  readonly reason: string;
  /** What the call does, in plain English ("cancelling booking abc"). */
  readonly preview: string;
  /**
   * The preview with the booking the call names looked up and put in words ("cancelling booking
   * abc (Grace Hopper's 30-minute meeting on Tue 1 Dec 2026 at 15:00 UTC)"): one read from Cal.com,
   * so an approver asks for it only when a person will see it; `preview` when the lookup fails.
   */
  describe(): Promise<string>;
}

export type ApprovalVerdict = { approved: true; by: string } | { approved: false; reason: string };

/** Decides one held call; may take as long as a person does. */
export type Approver = (request: ApprovalRequest) => Promise<ApprovalVerdict>;

/**
 * The audit phrase of what the call is doing, filled in with its arguments (and `labels`, e.g.
 * the booking it names in words: "cancelling booking b1 (Grace Hopper's 30-minute meeting on …)").
 */
export function previewCall(
  operationId: string,
  args: Readonly<Record<string, unknown>>,
  options: RenderOptions = {},
): string {
  const phrase = auditPhrases[operationId]?.doing ?? `calling ${operationId}`;
  return renderPhrase(phrase, { ...args }, undefined, options);
}
