/**
 * What the gateway benchmarks call with: GET /v2/me over kept-alive sockets (64 at most), and the
 * percentile of sorted samples.
 */
import { Agent, request } from "node:http";

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** The status of GET `${base}/v2/me` with this Authorization header. */
export function getMe(base: string, authorization: string, retried = false): Promise<number> {
  const url = new URL(`${base}/v2/me`);
  return new Promise((done, fail) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, agent, headers: { authorization } },
      (res) => {
        res.resume();
        res.on("end", () => done(res.statusCode ?? 0));
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) => {
      // A kept-alive socket the other side closed just as it was reused: GET again on a new one.
      if (error.code === "ECONNRESET" && !retried)
        getMe(base, authorization, true).then(done, fail);
      else fail(error);
    });
    req.end();
  });
}

/** Closes the kept-alive sockets, so the benchmark's process can end. */
export function closeSockets(): void {
  agent.destroy();
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}
