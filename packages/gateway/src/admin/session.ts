/**
 * Who may use `/admin`: the holder of the admin token (`CALKIT_ADMIN_TOKEN`), never an agent. A
 * login sets a session cookie (HttpOnly, SameSite=Strict, path /admin) signed with a key derived
 * from the admin token, so it works on every gateway sharing the token and dies when the token
 * changes. Each change also needs the session's CSRF token (a second signature of the cookie)
 * and, when the browser sends one, an Origin naming this host. Scripts may instead send the admin
 * token as a bearer token (no cookie, so no CSRF check needed).
 */
import { createHmac, randomBytes } from "node:crypto";
import { sameSecret } from "../same-secret.js";
import type { GatewayRequest } from "../server/request.js";

export const MIN_ADMIN_TOKEN_LENGTH = 32;
export const SESSION_COOKIE = "calkit_admin";
const SESSION_MS = 12 * 3_600_000;
/** Names people give at login, shown as "who" in the audit log. */
export const ADMIN_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,39}$/u;

export interface AdminSession {
  /** The name given at login. */
  who: string;
  csrf: string;
}

export interface AdminAuth {
  /** Whether `token` is the admin token (constant time). */
  tokenMatches(token: string): boolean;
  /** The Set-Cookie value of a new session for `who`. */
  startSession(who: string, secure: boolean): string;
  /** The session the request's cookie carries, if valid and unexpired. */
  session(request: GatewayRequest): AdminSession | undefined;
  /** A bearer admin token in `Authorization`. */
  bearer(request: GatewayRequest): boolean;
}

export function createAdminAuth(adminToken: string): AdminAuth {
  const key = createHmac("sha256", adminToken).update("calkit admin session v1").digest();
  const sign = (purpose: string, value: string) =>
    createHmac("sha256", key).update(`${purpose}\n${value}`).digest("base64url");

  function session(request: GatewayRequest): AdminSession | undefined {
    const value = cookieOf(request.header("cookie"), SESSION_COOKIE);
    const [body, mac] = value?.split(".") ?? [];
    if (!body || !mac || !sameSecret(mac, sign("session", body))) return undefined;
    try {
      const parsed = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as {
        who: string;
        until: number;
      };
      if (!(parsed.until > Date.now()) || !ADMIN_NAME.test(parsed.who)) return undefined;
      return { who: parsed.who, csrf: sign("csrf", body) };
    } catch {
      return undefined;
    }
  }

  return {
    tokenMatches: (token) => sameSecret(token, adminToken),
    startSession(who, secure) {
      const body = Buffer.from(
        JSON.stringify({ who, until: Date.now() + SESSION_MS, n: randomBytes(12).toString("hex") }),
      ).toString("base64url");
      return `${SESSION_COOKIE}=${body}.${sign("session", body)}; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=${SESSION_MS / 1000}${secure ? "; Secure" : ""}`;
    },
    session,
    bearer(request) {
      const token = /^Bearer +(\S+) *$/i.exec(request.header("authorization") ?? "")?.[1];
      return token !== undefined && sameSecret(token, adminToken);
    },
  };
}

/** The Set-Cookie value that ends the session. */
export const END_SESSION = `${SESSION_COOKIE}=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0`;

function cookieOf(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * A change from a page of this gateway: the CSRF token matches and the browser, if it says where
 * the request comes from, says this origin.
 */
export function sameOriginChange(
  request: GatewayRequest,
  session: AdminSession,
  csrf: string | undefined,
): boolean {
  if (csrf === undefined || !sameSecret(csrf, session.csrf)) return false;
  const site = request.header("sec-fetch-site");
  if (site !== undefined && site !== "same-origin" && site !== "none") return false;
  const origin = request.header("origin");
  if (origin === undefined || origin === "null") return origin === undefined;
  const host = request.header("host");
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Whether the admin token is usable: long enough to resist guessing. */
export function adminTokenProblem(token: string): string | undefined {
  return token.length < MIN_ADMIN_TOKEN_LENGTH
    ? `CALKIT_ADMIN_TOKEN must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters (e.g. \`openssl rand -base64 32\`).`
    : undefined;
}
