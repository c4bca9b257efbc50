// A gateway holding an OAuth grant: it refreshes the access token when Cal.com refuses it, stores
// the new tokens sealed with CALKIT_GATEWAY_SECRET (never in the clear), and after a restart uses
// them rather than the environment's spent refresh token.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, startGatewayProcess } from "./gateway-process.js";
import { folderContains, runGateway, tempDir, writePolicy } from "./helpers.js";

const FIRST = {
  access: "oauth-access-first-0123456789abcdef",
  refresh: "oauth-refresh-first-0123456789abcdef",
};
const SECOND = {
  access: "oauth-access-second-0123456789abcdef",
  refresh: "oauth-refresh-second-0123456789abcdef",
};
const CLIENT = { id: "oauth-client-id", secret: "oauth-client-secret-0123456789abcdef" };
const dir = tempDir("oauth");
const data = `${dir.path}/data`;
let server: Server;
let base: string;
const refreshes: unknown[] = [];
const seen: string[] = [];

beforeAll(async () => {
  // Cal.com as far as this test needs it: a token endpoint that rotates the refresh token once,
  // and /v2/me that accepts only the second access token.
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(value));
    };
    if (req.url === "/v2/auth/oauth2/token") {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      refreshes.push(body);
      if (body.refresh_token !== FIRST.refresh || body.client_secret !== CLIENT.secret)
        return json(400, { error: "invalid_grant" });
      return json(200, {
        access_token: SECOND.access,
        refresh_token: SECOND.refresh,
        expires_in: 3600,
      });
    }
    seen.push(req.headers.authorization ?? "");
    if (req.headers.authorization !== `Bearer ${SECOND.access}`)
      return json(401, {
        status: "error",
        error: { code: "UnauthorizedException", message: "expired token" },
      });
    json(200, {
      status: "success",
      data: { id: 1, email: "me@example.com", username: "me", timeZone: "UTC" },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  writePolicy(dir.path, { profile: { resources: { me: "read" } } });
});
afterAll(async () => {
  server?.close();
  dir.remove();
});

function env(secret = "correct horse battery staple, thirty-two+ chars") {
  return {
    CAL_OAUTH_ACCESS_TOKEN: FIRST.access,
    CAL_OAUTH_REFRESH_TOKEN: FIRST.refresh,
    CAL_OAUTH_CLIENT_ID: CLIENT.id,
    CAL_OAUTH_CLIENT_SECRET: CLIENT.secret,
    CAL_OAUTH_TOKEN_URL: `${base}/v2/auth/oauth2/token`,
    CAL_API_BASE_URL: base,
    CALKIT_GATEWAY_DATA: data,
    CALKIT_GATEWAY_SECRET: secret,
  };
}

describe("OAuth refresh", () => {
  it("needs CALKIT_GATEWAY_SECRET before it will refresh (and so store) tokens", async () => {
    const result = await runGateway(["serve", "--port", "0"], {
      ...env(),
      CALKIT_GATEWAY_SECRET: "short",
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("CALKIT_GATEWAY_SECRET");
    expect(result.stdout).toBe("");
  });

  it("refreshes once, stores the new tokens sealed, and uses them after a restart", async () => {
    let gw = await startGatewayProcess(env());
    const token = (
      await runGateway(["agent", "add", "profile", "--policy", `${dir.path}/policy.json`], {
        CALKIT_GATEWAY_DATA: data,
      })
    ).stdout.trim();
    const first = await call(gw.url, token, "GET", "/v2/me");
    expect(first.status).toBe(200);
    expect(refreshes).toHaveLength(1);
    await gw.stop();

    for (const secret of [SECOND.access, SECOND.refresh, CLIENT.secret])
      expect(folderContains(data, secret)).toBe(false);
    for (const text of [first.text, gw.stderr(), gw.stdout()])
      for (const secret of [
        FIRST.access,
        FIRST.refresh,
        SECOND.access,
        SECOND.refresh,
        CLIENT.secret,
      ])
        expect(text).not.toContain(secret);

    // The environment still holds the spent tokens; the stored ones are used, with no new refresh.
    seen.length = 0;
    gw = await startGatewayProcess(env());
    try {
      expect((await call(gw.url, token, "GET", "/v2/me")).status).toBe(200);
      expect(seen).toEqual([`Bearer ${SECOND.access}`]);
      expect(refreshes).toHaveLength(1);
    } finally {
      await gw.stop();
    }
  });

  it("falls back to the environment's tokens when the secret changed (the stored ones cannot be opened)", async () => {
    seen.length = 0;
    const gw = await startGatewayProcess(env("another secret entirely, also 32+ characters"));
    try {
      await call(
        gw.url,
        "ckgw_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "GET",
        "/v2/me",
      );
      expect(gw.stderr()).toContain("cannot be opened with this CALKIT_GATEWAY_SECRET");
    } finally {
      await gw.stop();
    }
  });
});
