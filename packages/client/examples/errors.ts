import { CalApiError, type CalClient, NotFoundError, RateLimitedError } from "@calkit/client";

export async function findBooking(cal: CalClient, bookingUid: string) {
  try {
    return await cal.bookings.get({ bookingUid });
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    if (err instanceof RateLimitedError) console.warn(`slow down for ${err.retryAfterMs} ms`);
    if (err instanceof CalApiError)
      console.error(err.status, err.code, err.operationId, err.message);
    throw err;
  }
}
