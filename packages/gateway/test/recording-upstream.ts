// What Cal.com would receive: a real HTTP server on 127.0.0.1 that records every request (method,
// URL, headers, body) and passes it on to the Prism mock. A few paths behave like a misbehaving
// Cal.com instead: /v2/me echoes the credential it got (as a careless upstream might), a booking
// uid `reject-me` answers 401 "invalid token <credential>", uids starting `gone-` answer Cal.com's
// 404, and uids starting `slow-` answer late.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export interface RecordingUpstream {
  readonly url: string;
  readonly received: Received[];
  /** The status of the last answer it gave. */
  lastStatus(): number;
  /** Everything received, as one string, for "does X appear anywhere" checks. */
  allText(): string;
  close(): Promise<void>;
}

export const SLOW_MS = 1_000;

export async function startRecordingUpstream(prismUrl: string): Promise<RecordingUpstream> {
  const received: Received[] = [];
  let lastStatus = 0;
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const body = Buffer.concat(chunks).toString("utf8");
    const url = req.url ?? "/";
    received.push({ method: req.method ?? "", url, headers: req.headers, body });
    const credential = (req.headers.authorization ?? "").replace(/^Bearer /, "");
    const json = (status: number, value: unknown) => {
      lastStatus = status;
      res.writeHead(status, {
        "content-type": "application/json",
        "x-request-id": `req-${received.length}`,
      });
      res.end(JSON.stringify(value));
    };
    if (url === "/v2/me" && req.method === "GET")
      return json(200, {
        status: "success",
        data: {
          id: 1,
          email: "me@example.com",
          username: "me",
          timeZone: "UTC",
          bio: `key ${credential}`,
        },
      });
    if (url.startsWith("/v2/bookings/reject-me"))
      return json(401, {
        status: "error",
        error: { code: "UnauthorizedException", message: `invalid token ${credential}` },
      });
    if (url.startsWith("/v2/bookings/gone-"))
      return json(404, {
        status: "error",
        error: {
          code: "NotFoundException",
          message: `Booking with uid=${url.slice("/v2/bookings/".length)} was not found`,
        },
      });
    if (url.startsWith("/v2/bookings/slow-"))
      await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
    try {
      const answer = await fetch(`${prismUrl}${url}`, {
        method: req.method ?? "GET",
        headers: Object.fromEntries(
          Object.entries(req.headers).filter(
            ([name]) => !["host", "connection", "content-length"].includes(name),
          ) as [string, string][],
        ),
        ...(body ? { body } : {}),
      });
      const text = await answer.text();
      lastStatus = answer.status;
      res.writeHead(answer.status, {
        "content-type": answer.headers.get("content-type") ?? "application/json",
        "x-request-id": `req-${received.length}`,
      });
      res.end(text);
    } catch {
      json(502, { status: "error", error: { code: "BadGateway", message: "prism unreachable" } });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    lastStatus: () => lastStatus,
    allText: () =>
      received
        .map((r) => `${r.method} ${r.url}\n${JSON.stringify(r.headers)}\n${r.body}`)
        .join("\n"),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
