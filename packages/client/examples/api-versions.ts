import { createCalClient } from "@calkit/client";

export function withBookingsVersion(apiKey: string) {
  createCalClient({ apiKey, apiVersions: { bookings: "2024-08-13" } });
  createCalClient({ apiKey, apiVersions: { bookings: "2025-01-01" } });
  // CalConfigError: apiVersions.bookings: "2025-01-01" is not a cal-api-version known for bookings;
  // known: 2024-08-13, 2026-02-25, 2026-05-01
}
