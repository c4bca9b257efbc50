// A stand-in for Cal.com on 127.0.0.1 (a real HTTP server) for the probe tests: it accepts only
// the API keys it is given (401 "invalid token <token>" otherwise, as Cal.com words it), answers
// /v2/me, and never answers /v2/slots (a hung upstream; slots need no credential). It counts what it was asked.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeCal {
  readonly baseUrl: string;
  /** `METHOD /path` of every request received. */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startFakeCal(acceptedKeys: readonly string[]): Promise<FakeCal> {
  const requests: string[] = [];
  const hung = new Set<import("node:http").ServerResponse>();
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.url?.startsWith("/v2/slots")) {
      hung.add(res);
      return;
    }
    if (!acceptedKeys.includes(token))
      return send(401, {
        status: "error",
        error: { code: "UnauthorizedException", message: `invalid token ${token}` },
      });
    if (req.url === "/v2/me")
      return send(200, {
        status: "success",
        data: {
          id: 1,
          email: "me@example.com",
          username: "me",
          timeZone: "UTC",
          note: `key ${token}`,
        },
      });
    send(404, { status: "error", error: { code: "NotFoundException", message: "no such thing" } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    async close() {
      for (const res of hung) res.destroy();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
