/**
 * The README's quick start and its client example, run as they are written: the policy is the
 * README's own (the heredoc of its sh block), `agent add` and `serve` are the built binary against
 * the Prism mock, the client example lists through the gateway, the cancel the quick start sends
 * is refused with 403 before reaching Cal.com, and `audit tail` shows the denial. That each
 * README block is its file word for word is scripts/test/readme-examples.test.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, inject, it } from "vitest";
import { codeBlocks } from "../../../scripts/readme-examples.js";
import { upcomingBookings } from "../examples/client.js";
import { startGatewayProcess } from "./gateway-process.js";
import { runGateway, tempDir } from "./helpers.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The policy the quick start writes with `cat > policy.yaml <<'YAML'`. */
function quickStartPolicy(): string {
  const quickStart = codeBlocks(readme).find((block) => block.code.includes("<<'YAML'"));
  const policy = quickStart?.code.match(/<<'YAML'\n([\s\S]*?)\nYAML\n/)?.[1];
  if (!policy) throw new Error("README.md: no policy heredoc in the quick start");
  return `${policy}\n`;
}

it("the quick start's agent lists through the gateway and is refused a cancel", async () => {
  const data = tempDir("readme");
  const policy = join(data.path, "policy.yaml");
  writeFileSync(policy, quickStartPolicy());
  const env = { CALKIT_GATEWAY_DATA: join(data.path, "store") };
  const added = await runGateway(["agent", "add", "support", "--policy", policy], env);
  expect(added.code, added.stderr).toBe(0);
  const token = added.stdout.trim();
  const gateway = await startGatewayProcess({
    ...env,
    CAL_API_KEY: "cal_test_anything",
    CAL_API_BASE_URL: inject("baseUrl"),
  });
  try {
    await expect(upcomingBookings(gateway.url, token)).resolves.toHaveProperty("data");
    const cancel = await fetch(`${gateway.url}/v2/bookings/abc/cancel`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: "{}",
    });
    expect(cancel.status).toBe(403);
  } finally {
    await gateway.stop();
  }
  const audit = await runGateway(["audit", "tail"], env);
  data.remove();
  expect(audit.code, audit.stderr).toBe(0);
  expect(audit.stdout).toMatch(/denied/);
}, 120_000);
