import { createCalClient } from "@calkit/client";

export async function upcomingWithin(apiKey: string) {
  const cal = createCalClient({ apiKey, timeoutMs: 20_000 }); // per attempt, default 60 000

  const controller = new AbortController();
  setTimeout(() => controller.abort(), 1_000);
  // Rejects with CalAbortError after 1 s (never retried), or CalTimeoutError if an attempt takes over 5 s.
  return cal.bookings.list(
    { status: ["upcoming"] },
    { signal: controller.signal, timeoutMs: 5_000 },
  );
}
