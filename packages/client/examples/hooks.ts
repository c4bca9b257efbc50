import { type CallHook, CalRefusedError, createCalClient } from "@calkit/client";

const businessHours: CallHook = {
  name: "business-hours",
  // May refuse (throw: nothing is sent) or hold the call (await).
  before(call) {
    const hour = new Date().getUTCHours();
    if (call.operation.access === "write" && (hour < 8 || hour >= 18))
      throw new CalRefusedError(
        `${call.operation.id} refused`,
        "writes only between 08:00 and 18:00 UTC",
      );
  },
  // Sees the outcome and its timing; it cannot change it (a throw here becomes a warning).
  after(call, outcome) {
    console.log(call.operation.id, outcome.ok ? "ok" : "failed", `${outcome.durationMs} ms`);
  },
};

const cal = createCalClient({ apiKey: process.env.CAL_API_KEY, hooks: [businessHours] });
await cal.invoke("bookings.get", { bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" }); // typed like cal.bookings.get
export const audited = cal.withHooks(/* more hooks */); // a copy; `cal` keeps its own
