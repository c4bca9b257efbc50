/**
 * The README's examples run against the Prism mock of the spec: those written as an app writes
 * them (the default `fetch`, https://api.cal.com) through test/support/readme-network.ts, the
 * others with a client pointed at the mock. That each README block is its file word for word is
 * scripts/test/readme-examples.test.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { routeCalToMock } from "../../../test/support/readme-network.js";
import { withBookingsVersion } from "../examples/api-versions.js";
import { createClients } from "../examples/authentication.js";
import { findBooking } from "../examples/errors.js";
import { cancelWithReadScopes } from "../examples/granted-scopes.js";
import { opsRuntimes } from "../examples/ops-options.js";
import { printUpcoming } from "../examples/pagination.js";
import { watchRateLimit } from "../examples/rate-limit-headers.js";
import { limitedClients } from "../examples/rate-limiter.js";
import { rawMe } from "../examples/raw.js";
import { upcomingWithin } from "../examples/timeouts.js";
import { CalConfigError, createCalClient } from "../src/index.js";

const baseUrl = inject("baseUrl");
const API_KEY = "cal_test_readme";
const network = routeCalToMock(baseUrl);
const log = vi.spyOn(console, "log").mockImplementation(() => {});
const cal = () => createCalClient({ apiKey: API_KEY, baseUrl });

beforeAll(() => {
  vi.stubEnv("CAL_API_KEY", API_KEY);
});
afterAll(() => {
  network.restore();
  vi.unstubAllEnvs();
  log.mockRestore();
});

describe("the client README's examples", () => {
  it("quick start: me, slots and a booking, printed", async () => {
    network.sent.length = 0;
    await import("../examples/quick-start.js");
    expect(network.sent).toEqual(["GET /v2/me", "GET /v2/slots", "POST /v2/bookings"]);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it("authentication: each kind of client, and a call without credentials", async () => {
    network.sent.length = 0;
    const secrets = {
      apiKey: API_KEY,
      accessToken: "token",
      refreshToken: "refresh",
      expiresAt: new Date(Date.now() + 3_600_000),
      clientId: "client",
      clientSecret: "secret",
      secretKey: "key",
    };
    const clients = await createClients(secrets, async () => {});
    expect(Object.keys(clients)).toEqual(["withKey", "withToken", "platform", "publicCal"]);
    expect(network.sent).toEqual(["GET /v2/slots"]);
  });

  it("granted scopes: the list is sent, the cancel refused before sending", async () => {
    network.sent.length = 0;
    log.mockClear();
    await cancelWithReadScopes("token", "fkZ3Ppsm8SFGRYxHZGGcnN");
    expect(network.sent).toEqual(["GET /v2/bookings"]);
    expect(log).toHaveBeenCalledWith("bookings.cancel", "BOOKING_WRITE");
  });

  it("errors: a booking, or null when Cal.com answers 404", async () => {
    await expect(findBooking(cal(), "fkZ3Ppsm8SFGRYxHZGGcnN")).resolves.toMatchObject({
      uid: expect.any(String),
    });
    const notFound = createCalClient({
      apiKey: API_KEY,
      baseUrl,
      headers: { prefer: "code=404" },
    });
    await expect(findBooking(notFound, "fkZ3Ppsm8SFGRYxHZGGcnN")).resolves.toBeNull();
  });

  it("timeouts: the list answers within both limits", async () => {
    await expect(upcomingWithin(API_KEY)).resolves.toHaveProperty("data");
  });

  it("pagination: prints each booking of the pages", async () => {
    log.mockClear();
    await printUpcoming(cal());
    expect(log.mock.calls.length).toBeGreaterThan(0);
  });

  it("API versions: a known one is taken, an unknown one throws CalConfigError", () => {
    expect(() => withBookingsVersion(API_KEY)).toThrow(CalConfigError);
    expect(() => withBookingsVersion(API_KEY)).toThrow('"2025-01-01" is not a cal-api-version');
  });

  it("rate limiter: both forms are accepted", () => {
    expect(Object.keys(limitedClients(API_KEY))).toEqual(["standard", "raised"]);
  });

  it("rate-limit headers reach the listeners", async () => {
    const gauges: unknown[][] = [];
    await watchRateLimit(API_KEY, "fkZ3Ppsm8SFGRYxHZGGcnN", {
      gauge: (...args) => gauges.push(args),
    });
    expect(gauges.every(([name]) => name === "cal.remaining")).toBe(true);
  });

  it("hooks: the read goes through, logged by the hook", async () => {
    network.sent.length = 0;
    log.mockClear();
    const { audited } = await import("../examples/hooks.js");
    expect(network.sent).toEqual(["GET /v2/bookings/fkZ3Ppsm8SFGRYxHZGGcnN"]);
    expect(log.mock.calls[0]?.slice(0, 2)).toEqual(["bookings.get", "ok"]);
    expect(typeof audited.invoke).toBe("function");
  });

  it("ops: me and the upcoming bookings through @calkit/client/ops", async () => {
    network.sent.length = 0;
    await import("../examples/ops.js");
    expect(network.sent.slice(0, 2)).toEqual(["GET /v2/me", "GET /v2/bookings"]);
  });

  it("ops options: OAuth, Platform, the limiter and a hook through @calkit/client/ops", async () => {
    network.sent.length = 0;
    log.mockClear();
    const runtimes = await opsRuntimes("token", "client", "key");
    expect(Object.keys(runtimes)).toEqual(["user", "platform", "logged"]);
    expect(network.sent).toEqual(["GET /v2/bookings/fkZ3Ppsm8SFGRYxHZGGcnN"]);
    expect(log).toHaveBeenCalledWith("bookings.get", true);
  });

  it("cal.raw: the envelope as Cal.com sent it", async () => {
    await expect(rawMe(cal(), API_KEY)).resolves.toMatchObject({ status: "success" });
  });
});
