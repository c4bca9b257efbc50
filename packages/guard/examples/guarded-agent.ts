import { createCalClient } from "@calkit/client";
import {
  consoleSink,
  createAuditLog,
  createGuard,
  jsonlSink,
  loadPolicy,
  PolicyDeniedError,
} from "@calkit/guard";

const guard = createGuard({
  policy: loadPolicy("policy.yaml"), // a bad file throws PolicyFileError with the path and reason
  agent: "support",
  client: createCalClient({ apiKey: process.env.CAL_API_KEY }),
  audit: createAuditLog(jsonlSink("audit.jsonl"), consoleSink()),
  redactPersonalData: true, // mask attendee names, emails and phone numbers in sentences
});

await guard.client.bookings.list({ status: ["upcoming"] }); // allowed, audited
try {
  await guard.client.bookings.cancel({ bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN" });
} catch (err) {
  // PolicyDeniedError, nothing was sent; the log says:
  // Agent support was denied cancelling booking fkZ3Ppsm8SFGRYxHZGGcnN: bookings are read-only for this agent.
  if (!(err instanceof PolicyDeniedError)) throw err;
}

// For agents: the tool executor behind the policy. A denial is a result the model can act on.
export const result = await guard.execute("cal_bookings_cancel", {
  bookingUid: "fkZ3Ppsm8SFGRYxHZGGcnN",
});
// { ok: false, error: { kind: "not_allowed", retryable: false,
//   message: "Not allowed: bookings are read-only for this agent. This agent's policy forbids cal_bookings_cancel and nothing was sent; do not retry it, …" } }
