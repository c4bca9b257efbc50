import type { CalClient } from "@calkit/client";

export async function subscribe(cal: CalClient, secret: string) {
  return cal.webhooks.create({
    subscriberUrl: "https://hooks.example.com/calcom",
    active: true,
    secret,
    triggers: ["BOOKING_CREATED", "BOOKING_CANCELLED"],
  });
}
