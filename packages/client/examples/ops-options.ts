import {
  bookingsGet,
  type CallHook,
  createCalRuntime,
  oauthAuth,
  platformAuth,
  rateLimiter,
  withHooks,
} from "@calkit/client/ops";

export async function opsRuntimes(accessToken: string, clientId: string, secretKey: string) {
  // OAuth: the same options as createCalClient's `oauth` (refresh, onTokens, scopes).
  const user = createCalRuntime({
    auth: oauthAuth({ accessToken, scopes: ["BOOKING_READ"] }),
    rateLimit: rateLimiter(), // 120 a minute; rateLimiter({ requestsPerMinute: 200 }) if raised
  });

  // A Platform client, here beside a managed user's token.
  const platform = createCalRuntime({
    auth: platformAuth({ clientId, secretKey }, oauthAuth({ accessToken })),
  });

  // Hooks wrap a runtime; the one you pass keeps its own.
  const log: CallHook = { after: (call, outcome) => console.log(call.operation.id, outcome.ok) };
  const logged = withHooks(user, log);
  await bookingsGet(logged, { bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" });
  return { user, platform, logged };
}
