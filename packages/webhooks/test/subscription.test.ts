/**
 * Subscriptions through @calkit/client against the Prism mock of the spec (started by the root
 * global setup): the trigger lists this package generates are the ones the webhooks API accepts.
 */
import { describe, expect, inject, it } from "vitest";
// Relative import so `tsc -p packages/webhooks` resolves it; vitest aliases @calkit/client to it.
import { createCalClient } from "../../client/src/index.js";
import { knownTriggers, subscriptionTriggers } from "../src/index.js";

declare module "vitest" {
  // Provided by the root global setup (test/global-setup.ts declares it for the root program).
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const cal = createCalClient({ apiKey: "cal_test_x", baseUrl: inject("baseUrl") });

describe("webhooks.create against Prism", () => {
  it("subscribes with a typed trigger list", async () => {
    const subscription = await cal.webhooks.create({
      subscriberUrl: "https://hooks.example.com/calcom",
      active: true,
      triggers: ["BOOKING_CREATED"],
    });
    expect(subscription.subscriberUrl).toMatch(/^https:\/\//);
    for (const trigger of subscription.triggers ?? [])
      expect(subscriptionTriggers).toContain(trigger);
  });

  it("accepts every trigger in subscriptionTriggers, and so every typed one", async () => {
    await expect(
      cal.webhooks.create({
        subscriberUrl: "https://hooks.example.com/calcom",
        active: true,
        triggers: [...subscriptionTriggers],
      }),
    ).resolves.toBeDefined();
    await expect(
      cal.webhooks.create({
        subscriberUrl: "https://hooks.example.com/calcom",
        active: true,
        triggers: [...knownTriggers],
      }),
    ).resolves.toBeDefined();
  });

  it("is refused by the API's validation for a trigger name it does not know", async () => {
    const triggers = ["BOOKING_EXPLODED"] as unknown as (typeof subscriptionTriggers)[number][];
    await expect(
      cal.webhooks.create({
        subscriberUrl: "https://hooks.example.com/calcom",
        active: true,
        triggers,
      }),
    ).rejects.toThrow();
  });
});
