/**
 * The Agents view: one row per live agent, one column per resource, each cell a choice of
 * Off / Read / Ask / Full (a form per row, saved as one new policy revision). Below the matrix,
 * each agent's overrides and constraints in words, a form to set one operation's rule, its
 * recent revisions (who changed what, when), and revoke. A new agent's token is shown once.
 */

import type { AgentPolicy, OperationRule } from "@calkit/guard";
import { constraints } from "@calkit/guard";
import type { Answer } from "../server/answer.js";
import { type AgentRow, listAgents, policyHistory } from "../store/agents.js";
import type { Sql } from "../store/sql.js";
import { type Html, html } from "./html.js";
import { csrfField, type Frame, page } from "./layout.js";
import {
  LEVELS,
  levelLabel,
  OPERATION_IDS,
  RESOURCES,
  RULE_WORDS,
  RULES,
  resourceLabel,
} from "./policy-change.js";

/** What the previous action left to say: a new agent's token (once), a message or a problem. */
export interface Notice {
  created?: { name: string; token: string };
  message?: string;
  error?: string;
}

type Revision = Awaited<ReturnType<typeof policyHistory>>[number];
interface LiveAgent {
  row: AgentRow;
  policy: AgentPolicy;
  history: Revision[];
}

const HISTORY_SHOWN = 5;

export async function agentsPage(sql: Sql, frame: Frame, notice: Notice = {}): Promise<Answer> {
  const rows = await listAgents(sql);
  const live: LiveAgent[] = [];
  for (const row of rows.filter((r) => !r.revokedAt)) {
    const history = await policyHistory(sql, row.name);
    live.push({ row, policy: history.at(-1)?.policy ?? {}, history });
  }
  const revoked = rows.filter((r) => r.revokedAt);
  return page(
    frame,
    "agents",
    "Agents",
    html`${noticeOf(notice)}
<p>What each agent may do, per resource: <strong>Off</strong> nothing, <strong>Read</strong> read only, <strong>Ask</strong> reads, and each change once a person approves it, <strong>Full</strong> reads and changes. A saved row is a new policy revision, in force from the agent's next call.</p>
${live.length ? matrix(frame, live) : html`<p>No agents yet: create one below.</p>`}
<h2 id="create">Create an agent</h2>
<form method="post" action="/admin/agents/create" class="row">${csrfField(frame)}
<label for="new-agent-name">Name (letters, digits, _ . -)<input id="new-agent-name" name="name" required pattern="[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}" autocomplete="off"></label>
<button type="submit" class="primary">Create agent</button>
</form>
<p class="muted">A new agent starts with everything off; its token is shown once.</p>
${live.map((agent) => agentDetails(frame, agent))}
${revoked.length ? html`<h2>Revoked agents</h2><ul>${revoked.map((r) => html`<li>${r.name} (token ${r.tokenId}), revoked ${r.revokedAt?.toISOString()}</li>`)}</ul>` : ""}`,
  );
}

function noticeOf(notice: Notice): Html {
  if (notice.created)
    return html`<section class="notice" aria-labelledby="new-token-title" role="status">
<h2 id="new-token-title">Agent ${notice.created.name} was created</h2>
<p>Its token is shown <strong>only now</strong>; the gateway keeps only a hash of it. Give it to the agent as its bearer token.</p>
<label for="new-token">Token for ${notice.created.name}</label><br>
<input id="new-token" class="token" readonly value="${notice.created.token}">
<button type="button" data-copy="new-token" hidden>Copy token</button>
<span id="new-token-status" role="status"></span>
</section>`;
  if (notice.error) return html`<p class="notice error" role="alert">${notice.error}</p>`;
  if (notice.message) return html`<p class="notice" role="status">${notice.message}</p>`;
  return html``;
}

