/**
 * Flags, environment and request headers → options and credentials; every misuse is one clear
 * McpSetupError that never repeats a credential. The token bucket and the bounded text, on their own.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  createRateLimiter,
  credentialFromHeaders,
  McpSetupError,
  normalizeToolsets,
  parseCliConfig,
} from "../src/index.js";
import { boundedJson } from "../src/result.js";

const KEY = "cal_test_config_key_123";
const env = { CAL_API_KEY: KEY };

function configError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(McpSetupError);
    return (error as Error).message;
  }
  throw new Error("expected a McpSetupError");
}

describe("parseCliConfig", () => {
  it("defaults: stdio, no rate limit, Cal.com's URL, the key from CAL_API_KEY", () => {
    const config = parseCliConfig([], env);
    expect(config.transport).toBe("stdio");
    expect(config.options).toEqual({ credential: { kind: "apiKey", apiKey: KEY }, rateLimit: 0 });
  });

  it("HTTP: 127.0.0.1:3333 and 60 calls a minute unless told otherwise", () => {
    expect(parseCliConfig(["--transport", "http"], {}).options).toEqual({
      rateLimit: 60,
      port: 3333,
      host: "127.0.0.1",
    });
    expect(
      parseCliConfig(
        ["--transport", "http", "--port", "0", "--host", "::1", "--rate-limit", "0"],
        env,
      ).options,
    ).toMatchObject({ port: 0, host: "::1", rateLimit: 0 });
  });

  it("reads every flag", () => {
    const dir = mkdtempSync(join(tmpdir(), "calkit-mcp-config-"));
    const policy = join(dir, "policy.json");
    writeFileSync(
      policy,
      JSON.stringify({ version: 1, agents: { scheduler: { resources: { slots: "full" } } } }),
    );
    const config = parseCliConfig(
      [
        "--policy",
        policy,
        "--agent",
        "scheduler",
        "--read-only",
        "--toolsets",
        "bookings, event-types",
        "--dynamic",
        "--no-output-schemas",
        "--audit-log",
        join(dir, "audit.jsonl"),
        "--max-result-bytes",
        "4000",
        "--rate-limit",
        "30",
      ],
      { ...env, CAL_API_BASE_URL: "http://127.0.0.1:4010/" },
    );
    expect(config.options).toMatchObject({
      baseUrl: "http://127.0.0.1:4010",
      policy: { version: 1 },
      agent: "scheduler",
      readOnly: true,
      toolsets: ["bookings", "event-types"],
      dynamic: true,
      outputSchemas: false,
      maxResultBytes: 4000,
      rateLimit: 30,
    });
    expect(config.options.audit).toBeDefined();
    config.auditSink?.close();
  });

  it("an OAuth token with its scopes", () => {
    expect(
      parseCliConfig([], {
        CAL_OAUTH_ACCESS_TOKEN: "tok",
        CAL_OAUTH_SCOPES: "booking_read, EVENT_TYPE_READ",
      }).options.credential,
    ).toEqual({
      kind: "oauth",
      accessToken: "tok",
      scopes: ["BOOKING_READ", "EVENT_TYPE_READ"],
    });
  });

  it.each([
    [[], {}, /^No Cal\.com credentials\. Set CAL_API_KEY/],
    [[], { CAL_API_KEY: "key-SECRET" }, /^CAL_API_KEY is malformed/],
    [[], { CAL_API_KEY: KEY, CAL_OAUTH_ACCESS_TOKEN: "tok" }, /set only one/],
    [[], { CAL_OAUTH_SCOPES: "BOOKING_READ", CAL_API_KEY: KEY }, /without CAL_OAUTH_ACCESS_TOKEN/],
    [
      [],
      { CAL_OAUTH_ACCESS_TOKEN: "tok", CAL_OAUTH_SCOPES: "BOOKINGS_READ" },
      /unknown Cal\.com OAuth scope "BOOKINGS_READ"\. Known scopes: APPS_READ/,
    ],
    [[], { ...env, CAL_API_BASE_URL: "api.cal.com" }, /CAL_API_BASE_URL is not a URL/],
    [
      [],
      { ...env, CAL_API_BASE_URL: "https://user:SECRET@api.cal.com" },
      /must not contain credentials/,
    ],
    [["--transport", "ws"], env, /--transport must be stdio or http/],
    [["--port", "3000"], env, /add --transport http/],
    [["--transport", "http", "--port", "70000"], env, /at most 65535/],
    [["--policy", "p.yaml"], env, /--policy needs --agent/],
    [["--agent", "x"], env, /add --policy/],
    [
      ["--policy", "/no/such/policy.yaml", "--agent", "x"],
      env,
      /Cannot read the policy file \/no\/such\/policy\.yaml: ENOENT/,
    ],
    [
      ["--max-result-bytes", "lots"],
      env,
      /--max-result-bytes must be a whole number of at least 500/,
    ],
    [["--toolsets", " , "], env, /needs at least one resource/],
    [["--audit-log", "/no/such/dir/audit.jsonl"], env, /Cannot open the audit log/],
    [["--bogus"], env, /Unknown option '--bogus'/],
    [["stray"], env, /Unexpected argument 'stray'/],
  ] as const)("%j with %j → %s", (argv, environment, message) => {
    const text = configError(() => parseCliConfig(argv, environment));
    expect(text).toMatch(message);
    expect(text).not.toContain("SECRET");
  });

  it("--help and --version need no credentials", () => {
    expect(parseCliConfig(["--help"], {}).help).toBe(true);
    expect(parseCliConfig(["--version"], {}).version).toBe(true);
  });
});

describe("credentialFromHeaders", () => {
  it("a cal_ token is an API key, anything else an OAuth token with optional scopes", () => {
    expect(credentialFromHeaders(`Bearer ${KEY}`, undefined)).toEqual({
      kind: "apiKey",
      apiKey: KEY,
    });
    expect(credentialFromHeaders("bearer eyJhbGciOi.x.y", undefined)).toEqual({
      kind: "oauth",
      accessToken: "eyJhbGciOi.x.y",
    });
    expect(credentialFromHeaders("Bearer tok", "SCHEDULE_READ,ORG_USERS_READ")).toEqual({
      kind: "oauth",
      accessToken: "tok",
      scopes: ["SCHEDULE_READ", "ORG_USERS_READ"],
    });
    expect(credentialFromHeaders(undefined, undefined)).toBeUndefined();
  });

  it("rejects other schemes and scopes sent with an API key, without repeating the token", () => {
    expect(configError(() => credentialFromHeaders("Basic SECRET", undefined))).not.toContain(
      "SECRET",
    );
    expect(configError(() => credentialFromHeaders(`Bearer ${KEY}`, "BOOKING_READ"))).toMatch(
      /with an API key/,
    );
    expect(
      configError(() => credentialFromHeaders("Bearer cal_bad!SECRET", undefined)),
    ).not.toContain("SECRET");
  });
});

describe("helpers", () => {
  it("normalizeToolsets accepts kebab, snake and familiar names", () => {
    expect(
      normalizeToolsets([
        "event-types",
        "org_users",
        "profile",
        "Bookings",
        "bookings",
        "eventTypes",
      ]),
    ).toEqual(["eventTypes", "orgUsers", "me", "bookings"]);
  });

  it("the token bucket allows a burst of N, then one call per 60/N seconds", () => {
    let now = 0;
    const limiter = createRateLimiter(60, () => now);
    for (let i = 0; i < 60; i++) expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take("b").ok).toBe(true);
    now += 1000;
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a").ok).toBe(false);
    const slow = createRateLimiter(2, () => now);
    slow.take("x");
    slow.take("x");
    expect(slow.take("x")).toEqual({ ok: false, retryAfterSeconds: 30 });
  });

  it("boundedJson cuts on a character boundary and says where the whole result is", () => {
    const value = { data: "é".repeat(500) };
    const text = boundedJson(value, 200);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(200);
    expect(text).toMatch(
      / … \[cut at 200 bytes of \d+; the whole result is in structuredContent\]$/,
    );
    expect(text).not.toContain("\uFFFD");
    expect(boundedJson({ a: 1 }, 200)).toBe('{"a":1}');
  });
});
