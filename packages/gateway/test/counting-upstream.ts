// A stand-in Cal.com that counts what it receives, when, and answers at once with a plausible
// success: GET /v2/me, POST /v2/bookings (201), POST /v2/bookings/{uid}/cancel. Requests with
// "slow" in the path or body answer only after `slowMs` (a slow Cal.com); `close()` makes it
// unreachable. With `calLimit`, every answer carries Cal.com's rate-limit headers as if the key
// had that many requests in its window (some of them used by other clients).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Arrival {
  method: string;
  url: string;
  at: number;
  body: string;
}

export interface CountingUpstream {
  readonly url: string;
  readonly arrivals: Arrival[];
  close(): Promise<void>;
}

export async function startCountingUpstream(
  slowMs = 5_000,
  calLimit?: number,
): Promise<CountingUpstream> {
  const arrivals: Arrival[] = [];
  let created = 0;
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const url = req.url ?? "/";
    const method = req.method ?? "GET";
    const body = Buffer.concat(chunks).toString("utf8");
    arrivals.push({ method, url, at: Date.now(), body });
    if (url.includes("slow") || body.includes("slow"))
      await new Promise((resolve) => setTimeout(resolve, slowMs));
    const send = (status: number, data: unknown) => {
      if (res.destroyed) return;
      res.writeHead(status, {
        "content-type": "application/json",
        ...(calLimit === undefined
          ? {}
          : {
              "x-ratelimit-limit-default": "120",
              "x-ratelimit-remaining-default": String(Math.max(0, calLimit - arrivals.length)),
              "x-ratelimit-reset-default": "60",
            }),
      });
      res.end(JSON.stringify({ status: "success", data }));
    };
    if (method === "POST" && url === "/v2/bookings")
      return send(201, { id: ++created, uid: `bk-${created}`, status: "accepted" });
    if (method === "POST" && url.endsWith("/cancel")) return send(200, { status: "cancelled" });
    return send(200, { id: 1, email: "me@example.com", username: "me", timeZone: "UTC" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    arrivals,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
