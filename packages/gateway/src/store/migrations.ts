/**
 * The schema, as numbered migrations run in order by both engines. Ids, hashes, JSON and
 * sequence numbers are text or int columns read back as strings, so the two drivers agree.
 * Append a migration to change the schema; never edit one that has shipped.
 */
import type { Sql } from "./sql.js";

export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE agents (
    id text PRIMARY KEY,
    name text NOT NULL,
    token_id text NOT NULL UNIQUE,
    -- sha256 of the whole token, hex; the token itself is never stored.
    token_hash text NOT NULL,
    policy_revision integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz,
    revoked_at timestamptz
  );
  -- A name names one live agent; a revoked agent's name can be given to a new one.
  CREATE UNIQUE INDEX agents_live_name ON agents (name) WHERE revoked_at IS NULL;

  -- Every policy an agent ever had; the agent row points at the one in force.
  CREATE TABLE policies (
    agent_id text NOT NULL REFERENCES agents (id),
    revision integer NOT NULL,
    policy text NOT NULL,
    source text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (agent_id, revision)
  );

  -- The audit chain: each record holds the hash of the one before it.
  CREATE TABLE audit (
    seq bigint PRIMARY KEY,
    agent text,
    record text NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL
  );
  CREATE INDEX audit_agent_seq ON audit (agent, seq);
  -- The last record's number and hash, updated with each append: a deleted tail shows here.
  CREATE TABLE audit_head (
    id integer PRIMARY KEY CHECK (id = 1),
    seq bigint NOT NULL,
    hash text NOT NULL
  );

  -- Answers to writes sent with an Idempotency-Key, per agent, kept 24 hours.
  CREATE TABLE idempotency (
    agent_id text NOT NULL,
    key text NOT NULL,
    fingerprint text NOT NULL,
    state text NOT NULL CHECK (state IN ('pending', 'done')),
    status integer,
    answer text,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (agent_id, key)
  );
  `,
  // The head starts at record 0 with the genesis hash, so every append is one conditional UPDATE.
  `
  INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '${"0".repeat(64)}') ON CONFLICT (id) DO NOTHING;
  `,
  // Secrets the gateway keeps (refreshed OAuth tokens), sealed with CALKIT_GATEWAY_SECRET.
  `
  CREATE TABLE secrets (
    name text PRIMARY KEY,
    sealed text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  `,
  // Calls held for a person's approval: the exact request (arguments as JSON, bound by its hash),
  // then who decided, and Cal.com's answer once the approved call was sent.
  `
  CREATE TABLE approvals (
    id text PRIMARY KEY,
    agent_id text NOT NULL REFERENCES agents (id),
    agent text NOT NULL,
    token_id text NOT NULL,
    operation text NOT NULL,
    method text NOT NULL,
    path text NOT NULL,
    args text NOT NULL,
    api_version text,
    request_hash text NOT NULL,
    preview text NOT NULL,
    reason text NOT NULL,
    policy_revision integer NOT NULL,
    state text NOT NULL CHECK (state IN ('pending', 'approved', 'sent', 'denied', 'expired')),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    decided_at timestamptz,
    decided_by text,
    answer text
  );
  CREATE INDEX approvals_state ON approvals (state, created_at);
  `,
];

/** Brings the schema up to date; safe when several processes start at once (one advisory lock). */
export async function migrate(sql: Sql): Promise<void> {
  await sql.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(4410001)");
    await tx.query(
      "CREATE TABLE IF NOT EXISTS calkit_gateway_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
    );
    const rows = await tx.query<{ version: number }>(
      "SELECT version FROM calkit_gateway_migrations",
    );
    const applied = new Set(rows.map((row) => Number(row.version)));
    for (const [index, statement] of MIGRATIONS.entries()) {
      const version = index + 1;
      if (applied.has(version)) continue;
      for (const part of splitStatements(statement)) await tx.query(part);
      await tx.query("INSERT INTO calkit_gateway_migrations (version) VALUES ($1)", [version]);
    }
  });
}

/** One statement per query: the extended protocol (used for parameters) takes one at a time. */
function splitStatements(text: string): string[] {
  return text
    .split(/;\s*\n/)
    .map((part) => part.replace(/^\s*--.*$/gm, "").trim())
    .filter((part) => part.length > 0);
}
