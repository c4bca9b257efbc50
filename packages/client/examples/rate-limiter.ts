import { createCalClient } from "@calkit/client";

export function limitedClients(apiKey: string) {
  const standard = createCalClient({ apiKey, rateLimit: true }); // 120 a minute
  const raised = createCalClient({ apiKey, rateLimit: { requestsPerMinute: 200 } }); // if your limit was raised
  return { standard, raised };
}
