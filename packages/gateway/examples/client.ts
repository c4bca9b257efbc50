import { createCalClient } from "@calkit/client";

/** `gatewayUrl` as `serve` printed it (http://127.0.0.1:4410); `agentToken` as `agent add` did. */
export async function upcomingBookings(gatewayUrl: string, agentToken: string) {
  const cal = createCalClient({
    baseUrl: gatewayUrl,
    oauth: { accessToken: agentToken }, // sent as "Authorization: Bearer …"
  });
  return cal.bookings.list({ status: ["upcoming"] });
}
