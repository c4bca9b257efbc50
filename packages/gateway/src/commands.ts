/**
 * The store commands of `calkit-gateway` (agent add/list/revoke/policy, audit tail/verify), as one
 * function from argv to output. The CLI runs it against the store directly, or, when a gateway is
 * serving the embedded store (which one process at a time may open), inside that gateway.
 */
import { PolicyFileError } from "@calkit/guard";
import type { GatewayAuditRecord } from "./audit-record.js";
import { parseArgs, UsageError } from "./cli-args.js";
import {
  AgentNameError,
  checkAgentName,
  PolicyFileEntryError,
  readAgentPolicy,
} from "./policy-file.js";
import {
  AgentError,
  type AgentRow,
  addAgent,
  listAgents,
  revokeAgent,
  setAgentPolicy,
} from "./store/agents.js";
import { tailAudit, verifyAudit } from "./store/audit-chain.js";
import type { Sql } from "./store/sql.js";

export interface CommandResult {
  stdout: string;
  stderr: string;
  /** 0 done; 1 refused or failed (agent unknown, chain broken); 2 usage error. */
  code: number;
}

const DEFAULT_TAIL = 20;

/** Whether argv names a store command (everything but `serve` and help). */
export function isStoreCommand(argv: readonly string[]): boolean {
  return argv[0] === "agent" || argv[0] === "audit";
}

export async function runStoreCommand(sql: Sql, argv: readonly string[]): Promise<CommandResult> {
  try {
    const [group, command, ...rest] = argv;
    if (group === "agent") return await agentCommand(sql, command, rest);
    if (group === "audit") return await auditCommand(sql, command, rest);
    throw new UsageError(`Unknown command ${JSON.stringify(group ?? "")}.`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof AgentNameError)
      return { stdout: "", stderr: `${error.message}\n`, code: 2 };
    if (
      error instanceof AgentError ||
      error instanceof PolicyFileError ||
      error instanceof PolicyFileEntryError
    )
      return { stdout: "", stderr: `${error.message}\n`, code: 1 };
    throw error;
  }
}

function ok(stdout: string): CommandResult {
  return { stdout, stderr: "", code: 0 };
}

async function agentCommand(
  sql: Sql,
  command: string | undefined,
  argv: string[],
): Promise<CommandResult> {
  switch (command) {
    case "add": {
      const args = parseArgs(argv, { options: ["policy", "expires"] });
      const name = checkAgentName(single(args.positionals, "agent add <name> --policy <file>"));
      const file = required(args.options.get("policy"), "--policy <file>");
      const expires = args.options.get("expires");
      const expiresAt = expires === undefined ? undefined : parseExpiry(expires);
      const policy = readAgentPolicy(file, name);
      const added = await addAgent(sql, {
        name,
        policy,
        source: file,
        ...(expiresAt === undefined ? {} : { expiresAt }),
      });
      // The token, and only it, on stdout: scripts capture it with $(…).
      return ok(`${added.token}\n`);
    }
    case "list": {
      const args = parseArgs(argv, { switches: ["json"] });
      if (args.positionals.length) throw new UsageError("agent list takes no arguments.");
      const agents = await listAgents(sql);
      if (args.switches.has("json"))
        return ok(agents.map((a) => `${JSON.stringify(agentJson(a))}\n`).join(""));
      return ok(agentTable(agents, new Date()));
    }
    case "revoke": {
      const args = parseArgs(argv, {});
      const name = checkAgentName(single(args.positionals, "agent revoke <name>"));
      const agent = await revokeAgent(sql, name);
      return ok(
        `Revoked agent ${agent.name} (token ${agent.tokenId}); its token no longer works.\n`,
      );
    }
    case "policy": {
      const args = parseArgs(argv, { options: ["policy"] });
      const name = checkAgentName(single(args.positionals, "agent policy <name> --policy <file>"));
      const file = required(args.options.get("policy"), "--policy <file>");
      const agent = await setAgentPolicy(sql, name, readAgentPolicy(file, name), file);
      return ok(
        `Agent ${agent.name} now has policy revision ${agent.policyRevision} (from ${file}); earlier revisions stay on record.\n`,
      );
    }
    default:
      throw new UsageError(
        `Unknown command "agent ${command ?? ""}": use agent add, agent list, agent revoke or agent policy.`,
      );
  }
}

