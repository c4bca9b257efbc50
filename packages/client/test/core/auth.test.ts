import { describe, expect, it } from "vitest";
import {
  apiError,
  fakeFetch,
  json,
  type RecordedRequest,
  recordingSleep,
  success,
} from "../../../../test/support/fake-fetch.js";
import { validateApiKey } from "../../src/core/auth.js";
import { CalConfigError, UnauthorizedError } from "../../src/core/errors.js";
import { createRuntime } from "../../src/core/runtime.js";
import { bookingsCreate, bookingsGet, LIVE_KEY, meGet, slotsList, TEST_KEY } from "./operations.js";

const NOW = Date.parse("2026-01-01T12:00:00Z");
const isToken = (c: RecordedRequest) => c.url.pathname.endsWith("/oauth2/token");

describe("API key", () => {
  it("accepts test and live keys and sends them as a bearer token", async () => {
    expect(validateApiKey(TEST_KEY)).toBe(TEST_KEY);
    expect(validateApiKey(LIVE_KEY)).toBe(LIVE_KEY);
    const fetch = fakeFetch(() => success({}));
    await createRuntime({ apiKey: LIVE_KEY, fetch }).invoke(meGet);
    expect(fetch.calls[0]?.headers.authorization).toBe(`Bearer ${LIVE_KEY}`);
  });

  it("rejects a malformed key at creation without echoing it", () => {
    for (const key of [
      "sk_live_supersecret123",
      "cal_",
      " cal_abc123",
      "cal_abc 123",
      "",
      "Bearer cal_x1",
    ]) {
      let caught: unknown;
      try {
        createRuntime({ apiKey: key, fetch: fakeFetch(() => success({})) });
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(CalConfigError);
      if (key.trim().length > 4) expect((caught as Error).message).not.toContain(key.trim());
    }
  });

  it("rejects apiKey together with oauth", () => {
    expect(() =>
      createRuntime({ apiKey: TEST_KEY, oauth: { accessToken: "tok_abcdefgh" } }),
    ).toThrow(CalConfigError);
  });
});

describe("auth requirement", () => {
  it("required with no credential → CalConfigError and no request", async () => {
    const fetch = fakeFetch(() => success({}));
    const rt = createRuntime({ fetch });
    await expect(rt.invoke(meGet)).rejects.toBeInstanceOf(CalConfigError);
    expect(fetch.calls).toHaveLength(0);
  });

  it("optional sends credentials when present and none otherwise", async () => {
    const fetch = fakeFetch(() => success({}));
    await createRuntime({ fetch }).invoke(bookingsGet, { bookingUid: "b" });
    await createRuntime({ fetch, apiKey: TEST_KEY }).invoke(bookingsGet, { bookingUid: "b" });
    expect(fetch.calls[0]?.headers.authorization).toBeUndefined();
    expect(fetch.calls[1]?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
  });

  it("none never sends credentials", async () => {
    const fetch = fakeFetch(() => success({}));
    const rt = createRuntime({
      fetch,
      apiKey: TEST_KEY,
      platform: { clientId: "cid", secretKey: "psk_0123456789" },
    });
    await rt.invoke(slotsList, { eventTypeId: 1 });
    expect(fetch.calls[0]?.headers.authorization).toBeUndefined();
    expect(fetch.calls[0]?.headers["x-cal-secret-key"]).toBeUndefined();
  });

  it("platform client headers", async () => {
    const fetch = fakeFetch(() => success({}));
    const rt = createRuntime({
      fetch,
      platform: { clientId: "cid_1", secretKey: "psk_0123456789" },
    });
    await rt.invoke(meGet);
    expect(fetch.calls[0]?.headers["x-cal-client-id"]).toBe("cid_1");
    expect(fetch.calls[0]?.headers["x-cal-secret-key"]).toBe("psk_0123456789");
    expect(() => createRuntime({ platform: { clientId: "", secretKey: "x" } })).toThrow(
      CalConfigError,
    );
  });
});

/**
 * A fake Cal.com whose token endpoint issues new-access-token-1, -2, ... and whose API accepts only
 * the newest issued token (so the initial "old-access-token" is rejected unless setValid says so).
 */
function oauthServer(options: { tokenDelayMs?: number; tokenStatus?: number } = {}) {
  let issued = 0;
  let valid = "none-issued-yet";
  const fetch = fakeFetch(async (req) => {
    if (isToken(req)) {
      if (options.tokenDelayMs) await new Promise((r) => setTimeout(r, options.tokenDelayMs));
      if (options.tokenStatus)
        return json(options.tokenStatus, {
          error: "invalid_grant",
          error_description: `bad ${String((req.body as { refresh_token?: string }).refresh_token)}`,
        });
      issued++;
      valid = `new-access-token-${issued}`;
      return json(200, {
        access_token: valid,
        refresh_token: `new-refresh-token-${issued}`,
        expires_in: 1800,
      });
    }
    return req.headers.authorization === `Bearer ${valid}`
      ? success({ ok: true })
      : apiError(401, "UnauthorizedException", "Invalid Access Token.");
  });
  return { fetch, setValid: (t: string) => (valid = t) };
}

const oauthBase = {
  accessToken: "old-access-token",
  refreshToken: "old-refresh-token",
  clientId: "client-123",
  clientSecret: "client-secret-value",
};

describe("OAuth refresh", () => {
  it("refreshes an expiring token once for 10 concurrent calls", async () => {
    const { fetch } = oauthServer({ tokenDelayMs: 5 });
    const onTokens: unknown[] = [];
    const rt = createRuntime(
      {
        fetch,
        oauth: { ...oauthBase, expiresAt: NOW + 30_000, onTokens: (t) => void onTokens.push(t) },
      },
      { now: () => NOW },
    );
    const results = await Promise.all(Array.from({ length: 10 }, () => rt.invoke(meGet)));
    expect(results).toEqual(Array(10).fill({ ok: true }));
    expect(fetch.tokenCalls()).toHaveLength(1);
    expect(fetch.apiCalls()).toHaveLength(10);
    expect(
      fetch.apiCalls().every((c) => c.headers.authorization === "Bearer new-access-token-1"),
    ).toBe(true);
    expect(onTokens).toEqual([
      {
        accessToken: "new-access-token-1",
        refreshToken: "new-refresh-token-1",
        expiresAt: NOW + 1_800_000,
      },
    ]);
  });

  it("sends an RFC 6749 refresh_token grant as JSON to the token URL", async () => {
    const { fetch } = oauthServer();
    const rt = createRuntime(
      { fetch, oauth: { ...oauthBase, expiresAt: new Date(NOW - 1) } },
      { now: () => NOW },
    );
    await rt.invoke(meGet);
    const [token] = fetch.tokenCalls();
    expect(token?.url.toString()).toBe("https://api.cal.com/v2/auth/oauth2/token");
    expect(token?.method).toBe("POST");
    expect(token?.headers["content-type"]).toBe("application/json");
    expect(token?.body).toEqual({
      grant_type: "refresh_token",
      refresh_token: "old-refresh-token",
      client_id: "client-123",
      client_secret: "client-secret-value",
    });
  });

  it("does not refresh a token far from expiry, or one without expiresAt", async () => {
    const server = oauthServer();
    server.setValid("old-access-token");
    await createRuntime(
      { fetch: server.fetch, oauth: { ...oauthBase, expiresAt: NOW + 600_000 } },
      { now: () => NOW },
    ).invoke(meGet);
    await createRuntime({ fetch: server.fetch, oauth: oauthBase }).invoke(meGet);
    expect(server.fetch.tokenCalls()).toHaveLength(0);
  });

  it("on 401 refreshes and resends once, even a non-idempotent write", async () => {
    const { fetch } = oauthServer();
    const rt = createRuntime({ fetch, oauth: oauthBase });
    await expect(rt.invoke(bookingsCreate, { start: "x" })).resolves.toEqual({ ok: true });
    expect(fetch.calls.map((c) => (isToken(c) ? "token" : c.headers.authorization))).toEqual([
      "Bearer old-access-token",
      "token",
      "Bearer new-access-token-1",
    ]);
  });

  it("10 concurrent 401s share one refresh", async () => {
    const { fetch } = oauthServer({ tokenDelayMs: 5 });
    const rt = createRuntime({ fetch, oauth: oauthBase });
    await Promise.all(Array.from({ length: 10 }, () => rt.invoke(meGet)));
    expect(fetch.tokenCalls()).toHaveLength(1);
  });

  it("a second 401 after the refresh is an UnauthorizedError, not a loop", async () => {
    const fetch = fakeFetch((req) =>
      isToken(req)
        ? json(200, { access_token: "still-rejected-token", expires_in: 1800 })
        : apiError(401, "UnauthorizedException", "Invalid Access Token."),
    );
    const rt = createRuntime({ fetch, oauth: oauthBase });
    await expect(rt.invoke(meGet)).rejects.toBeInstanceOf(UnauthorizedError);
    expect(fetch.apiCalls()).toHaveLength(2);
    expect(fetch.tokenCalls()).toHaveLength(1);
  });

  it("a failed refresh is an UnauthorizedError with no API request", async () => {
    const { fetch } = oauthServer({ tokenStatus: 400 });
    const rt = createRuntime(
      { fetch, oauth: { ...oauthBase, expiresAt: NOW - 1 } },
      { now: () => NOW },
    );
    const error = await rt.invoke(meGet).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as UnauthorizedError).code).toBe("TOKEN_REFRESH_FAILED");
    expect((error as UnauthorizedError).operationId).toBe("me.get");
    expect((error as Error).message).toContain("invalid_grant");
    expect((error as Error).message).not.toContain("old-refresh-token");
    expect(fetch.apiCalls()).toHaveLength(0);
    expect(fetch.tokenCalls()).toHaveLength(1);
  });

  it("a 401 with no way to refresh is returned as is", async () => {
    const fetch = fakeFetch(() => apiError(401, "UnauthorizedException", "Invalid Access Token."));
    const rt = createRuntime({ fetch, oauth: { accessToken: "only-an-access-token" } });
    await expect(rt.invoke(meGet)).rejects.toBeInstanceOf(UnauthorizedError);
    expect(fetch.calls).toHaveLength(1);
  });

  it("uses a refresh callback instead of the token endpoint", async () => {
    const server = oauthServer();
    server.setValid("from-callback-token");
    const seen: unknown[] = [];
    const rt = createRuntime(
      {
        fetch: server.fetch,
        oauth: {
          accessToken: "old-access-token",
          expiresAt: NOW,
          refresh: async (current) => {
            seen.push(current);
            return { accessToken: "from-callback-token", expiresAt: NOW + 1_800_000 };
          },
        },
      },
      { now: () => NOW },
    );
    await Promise.all([rt.invoke(meGet), rt.invoke(meGet)]);
    expect(seen).toEqual([
      { accessToken: "old-access-token", refreshToken: undefined, expiresAt: NOW },
    ]);
    expect(server.fetch.tokenCalls()).toHaveLength(0);
    expect(server.fetch.apiCalls().map((c) => c.headers.authorization)).toEqual([
      "Bearer from-callback-token",
      "Bearer from-callback-token",
    ]);
  });

  it("a caller abort while waiting for a refresh is an abort, and the refresh still lands", async () => {
    const { fetch } = oauthServer({ tokenDelayMs: 30 });
    const { sleep } = recordingSleep();
    const rt = createRuntime(
      { fetch, oauth: { ...oauthBase, expiresAt: NOW } },
      { now: () => NOW, sleep },
    );
    const controller = new AbortController();
    const aborted = rt.invoke(meGet, undefined, { signal: controller.signal });
    const other = rt.invoke(meGet);
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: "CalAbortError" });
    await expect(other).resolves.toEqual({ ok: true });
    expect(fetch.tokenCalls()).toHaveLength(1);
  });
});
