/**
 * A booking in the words an approver recognises it by: whose meeting, how long, when.
 * "Grace Hopper's 30-minute meeting on Tue 1 Dec 2026 at 15:00 UTC". Read from a booking as
 * Cal.com returns it (bookings.get); a recurring booking comes as its occurrences.
 */
const DAY = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

interface BookingShape {
  start?: unknown;
  end?: unknown;
  duration?: unknown;
  attendees?: { name?: unknown }[];
}

function minutesOf(booking: BookingShape): number | undefined {
  if (typeof booking.duration === "number") return booking.duration;
  const start = Date.parse(String(booking.start));
  const end = Date.parse(String(booking.end));
  return Number.isNaN(start) || Number.isNaN(end) ? undefined : Math.round((end - start) / 60_000);
}

function whenOf(start: unknown): string | undefined {
  const time = Date.parse(String(start));
  if (Number.isNaN(time)) return undefined;
  const at = new Date(time);
  return `${DAY.format(at).replace(",", "")} at ${at.toISOString().slice(11, 16)} UTC`;
}

/** Undefined when the answer does not look like a booking (nothing better than its id then). */
export function summarizeBooking(answer: unknown): string | undefined {
  const occurrences = (Array.isArray(answer) ? answer : [answer]).filter(
    (b): b is BookingShape => typeof b === "object" && b !== null,
  );
  const [first] = occurrences;
  const when = whenOf(first?.start);
  if (!first || !when) return undefined;
  const attendee = first.attendees?.find((a) => typeof a?.name === "string" && a.name)?.name;
  const minutes = minutesOf(first);
  const meeting = `${minutes ? `${minutes}-minute ` : ""}meeting`;
  const more = occurrences.length > 1 ? ` (and ${occurrences.length - 1} more occurrences)` : "";
  return `${attendee ? `${String(attendee)}'s ${meeting}` : `the ${meeting}`} on ${when}${more}`;
}
