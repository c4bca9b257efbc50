/**
 * `/admin`: the admin pages (Agents, Activity, Approvals), their form posts, the static files,
 * and the JSON admin API (`/admin/api/…`). Pages need a session; every change needs the session's
 * CSRF token too. The API takes the admin token as a bearer token instead.
 */

import { adminRecord } from "../admin-record.js";
import type { GatewayAuditRecord } from "../audit-record.js";
import { AGENT_NAME } from "../policy-file.js";
import type { Answer } from "../server/answer.js";
import type { ApprovalDesk } from "../server/approval-desk.js";
import type { ExtraRoute } from "../server/http-server.js";
import type { GatewayRequest } from "../server/request.js";
import { AgentError, addAgent, listAgents, policyHistory, revokeAgent } from "../store/agents.js";
import type { Sql } from "../store/sql.js";
import { activityPage } from "./activity-page.js";
import { agentsPage } from "./agents-page.js";
import { adminApi } from "./api.js";
import { approvalsPage } from "./approvals-page.js";
import { ADMIN_CSS, ADMIN_JS } from "./assets.js";
import { html } from "./html.js";
import { type Frame, plainPage, redirect, SECURITY_HEADERS } from "./layout.js";
import { loginPage } from "./login-page.js";
import { applyPolicyChange, withLevels, withRule } from "./policy-change.js";
import {
  ADMIN_NAME,
  type AdminSession,
  createAdminAuth,
  END_SESSION,
  sameOriginChange,
} from "./session.js";

export interface AdminContext {
  sql: Sql;
  approvals: ApprovalDesk;
  appendRecord(record: GatewayAuditRecord): Promise<unknown>;
  /** The admin token (CALKIT_ADMIN_TOKEN). */
  token: string;
}

/** A failed sign-in waits this long, so guessing the token is slow. */
const LOGIN_FAILURE_DELAY_MS = 400;

const STATIC: Record<string, { type: string; body: string }> = {
  "/admin/static/admin.css": { type: "text/css; charset=utf-8", body: ADMIN_CSS },
  "/admin/static/admin.js": { type: "text/javascript; charset=utf-8", body: ADMIN_JS },
};

