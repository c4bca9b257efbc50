/**
 * The JSON admin API, for scripts and chat bots: list approvals, approve or deny one, list agents.
 * Authorised by `Authorization: Bearer <admin token>` (the decision is recorded as made by
 * "admin API", or by the `by` name given), or by a page session with its CSRF token in
 * `x-csrf-token`.
 */
import { redactArgs } from "../audit-args.js";
import { type Answer, errorAnswer, jsonAnswer } from "../server/answer.js";
import type { GatewayRequest } from "../server/request.js";
import { listAgents } from "../store/agents.js";
import { type ApprovalRow, type ApprovalState, listApprovals } from "../store/approvals.js";
import type { AdminContext } from "./route.js";
import { ADMIN_NAME, type AdminAuth, sameOriginChange } from "./session.js";

const STATES: readonly ApprovalState[] = ["pending", "approved", "sent", "denied", "expired"];
const DECISION_PATH = /^\/admin\/api\/approvals\/([A-Za-z0-9-]{1,64})\/(approve|deny)$/;

export function approvalJson(row: ApprovalRow) {
  return {
    id: row.id,
    agent: row.agent,
    operation: row.operation,
    preview: row.preview,
    reason: row.reason,
    request: {
      method: row.method,
      path: row.path,
      args: redactArgs(row.args),
      apiVersion: row.apiVersion,
    },
    state: row.state,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    ...(row.answer ? { answerStatus: row.answer.status } : {}),
  };
}

export function adminApi(context: AdminContext, auth: AdminAuth) {
  /** Who is asking, or undefined when the request carries no admin credential. */
  function caller(request: GatewayRequest): string | undefined {
    if (auth.bearer(request)) {
      const by = new URL(request.target, "http://gateway").searchParams.get("by")?.trim();
      return by && ADMIN_NAME.test(by) ? by : "admin API";
    }
    const session = auth.session(request);
    if (!session) return undefined;
    if (request.method === "GET") return session.who;
    return sameOriginChange(request, session, request.header("x-csrf-token"))
      ? session.who
      : undefined;
  }

  return async function api(request: GatewayRequest, path: string): Promise<Answer> {
    const who = caller(request);
    if (!who)
      return errorAnswer(
        401,
        "The admin API needs `Authorization: Bearer <admin token>` (or a signed-in page with its CSRF token). Nothing was changed.",
      );
    if (request.method === "GET" && path === "/admin/api/approvals") {
      const state = new URL(request.target, "http://gateway").searchParams.get("state");
      const states =
        state && (STATES as readonly string[]).includes(state)
          ? [state as ApprovalState]
          : undefined;
      await context.approvals.sweep();
      const rows = await listApprovals(context.sql, states ? { states } : {});
      return jsonAnswer(200, { approvals: rows.map(approvalJson) });
    }
    if (request.method === "GET" && path === "/admin/api/agents") {
      const agents = await listAgents(context.sql);
      return jsonAnswer(200, {
        agents: agents.map((a) => ({
          name: a.name,
          tokenId: a.tokenId,
          policyRevision: a.policyRevision,
          revokedAt: a.revokedAt?.toISOString() ?? null,
        })),
      });
    }
    const decision = DECISION_PATH.exec(path);
    if (request.method === "POST" && decision) {
      const [, id, verb] = decision as unknown as [string, string, "approve" | "deny"];
      const decided =
        verb === "approve"
          ? await context.approvals.approve(id, who)
          : await context.approvals.deny(id, who);
      if (!decided.ok) return errorAnswer(decided.status, decided.message);
      return jsonAnswer(200, {
        approval: approvalJson(decided.row),
        ...(decided.answer ? { sent: true, answerStatus: decided.answer.status } : { sent: false }),
      });
    }
    return errorAnswer(
      404,
      "Unknown admin API path: GET /admin/api/approvals, POST /admin/api/approvals/{id}/approve|deny, GET /admin/api/agents.",
    );
  };
}
