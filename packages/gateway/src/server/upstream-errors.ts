/**
 * What the agent is told when a forwarded call fails. Cal.com's own errors keep their status and
 * code (the client has already taken every credential out of them). Two are translated, because
 * passed through they would mislead: Cal.com refusing the gateway's credential (401) is the
 * operator's problem, not the agent's token; and a write whose answer never came may have been
 * carried out, so the agent is told to check before repeating it.
 */
import {
  CalApiError,
  CalConnectionError,
  CalError,
  CalRefusedError,
  CalTimeoutError,
  InvalidPathParameterError,
  MissingScopeError,
} from "@calkit/client";
import { PolicyDeniedError } from "@calkit/guard";
import { LimitRefusedError, limitAnswer } from "../limits/limit-answer.js";
import { type Answer, errorAnswer } from "./answer.js";

export function answerForError(error: unknown, access: "read" | "write"): Answer {
  if (error instanceof PolicyDeniedError)
    return errorAnswer(
      403,
      `Not allowed: ${error.reason}. This agent's policy forbids it, so nothing was sent; do not retry, and tell the user if they asked for it.`,
    );
  if (error instanceof LimitRefusedError) return limitAnswer(error.refusal);
  if (error instanceof CalRefusedError)
    return errorAnswer(403, `Refused before sending: ${error.reason}. Nothing was sent.`);
  if (error instanceof MissingScopeError)
    return errorAnswer(
      403,
      `${error.message}. The gateway's Cal.com credential cannot make this call.`,
    );
  if (error instanceof CalApiError) {
    if (error.status === 401)
      return errorAnswer(
        502,
        "Cal.com refused the gateway's own credential (401). Your agent token is fine; the gateway's operator must fix its Cal.com credential.",
        { code: "UpstreamUnauthorized" },
      );
    // Cal.com's own words, as Cal.com would have answered (the client's message adds a prefix).
    return errorAnswer(error.status, error.serverMessage ?? error.message, {
      ...(error.code === undefined ? {} : { code: error.code }),
      ...(error.details === undefined ? {} : { details: error.details }),
      ...(error.status === 429 && error.headers["retry-after"]
        ? { headers: { "retry-after": error.headers["retry-after"] } }
        : {}),
    });
  }
  if (error instanceof InvalidPathParameterError) return errorAnswer(400, error.message);
  if (error instanceof CalConnectionError) {
    const unknownWrite = access === "write" && error.requestMayHaveReachedServer;
    const what =
      error instanceof CalTimeoutError ? "did not answer in time" : "could not be reached";
    return errorAnswer(
      error instanceof CalTimeoutError ? 504 : 502,
      unknownWrite
        ? `Cal.com ${what}, and the change may have been made: check (for example by listing) before repeating it.`
        : `Cal.com ${what}; nothing was changed, so it is safe to try again later.`,
    );
  }
  if (error instanceof CalError)
    return errorAnswer(500, `The gateway could not make the call (${error.name}).`);
  return errorAnswer(500, "The gateway failed while making the call.");
}
