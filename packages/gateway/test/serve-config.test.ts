// `calkit-gateway serve` refusing to start, as a real process: one line on stderr, exit 2, no
// stack trace, no secret, nothing on stdout (scripts read the base URL from its first line).
import { afterAll, describe, expect, it } from "vitest";
import { startGatewayProcess } from "./gateway-process.js";
import { hasStackTrace, runGateway, tempDir } from "./helpers.js";

const dir = tempDir("config");
afterAll(() => dir.remove());

function expectRefusal(
  result: { code: number | null; stdout: string; stderr: string },
  text: string,
) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toContain(text);
  expect(hasStackTrace(result.stderr)).toBe(false);
}

describe("serve refuses to start", () => {
  it("without a Cal.com credential, or with a malformed one", async () => {
    const data = { CALKIT_GATEWAY_DATA: `${dir.path}/a` };
    expectRefusal(await runGateway(["serve", "--port", "0"], data), "No Cal.com credential");
    const bad = await runGateway(["serve", "--port", "0"], {
      ...data,
      CAL_API_KEY: "sk_live_secretvalue123",
    });
    expectRefusal(bad, "CAL_API_KEY is malformed");
    expect(bad.stderr).not.toContain("sk_live_secretvalue123");
  });

  it("with an unusable admin token or approval setting, naming the variable, never the value", async () => {
    const env = { CAL_API_KEY: "cal_test_config_0123456789", CALKIT_GATEWAY_DATA: `${dir.path}/c` };
    const short = await runGateway(["serve", "--port", "0"], {
      ...env,
      CALKIT_ADMIN_TOKEN: "hunter2-short",
    });
    expectRefusal(short, "CALKIT_ADMIN_TOKEN must be at least 32 characters");
    expect(short.stderr).not.toContain("hunter2-short");
    const agentLike = `ckgw_0123456789ab_${"A".repeat(43)}`;
    expectRefusal(
      await runGateway(["serve", "--port", "0"], { ...env, CALKIT_ADMIN_TOKEN: agentLike }),
      "looks like an agent token",
    );
    expectRefusal(
      await runGateway(["serve", "--port", "0"], { ...env, CALKIT_APPROVAL_TTL: "soon" }),
      "CALKIT_APPROVAL_TTL must be a duration",
    );
    expectRefusal(
      await runGateway(["serve", "--port", "0"], { ...env, CALKIT_APPROVAL_WAIT: "5m" }),
      "CALKIT_APPROVAL_WAIT may be at most 110s",
    );
  });

  it("with bad flags", async () => {
    const env = { CAL_API_KEY: "cal_test_config_0123456789", CALKIT_GATEWAY_DATA: `${dir.path}/b` };
    expectRefusal(
      await runGateway(["serve", "--port", "99999"], env),
      "--port must be a whole number",
    );
    expectRefusal(await runGateway(["serve", "--verbose"], env), "Unknown option --verbose");
  });

  it("on a port in use, or a data folder another gateway serves", async () => {
    const env = { CAL_API_KEY: "cal_test_config_0123456789", CALKIT_GATEWAY_DATA: `${dir.path}/c` };
    const first = await startGatewayProcess(env);
    try {
      const port = new URL(first.url).port;
      expectRefusal(
        await runGateway(["serve", "--port", port], {
          ...env,
          CALKIT_GATEWAY_DATA: `${dir.path}/d`,
        }),
        `Port ${port} is in use`,
      );
      expectRefusal(await runGateway(["serve", "--port", "0"], env), "is in use by process");
    } finally {
      await first.stop();
    }
  });

  it("when Postgres cannot be reached, without printing the password", async () => {
    const result = await runGateway(["serve", "--port", "0"], {
      CAL_API_KEY: "cal_test_config_0123456789",
      DATABASE_URL: "postgres://gw:hunter2-secret@127.0.0.1:1/calkit",
    });
    expectRefusal(result, "Cannot connect to Postgres at 127.0.0.1:1/calkit");
    expect(result.stderr).not.toContain("hunter2-secret");
  });
});
