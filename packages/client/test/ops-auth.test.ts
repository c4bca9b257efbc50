/**
 * @calkit/client/ops takes its optional parts as imports: credentials as an auth strategy
 * (`apiKeyAuth`, `oauthAuth`, `platformAuth`), the limiter as `rateLimiter()`, hooks through
 * `withHooks`. Every credential problem is a CalConfigError before any request (the fetch here
 * fails the test if it is called), no error repeats a secret, and OAuth refresh, granted scopes and
 * the Platform headers work as they do through createCalClient. An API-key app's bundle carries
 * none of the OAuth code.
 */
import { describe, expect, it } from "vitest";
import { bundleApp, CALKIT_OPS_APP } from "../../../scripts/bundle-app";
import { apiError, fakeFetch, json, success } from "../../../test/support/fake-fetch.js";
import {
  CalConfigError,
  type CallHook,
  createCalClient,
  MissingScopeError,
  UnauthorizedError,
} from "../src/index.js";
import {
  apiKeyAuth,
  bookingsCancel,
  createCalRuntime,
  meGet,
  oauthAuth,
  platformAuth,
  rateLimiter,
  slotsList,
  withHooks,
} from "../src/ops.js";
import { LIVE_KEY, TEST_KEY } from "./core/operations.js";

const NOW = Date.parse("2026-01-01T12:00:00Z");

/** A fetch that fails the test if anything is sent. */
const noFetch = fakeFetch(() => {
  throw new Error("no request may be sent");
});

/** The error `run` throws (synchronously or by rejecting), or a failure when it throws nothing. */
async function errorOf(run: () => unknown): Promise<Error> {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}

describe("apiKeyAuth", () => {
  it("sends the key as a bearer token, and never to operations that need no auth", async () => {
    const fetch = fakeFetch(() => success({ username: "ada" }));
    const cal = createCalRuntime({ auth: apiKeyAuth(LIVE_KEY), fetch });
    await expect(meGet(cal)).resolves.toEqual({ username: "ada" });
    await slotsList(cal, { eventTypeId: 1, start: "2026-12-01", end: "2026-12-02" });
    expect(fetch.calls.map((c) => c.headers.authorization)).toEqual([
      `Bearer ${LIVE_KEY}`,
      undefined,
    ]);
  });

  it("rejects a malformed key when the strategy is made, without repeating it", async () => {
    for (const key of ["sk_live_supersecret123", "cal_abc 123", "", "Bearer cal_x1"]) {
      const error = await errorOf(() => apiKeyAuth(key));
      expect(error).toBeInstanceOf(CalConfigError);
      if (key.length > 4) expect(error.message).not.toContain(key);
    }
    expect(noFetch.calls).toHaveLength(0);
  });

  it("scrubs the key from errors", async () => {
    const fetch = fakeFetch(() => apiError(400, "BadRequestException", `bad key ${TEST_KEY}`));
    const cal = createCalRuntime({ auth: apiKeyAuth(TEST_KEY), fetch, maxRetries: 0 });
    const error = await errorOf(() => meGet(cal));
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain(TEST_KEY);
  });
});

describe("createCalRuntime without usable credentials", () => {
  it("refuses an operation that needs auth before any request", async () => {
    const cal = createCalRuntime({ fetch: noFetch });
    const error = await errorOf(() => meGet(cal));
    expect(error).toBeInstanceOf(CalConfigError);
    expect(error.message).toContain("pass auth");
    expect(noFetch.calls).toHaveLength(0);
  });

  it("says what to import for createCalClient's value options, without repeating them", async () => {
    const legacy: [string, unknown][] = [
      ["apiKey", TEST_KEY],
      ["oauth", { accessToken: "tok_secret_value" }],
      ["platform", { clientId: "c", secretKey: "psk_secret_value" }],
      ["hooks", []],
      ["rateLimit", true],
    ];
    for (const [key, value] of legacy) {
      const error = await errorOf(() => createCalRuntime({ fetch: noFetch, [key]: value }));
      expect(error).toBeInstanceOf(CalConfigError);
      expect(error.message).toContain(key);
      expect(error.message).not.toMatch(/secret_value|cal_test/);
    }
    expect(noFetch.calls).toHaveLength(0);
  });

  it("refuses an auth value that no strategy made", async () => {
    const error = await errorOf(() =>
      createCalRuntime({
        fetch: noFetch,
        auth: TEST_KEY as unknown as ReturnType<typeof apiKeyAuth>,
      }),
    );
    expect(error).toBeInstanceOf(CalConfigError);
    expect(error.message).not.toContain(TEST_KEY);
  });
});