async function auditCommand(
  sql: Sql,
  command: string | undefined,
  argv: string[],
): Promise<CommandResult> {
  switch (command) {
    case "tail": {
      const args = parseArgs(argv, { options: ["agent", "limit"], switches: ["json"] });
      if (args.positionals.length) throw new UsageError("audit tail takes no arguments.");
      const agent = args.options.get("agent");
      const limit = parseLimit(args.options.get("limit"));
      const records = await tailAudit<GatewayAuditRecord>(sql, {
        limit,
        ...(agent === undefined ? {} : { agent }),
      });
      if (args.switches.has("json"))
        return ok(
          records
            .map((r) => `${JSON.stringify({ seq: r.seq, ...r.record, hash: r.hash })}\n`)
            .join(""),
        );
      return ok(records.map((r) => `${r.record.time}  ${r.record.sentence}\n`).join(""));
    }
    case "verify": {
      const args = parseArgs(argv, {});
      if (args.positionals.length) throw new UsageError("audit verify takes no arguments.");
      const result = await verifyAudit(sql);
      if (result.intact)
        return ok(
          `The audit chain is intact: ${result.records} record${result.records === 1 ? "" : "s"}, head ${result.head}.\n`,
        );
      return {
        stdout: "",
        stderr: `The audit chain is broken: ${result.problem}. Records 1 to ${result.records} check out.\n`,
        code: 1,
      };
    }
    default:
      throw new UsageError(
        `Unknown command "audit ${command ?? ""}": use audit tail or audit verify.`,
      );
  }
}

function single(positionals: string[], usage: string): string | undefined {
  if (positionals.length > 1)
    throw new UsageError(`Too many arguments; usage: calkit-gateway ${usage}`);
  if (positionals.length === 0)
    throw new UsageError(`Name the agent; usage: calkit-gateway ${usage}`);
  return positionals[0];
}

function required(value: string | undefined, what: string): string {
  if (value === undefined || value === "") throw new UsageError(`${what} is required.`);
  return value;
}

function parseLimit(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TAIL;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 100_000)
    throw new UsageError("--limit must be a whole number from 1 to 100000.");
  return n;
}

/** `30d`, `12h`, `90m`, or an ISO 8601 instant in the future. */
export function parseExpiry(text: string, now = new Date()): Date {
  const relative = /^(\d{1,6})([dhm])$/.exec(text);
  const unit = { d: 86_400_000, h: 3_600_000, m: 60_000 };
  const at = relative
    ? new Date(now.getTime() + Number(relative[1]) * unit[relative[2] as keyof typeof unit])
    : new Date(text);
  if (Number.isNaN(at.getTime()))
    throw new UsageError(
      `--expires must be a duration (30d, 12h, 90m) or an ISO 8601 time; got ${JSON.stringify(text.slice(0, 40))}.`,
    );
  if (at.getTime() <= now.getTime()) throw new UsageError("--expires must be in the future.");
  return at;
}

function agentJson(agent: AgentRow) {
  return {
    name: agent.name,
    tokenId: agent.tokenId,
    policyRevision: agent.policyRevision,
    createdAt: agent.createdAt.toISOString(),
    expiresAt: agent.expiresAt?.toISOString() ?? null,
    revokedAt: agent.revokedAt?.toISOString() ?? null,
  };
}

function stateOf(agent: AgentRow, now: Date): string {
  if (agent.revokedAt) return `revoked ${agent.revokedAt.toISOString()}`;
  if (agent.expiresAt && agent.expiresAt <= now) return `expired ${agent.expiresAt.toISOString()}`;
  return agent.expiresAt ? `live until ${agent.expiresAt.toISOString()}` : "live";
}

/** One aligned line per agent, live and revoked, with a header. */
function agentTable(agents: AgentRow[], now: Date): string {
  if (agents.length === 0)
    return "No agents yet. Add one: calkit-gateway agent add <name> --policy <file>\n";
  const rows = [
    ["NAME", "TOKEN ID", "POLICY", "CREATED", "STATE"],
    ...agents.map((a) => [
      a.name,
      a.tokenId,
      `r${a.policyRevision}`,
      a.createdAt.toISOString(),
      stateOf(a, now),
    ]),
  ];
  const widths =
    rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] as string).length))) ?? [];
  return rows
    .map(
      (r) =>
        `${r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] as number))).join("  ")}\n`,
    )
    .join("");
}
