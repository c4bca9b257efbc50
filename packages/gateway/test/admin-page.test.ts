// The admin page in a real browser (Debian's Chromium through playwright-core) against the built
// `calkit-gateway serve` and a recording upstream in front of Prism: sign in, create an agent and
// use its token, change the matrix (with the mouse and with the keyboard alone), hold a
// cancellation for approval and approve or deny it in the page, read the activity. Every page the
// browser got is kept and checked for the Cal.com credential and agent tokens.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CHROMIUM_SKIP_REASON, chromiumAvailable, launchChromium } from "./browser.js";
import { call, type GatewayProcess, type Reply, startGatewayProcess } from "./gateway-process.js";
import { TOKEN_SHAPE, tempDir } from "./helpers.js";
import { type RecordingUpstream, startRecordingUpstream } from "./recording-upstream.js";

const KEY = "cal_test_admin_page_0123456789abcdef";
const ADMIN = "admin-token-for-the-page-0123456789abc";
const hasChromium = chromiumAvailable();
if (!hasChromium) console.warn(CHROMIUM_SKIP_REASON);

const dir = tempDir("admin");
let upstream: RecordingUpstream;
let gw: GatewayProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let token = "";
/** Every HTML page and every request URL the browser saw. */
const pages: { url: string; html: string }[] = [];
const requested: string[] = [];

const cancelsOf = (uid: string) =>
  upstream.received.filter((r) => r.method === "POST" && r.url === `/v2/bookings/${uid}/cancel`);

