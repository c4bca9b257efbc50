// Debian's Chromium driven by playwright-core (its own browser download cannot be reached here).
// Tests that need it skip, saying why, only when /usr/bin/chromium is not installed.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_SKIP_REASON = `Browser tests skipped: ${CHROMIUM} is not installed (apt-get install chromium; .ci/run does).`;

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export function launchChromium(): Promise<Browser> {
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
}
