import { createCalClient, type OAuthTokens } from "@calkit/client";

/** What your app holds for a user and for its OAuth or Platform client. */
export interface Secrets {
  apiKey: string;
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
  clientId: string;
  clientSecret: string;
  secretKey: string;
}

export async function createClients(
  { apiKey, accessToken, refreshToken, expiresAt, clientId, clientSecret, secretKey }: Secrets,
  save: (tokens: OAuthTokens) => Promise<void>,
) {
  // API key: test keys start with cal_, live keys with cal_live_. It has the full access of its account.
  const withKey = createCalClient({ apiKey });

  // OAuth access token. It is refreshed 60 s before it expires and once after a 401.
  const withToken = createCalClient({
    oauth: {
      accessToken,
      refreshToken,
      expiresAt, // a Date or epoch ms
      clientId,
      clientSecret, // used by the built-in refresh_token grant
      onTokens: (tokens) => save(tokens), // store the new pair after each refresh
      // refresh: async (current) => myOwnRefresh(current),   // or refresh the tokens yourself
    },
  });

  // Platform OAuth client: sends the x-cal-client-id and x-cal-secret-key headers.
  // For a managed user, add that user's token as oauth.accessToken.
  const platform = createCalClient({ platform: { clientId, secretKey } });

  // No credentials: the operations that need no auth still work (slots.list, slots.updateReservation,
  // slots.deleteReservation), and so do those where auth is optional, such as bookings.create.
  const publicCal = createCalClient();
  await publicCal.slots.list({ eventTypeId: 42, start: "2026-12-01", end: "2026-12-02" });
  return { withKey, withToken, platform, publicCal };
}
