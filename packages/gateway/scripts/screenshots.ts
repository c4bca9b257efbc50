/**
 * `pnpm exec tsx packages/gateway/scripts/screenshots.ts`: the PNGs of the gateway admin page's three views
 * in packages/gateway/docs/, taken from a real gateway (built: `pnpm build` first) in front of a
 * Prism mock, in Debian's Chromium. Run by hand when the pages change; tests never write them.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startPrism } from "../../../scripts/prism.js";
import { call, startGatewayProcess } from "../test/gateway-process.js";
import { runGateway, tempDir, writePolicy } from "../test/helpers.js";

const DOCS = fileURLToPath(new URL("../docs/", import.meta.url));
const ADMIN = "screenshot-admin-token-0123456789abcdef";

async function main(): Promise<void> {
  mkdirSync(DOCS, { recursive: true });
  const prism = await startPrism();
  const dir = tempDir("shots");
  const env = { CALKIT_GATEWAY_DATA: `${dir.path}/data` };
  writePolicy(dir.path, {
    support: {
      description: "Answers customers",
      resources: { bookings: "read", slots: "read", eventTypes: "read" },
    },
    scheduler: {
      resources: { bookings: "full", slots: "full", eventTypes: "read", schedules: "read" },
      operations: { "bookings.cancel": "ask" },
      constraints: { eventTypeIds: [42], minNoticeHoursToCancel: 24 },
    },
  });
  const gw = await startGatewayProcess({
    CAL_API_KEY: "cal_test_screenshots_0123456789",
    CAL_API_BASE_URL: prism.url,
    CALKIT_ADMIN_TOKEN: ADMIN,
    ...env,
  });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox"],
  });
  try {
    const tokens: Record<string, string> = {};
    for (const name of ["support", "scheduler"])
      tokens[name] = (
        await runGateway(["agent", "add", name, "--policy", `${dir.path}/policy.json`], env)
      ).stdout.trim();
    await call(gw.url, tokens.support, "GET", "/v2/bookings");
    await call(gw.url, tokens.support, "POST", "/v2/bookings/fkZ3Ppsm8SFGRYxHZGGcnN/cancel", {
      body: {},
    });
    // Left waiting: it shows on the Approvals page.
    void call(gw.url, tokens.scheduler, "POST", "/v2/bookings/fkZ3Ppsm8SFGRYxHZGGcnN/cancel", {
      body: { cancellationReason: "The customer asked to move to next week" },
    }).catch(() => {});
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${gw.url}/admin/login`);
    await page.getByLabel("Your name").fill("alice");
    await page.getByLabel("Admin token").fill(ADMIN);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${gw.url}/admin/agents`);
    await page.screenshot({ path: `${DOCS}admin-agents.png`, fullPage: true });
    await page.goto(`${gw.url}/admin/approvals`);
    await page.screenshot({ path: `${DOCS}admin-approvals.png`, fullPage: true });
    await page.goto(`${gw.url}/admin/activity`);
    await page.locator("ol.activity details").first().locator("summary").click();
    await page.screenshot({ path: `${DOCS}admin-activity.png`, fullPage: true });
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.context().addCookies(await page.context().cookies());
    await phone.goto(`${gw.url}/admin/approvals`);
    await phone.screenshot({ path: `${DOCS}admin-approvals-phone.png` });
    console.log(`Screenshots written to ${DOCS}`);
  } finally {
    await browser.close();
    await gw.kill();
    await prism.stop();
    dir.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
