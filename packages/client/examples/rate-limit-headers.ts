import { CalApiError, createCalClient } from "@calkit/client";

/** `metrics` is your metrics library, e.g. a StatsD or OpenTelemetry gauge. */
export interface Metrics {
  gauge(name: string, value: number, tags: Record<string, string>): void;
}

export async function watchRateLimit(apiKey: string, bookingUid: string, metrics: Metrics) {
  const cal = createCalClient({
    apiKey,
    onRateLimit: ({ remaining }, { operationId }) =>
      metrics.gauge("cal.remaining", remaining, { operationId }),
  });
  await cal.bookings.get({ bookingUid }, { onRateLimit: (rl) => console.log(rl.remaining) });
  try {
    await cal.me.get();
  } catch (e) {
    if (e instanceof CalApiError) console.log(e.rateLimit);
  }
}
