/**
 * describeEvent: one plain-English sentence per delivery, for audit logs and activity feeds, e.g.
 * "Cal.com reported booking fkZ3Ppsm8SFGRYxHZGGcnN (30 Minute Meeting, 2026-12-01 15:00 UTC) was
 * cancelled: The host is unavailable that day."
 * Text taken from the payload is flattened to one line and shortened; download links (which
 * carry access tokens) and form answers are never included.
 */
import type { ParsedEvent } from "./parse.js";

type Json = Record<string, unknown>;

const MAX_TEXT = 160;
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value : undefined;
}

/** User-supplied text on one line, without control characters, at most MAX_TEXT characters. */
function clean(text: string): string {
  const flat = text.replace(CONTROL, " ").replace(/\s+/g, " ").trim();
  const chars = [...flat];
  return chars.length > MAX_TEXT
    ? `${chars
        .slice(0, MAX_TEXT - 1)
        .join("")
        .trimEnd()}…`
    : flat;
}

/** `2026-12-01 15:00 UTC`; the original text when it is not a date. */
function when(value: unknown): string | undefined {
  const text = str(value);
  if (!text) return undefined;
  const time = Date.parse(text);
  if (Number.isNaN(time)) return clean(text);
  return `${new Date(time).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** Ends a sentence, unless the clause already ends with . ! ? or …. */
function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** `: <reason>` when a reason was given. */
function because(reason: unknown): string {
  const text = str(reason);
  return text ? `: ${clean(text)}` : "";
}

function personName(person: unknown): string | undefined {
  if (!isObject(person)) return undefined;
  const name = str(person.name) ?? str(person.email);
  return name ? clean(name) : undefined;
}

/** `booking <uid> (<event type title>, <start>)`. */
function booking(
  payload: Json,
  uid = str(payload.uid) ?? str(payload.bookingUid),
  start: unknown = payload.startTime,
): string {
  const id = uid
    ? clean(uid)
    : typeof payload.bookingId === "number"
      ? `#${payload.bookingId}`
      : typeof payload.id === "number"
        ? `#${payload.id}`
        : "(unknown)";
  const label = str(payload.eventTitle) ?? str(payload.title) ?? str(payload.type);
  const details = [label ? clean(label) : undefined, when(start)].filter(Boolean).join(", ");
  return details ? `booking ${id} (${details})` : `booking ${id}`;
}

function attendance(payload: Json): string {
  const changes = (Array.isArray(payload.attendees) ? payload.attendees : [])
    .filter(isObject)
    .map(
      (a) =>
        `${clean(str(a.email) ?? "an attendee")} ${a.noShow === true ? "marked absent" : "marked present"}`,
    );
  return changes.length ? `: ${changes.join(", ")}` : "";
}

function describeKnown(trigger: string, payload: Json): string {
  const ref = booking(payload);
  const booker = personName(Array.isArray(payload.attendees) ? payload.attendees[0] : undefined);
  const host = personName(payload.organizer) ?? personName(payload.user);
  switch (trigger) {
    case "BOOKING_CREATED":
      return `Cal.com reported ${ref} was booked${booker ? ` by ${booker}` : ""}${host ? ` with ${host}` : ""}`;
    case "BOOKING_REQUESTED":
      return `Cal.com reported ${ref} was requested${booker ? ` by ${booker}` : ""} and awaits ${host ? `${host}'s` : "the host's"} confirmation`;
    case "BOOKING_RESCHEDULED": {
      const previous = str(payload.rescheduleUid);
      if (!previous) return `Cal.com reported ${ref} was rescheduled`;
      const to = when(payload.startTime);
      return `Cal.com reported ${booking(payload, previous, payload.rescheduleStartTime)} was rescheduled${to ? ` to ${to}` : ""} as booking ${clean(str(payload.uid) ?? "(unknown)")}`;
    }
    case "BOOKING_CANCELLED":
      return `Cal.com reported ${ref} was cancelled${because(payload.cancellationReason)}`;
    case "BOOKING_REJECTED":
      return `Cal.com reported ${ref} was declined by the host${because(payload.rejectionReason)}`;
    case "BOOKING_PAID":
      return `Cal.com reported ${ref} was paid${typeof payload.paymentId === "number" ? ` (payment ${payload.paymentId})` : ""}`;
    case "BOOKING_NO_SHOW_UPDATED":
      return `Cal.com reported attendance changes for ${booking(payload)}${attendance(payload)}`;
    case "MEETING_STARTED":
      return `Cal.com reported the meeting of ${ref} started`;
    case "MEETING_ENDED":
      return `Cal.com reported the meeting of ${ref} ended`;
    case "RECORDING_READY":
      return `Cal.com reported a recording of ${ref} is ready to download`;
    case "FORM_SUBMITTED": {
      const name = str(payload.formName);
      const id = str(payload.formId);
      return `Cal.com reported routing form ${name ? `"${clean(name)}"` : "(unnamed)"}${id ? ` (${clean(id)})` : ""} was submitted`;
    }
    case "OOO_CREATED": {
      const entry = isObject(payload.oooEntry) ? payload.oooEntry : {};
      const who = personName(entry.user) ?? "a user";
      const from = when(entry.start);
      const to = when(entry.end);
      const forward = personName(entry.toUser);
      return `Cal.com reported ${who} is out of office${from ? ` from ${from}` : ""}${to ? ` to ${to}` : ""}${forward ? `, forwarding bookings to ${forward}` : ""}`;
    }
    default:
      return `Cal.com reported a ${trigger} event`;
  }
}

/** One plain-English sentence saying what a delivery reports. */
export function describeEvent(event: ParsedEvent): string {
  const trigger = clean(String(event.triggerEvent));
  const payload: Json = isObject(event.payload) ? event.payload : {};
  if (!event.known) {
    const id = str(payload.uid) ?? str(payload.bookingUid);
    return sentence(
      `Cal.com reported a ${trigger} event${id ? ` about booking ${clean(id)}` : ""}, which this version of @calkit/webhooks does not type`,
    );
  }
  return sentence(describeKnown(trigger, payload));
}
