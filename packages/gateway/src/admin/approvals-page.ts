/**
 * The Approvals view: each pending request with its plain-English preview and exactly what will
 * be sent (method, path, arguments), approve and deny buttons; then the latest decided ones.
 */
import { redactArgs } from "../audit-args.js";
import type { Answer } from "../server/answer.js";
import type { ApprovalDesk } from "../server/approval-desk.js";
import { type ApprovalRow, listApprovals } from "../store/approvals.js";
import type { Sql } from "../store/sql.js";
import { type Html, html } from "./html.js";
import { csrfField, type Frame, page } from "./layout.js";

const DECIDED_SHOWN = 20;

export async function approvalsPage(
  sql: Sql,
  desk: ApprovalDesk,
  frame: Frame,
  notice?: { message?: string; error?: string },
): Promise<Answer> {
  await desk.sweep();
  const pending = await listApprovals(sql, { states: ["pending"] });
  const decided = await listApprovals(sql, {
    states: ["approved", "sent", "denied", "expired"],
    limit: DECIDED_SHOWN,
  });
  return page(
    frame,
    "approvals",
    "Approvals",
    html`${notice?.error ? html`<p class="notice error" role="alert">${notice.error}</p>` : ""}${notice?.message ? html`<p class="notice" role="status">${notice.message}</p>` : ""}
<p>Calls the policy asks about wait here. Approving sends the request below, exactly as shown, once; denying sends nothing. A request not decided in time expires and nothing is sent.</p>
<h2>Waiting (${pending.length})</h2>
${pending.length ? pending.map((row) => pendingItem(frame, row)) : html`<p>Nothing is waiting for approval.</p>`}
<h2>Recently decided</h2>
${decided.length ? html`<ul>${decided.map(decidedItem)}</ul>` : html`<p>None yet.</p>`}`,
  );
}

/** "Cancelling booking abc", as a heading starts. */
function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pendingItem(frame: Frame, row: ApprovalRow): Html {
  const id = `approval-${row.id}`;
  return html`<article class="approval" id="${id}" aria-labelledby="${id}-title">
<h3 id="${id}-title">${capitalized(row.preview)}</h3>
<p>Agent <strong>${row.agent}</strong> asks; ${row.reason}. Expires <time datetime="${row.expiresAt.toISOString()}">${row.expiresAt.toISOString().replace("T", " ").slice(0, 19)} UTC</time>.</p>
<p>What will be sent to Cal.com:</p>
<pre aria-label="The request that will be sent">${row.method} ${row.path}${row.apiVersion ? `\ncal-api-version: ${row.apiVersion}` : ""}\n${JSON.stringify(redactArgs(row.args), null, 2)}</pre>
<form method="post" action="/admin/approvals/decide" class="row">${csrfField(frame)}<input type="hidden" name="id" value="${row.id}">
<button type="submit" name="decision" value="approve" class="primary">Approve<span class="visually-hidden">: ${row.preview}</span></button>
<button type="submit" name="decision" value="deny" class="danger">Deny<span class="visually-hidden">: ${row.preview}</span></button>
</form>
</article>`;
}

function decidedItem(row: ApprovalRow): Html {
  const status = row.answer ? `, Cal.com answered ${row.answer.status}` : "";
  const what =
    row.state === "expired"
      ? "expired; nothing was sent"
      : row.state === "denied"
        ? `denied by ${row.decidedBy}; nothing was sent`
        : `approved by ${row.decidedBy}${row.state === "sent" ? `, sent${status}` : ", sending"}`;
  return html`<li>${capitalized(row.preview)} (agent ${row.agent}): ${what}.</li>`;
}
