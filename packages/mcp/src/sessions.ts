/**
 * The open MCP sessions of the HTTP server, each tied to the credential that opened it (its
 * fingerprint, or `server` for the server's own credential): a request that names a session with
 * another credential finds nothing, so no bearer can use or end anyone else's session. Each
 * credential holds at most `maxPerCredential` sessions (opening one more ends its own least
 * recently used), and idle sessions are dropped first when the server is full.
 */
import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import type { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";

export type JsonRpcId = string | number;

export interface Session {
  readonly transport: StreamableHTTPServerTransport;
  readonly server: Server;
  /** Fingerprint of the credential that opened the session. */
  readonly owner: string;
  lastSeen: number;
  /** JSON-RPC ids of the requests the SDK is still working on (a reused one would never be answered). */
  readonly pending: Set<JsonRpcId>;
}

export interface SessionLimits {
  readonly maxSessions: number;
  readonly maxPerCredential: number;
  readonly idleMs: number;
}

export interface SessionRegistry {
  size(): number;
  /** The session `id` when it exists and `owner` opened it; its idle clock restarts. */
  find(id: string, owner: string): Session | undefined;
  /** Makes room for one more session of `owner`; false when the server is full of others' sessions. */
  admit(owner: string): boolean;
  add(id: string, session: Session): void;
  remove(id: string): void;
  /** Ends every session (server shutdown). */
  closeAll(): Promise<void>;
}

export function createSessionRegistry(
  limits: SessionLimits,
  now: () => number = Date.now,
): SessionRegistry {
  const sessions = new Map<string, Session>();

  function end(id: string): void {
    const session = sessions.get(id);
    if (!session) return;
    sessions.delete(id);
    void session.server.close().catch(() => {});
  }

  function dropIdle(): void {
    const t = now();
    for (const [id, session] of sessions) if (t - session.lastSeen > limits.idleMs) end(id);
  }

  return {
    size: () => sessions.size,
    find(id, owner) {
      const session = sessions.get(id);
      if (!session || session.owner !== owner) return undefined;
      session.lastSeen = now();
      return session;
    },
    admit(owner) {
      const own = [...sessions]
        .filter(([, s]) => s.owner === owner)
        .sort(([, a], [, b]) => a.lastSeen - b.lastSeen);
      while (own.length >= limits.maxPerCredential) end((own.shift() as [string, Session])[0]);
      if (sessions.size >= limits.maxSessions) dropIdle();
      return sessions.size < limits.maxSessions;
    },
    add: (id, session) => void sessions.set(id, session),
    remove: (id) => void sessions.delete(id),
    async closeAll() {
      const open = [...sessions.values()];
      sessions.clear();
      await Promise.all(open.map((s) => s.server.close().catch(() => {})));
    },
  };
}
