/**
 * The Activity view: the audit log as plain-English sentences, newest first, filtered by agent,
 * resource, decision and time (a GET form, so a filtered view is a link), each record's details
 * on demand, and the verdict of `audit verify` on the whole chain.
 */
import type { GatewayAuditRecord } from "../audit-record.js";
import type { Answer } from "../server/answer.js";
import { listAgents } from "../store/agents.js";
import { verifyAudit } from "../store/audit-chain.js";
import { searchAudit } from "../store/audit-search.js";
import type { Sql } from "../store/sql.js";
import { type Html, html } from "./html.js";
import { type Frame, page } from "./layout.js";
import { RESOURCES, resourceLabel } from "./policy-change.js";

const DECISIONS = ["allowed", "denied", "refused", "held", "admin"] as const;
const SHOWN = 200;

export async function activityPage(
  sql: Sql,
  frame: Frame,
  query: URLSearchParams,
): Promise<Answer> {
  const pick = (name: string, allowed?: readonly string[]) => {
    const value = query.get(name)?.trim();
    return value && (!allowed || allowed.includes(value)) ? value : undefined;
  };
  const agents = [...new Set((await listAgents(sql)).map((a) => a.name))];
  const filter = {
    agent: pick("agent", agents),
    resource: pick("resource", RESOURCES),
    decision: pick("decision", DECISIONS),
    since: instant(pick("since")),
    until: instant(pick("until"), true),
  };
  const records = await searchAudit<GatewayAuditRecord>(sql, {
    ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)),
    limit: SHOWN,
  });
  const verdict = await verifyAudit(sql);
  return page(
    frame,
    "activity",
    "Activity",
    html`<p role="status">${
      verdict.intact
        ? html`<span class="verdict-ok">The audit chain is intact</span>: ${verdict.records} records, none altered or removed (head ${verdict.head.slice(0, 16)}…).`
        : html`<span class="verdict-bad">The audit chain is broken</span>: ${verdict.problem}. Records 1 to ${verdict.records} check out.`
    }</p>
<form method="get" action="/admin/activity" class="row" aria-label="Filter the activity">
${choice("agent", "Agent", agents, filter.agent)}
${choice("resource", "Resource", RESOURCES, filter.resource, resourceLabel)}
${choice("decision", "Decision", DECISIONS, filter.decision)}
<label for="f-since">From (UTC)<input id="f-since" type="datetime-local" name="since" value="${query.get("since") ?? ""}"></label>
<label for="f-until">To (UTC)<input id="f-until" type="datetime-local" name="until" value="${query.get("until") ?? ""}"></label>
<button type="submit">Filter</button> <a href="/admin/activity">Clear</a>
</form>
<p class="muted">${records.length === SHOWN ? `The newest ${SHOWN} matching records.` : `${records.length} matching records.`}</p>
<ol class="activity" aria-label="Audit records, newest first">
${records.map((r) => entry(r.seq, r.record))}
</ol>`,
  );
}

/** A datetime-local value (read as UTC) as an ISO instant; `end` rounds up to the minute's end. */
function instant(value: string | undefined, end = false): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(/Z$|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);
  if (Number.isNaN(time)) return undefined;
  return new Date(time + (end ? 59_999 : 0)).toISOString();
}

function choice(
  name: string,
  label: string,
  values: readonly string[],
  selected: string | undefined,
  show: (v: string) => string = (v) => v,
): Html {
  return html`<label for="f-${name}">${label}<select id="f-${name}" name="${name}"><option value="">Any</option>${values.map(
    (v) => html`<option value="${v}"${v === selected ? html` selected` : ""}>${show(v)}</option>`,
  )}</select></label>`;
}

function entry(seq: number, record: GatewayAuditRecord): Html {
  return html`<li>
<time datetime="${record.time}">${record.time.replace("T", " ").slice(0, 19)} UTC</time>
<span class="decision decision-${record.decision}">${record.decision}</span>
<p>${record.sentence}</p>
<details><summary>Details of record ${seq}</summary><pre>${JSON.stringify(record, null, 2)}</pre></details>
</li>`;
}
