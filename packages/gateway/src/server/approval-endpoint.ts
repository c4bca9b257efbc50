/**
 * `GET /approvals/{id}` for agents: a held call's outcome, later. With the same agent token that
 * made the call: 202 while it waits, Cal.com's answer once an approved call was sent, 403 when it
 * was denied or expired. `?wait=N` waits up to N seconds (at most 50) for the decision.
 */
import type { AgentCache } from "./agent-cache.js";
import { type Answer, errorAnswer } from "./answer.js";
import type { ApprovalDesk } from "./approval-desk.js";
import { authenticate } from "./authenticate.js";
import type { GatewayRequest } from "./request.js";

export const APPROVALS_PATH = "/approvals/";
const MAX_WAIT_S = 50;

export function createApprovalEndpoint(agents: AgentCache, desk: ApprovalDesk) {
  return async (request: GatewayRequest): Promise<Answer> => {
    if (request.method !== "GET")
      return errorAnswer(405, "Approvals are read with GET; people decide them in /admin.");
    const url = new URL(request.target, "http://gateway");
    const id = decodeURIComponent(url.pathname.slice(APPROVALS_PATH.length));
    const auth = await authenticate(agents.find, request.header("authorization"), new Date());
    if (!auth.ok)
      return errorAnswer(401, auth.message, {
        headers: { "www-authenticate": 'Bearer realm="calkit-gateway"' },
      });
    const wait = Math.min(MAX_WAIT_S, Math.max(0, Number(url.searchParams.get("wait")) || 0));
    const answer = await desk.answerFor(id, auth.agent.id, wait * 1000);
    return answer ?? errorAnswer(404, `This agent has no approval ${id.slice(0, 80)}.`);
  };
}
