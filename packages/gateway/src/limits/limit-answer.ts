/**
 * A call the limits stop, as the agent sees it: 429 (or 503 when the limits cannot be counted) in
 * Cal.com's envelope with `Retry-After`, saying that nothing was sent. Inside the Cal.com client
 * the same refusal travels as a LimitRefusedError, a CalRefusedError, so it is never retried.
 */
import { CalRefusedError } from "@calkit/client";
import { type Answer, errorAnswer } from "../server/answer.js";
import type { LimitRefusal } from "./limiter.js";

export class LimitRefusedError extends CalRefusedError {
  override readonly name = "LimitRefusedError";
  constructor(
    readonly refusal: LimitRefusal,
    operationId: string,
  ) {
    super(`${operationId}: ${refusal.reason}`, refusal.reason, { operationId });
  }
}

export function limitAnswer(refusal: LimitRefusal): Answer {
  return errorAnswer(
    refusal.status,
    `Refused: ${refusal.reason}. Nothing was sent; try again in ${refusal.retryAfterSeconds} s.`,
    { headers: { "retry-after": String(refusal.retryAfterSeconds) } },
  );
}