export function createAdminRoute(context: AdminContext): ExtraRoute {
  const auth = createAdminAuth(context.token);
  const api = adminApi(context, auth);

  async function handle(request: GatewayRequest): Promise<Answer> {
    const url = new URL(request.target, "http://gateway");
    const path = url.pathname.replace(/\/+$/, "") || "/";
    const asset = STATIC[path];
    if (asset)
      return {
        status: 200,
        headers: { ...SECURITY_HEADERS, "content-type": asset.type },
        body: asset.body,
      };
    if (path.startsWith("/admin/api/")) return api(request, path);
    if (path === "/admin/login") return request.method === "POST" ? login(request) : loginPage();
    const session = auth.session(request);
    if (!session)
      return request.method === "GET"
        ? redirect("/admin/login")
        : plainPage(
            401,
            "Signed out",
            html`<p>Sign in first: <a href="/admin/login">sign in</a>. Nothing was changed.</p>`,
          );
    if (request.method === "POST") return change(request, path, session);
    if (request.method !== "GET")
      return plainPage(405, "Not allowed", html`<p>Use the page's forms.</p>`);
    const frame: Frame = session;
    if (path === "/admin") return redirect("/admin/agents");
    if (path === "/admin/agents") return agentsPage(context.sql, frame);
    if (path === "/admin/activity") return activityPage(context.sql, frame, url.searchParams);
    if (path === "/admin/approvals") return approvalsPage(context.sql, context.approvals, frame);
    return plainPage(
      404,
      "Not found",
      html`<p><a href="/admin/agents">Back to the agents</a>.</p>`,
    );
  }

  async function login(request: GatewayRequest): Promise<Answer> {
    const form = new URLSearchParams(request.body ?? "");
    const origin = request.header("origin");
    if (origin && origin !== "null" && hostOf(origin) !== request.header("host"))
      return loginPage(403, "Sign in from this gateway's own page.");
    const name = (form.get("name") ?? "").trim();
    if (!auth.tokenMatches(form.get("token") ?? "")) {
      await new Promise((resolve) => setTimeout(resolve, LOGIN_FAILURE_DELAY_MS));
      return loginPage(401, "That is not the admin token. (Agent tokens do not open this page.)");
    }
    if (!ADMIN_NAME.test(name))
      return loginPage(400, "Give a name of 1-40 letters, digits, spaces, . _ @ or -.");
    const secure = request.header("x-forwarded-proto") === "https";
    return redirect("/admin/agents", { "set-cookie": auth.startSession(name, secure) });
  }

  async function change(
    request: GatewayRequest,
    path: string,
    session: AdminSession,
  ): Promise<Answer> {
    const form = new URLSearchParams(request.body ?? "");
    if (!sameOriginChange(request, session, form.get("csrf") ?? undefined))
      return plainPage(
        403,
        "Refused",
        html`<p>This change did not come from this gateway's own page (its CSRF token is missing or wrong). Nothing was changed. <a href="/admin/agents">Reload the page</a> and try again.</p>`,
      );
    const who = session.who;
    const frame: Frame = session;
    switch (path) {
      case "/admin/logout":
        return redirect("/admin/login", { "set-cookie": END_SESSION });
      case "/admin/agents/create":
        return createAgent(frame, form.get("name") ?? "");
      case "/admin/agents/levels":
      case "/admin/agents/rule":
        return changePolicy(frame, path, form);
      case "/admin/agents/revoke": {
        const name = form.get("agent") ?? "";
        try {
          const agent = await revokeAgent(context.sql, name);
          await context.appendRecord(
            adminRecord(who, agent, `revoked agent ${agent.name} (token ${agent.tokenId})`),
          );
          return agentsPage(context.sql, frame, {
            message: `Agent ${name} was revoked; its token no longer works.`,
          });
        } catch (error) {
          if (error instanceof AgentError)
            return agentsPage(context.sql, frame, { error: error.message });
          throw error;
        }
      }
      case "/admin/approvals/decide": {
        const id = form.get("id") ?? "";
        const approve = form.get("decision") === "approve";
        const decided = approve
          ? await context.approvals.approve(id, who)
          : await context.approvals.deny(id, who);
        if (!decided.ok)
          return approvalsPage(context.sql, context.approvals, frame, { error: decided.message });
        const sent = decided.answer
          ? ` It was sent; Cal.com answered ${decided.answer.status}.`
          : " Nothing was sent.";
        return approvalsPage(context.sql, context.approvals, frame, {
          message: `${approve ? "Approved" : "Denied"}: ${decided.row.preview} (agent ${decided.row.agent}).${sent}`,
        });
      }
      default:
        return plainPage(
          404,
          "Not found",
          html`<p><a href="/admin/agents">Back to the agents</a>.</p>`,
        );
    }
  }

  async function createAgent(frame: Frame, name: string): Promise<Answer> {
    if (!AGENT_NAME.test(name))
      return agentsPage(context.sql, frame, {
        error: "Agent names are 1-64 letters, digits, _ . or -, starting with a letter or digit.",
      });
    try {
      const added = await addAgent(context.sql, {
        name,
        policy: {},
        source: `admin page, ${frame.who}: created with everything off`,
      });
      await context.appendRecord(
        adminRecord(
          frame.who,
          added.agent,
          `created agent ${name} (token ${added.agent.tokenId}), everything off`,
        ),
      );
      return agentsPage(context.sql, frame, { created: { name, token: added.token } });
    } catch (error) {
      if (error instanceof AgentError)
        return agentsPage(context.sql, frame, { error: error.message });
      throw error;
    }
  }

  async function changePolicy(frame: Frame, path: string, form: URLSearchParams): Promise<Answer> {
    const name = form.get("agent") ?? "";
    const agent = (await listAgents(context.sql, false)).find((a) => a.name === name);
    if (!agent)
      return agentsPage(context.sql, frame, { error: `There is no live agent named "${name}".` });
    const current = (await policyHistory(context.sql, name)).at(-1)?.policy ?? {};
    const levels = Object.fromEntries(
      [...form.entries()].filter(([k]) => k.startsWith("level.")).map(([k, v]) => [k.slice(6), v]),
    );
    const proposed =
      path === "/admin/agents/levels"
        ? withLevels(current, levels)
        : withRule(current, form.get("operation") ?? "", form.get("rule") ?? "");
    const updated = await applyPolicyChange(context, frame.who, agent, proposed);
    const message = proposed.changes.length
      ? `Agent ${name} now has policy revision ${updated.policyRevision} (${proposed.changes.join("; ")}), in force from its next call.`
      : `Nothing changed for agent ${name}.`;
    return agentsPage(context.sql, frame, { message });
  }

  return { matches: (path) => path === "/admin" || path.startsWith("/admin/"), handle };
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
