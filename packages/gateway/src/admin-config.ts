/**
 * The admin page's and approvals' settings from the environment: `CALKIT_ADMIN_TOKEN` (or
 * `CALKIT_ADMIN_TOKEN_FILE`) turns `/admin` on; `CALKIT_APPROVAL_TTL` (default 10m) and
 * `CALKIT_APPROVAL_WAIT` (default 50s) time approvals; `CALKIT_APPROVAL_WEBHOOK_URL` is told of
 * each new one. Problems name the variable, never its value.
 */
import { readFileSync } from "node:fs";
import { adminTokenProblem } from "./admin/session.js";
import { DEFAULT_APPROVAL_TTL_MS, DEFAULT_APPROVAL_WAIT_MS } from "./server/approval-desk.js";
import { GatewaySetupError } from "./setup-error.js";

export function adminTokenFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const direct = env.CALKIT_ADMIN_TOKEN?.trim() || undefined;
  const file = env.CALKIT_ADMIN_TOKEN_FILE?.trim() || undefined;
  if (direct && file)
    throw new GatewaySetupError(
      "Both CALKIT_ADMIN_TOKEN and CALKIT_ADMIN_TOKEN_FILE are set: set only one.",
    );
  let token = direct;
  if (file)
    try {
      token = readFileSync(file, "utf8").trim();
    } catch (error) {
      throw new GatewaySetupError(
        `CALKIT_ADMIN_TOKEN_FILE cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}).`,
      );
    }
  if (token === undefined) return undefined;
  const problem = adminTokenProblem(token);
  if (problem) throw new GatewaySetupError(problem);
  if (token.startsWith("ckgw_"))
    throw new GatewaySetupError(
      "CALKIT_ADMIN_TOKEN looks like an agent token; the admin token must be its own secret.",
    );
  return token;
}

/** `90s`, `10m`, `1h` (or plain milliseconds) as milliseconds. */
export function parseDuration(name: string, text: string): number {
  const match = /^(\d{1,7})(ms|s|m|h)?$/.exec(text.trim());
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  const ms = match ? Number(match[1]) * unit[(match[2] ?? "ms") as keyof typeof unit] : Number.NaN;
  if (!(ms > 0) || ms > 7 * 24 * 3_600_000)
    throw new GatewaySetupError(
      `${name} must be a duration such as 90s, 10m or 1h (at most a week).`,
    );
  return ms;
}

/** The HTTP server ends a request after 120 s; a waiting agent gets its 202 before that. */
const MAX_WAIT_MS = 110_000;

export interface ApprovalSettings {
  ttlMs: number;
  waitMs: number;
  webhookUrl?: string;
}

export function approvalSettingsFromEnv(env: NodeJS.ProcessEnv): ApprovalSettings {
  const ttl = env.CALKIT_APPROVAL_TTL?.trim();
  const wait = env.CALKIT_APPROVAL_WAIT?.trim();
  const webhook = env.CALKIT_APPROVAL_WEBHOOK_URL?.trim();
  if (webhook && !/^https?:\/\//.test(webhook))
    throw new GatewaySetupError("CALKIT_APPROVAL_WEBHOOK_URL must be an http(s) URL.");
  const waitMs = wait ? parseDuration("CALKIT_APPROVAL_WAIT", wait) : DEFAULT_APPROVAL_WAIT_MS;
  if (waitMs > MAX_WAIT_MS)
    throw new GatewaySetupError(
      "CALKIT_APPROVAL_WAIT may be at most 110s (requests end after 120 s).",
    );
  return {
    ttlMs: ttl ? parseDuration("CALKIT_APPROVAL_TTL", ttl) : DEFAULT_APPROVAL_TTL_MS,
    waitMs,
    ...(webhook ? { webhookUrl: webhook } : {}),
  };
}
