// A token the gateway cannot check because its store is unreachable: 503 with Retry-After in
// Cal.com's envelope, and nothing decided, sent or recorded.
import { describe, expect, it } from "vitest";
import type { Forwarder } from "../src/server/forward.js";
import { createPipeline } from "../src/server/pipeline.js";
import type { Sql } from "../src/store/sql.js";

describe("the store unreachable while a token is checked", () => {
  it("answers 503 and sends nothing", async () => {
    let forwarded = 0;
    let recorded = 0;
    const handle = createPipeline({
      sql: {} as Sql,
      agents: {
        find: () => Promise.reject(new Error("connection refused")),
        close: async () => {},
      },
      forwarder: {
        forward: async () => {
          forwarded++;
          throw new Error("not reached");
        },
      } as unknown as Forwarder,
      appendRecord: async () => {
        recorded++;
      },
    });
    const handled = await handle({
      method: "GET",
      target: "/v2/me",
      header: (name) =>
        name === "authorization"
          ? "Bearer ckgw_abcdefghijkl_0123456789012345678901234567890123456789012"
          : undefined,
      body: undefined,
    });
    expect(handled.answer.status).toBe(503);
    expect(handled.answer.headers["retry-after"]).toBe("5");
    expect(JSON.parse(handled.answer.body)).toMatchObject({
      status: "error",
      error: { code: "ServiceUnavailableException" },
    });
    expect({ forwarded, recorded }).toEqual({ forwarded: 0, recorded: 0 });
  });
});
