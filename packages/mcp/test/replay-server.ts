/**
 * A local stand-in for api.cal.com that answers with one recorded exchange at a time and keeps
 * what it was sent, so a test can compare the request with the recorded one.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Recording } from "../../../scripts/recordings/recording";

export interface ReceivedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  apiVersion: string | undefined;
  body: unknown;
}

export interface ReplayServer {
  readonly baseUrl: string;
  /** The exchange the next requests are answered with. */
  answerWith(recording: Recording): void;
  /** Everything received since the last answerWith. */
  readonly received: ReceivedRequest[];
  close(): Promise<void>;
}

export async function startReplayServer(): Promise<ReplayServer> {
  let current: Recording | undefined;
  const received: ReceivedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const text = Buffer.concat(chunks).toString("utf8");
      received.push({
        method: req.method ?? "",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        apiVersion: req.headers["cal-api-version"] as string | undefined,
        body: text ? JSON.parse(text) : null,
      });
      if (!current) {
        res.writeHead(500).end();
        return;
      }
      res.writeHead(current.response.status, {
        "content-type": "application/json",
        ...current.response.headers,
      });
      res.end(JSON.stringify(current.response.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    answerWith(recording) {
      current = recording;
      received.length = 0;
    },
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
