/**
 * Agents and their policies in the store. An agent has one live token (only its hash is kept) and
 * a numbered series of policies: a new policy is a new revision, and old ones stay on record so
 * an audit record's revision can always be read back.
 */
import { randomUUID } from "node:crypto";
import type { AgentPolicy } from "@calkit/guard";
import { createToken, type NewToken } from "../token.js";
import type { Sql, SqlQueries } from "./sql.js";

export interface AgentRow {
  id: string;
  name: string;
  tokenId: string;
  policyRevision: number;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/** An agent as a request sees it: its row, the hash to check the token against, its policy. */
export interface AgentWithPolicy extends AgentRow {
  tokenHash: string;
  policy: AgentPolicy;
}

/** A request the store refuses (a name in use, an agent that does not exist). */
export class AgentError extends Error {
  override readonly name = "AgentError";
}

interface RawAgent {
  id: string;
  name: string;
  token_id: string;
  token_hash: string;
  policy_revision: number | string;
  created_at: Date | string;
  expires_at: Date | string | null;
  revoked_at: Date | string | null;
  policy?: string;
}

const AGENT_COLUMNS =
  "a.id, a.name, a.token_id, a.token_hash, a.policy_revision, a.created_at, a.expires_at, a.revoked_at";

function toDate(value: Date | string | null): Date | null {
  return value === null ? null : new Date(value);
}

function rowOf(raw: RawAgent): AgentRow {
  return {
    id: raw.id,
    name: raw.name,
    tokenId: raw.token_id,
    policyRevision: Number(raw.policy_revision),
    createdAt: toDate(raw.created_at) as Date,
    expiresAt: toDate(raw.expires_at),
    revokedAt: toDate(raw.revoked_at),
  };
}

const UNIQUE_VIOLATION = "23505";

/** NOTIFY channel of agent changes: serving gateways drop their cached agents when it fires. */
export const AGENTS_CHANGED = "calkit_gateway_agents";

async function announceChange(tx: SqlQueries, tokenId: string): Promise<void> {
  await tx.query("SELECT pg_notify($1, $2)", [AGENTS_CHANGED, tokenId]);
}

function nameTaken(name: string): AgentError {
  return new AgentError(
    `An agent named "${name}" already exists; revoke it first, or pick another name.`,
  );
}

export interface NewAgent {
  agent: AgentRow;
  /** Shown once; never stored. */
  token: string;
}

export async function addAgent(
  sql: Sql,
  input: { name: string; policy: AgentPolicy; source: string; expiresAt?: Date },
): Promise<NewAgent> {
  const id = randomUUID();
  const token: NewToken = createToken();
  return sql.transaction(async (tx) => {
    const taken = await tx.query(
      "SELECT 1 FROM agents WHERE name = $1 AND revoked_at IS NULL FOR UPDATE",
      [input.name],
    );
    if (taken.length) throw nameTaken(input.name);
    const rows = await tx
      .query<RawAgent>(
        `INSERT INTO agents AS a (id, name, token_id, token_hash, policy_revision, expires_at)
         VALUES ($1, $2, $3, $4, 1, $5) RETURNING ${AGENT_COLUMNS}`,
        [id, input.name, token.tokenId, token.hash, input.expiresAt?.toISOString() ?? null],
      )
      .catch((error: unknown) => {
        // Two adds of one name at once: the unique index lets only the first through.
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw nameTaken(input.name);
        throw error;
      });
    await tx.query(
      "INSERT INTO policies (agent_id, revision, policy, source) VALUES ($1, 1, $2, $3)",
      [id, JSON.stringify(input.policy), input.source],
    );
    return { agent: rowOf(rows[0] as RawAgent), token: token.token };
  });
}

export async function listAgents(sql: Sql, includeRevoked = true): Promise<AgentRow[]> {
  const rows = await sql.query<RawAgent>(
    `SELECT ${AGENT_COLUMNS} FROM agents a ${includeRevoked ? "" : "WHERE a.revoked_at IS NULL"} ORDER BY a.created_at, a.name`,
  );
  return rows.map(rowOf);
}

export async function revokeAgent(sql: Sql, name: string): Promise<AgentRow> {
  return sql.transaction(async (tx) => {
    const rows = await tx.query<RawAgent>(
      `UPDATE agents AS a SET revoked_at = now() WHERE a.name = $1 AND a.revoked_at IS NULL RETURNING ${AGENT_COLUMNS}`,
      [name],
    );
    if (!rows[0]) throw new AgentError(`There is no live agent named "${name}".`);
    await announceChange(tx, rows[0].token_id);
    return rowOf(rows[0]);
  });
}

/** Records a new policy revision for the live agent `name` and puts it in force. */
export async function setAgentPolicy(
  sql: Sql,
  name: string,
  policy: AgentPolicy,
  source: string,
): Promise<AgentRow> {
  return sql.transaction(async (tx) => {
    const found = await tx.query<RawAgent>(
      `SELECT ${AGENT_COLUMNS} FROM agents a WHERE a.name = $1 AND a.revoked_at IS NULL FOR UPDATE`,
      [name],
    );
    const agent = found[0];
    if (!agent) throw new AgentError(`There is no live agent named "${name}".`);
    const revision = Number(agent.policy_revision) + 1;
    await tx.query(
      "INSERT INTO policies (agent_id, revision, policy, source) VALUES ($1, $2, $3, $4)",
      [agent.id, revision, JSON.stringify(policy), source],
    );
    const rows = await tx.query<RawAgent>(
      `UPDATE agents AS a SET policy_revision = $2 WHERE a.id = $1 RETURNING ${AGENT_COLUMNS}`,
      [agent.id, revision],
    );
    await announceChange(tx, agent.token_id);
    return rowOf(rows[0] as RawAgent);
  });
}

/** The agent holding token id `tokenId`, with its policy in force (revoked and expired ones too). */
export async function findAgentByTokenId(
  sql: Sql,
  tokenId: string,
): Promise<AgentWithPolicy | undefined> {
  const rows = await sql.query<RawAgent>(
    `SELECT ${AGENT_COLUMNS}, p.policy FROM agents a
     JOIN policies p ON p.agent_id = a.id AND p.revision = a.policy_revision
     WHERE a.token_id = $1`,
    [tokenId],
  );
  const raw = rows[0];
  if (!raw) return undefined;
  return { ...rowOf(raw), tokenHash: raw.token_hash, policy: JSON.parse(raw.policy as string) };
}

/** Every revision of the live agent `name`'s policy, oldest first. */
export async function policyHistory(
  sql: Sql,
  name: string,
): Promise<{ revision: number; source: string; createdAt: Date; policy: AgentPolicy }[]> {
  const rows = await sql.query<{
    revision: number | string;
    source: string;
    created_at: Date | string;
    policy: string;
  }>(
    `SELECT p.revision, p.source, p.created_at, p.policy FROM policies p
     JOIN agents a ON a.id = p.agent_id WHERE a.name = $1 AND a.revoked_at IS NULL ORDER BY p.revision`,
    [name],
  );
  return rows.map((row) => ({
    revision: Number(row.revision),
    source: row.source,
    createdAt: new Date(row.created_at),
    policy: JSON.parse(row.policy),
  }));
}