describe("oauthAuth", () => {
  it("checks the token and the granted scopes when the strategy is made", async () => {
    expect(await errorOf(() => oauthAuth({ accessToken: "" }))).toBeInstanceOf(CalConfigError);
    const unknown = await errorOf(() =>
      oauthAuth({ accessToken: "tok", scopes: ["BOOKINGS_ALL"] }),
    );
    expect(unknown).toBeInstanceOf(CalConfigError);
    expect(unknown.message).toContain("BOOKINGS_ALL");
  });

  it("refuses an operation outside the granted scopes before any request", async () => {
    const cal = createCalRuntime({
      fetch: noFetch,
      auth: oauthAuth({ accessToken: "tok_abc", scopes: ["BOOKING_READ"] }),
    });
    const error = await errorOf(() => bookingsCancel(cal, { bookingUid: "b1" }));
    expect(error).toBeInstanceOf(MissingScopeError);
    expect((error as MissingScopeError).scope).toBe("BOOKING_WRITE");
    expect(noFetch.calls).toHaveLength(0);
  });

  it("refreshes an expiring token through the token endpoint, then sends the new one", async () => {
    const saved: unknown[] = [];
    const fetch = fakeFetch((request) =>
      request.url.pathname.endsWith("/oauth2/token")
        ? json(200, { access_token: "new-access", refresh_token: "new-refresh", expires_in: 1800 })
        : success({ username: "ada" }),
    );
    const cal = createCalRuntime(
      {
        fetch,
        auth: oauthAuth({
          accessToken: "old-access",
          refreshToken: "old-refresh",
          expiresAt: NOW + 1_000,
          clientId: "client-1",
          clientSecret: "client-secret",
          onTokens: (tokens) => void saved.push(tokens),
        }),
      },
      { now: () => NOW },
    );
    await expect(meGet(cal)).resolves.toEqual({ username: "ada" });
    expect(fetch.tokenCalls()[0]?.body).toMatchObject({
      grant_type: "refresh_token",
      refresh_token: "old-refresh",
    });
    expect(fetch.apiCalls().map((c) => c.headers.authorization)).toEqual(["Bearer new-access"]);
    expect(saved).toEqual([
      { accessToken: "new-access", refreshToken: "new-refresh", expiresAt: NOW + 1_800_000 },
    ]);
  });

  it("after a 401 refreshes once and resends; a failed refresh never repeats a secret", async () => {
    let valid = "none";
    const fetch = fakeFetch((request) => {
      if (request.url.pathname.endsWith("/oauth2/token")) {
        valid = "fresh-access";
        return json(200, { access_token: valid, expires_in: 1800 });
      }
      return request.headers.authorization === `Bearer ${valid}`
        ? success({ username: "ada" })
        : apiError(401, "UnauthorizedException", "Invalid Access Token.");
    });
    const auth = oauthAuth({ accessToken: "stale-access", refreshToken: "refresh-1" });
    await expect(meGet(createCalRuntime({ fetch, auth }))).resolves.toEqual({ username: "ada" });
    expect(fetch.calls.map((c) => c.headers.authorization ?? "token")).toEqual([
      "Bearer stale-access",
      "token",
      "Bearer fresh-access",
    ]);

    const refusing = fakeFetch((request) =>
      request.url.pathname.endsWith("/oauth2/token")
        ? json(400, { error: "invalid_grant", error_description: "bad refresh-2" })
        : apiError(401, "UnauthorizedException", "Invalid Access Token."),
    );
    const failed = await errorOf(() =>
      meGet(
        createCalRuntime({
          fetch: refusing,
          auth: oauthAuth({ accessToken: "stale-2", refreshToken: "refresh-2" }),
        }),
      ),
    );
    expect(failed).toBeInstanceOf(UnauthorizedError);
    expect((failed as UnauthorizedError).code).toBe("TOKEN_REFRESH_FAILED");
    expect(failed.message).not.toMatch(/refresh-2|stale-2/);
  });
});