describe.skipIf(!hasChromium)("the admin page", { timeout: 90_000 }, () => {
  beforeAll(async () => {
    upstream = await startRecordingUpstream(inject("baseUrl"));
    gw = await startGatewayProcess({
      CAL_API_KEY: KEY,
      CAL_API_BASE_URL: upstream.url,
      CALKIT_GATEWAY_DATA: `${dir.path}/data`,
      CALKIT_ADMIN_TOKEN: ADMIN,
      CALKIT_APPROVAL_WAIT: "100s",
    });
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on("request", (request) => requested.push(request.url()));
    page.on("response", async (response) => {
      if ((response.headers()["content-type"] ?? "").startsWith("text/html"))
        pages.push({ url: response.url(), html: await response.text().catch(() => "") });
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await gw?.stop();
    await upstream?.close();
    dir.remove();
  });

  it("sends you to sign in, refuses an agent token or a wrong one, and signs in with the admin token", async () => {
    await page.goto(`${gw.url}/admin`);
    expect(new URL(page.url()).pathname).toBe("/admin/login");
    await page.getByLabel("Your name").fill("alice");
    await page
      .getByLabel("Admin token")
      .fill("ckgw_000000000000_not-the-admin-token-at-all-00000000");
    await page.getByRole("button", { name: "Sign in" }).click();
    expect(await page.getByRole("alert").textContent()).toContain("not the admin token");
    await page.getByLabel("Admin token").fill(ADMIN);
    await page.getByLabel("Your name").fill("alice");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${gw.url}/admin/agents`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Agents");
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === "calkit_admin")).toMatchObject({
      httpOnly: true,
      sameSite: "Strict",
      path: "/admin",
    });
  });

  it("creates an agent, shows its token once with a copy button, and the token works", async () => {
    await page.getByLabel("Name (letters").fill("helper");
    await page.getByRole("button", { name: "Create agent" }).click();
    const field = page.getByLabel("Token for helper");
    token = await field.inputValue();
    expect(token).toMatch(TOKEN_SHAPE);
    expect(await page.getByRole("button", { name: "Copy token" }).isVisible()).toBe(true);
    // Everything starts off: the token is good, the call is denied, nothing is sent.
    const before = upstream.received.length;
    const denied = await call(gw.url, token, "GET", "/v2/bookings");
    expect(denied.status).toBe(403);
    expect(upstream.received.length).toBe(before);
    await page.goto(`${gw.url}/admin/agents`);
    expect(await page.content()).not.toContain(token);
    expect(await page.getByLabel("Token for helper").count()).toBe(0);
  });

  it("a matrix cell from Read to Full: the next call is allowed, and the page says who changed what", async () => {
    await page.getByLabel("Bookings for helper").selectOption("read");
    await page.getByRole("button", { name: "Save helper" }).click();
    expect(await page.getByRole("status").first().textContent()).toContain("revision 2");
    expect((await call(gw.url, token, "GET", "/v2/bookings")).status).toBe(200);
    const readOnly = await call(gw.url, token, "POST", "/v2/bookings/matrix-1/cancel", {
      body: {},
    });
    expect(readOnly.status).toBe(403);
    expect(cancelsOf("matrix-1")).toHaveLength(0);

    await page.getByLabel("Bookings for helper").selectOption("full");
    await page.getByRole("button", { name: "Save helper" }).click();
    const allowed = await call(gw.url, token, "POST", "/v2/bookings/matrix-1/cancel", { body: {} });
    expect(allowed.status).toBeLessThan(300);
    expect(cancelsOf("matrix-1")).toHaveLength(1);
    const history = await page.locator("#agent-helper").textContent();
    expect(history).toContain("admin page, alice: bookings: Read → Full");
  });

  it("works from the keyboard alone: Tab to a cell, change it with the arrow keys, Tab to Save, Enter", async () => {
    await page.goto(`${gw.url}/admin/agents`);
    const focusedName = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.getAttribute("aria-label") ?? el?.textContent?.trim() ?? "";
      });
    const tabTo = async (name: string) => {
      for (let i = 0; i < 60; i++) {
        if ((await focusedName()) === name) return;
        await page.keyboard.press("Tab");
      }
      throw new Error(`Tab never reached ${name}`);
    };
    await tabTo("Slots for helper");
    await page.keyboard.press("ArrowDown"); // Off → Read
    await tabTo("Save helper");
    await page.keyboard.press("Enter");
    await page.waitForLoadState();
    expect(await page.getByLabel("Slots for helper").inputValue()).toBe("read");
    expect(await page.getByRole("status").first().textContent()).toContain("slots: Off → Read");
  });

  /** Starts a cancellation (bookings.cancel is at Ask) and opens Approvals once it waits there. */
  async function heldCancellation(uid: string): Promise<{ reply: Promise<Reply> }> {
    const reply = call(gw.url, token, "POST", `/v2/bookings/${uid}/cancel`, {
      body: { cancellationReason: "Double booked" },
    });
    await page.goto(`${gw.url}/admin/approvals`);
    for (let i = 0; i < 100 && !(await heading(uid).count()); i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await page.goto(`${gw.url}/admin/approvals`);
    }
    // Wrapped: an async function returning the promise itself would wait for the agent's answer.
    return { reply };
  }

  const heading = (uid: string) =>
    page.getByRole("heading", {
      // The booking in words, as Prism answers with the spec's example booking.
      name: `Cancelling booking ${uid} (Grace Hopper's 30-minute meeting on Tue 1 Dec 2026 at 15:00 UTC)`,
      exact: true,
    });
  /** The pending request's box on the Approvals page. */
  const approvalItem = (uid: string) => page.locator("article").filter({ has: heading(uid) });

  it("with cancellations at Ask, a call waits; approved in the page, exactly one request is sent", async () => {
    await page.goto(`${gw.url}/admin/agents`);
    await page.getByLabel("Operation").selectOption("bookings.cancel");
    await page.getByLabel("Rule").selectOption("ask");
    await page.getByRole("button", { name: "Set rule for helper" }).click();
    expect(await page.locator("#agent-helper").textContent()).toContain(
      "bookings.cancel: needs a person's approval",
    );
    const { reply } = await heldCancellation("ask-1");
    const item = approvalItem("ask-1");
    const preview = await item.textContent();
    expect(preview).toContain("Agent helper asks");
    expect(preview).toContain("POST /v2/bookings/ask-1/cancel");
    expect(preview).toContain('"cancellationReason": "Double booked"');
    expect(cancelsOf("ask-1")).toHaveLength(0);
    await item.getByRole("button", { name: /^Approve/ }).click();
    expect(await page.getByRole("status").first().textContent()).toContain(
      "Approved: cancelling booking ask-1",
    );
    const answer = await reply;
    expect(answer.status).toBeLessThan(300);
    expect(cancelsOf("ask-1")).toHaveLength(1);
  });

  it("denied in the page, the agent is refused and nothing is sent", async () => {
    const { reply } = await heldCancellation("ask-2");
    await approvalItem("ask-2").getByRole("button", { name: /^Deny/ }).click();
    const answer = await reply;
    expect(answer.status).toBe(403);
    expect(answer.json.error?.message).toContain("alice denied this call");
    expect(cancelsOf("ask-2")).toHaveLength(0);
    expect(await page.getByText("denied by alice; nothing was sent").count()).toBe(1);
  });

  it("refuses a change without the CSRF token, from another origin, or without a session", async () => {
    const agentsBefore = await call(gw.url, undefined, "GET", "/admin/api/agents", {
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    const noCsrf = await page.request.post(`${gw.url}/admin/agents/create`, {
      form: { name: "sneaky" },
    });
    expect(noCsrf.status()).toBe(403);
    const csrf = await page.locator('input[name="csrf"]').first().inputValue();
    const foreign = await page.request.post(`${gw.url}/admin/agents/create`, {
      form: { name: "sneaky", csrf },
      headers: { origin: "http://evil.example" },
    });
    expect(foreign.status()).toBe(403);
    const noSession = await fetch(`${gw.url}/admin/agents/create`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ name: "sneaky", csrf }),
    });
    expect(noSession.status).toBe(401);
    const agentsAfter = await call(gw.url, undefined, "GET", "/admin/api/agents", {
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    expect(agentsAfter.text).toBe(agentsBefore.text);
    // And the page itself is served with a strict policy.
    const response = await page.goto(`${gw.url}/admin/activity`);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'none'");
  });

  it("Activity: sentences newest first, filters, details on demand, the chain's verdict", async () => {
    await page.goto(`${gw.url}/admin/activity`);
    expect(await page.getByText("The audit chain is intact").count()).toBe(1);
    const first = page.locator("ol.activity > li").first();
    expect(await first.textContent()).toContain("alice denied agent helper's request");
    await page.getByLabel("Decision").selectOption("held");
    await page.getByRole("button", { name: "Filter" }).click();
    const held = await page.locator("ol.activity > li p").allTextContents();
    expect(held.length).toBe(2);
    for (const sentence of held)
      expect(sentence).toMatch(/^Agent helper asked to go ahead with cancelling booking ask-\d/);
    const details = page.locator("ol.activity details").first();
    await details.locator("summary").click();
    expect(await details.locator("pre").textContent()).toContain('"decision": "held"');
  });

  it("never showed the Cal.com credential, nor an agent token after its creation, nor asked another site", () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const { html } of pages) expect(html).not.toContain(KEY);
    const withToken = pages.filter((p) => p.html.includes(token));
    expect(withToken).toHaveLength(1); // the creation page, once
    for (const url of requested) expect(url.startsWith(gw.url)).toBe(true);
  });
});
