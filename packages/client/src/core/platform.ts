/**
 * `platformAuth`: a Cal.com Platform OAuth client, sent as `x-cal-client-id` / `x-cal-secret-key`,
 * optionally beside a managed user's bearer credential (`oauthAuth` or `apiKeyAuth`).
 */
import { type AuthStrategy, NO_CREDENTIALS, nonEmpty } from "./auth.js";
import { CalConfigError } from "./errors.js";
import type { PlatformCredentials } from "./options.js";

/**
 * The platform client's headers on every authenticated request, plus `user`'s (a managed user's
 * OAuth token) when given. Throws CalConfigError here when clientId or secretKey is empty.
 */
export function platformAuth(platform: PlatformCredentials, user?: AuthStrategy): AuthStrategy {
  if (!nonEmpty(platform?.clientId) || !nonEmpty(platform.secretKey)) {
    throw new CalConfigError("platform needs both clientId and secretKey as non-empty strings");
  }
  const { clientId, secretKey } = platform;
  return (deps) => {
    // The user's credentials refresh and check scopes; this adds the client's headers and secret.
    const inner = user?.(deps) ?? NO_CREDENTIALS;
    return {
      ...inner,
      configured: true,
      headersFor: async (auth, operationId, signal): Promise<Record<string, string>> =>
        auth === "none"
          ? {}
          : {
              ...(await inner.headersFor(auth, operationId, signal)),
              "x-cal-client-id": clientId,
              "x-cal-secret-key": secretKey,
            },
      secrets: () => [...inner.secrets(), secretKey],
    };
  };
}
