/**
 * `oauth.scopes`: a client told its token's granted scopes refuses, before any request, every
 * operation whose scope the token lacks (MissingScopeError), using @calkit/scopes' rules.
 */
import { describe, expect, it } from "vitest";
import { fakeFetch, success } from "../../../test/support/fake-fetch.js";
import { expandScopes, missingScope, scopeNames } from "../../scopes/src/index.js";
import {
  type CalClient,
  type CalClientOptions,
  CalConfigError,
  CalError,
  createCalClient,
  MissingScopeError,
  OPERATION_COUNT,
  operations,
} from "../src/index.js";

type Method = ((args?: unknown) => Promise<unknown>) & {
  all?: (args?: unknown) => AsyncIterable<unknown>;
};

const ids = Object.keys(operations).sort();

function methodOf(cal: CalClient, id: string): Method {
  const [resource, verb] = id.split(".") as [string, string];
  return (cal as unknown as Record<string, Record<string, Method>>)[resource]![verb]!;
}

/** Minimal arguments that get past the client's own checks (path parameters filled). */
function argsOf(id: string): Record<string, unknown> {
  const meta = operations[id as keyof typeof operations];
  return Object.fromEntries(meta.pathParams.map((name) => [name, "1"]));
}

function scopesOf(id: string): readonly string[] {
  return operations[id as keyof typeof operations].scopes;
}

function setup(options: CalClientOptions) {
  const fetch = fakeFetch(() => success({}));
  const cal = createCalClient({ baseUrl: "https://cal.test", fetch, maxRetries: 0, ...options });
  return { cal, fetch };
}

const oauth = (scopes?: string[]) => ({
  oauth: { accessToken: "token_abc", ...(scopes ? { scopes } : {}) },
});

async function outcome(cal: CalClient, id: string): Promise<"sent" | MissingScopeError> {
  try {
    await methodOf(cal, id)(argsOf(id));
    return "sent";
  } catch (error) {
    if (error instanceof MissingScopeError) return error;
    throw error;
  }
}

describe("oauth.scopes refuses operations the token cannot call", () => {
  it("the data covers every operation and 16 scopes", () => {
    expect(ids).toHaveLength(OPERATION_COUNT);
    expect(scopeNames).toHaveLength(16);
  });

  it.each(ids.filter((id) => scopesOf(id).length > 0))(
    "%s: refused with every scope but its own, and no request is sent",
    async (id) => {
      const needed = scopesOf(id);
      const others = scopeNames.filter((s) => !needed.includes(s));
      const { cal, fetch } = setup(oauth(others));
      const error = await outcome(cal, id);
      expect(error).toBeInstanceOf(MissingScopeError);
      const refused = error as MissingScopeError;
      expect(refused).toBeInstanceOf(CalError);
      expect(refused.name).toBe("MissingScopeError");
      expect(refused.operationId).toBe(id);
      expect(refused.scope).toBe(needed[0]);
      expect(refused.message).toContain(id);
      expect(refused.message).toContain(needed[0]);
      expect(refused.message).not.toContain("token_abc");
      expect(fetch.calls).toHaveLength(0);
    },
  );

  it("operations × single scopes: refused exactly when @calkit/scopes says a scope is missing", async () => {
    for (const scope of scopeNames) {
      const { cal, fetch } = setup(oauth([scope]));
      let sent = 0;
      for (const id of ids) {
        const result = await outcome(cal, id);
        const expected = missingScope(id, [scope]);
        if (expected === null) {
          expect(result, `${id} with ${scope}`).toBe("sent");
          sent++;
        } else {
          expect(result, `${id} with ${scope}`).toBeInstanceOf(MissingScopeError);
          expect((result as MissingScopeError).scope).toBe(expected);
        }
      }
      // Each scope allows the 4 scope-less slots operations plus those needing exactly it.
      const own = ids.filter((id) => scopesOf(id).includes(scope));
      expect(sent).toBe(4 + own.length);
      expect(fetch.calls).toHaveLength(sent);
    }
  });

  it("a token with no scopes can still call the operations that need none (slots)", async () => {
    const { cal, fetch } = setup(oauth([]));
    for (const id of ids) {
      const result = await outcome(cal, id);
      expect(result === "sent", id).toBe(id.startsWith("slots."));
    }
    expect(fetch.calls).toHaveLength(4);
  });

  it("applies ORG_<X> ⇒ TEAM_<X> from the spec's data: ORG_USERS_* implies no TEAM_ scope that exists", async () => {
    // The rule would map ORG_USERS_READ to TEAM_USERS_READ, which Cal.com does not define.
    expect(expandScopes(["ORG_USERS_READ", "ORG_USERS_WRITE"])).toEqual([
      "ORG_USERS_READ",
      "ORG_USERS_WRITE",
    ]);
    const { cal, fetch } = setup(oauth(["ORG_USERS_READ", "ORG_USERS_WRITE"]));
    expect(await outcome(cal, "orgUsers.list")).toBe("sent");
    expect(await outcome(cal, "orgUsers.delete")).toBe("sent");
    const teams = await outcome(cal, "teams.list");
    expect(teams).toBeInstanceOf(MissingScopeError);
    expect((teams as MissingScopeError).scope).toBe("TEAM_READ");
    expect(fetch.calls).toHaveLength(2);
  });

  it("refuses paginated `.all()` iteration before the first page", async () => {
    const { cal, fetch } = setup(oauth(["BOOKING_WRITE"]));
    const all = methodOf(cal, "bookings.list").all!;
    await expect(async () => {
      for await (const _ of all({})) break;
    }).rejects.toBeInstanceOf(MissingScopeError);
    expect(fetch.calls).toHaveLength(0);
  });

  it("sends what the token may call, with its bearer token", async () => {
    const { cal, fetch } = setup(oauth(["BOOKING_READ"]));
    await cal.bookings.get({ bookingUid: "abc" });
    expect(fetch.calls).toHaveLength(1);
    expect(fetch.calls[0]!.headers.authorization).toBe("Bearer token_abc");
  });
});

describe("clients that are never refused", () => {
  it("an API key calls all operations", async () => {
    const { cal, fetch } = setup({ apiKey: "cal_test_scopes" });
    for (const id of ids) expect(await outcome(cal, id), id).toBe("sent");
    expect(fetch.calls).toHaveLength(OPERATION_COUNT);
  });

  it("an OAuth token whose scopes were not given is not checked client-side", async () => {
    const { cal, fetch } = setup(oauth());
    for (const id of ids) expect(await outcome(cal, id), id).toBe("sent");
    expect(fetch.calls).toHaveLength(OPERATION_COUNT);
  });
});

describe("invalid oauth.scopes", () => {
  it("an unknown scope name is a CalConfigError at creation, naming it", () => {
    const fetch = fakeFetch(() => success({}));
    const create = () =>
      createCalClient({
        fetch,
        oauth: { accessToken: "t", scopes: ["BOOKING_READ", "BOOKINGS_READ"] },
      });
    expect(create).toThrow(CalConfigError);
    expect(create).toThrow(/BOOKINGS_READ/);
    expect(fetch.calls).toHaveLength(0);
  });

  it("a non-array is a CalConfigError", () => {
    expect(() =>
      createCalClient({
        oauth: { accessToken: "t", scopes: "BOOKING_READ" as unknown as string[] },
      }),
    ).toThrow(CalConfigError);
  });
});
