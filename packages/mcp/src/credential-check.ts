/**
 * Whether Cal.com accepts a bearer credential, asked once per credential before it may open an
 * MCP session over HTTP: made-up keys are refused (401) instead of filling the session table. The
 * check is one `GET /v2/me` without retries; any answer but 401 proves the credential (a 403 only
 * says a scope is missing). Checks of new credentials are rate-limited as a whole, so a flood of
 * unknown credentials waits (503) while credentials already accepted open sessions at once.
 */
import { ForbiddenError, UnauthorizedError } from "@calkit/client";
import { type CalCredential, type ClientSettings, clientFor, fingerprint } from "./credentials.js";
import { createRateLimiter } from "./rate-limit.js";

export type CredentialStatus =
  | { readonly status: "accepted" }
  | { readonly status: "rejected" }
  /** Not checked now (check rate exceeded, or Cal.com unreachable): try again later. */
  | { readonly status: "unchecked"; readonly retryAfterSeconds: number };

export interface CredentialCheck {
  check(credential: CalCredential): Promise<CredentialStatus>;
}

/** Accepted credentials remembered (by fingerprint) before the oldest are forgotten. */
const MAX_KNOWN = 10_000;
const CHECK_TIMEOUT_MS = 10_000;

export function createCredentialCheck(
  settings: ClientSettings,
  checksPerMinute: number,
): CredentialCheck {
  const known = new Set<string>();
  const inflight = new Map<string, Promise<CredentialStatus>>();
  const limiter = createRateLimiter(checksPerMinute);

  async function ask(credential: CalCredential): Promise<CredentialStatus> {
    // Without declared scopes, so the client does not refuse me.get before asking Cal.com.
    const unscoped: CalCredential =
      credential.kind === "oauth"
        ? { kind: "oauth", accessToken: credential.accessToken }
        : credential;
    try {
      await clientFor(unscoped, {
        ...settings,
        maxRetries: 0,
        timeoutMs: CHECK_TIMEOUT_MS,
      }).me.get();
      return { status: "accepted" };
    } catch (error) {
      if (error instanceof UnauthorizedError) return { status: "rejected" };
      if (error instanceof ForbiddenError) return { status: "accepted" };
      return { status: "unchecked", retryAfterSeconds: 30 };
    }
  }

  return {
    async check(credential) {
      const key = fingerprint(credential);
      if (known.has(key)) return { status: "accepted" };
      const running = inflight.get(key);
      if (running) return running;
      const taken = limiter.take("checks");
      if (!taken.ok) return { status: "unchecked", retryAfterSeconds: taken.retryAfterSeconds };
      const result = ask(credential).then((status) => {
        inflight.delete(key);
        if (status.status === "accepted") {
          known.add(key);
          if (known.size > MAX_KNOWN) known.delete(known.values().next().value as string);
        }
        return status;
      });
      inflight.set(key, result);
      return result;
    },
  };
}
