/**
 * `createCalClient`'s options given as values (`apiKey`, `oauth`, `platform`, `rateLimit: true`)
 * turned into the strategies they stand for. The ops entry takes strategies themselves (`auth`,
 * `rateLimit`), so this module, and with it every strategy, stays out of apps that do not use the
 * full client.
 */
import { type AuthStrategy, apiKeyAuth } from "./auth.js";
import { CalConfigError } from "./errors.js";
import { oauthAuth } from "./oauth.js";
import type { CalClientOptions } from "./options.js";
import { platformAuth } from "./platform.js";
import { type RateLimitStrategy, rateLimiter } from "./rate-limiter.js";

/** The strategy the options ask for, or undefined for none; CalConfigError when unusable. */
export function authFromOptions(options: CalClientOptions): AuthStrategy | undefined {
  const { apiKey, oauth, platform, auth } = options;
  if (auth !== undefined) {
    if (apiKey !== undefined || oauth !== undefined || platform !== undefined) {
      throw new CalConfigError("pass either auth or apiKey/oauth/platform, not both");
    }
    return auth;
  }
  if (apiKey !== undefined && oauth !== undefined) {
    throw new CalConfigError("pass either apiKey or oauth, not both");
  }
  const user =
    apiKey !== undefined ? apiKeyAuth(apiKey) : oauth !== undefined ? oauthAuth(oauth) : undefined;
  return platform === undefined ? user : platformAuth(platform, user);
}

/** The limiter `rateLimit` asks for: false/undefined none, true 120/min, or a rate; CalConfigError when unusable. */
export function rateLimitFromOptions(
  rateLimit: CalClientOptions["rateLimit"],
): RateLimitStrategy | undefined {
  if (rateLimit === undefined || rateLimit === false) return undefined;
  if (rateLimit === true) return rateLimiter();
  if (typeof rateLimit === "function") return rateLimit;
  return rateLimiter({ requestsPerMinute: rateLimit.requestsPerMinute ?? Number.NaN });
}
