/**
 * The loopback Cal.com the benchmarks call: GET /v2/me with the expected credential (and version,
 * when given) answers a fixed small envelope; anything else answers 400, so a benchmark that sends
 * the wrong request notices instead of timing it.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export const ME = {
  id: 7,
  username: "ada",
  email: "ada@example.com",
  timeFormat: 24,
  defaultScheduleId: 254,
  weekStart: "Monday",
  timeZone: "Europe/London",
  organizationId: null,
};

export interface MeStub {
  readonly url: string;
  close(): void;
}

export async function startMeStub(expect: { apiKey: string; version?: string }): Promise<MeStub> {
  const body = JSON.stringify({ status: "success", data: ME });
  const server = createServer((req, res) => {
    const ok =
      req.method === "GET" &&
      req.url === "/v2/me" &&
      (expect.version === undefined || req.headers["cal-api-version"] === expect.version) &&
      req.headers.authorization === `Bearer ${expect.apiKey}`;
    res.writeHead(ok ? 200 : 400, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(ok ? body : "{}"),
    });
    res.end(ok ? body : "{}");
  });
  // Longer than any pause between runs: a kept-alive socket closed by the server as it is reused reads ECONNRESET.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  };
}