describe("platformAuth", () => {
  it("checks the client's credentials when the strategy is made", async () => {
    const error = await errorOf(() => platformAuth({ clientId: "", secretKey: "psk_1" }));
    expect(error).toBeInstanceOf(CalConfigError);
    expect(error.message).not.toContain("psk_1");
  });

  it("sends the client's headers beside a managed user's token, and scrubs both", async () => {
    const fetch = fakeFetch(() =>
      apiError(403, "ForbiddenException", "psk_0123456789 and user-token are not allowed"),
    );
    const cal = createCalRuntime({
      fetch,
      maxRetries: 0,
      auth: platformAuth(
        { clientId: "cid_1", secretKey: "psk_0123456789" },
        oauthAuth({ accessToken: "user-token" }),
      ),
    });
    const error = await errorOf(() => meGet(cal));
    expect(fetch.calls[0]?.headers).toMatchObject({
      authorization: "Bearer user-token",
      "x-cal-client-id": "cid_1",
      "x-cal-secret-key": "psk_0123456789",
    });
    expect(error.message).not.toMatch(/psk_0123456789|user-token/);
  });
});

describe("createCalClient takes a strategy too", () => {
  it("sends what auth makes, and refuses auth beside apiKey before any request", async () => {
    const fetch = fakeFetch(() => success({}));
    await createCalClient({ auth: apiKeyAuth(TEST_KEY), fetch }).me.get();
    expect(fetch.calls[0]?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    const error = await errorOf(() =>
      createCalClient({ auth: apiKeyAuth(TEST_KEY), apiKey: LIVE_KEY, fetch: noFetch }),
    );
    expect(error).toBeInstanceOf(CalConfigError);
    expect(error.message).not.toContain(LIVE_KEY);
  });
});

describe("rateLimiter and withHooks", () => {
  it("rateLimiter() spaces requests; a rate below 1 is a CalConfigError when made", async () => {
    expect(await errorOf(() => rateLimiter({ requestsPerMinute: 0 }))).toBeInstanceOf(
      CalConfigError,
    );
    let now = NOW;
    const delays: number[] = [];
    const sleep = async (ms: number) => {
      delays.push(ms);
      now += ms;
    };
    const fetch = fakeFetch(() => success({}));
    const cal = createCalRuntime(
      { auth: apiKeyAuth(TEST_KEY), fetch, rateLimit: rateLimiter({ requestsPerMinute: 2 }) },
      { now: () => now, sleep },
    );
    await Promise.all([meGet(cal), meGet(cal), meGet(cal)]);
    expect(delays).toEqual([60_000]);
  });

  it("withHooks adds hooks after the ones a runtime has, and leaves that runtime as it was", async () => {
    const seen: string[] = [];
    const hook = (name: string): CallHook => ({ name, before: () => void seen.push(name) });
    const fetch = fakeFetch(() => success({}));
    const plain = createCalRuntime({ auth: apiKeyAuth(TEST_KEY), fetch });
    const audited = withHooks(plain, hook("audit"));
    const guarded = withHooks(audited, hook("policy"), hook("quota"));
    await meGet(guarded);
    await meGet(audited);
    await meGet(plain);
    expect(seen).toEqual(["audit", "policy", "quota", "audit"]);
    expect(fetch.calls).toHaveLength(3);
  });

  it("a hook's refusal is thrown before any request", async () => {
    const refusal = new CalConfigError("not today");
    const cal = withHooks(createCalRuntime({ auth: apiKeyAuth(TEST_KEY), fetch: noFetch }), {
      before: () => {
        throw refusal;
      },
    });
    expect(await errorOf(() => meGet(cal))).toBe(refusal);
    expect(noFetch.calls).toHaveLength(0);
  });
});

describe("the API-key app's bundle", () => {
  it("carries no OAuth, Platform, scope, limiter or hooks code", async () => {
    const { code } = await bundleApp(CALKIT_OPS_APP, { keepCode: true });
    expect(code).toContain("cal_live_"); // the API key check
    for (const absent of [
      "oauth2/token", // the refresh request
      "refresh_token",
      "x-cal-client-id", // the platform headers
      "PROFILE_WRITE", // the scope list of @calkit/scopes
      "CALKIT_HOOK_FAILED",
      "requestsPerMinute",
    ]) {
      expect(code).not.toContain(absent);
    }
  });
});
