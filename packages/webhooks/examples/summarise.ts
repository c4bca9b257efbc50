import type { ParsedEvent } from "@calkit/webhooks";

export function summarise(event: ParsedEvent): string {
  if (!event.known) return event.triggerEvent; // not typed by this version: envelope checked only
  switch (event.triggerEvent) {
    case "BOOKING_RESCHEDULED":
      return `${event.payload.rescheduleUid} moved to ${event.payload.startTime} as ${event.payload.uid}`;
    case "BOOKING_NO_SHOW_UPDATED":
      return event.payload.attendees
        .filter((a) => a.noShow)
        .map((a) => a.email)
        .join(", ");
    default:
      return event.triggerEvent;
  }
}
