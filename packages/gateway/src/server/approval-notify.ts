/**
 * Tells a Slack-compatible incoming webhook (`{"text": …}`) of each new approval request, so a
 * person knows to open the Approvals page. Fire and forget: a failing webhook is logged (without
 * its URL, which is itself a secret) and never holds up or changes the call.
 */
import type { Log } from "../log.js";
import type { ApprovalRow } from "../store/approvals.js";

const TIMEOUT_MS = 5_000;

export function createApprovalNotifier(url: string, log: Log): (row: ApprovalRow) => void {
  return (row) => {
    const text = `Agent ${row.agent} asks to go ahead with ${row.preview} (${row.reason}). Approve or deny it on the gateway's /admin/approvals page before ${row.expiresAt.toISOString()}; approval ${row.id}.`;
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
      .then((response) => {
        if (!response.ok)
          log("approval-webhook-failed", { status: response.status, approval: row.id });
      })
      .catch((error: unknown) =>
        log("approval-webhook-failed", {
          error: error instanceof Error ? error.name : "error",
          approval: row.id,
        }),
      );
  };
}