function matrix(frame: Frame, agents: LiveAgent[]): Html {
  return html`<div class="scroll" role="region" aria-labelledby="matrix-caption" tabindex="0">
<table id="matrix">
<caption id="matrix-caption" class="visually-hidden">Access per agent and resource</caption>
<thead><tr><th scope="col">Agent</th>${RESOURCES.map((r) => html`<th scope="col">${resourceLabel(r)}</th>`)}<th scope="col"><span class="visually-hidden">Save</span></th></tr></thead>
<tbody>
${agents.map((agent) => matrixRow(frame, agent))}
</tbody>
</table>
</div>`;
}

function matrixRow(frame: Frame, agent: LiveAgent): Html {
  const name = agent.row.name;
  const form = `row-${name}`;
  return html`<tr>
<th scope="row"><a href="#agent-${name}">${name}</a></th>
${RESOURCES.map((resource) => {
  const level = agent.policy.resources?.[resource] ?? "off";
  return html`<td><select name="level.${resource}" form="${form}" aria-label="${resourceLabel(resource)} for ${name}">${LEVELS.map(
    (l) =>
      html`<option value="${l}"${l === level ? html` selected` : ""}>${levelLabel(l)}</option>`,
  )}</select></td>`;
})}
<td><form id="${form}" method="post" action="/admin/agents/levels">${csrfField(frame)}<input type="hidden" name="agent" value="${name}"><button type="submit">Save<span class="visually-hidden"> ${name}</span></button></form></td>
</tr>`;
}

function overridesInWords(policy: AgentPolicy): Html {
  const entries = Object.entries(policy.operations ?? {}) as [string, OperationRule][];
  if (!entries.length) return html`<p>No per-operation overrides: the levels above decide.</p>`;
  return html`<ul>${entries.map(([op, rule]) => html`<li><code>${op}</code>: ${RULE_WORDS[rule]}</li>`)}</ul>`;
}

function constraintsInWords(policy: AgentPolicy): Html {
  const values = (policy.constraints ?? {}) as Record<string, unknown>;
  const set = constraints.filter((c) => values[c.key] !== undefined);
  if (!set.length) return html`<p>No constraints.</p>`;
  return html`<ul>${set.map(
    (c) =>
      html`<li>${String(c.schema.description ?? c.key)} <span class="muted">(${c.key}: ${JSON.stringify(values[c.key])})</span></li>`,
  )}</ul>`;
}

function agentDetails(frame: Frame, agent: LiveAgent): Html {
  const { row, policy, history } = agent;
  const id = `agent-${row.name}`;
  return html`<section class="agent" id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${row.name}</h2>
<p class="muted">Token ${row.tokenId}… (only its id is shown) · policy revision ${row.policyRevision} · created ${row.createdAt.toISOString()}${row.expiresAt ? ` · expires ${row.expiresAt.toISOString()}` : ""}</p>
${policy.description ? html`<p>${policy.description}</p>` : ""}
<h3>Per-operation overrides</h3>
${overridesInWords(policy)}
<form method="post" action="/admin/agents/rule" class="row">${csrfField(frame)}<input type="hidden" name="agent" value="${row.name}">
<label for="${id}-op">Operation<select id="${id}-op" name="operation">${OPERATION_IDS.map((op) => html`<option>${op}</option>`)}</select></label>
<label for="${id}-rule">Rule<select id="${id}-rule" name="rule"><option value="default">As its resource's level says</option>${RULES.map((r) => html`<option value="${r}">${RULE_WORDS[r]}</option>`)}</select></label>
<button type="submit">Set rule<span class="visually-hidden"> for ${row.name}</span></button>
</form>
<h3>Constraints</h3>
${constraintsInWords(policy)}
<h3>Recent changes</h3>
<ol reversed>${history
    .slice(-HISTORY_SHOWN)
    .reverse()
    .map(
      (h) =>
        html`<li>Revision ${h.revision}, <time datetime="${h.createdAt.toISOString()}">${h.createdAt.toISOString()}</time>: ${h.source}</li>`,
    )}</ol>
<form method="post" action="/admin/agents/revoke">${csrfField(frame)}<input type="hidden" name="agent" value="${row.name}"><button type="submit" class="danger">Revoke ${row.name}</button></form>
</section>`;
}
