import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  apiError,
  connectionFailure,
  fakeFetch,
  json,
  recordingSleep,
  success,
} from "../../../../test/support/fake-fetch.js";
import {
  BadRequestError,
  CalApiError,
  CalConfigError,
  CalConnectionError,
  CalError,
  ConflictError,
  errorFromResponse,
  ForbiddenError,
  InternalServerError,
  NotFoundError,
  RateLimitedError,
  UnauthorizedError,
  UnprocessableEntityError,
} from "../../src/core/errors.js";
import { createRuntime } from "../../src/core/runtime.js";
import { bookingsCreate, bookingsGet, LIVE_KEY, meGet } from "./operations.js";

describe("errorFromResponse", () => {
  const cases: Array<[number, new (...a: never[]) => CalApiError]> = [
    [400, BadRequestError],
    [401, UnauthorizedError],
    [403, ForbiddenError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitedError],
    [500, InternalServerError],
    [502, InternalServerError],
    [503, InternalServerError],
  ];

  it.each(cases)("maps %i to its class through the runtime", async (status, Class) => {
    const fetch = fakeFetch(() =>
      apiError(
        status,
        "SomeException",
        "Booking with uid b1 not found",
        { "x-request-id": "req_123" },
        { field: "uid" },
      ),
    );
    const rt = createRuntime({ apiKey: LIVE_KEY, fetch, maxRetries: 0 });
    const error = await rt.invoke(bookingsGet, { bookingUid: "b1" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(CalApiError);
    expect(error).toBeInstanceOf(CalError);
    expect(error).toBeInstanceOf(Error);
    const e = error as CalApiError;
    expect(e.status).toBe(status);
    expect(e.code).toBe("SomeException");
    expect(e.message).toBe(
      `bookings.get: Booking with uid b1 not found (HTTP ${status}, SomeException)`,
    );
    expect(e.details).toEqual({ field: "uid" });
    expect(e.operationId).toBe("bookings.get");
    expect(e.requestId).toBe("req_123");
    expect(e.name).toBe(Class.name);
  });

  it("other statuses give a plain CalApiError", () => {
    const e = errorFromResponse({
      operationId: "me.get",
      status: 418,
      body: undefined,
      headers: new Headers(),
    });
    expect(e.constructor).toBe(CalApiError);
    expect(e.message).toBe("me.get: request failed (HTTP 418)");
  });

  it("reads request-id and cf-ray, and non-envelope bodies", () => {
    const headers = new Headers({ "cf-ray": "8a1b2c3d-AMS" });
    const e = errorFromResponse({
      operationId: "me.get",
      status: 502,
      body: "<html>Bad gateway</html>",
      headers,
    });
    expect(e.requestId).toBe("8a1b2c3d-AMS");
    expect(e.message).toBe("me.get: <html>Bad gateway</html> (HTTP 502)");
    const nest = errorFromResponse({
      operationId: "me.get",
      status: 400,
      body: {
        statusCode: 400,
        message: ["start must be a date", "eventTypeId is required"],
        error: "Bad Request",
      },
      headers: new Headers({ "request-id": "r-9" }),
    });
    expect(nest.message).toBe(
      "me.get: start must be a date; eventTypeId is required (HTTP 400, Bad Request)",
    );
    expect(nest.requestId).toBe("r-9");
  });

  it("uses a default message when Cal.com gives none", () => {
    const e = errorFromResponse({
      operationId: "me.get",
      status: 403,
      body: {},
      headers: new Headers(),
    });
    expect(e.message).toBe(
      "me.get: the credentials lack the scope or role this operation needs (HTTP 403)",
    );
  });

  it("429 carries retryAfterMs", () => {
    const e = errorFromResponse({
      operationId: "me.get",
      status: 429,
      body: {},
      headers: new Headers({ "retry-after": "30" }),
    });
    expect(e).toBeInstanceOf(RateLimitedError);
    expect((e as RateLimitedError).retryAfterMs).toBe(30_000);
  });

  it("keeps response headers except cookies and credentials", () => {
    const e = errorFromResponse({
      operationId: "me.get",
      status: 500,
      body: {},
      headers: new Headers({
        "set-cookie": "session=abc",
        "x-ratelimit-remaining": "0",
        "x-cal-secret-key": "s",
      }),
    });
    expect(e.headers).toEqual({ "x-ratelimit-remaining": "0" });
  });
});

describe("no credential ever appears in an error", () => {
  const secrets = {
    apiKey: LIVE_KEY,
    accessToken: "oauth-access-token-AAAA1111",
    refreshToken: "oauth-refresh-token-BBBB2222",
    clientSecret: "oauth-client-secret-CCCC3333",
    secretKey: "platform-secret-key-DDDD4444",
    newAccess: "oauth-new-access-token-EEEE5555",
    newRefresh: "oauth-new-refresh-token-FFFF6666",
  };
  const all = Object.values(secrets);

  function expectClean(error: unknown) {
    expect(error).toBeInstanceOf(Error);
    const texts = [
      JSON.stringify(error),
      String(error),
      (error as Error).message,
      (error as Error).stack ?? "",
      inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    ];
    for (const text of texts) for (const secret of all) expect(text).not.toContain(secret);
  }

  /** A hostile server that echoes every credential it was sent back in message, details and headers. */
  function echoingFetch(status: number) {
    return fakeFetch((req) => {
      const seen = Object.values(req.headers).join(" ");
      const body = JSON.stringify(req.body ?? "");
      return apiError(
        status,
        "EchoException",
        `you sent ${seen} ${body}`,
        { "x-echo": seen.replace(/[^\x20-\x7e]/g, ""), "set-cookie": `s=${seen}` },
        { headers: req.headers, body: req.body },
      );
    });
  }

  it.each([400, 401, 403, 404, 422, 429, 500])("API key + platform, HTTP %i", async (status) => {
    const { sleep } = recordingSleep();
    const rt = createRuntime(
      {
        apiKey: secrets.apiKey,
        platform: { clientId: "cid", secretKey: secrets.secretKey },
        fetch: echoingFetch(status),
      },
      { sleep },
    );
    expectClean(await rt.invoke(bookingsCreate, { note: secrets.apiKey }).catch((e: unknown) => e));
  });

  it("a short OAuth token echoed by Cal.com, in an error and in a success", async () => {
    // Any bearer not starting cal_ is an OAuth token, whatever its length.
    const token = "tok1234";
    const fetch = fakeFetch((req) =>
      req.url.pathname === "/v2/me"
        ? apiError(401, "UnauthorizedException", `invalid token ${token}`, {}, { token })
        : success({ note: `hello ${token}`, nested: [{ [token]: token }] }),
    );
    const rt = createRuntime({ fetch, oauth: { accessToken: token }, maxRetries: 0 });
    const error = await rt.invoke(meGet).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      "me.get: invalid token [redacted] (HTTP 401, UnauthorizedException)",
    );
    expect(inspect(error, { depth: Number.POSITIVE_INFINITY })).not.toContain(token);
    const data = await rt.invoke(bookingsGet, { bookingUid: "b1" });
    expect(data).toEqual({ note: "hello [redacted]", nested: [{ "[redacted]": "[redacted]" }] });
  });

  it("OAuth tokens, before and after a refresh", async () => {
    let refreshed = false;
    const fetch = fakeFetch((req) => {
      if (req.url.pathname.endsWith("/oauth2/token")) {
        refreshed = true;
        return json(200, {
          access_token: secrets.newAccess,
          refresh_token: secrets.newRefresh,
          expires_in: 1,
        });
      }
      return apiError(
        401,
        "Echo",
        `rejected ${req.headers.authorization} after refresh=${refreshed} ${secrets.accessToken} ${secrets.refreshToken}`,
      );
    });
    const rt = createRuntime({
      fetch,
      oauth: {
        accessToken: secrets.accessToken,
        refreshToken: secrets.refreshToken,
        clientId: "c",
        clientSecret: secrets.clientSecret,
      },
    });
    const error = await rt.invoke(meGet).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expectClean(error);
  });

  it("a token endpoint that echoes the refresh token", async () => {
    const fetch = fakeFetch(() =>
      json(400, {
        error: secrets.refreshToken,
        error_description: `bad ${secrets.refreshToken} ${secrets.clientSecret}`,
      }),
    );
    const rt = createRuntime({
      fetch,
      oauth: {
        accessToken: secrets.accessToken,
        refreshToken: secrets.refreshToken,
        clientSecret: secrets.clientSecret,
        expiresAt: 0,
      },
    });
    expectClean(await rt.invoke(meGet).catch((e: unknown) => e));
  });

  it("a success body in another shape that echoes the key, and its warning", async () => {
    const fetch = fakeFetch(() => new Response(`<html>${secrets.apiKey}</html>`, { status: 200 }));
    const warnings: unknown[] = [];
    const result = await createRuntime({
      apiKey: secrets.apiKey,
      fetch,
      onWarning: (w) => warnings.push(w),
    }).invoke(meGet);
    expect(result).toBe("<html>[redacted]</html>");
    expect(warnings).toHaveLength(1);
    for (const secret of all) expect(JSON.stringify(warnings)).not.toContain(secret);
  });

  it("connection errors, config errors", async () => {
    const fetch = fakeFetch(() => {
      throw connectionFailure("ECONNRESET");
    });
    const { sleep } = recordingSleep();
    const error = await createRuntime({ apiKey: secrets.apiKey, fetch }, { sleep })
      .invoke(meGet)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CalConnectionError);
    expectClean(error);

    let config: unknown;
    try {
      createRuntime({ apiKey: `x${secrets.apiKey}` });
    } catch (e) {
      config = e;
    }
    expect(config).toBeInstanceOf(CalConfigError);
    expectClean(config);
  });

  it("success still works with the same runtime shapes", async () => {
    const fetch = fakeFetch(() => success({ ok: 1 }));
    await expect(createRuntime({ apiKey: secrets.apiKey, fetch }).invoke(meGet)).resolves.toEqual({
      ok: 1,
    });
  });
});
