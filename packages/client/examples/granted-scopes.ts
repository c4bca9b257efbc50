import { createCalClient, MissingScopeError } from "@calkit/client";

export async function cancelWithReadScopes(accessToken: string, bookingUid: string) {
  const cal = createCalClient({
    oauth: { accessToken, scopes: ["BOOKING_READ", "EVENT_TYPE_READ"] },
  });
  await cal.bookings.list({}); // sent
  try {
    await cal.bookings.cancel({ bookingUid });
  } catch (err) {
    if (err instanceof MissingScopeError) console.log(err.operationId, err.scope); // "bookings.cancel" "BOOKING_WRITE"
  }
}
