// Generated from spec/openapi.yaml by @calkit/generator; do not edit. Run `pnpm generate`.

import type { CallOptions } from "../core/options.js";
import { paginateWith } from "../core/pagination.js";
import type { Runtime } from "../core/runtime.js";
import { operations as meta } from "./operations.gen.js";
import type { operations } from "./schema.gen.js";

/** Arguments of `bookings.cancel`: path, query and body fields in one object. */
export type BookingsCancelArgs = operations["bookings.cancel"]["parameters"]["path"] & NonNullable<operations["bookings.cancel"]["requestBody"]>["content"]["application/json"];
/** What `bookings.cancel` resolves with (the envelope's `data`). */
export type BookingsCancelResult = operations["bookings.cancel"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `bookings.confirm`: path, query and body fields in one object. */
export type BookingsConfirmArgs = operations["bookings.confirm"]["parameters"]["path"];
/** What `bookings.confirm` resolves with (the envelope's `data`). */
export type BookingsConfirmResult = operations["bookings.confirm"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `bookings.create`: path, query and body fields in one object. */
export type BookingsCreateArgs = NonNullable<operations["bookings.create"]["requestBody"]>["content"]["application/json"];
/** What `bookings.create` resolves with (the envelope's `data`). */
export type BookingsCreateResult = operations["bookings.create"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `bookings.decline`: path, query and body fields in one object. */
export type BookingsDeclineArgs = operations["bookings.decline"]["parameters"]["path"] & NonNullable<operations["bookings.decline"]["requestBody"]>["content"]["application/json"];
/** What `bookings.decline` resolves with (the envelope's `data`). */
export type BookingsDeclineResult = operations["bookings.decline"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `bookings.get`: path, query and body fields in one object. */
export type BookingsGetArgs = operations["bookings.get"]["parameters"]["path"];
/** What `bookings.get` resolves with (the envelope's `data`). */
export type BookingsGetResult = operations["bookings.get"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `bookings.list`: path, query and body fields in one object. */
export type BookingsListArgs = NonNullable<operations["bookings.list"]["parameters"]["query"]>;
/** What `bookings.list` resolves with (the envelope's `data`). */
export type BookingsListResult = Pick<operations["bookings.list"]["responses"][200]["content"]["application/json"], "data" | "pagination">;
/** One item of `bookings.list`, as yielded by `.all()`. */
export type BookingsListItem = BookingsListResult["data"][number];
/** Arguments of `bookings.markAbsent`: path, query and body fields in one object. */
export type BookingsMarkAbsentArgs = operations["bookings.markAbsent"]["parameters"]["path"] & NonNullable<operations["bookings.markAbsent"]["requestBody"]>["content"]["application/json"];
/** What `bookings.markAbsent` resolves with (the envelope's `data`). */
export type BookingsMarkAbsentResult = operations["bookings.markAbsent"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `bookings.reschedule`: path, query and body fields in one object. */
export type BookingsRescheduleArgs = operations["bookings.reschedule"]["parameters"]["path"] & NonNullable<operations["bookings.reschedule"]["requestBody"]>["content"]["application/json"];
/** What `bookings.reschedule` resolves with (the envelope's `data`). */
export type BookingsRescheduleResult = operations["bookings.reschedule"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `calendars.busyTimes`: path, query and body fields in one object. */
export type CalendarsBusyTimesArgs = NonNullable<operations["calendars.busyTimes"]["parameters"]["query"]>;
/** What `calendars.busyTimes` resolves with (the envelope's `data`). */
export type CalendarsBusyTimesResult = operations["calendars.busyTimes"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `calendars.connect`: path, query and body fields in one object. */
export type CalendarsConnectArgs = operations["calendars.connect"]["parameters"]["path"] & NonNullable<operations["calendars.connect"]["parameters"]["query"]>;
/** What `calendars.connect` resolves with (the envelope's `data`). */
export type CalendarsConnectResult = operations["calendars.connect"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `calendars.disconnect`: path, query and body fields in one object. */
export type CalendarsDisconnectArgs = operations["calendars.disconnect"]["parameters"]["path"] & NonNullable<operations["calendars.disconnect"]["requestBody"]>["content"]["application/json"];
/** What `calendars.disconnect` resolves with (the envelope's `data`). */
export type CalendarsDisconnectResult = operations["calendars.disconnect"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `calendars.list`: path, query and body fields in one object. */
export type CalendarsListArgs = Record<string, never>;
/** What `calendars.list` resolves with (the envelope's `data`). */
export type CalendarsListResult = operations["calendars.list"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `eventTypes.create`: path, query and body fields in one object. */
export type EventTypesCreateArgs = NonNullable<operations["eventTypes.create"]["requestBody"]>["content"]["application/json"];
/** What `eventTypes.create` resolves with (the envelope's `data`). */
export type EventTypesCreateResult = operations["eventTypes.create"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `eventTypes.delete`: path, query and body fields in one object. */
export type EventTypesDeleteArgs = operations["eventTypes.delete"]["parameters"]["path"];
/** What `eventTypes.delete` resolves with (the envelope's `data`). */
export type EventTypesDeleteResult = operations["eventTypes.delete"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `eventTypes.get`: path, query and body fields in one object. */
export type EventTypesGetArgs = operations["eventTypes.get"]["parameters"]["path"];
/** What `eventTypes.get` resolves with (the envelope's `data`). */
export type EventTypesGetResult = operations["eventTypes.get"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `eventTypes.list`: path, query and body fields in one object. */
export type EventTypesListArgs = NonNullable<operations["eventTypes.list"]["parameters"]["query"]>;
/** What `eventTypes.list` resolves with (the envelope's `data`). */
export type EventTypesListResult = operations["eventTypes.list"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `eventTypes.update`: path, query and body fields in one object. */
export type EventTypesUpdateArgs = operations["eventTypes.update"]["parameters"]["path"] & NonNullable<operations["eventTypes.update"]["requestBody"]>["content"]["application/json"];
/** What `eventTypes.update` resolves with (the envelope's `data`). */
export type EventTypesUpdateResult = operations["eventTypes.update"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `me.get`: path, query and body fields in one object. */
export type MeGetArgs = Record<string, never>;
/** What `me.get` resolves with (the envelope's `data`). */
export type MeGetResult = operations["me.get"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `me.update`: path, query and body fields in one object. */
export type MeUpdateArgs = NonNullable<operations["me.update"]["requestBody"]>["content"]["application/json"];
/** What `me.update` resolves with (the envelope's `data`). */
export type MeUpdateResult = operations["me.update"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `orgUsers.create`: path, query and body fields in one object. */
export type OrgUsersCreateArgs = operations["orgUsers.create"]["parameters"]["path"] & NonNullable<operations["orgUsers.create"]["requestBody"]>["content"]["application/json"];
/** What `orgUsers.create` resolves with (the envelope's `data`). */
export type OrgUsersCreateResult = operations["orgUsers.create"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `orgUsers.delete`: path, query and body fields in one object. */
export type OrgUsersDeleteArgs = operations["orgUsers.delete"]["parameters"]["path"];
/** What `orgUsers.delete` resolves with (the envelope's `data`). */
export type OrgUsersDeleteResult = operations["orgUsers.delete"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `orgUsers.list`: path, query and body fields in one object. */
export type OrgUsersListArgs = operations["orgUsers.list"]["parameters"]["path"] & NonNullable<operations["orgUsers.list"]["parameters"]["query"]>;
/** What `orgUsers.list` resolves with (the envelope's `data`). */
export type OrgUsersListResult = operations["orgUsers.list"]["responses"][200]["content"]["application/json"]["data"];
/** One item of `orgUsers.list`, as yielded by `.all()`. */
export type OrgUsersListItem = OrgUsersListResult extends readonly (infer Item)[] ? Item : never;
/** Arguments of `orgUsers.update`: path, query and body fields in one object. */
export type OrgUsersUpdateArgs = operations["orgUsers.update"]["parameters"]["path"] & NonNullable<operations["orgUsers.update"]["requestBody"]>["content"]["application/json"];
/** What `orgUsers.update` resolves with (the envelope's `data`). */
export type OrgUsersUpdateResult = operations["orgUsers.update"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `schedules.create`: path, query and body fields in one object. */
export type SchedulesCreateArgs = NonNullable<operations["schedules.create"]["requestBody"]>["content"]["application/json"];
/** What `schedules.create` resolves with (the envelope's `data`). */
export type SchedulesCreateResult = operations["schedules.create"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `schedules.delete`: path, query and body fields in one object. */
export type SchedulesDeleteArgs = operations["schedules.delete"]["parameters"]["path"];
/** What `schedules.delete` resolves with (the envelope's `data`). */
export type SchedulesDeleteResult = void;
/** Arguments of `schedules.get`: path, query and body fields in one object. */
export type SchedulesGetArgs = operations["schedules.get"]["parameters"]["path"];
/** What `schedules.get` resolves with (the envelope's `data`). */
export type SchedulesGetResult = operations["schedules.get"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `schedules.list`: path, query and body fields in one object. */
export type SchedulesListArgs = Record<string, never>;
/** What `schedules.list` resolves with (the envelope's `data`). */
export type SchedulesListResult = operations["schedules.list"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `schedules.update`: path, query and body fields in one object. */
export type SchedulesUpdateArgs = operations["schedules.update"]["parameters"]["path"] & NonNullable<operations["schedules.update"]["requestBody"]>["content"]["application/json"];
/** What `schedules.update` resolves with (the envelope's `data`). */
export type SchedulesUpdateResult = operations["schedules.update"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `slots.deleteReservation`: path, query and body fields in one object. */
export type SlotsDeleteReservationArgs = operations["slots.deleteReservation"]["parameters"]["path"];
/** What `slots.deleteReservation` resolves with (the envelope's `data`). */
export type SlotsDeleteReservationResult = void;
/** Arguments of `slots.list`: path, query and body fields in one object. */
export type SlotsListArgs = NonNullable<operations["slots.list"]["parameters"]["query"]>;
/** What `slots.list` resolves with (the envelope's `data`). */
export type SlotsListResult = operations["slots.list"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `slots.reserve`: path, query and body fields in one object. */
export type SlotsReserveArgs = NonNullable<operations["slots.reserve"]["requestBody"]>["content"]["application/json"];
/** What `slots.reserve` resolves with (the envelope's `data`). */
export type SlotsReserveResult = operations["slots.reserve"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `slots.updateReservation`: path, query and body fields in one object. */
export type SlotsUpdateReservationArgs = operations["slots.updateReservation"]["parameters"]["path"] & NonNullable<operations["slots.updateReservation"]["requestBody"]>["content"]["application/json"];
/** What `slots.updateReservation` resolves with (the envelope's `data`). */
export type SlotsUpdateReservationResult = operations["slots.updateReservation"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `teams.create`: path, query and body fields in one object. */
export type TeamsCreateArgs = NonNullable<operations["teams.create"]["requestBody"]>["content"]["application/json"];
/** What `teams.create` resolves with (the envelope's `data`). */
export type TeamsCreateResult = operations["teams.create"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `teams.delete`: path, query and body fields in one object. */
export type TeamsDeleteArgs = operations["teams.delete"]["parameters"]["path"];
/** What `teams.delete` resolves with (the envelope's `data`). */
export type TeamsDeleteResult = operations["teams.delete"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `teams.get`: path, query and body fields in one object. */
export type TeamsGetArgs = operations["teams.get"]["parameters"]["path"];
/** What `teams.get` resolves with (the envelope's `data`). */
export type TeamsGetResult = operations["teams.get"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `teams.list`: path, query and body fields in one object. */
export type TeamsListArgs = Record<string, never>;
/** What `teams.list` resolves with (the envelope's `data`). */
export type TeamsListResult = operations["teams.list"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `teams.update`: path, query and body fields in one object. */
export type TeamsUpdateArgs = operations["teams.update"]["parameters"]["path"] & NonNullable<operations["teams.update"]["requestBody"]>["content"]["application/json"];
/** What `teams.update` resolves with (the envelope's `data`). */
export type TeamsUpdateResult = operations["teams.update"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `webhooks.create`: path, query and body fields in one object. */
export type WebhooksCreateArgs = NonNullable<operations["webhooks.create"]["requestBody"]>["content"]["application/json"];
/** What `webhooks.create` resolves with (the envelope's `data`). */
export type WebhooksCreateResult = operations["webhooks.create"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `webhooks.delete`: path, query and body fields in one object. */
export type WebhooksDeleteArgs = operations["webhooks.delete"]["parameters"]["path"];
/** What `webhooks.delete` resolves with (the envelope's `data`). */
export type WebhooksDeleteResult = operations["webhooks.delete"]["responses"][200]["content"]["application/json"]["data"];
/** Arguments of `webhooks.list`: path, query and body fields in one object. */
export type WebhooksListArgs = NonNullable<operations["webhooks.list"]["parameters"]["query"]>;
/** What `webhooks.list` resolves with (the envelope's `data`). */
export type WebhooksListResult = operations["webhooks.list"]["responses"][200]["content"]["application/json"]["data"];
/** One item of `webhooks.list`, as yielded by `.all()`. */
export type WebhooksListItem = WebhooksListResult extends readonly (infer Item)[] ? Item : never;
/** Arguments of `webhooks.update`: path, query and body fields in one object. */
export type WebhooksUpdateArgs = operations["webhooks.update"]["parameters"]["path"] & NonNullable<operations["webhooks.update"]["requestBody"]>["content"]["application/json"];
/** What `webhooks.update` resolves with (the envelope's `data`). */
export type WebhooksUpdateResult = operations["webhooks.update"]["responses"][200]["content"]["application/json"]["data"];

/** Each operation's arguments and result by id: what `cal.invoke(id, args)` takes and gives. */
export interface OperationSignatures {
  "bookings.cancel": { args: BookingsCancelArgs; result: BookingsCancelResult; };
  "bookings.confirm": { args: BookingsConfirmArgs; result: BookingsConfirmResult; };
  "bookings.create": { args: BookingsCreateArgs; result: BookingsCreateResult; };
  "bookings.decline": { args: BookingsDeclineArgs; result: BookingsDeclineResult; };
  "bookings.get": { args: BookingsGetArgs; result: BookingsGetResult; };
  "bookings.list": { args: BookingsListArgs; result: BookingsListResult; };
  "bookings.markAbsent": { args: BookingsMarkAbsentArgs; result: BookingsMarkAbsentResult; };
  "bookings.reschedule": { args: BookingsRescheduleArgs; result: BookingsRescheduleResult; };
  "calendars.busyTimes": { args: CalendarsBusyTimesArgs; result: CalendarsBusyTimesResult; };
  "calendars.connect": { args: CalendarsConnectArgs; result: CalendarsConnectResult; };
  "calendars.disconnect": { args: CalendarsDisconnectArgs; result: CalendarsDisconnectResult; };
  "calendars.list": { args: CalendarsListArgs; result: CalendarsListResult; };
  "eventTypes.create": { args: EventTypesCreateArgs; result: EventTypesCreateResult; };
  "eventTypes.delete": { args: EventTypesDeleteArgs; result: EventTypesDeleteResult; };
  "eventTypes.get": { args: EventTypesGetArgs; result: EventTypesGetResult; };
  "eventTypes.list": { args: EventTypesListArgs; result: EventTypesListResult; };
  "eventTypes.update": { args: EventTypesUpdateArgs; result: EventTypesUpdateResult; };
  "me.get": { args: MeGetArgs; result: MeGetResult; };
  "me.update": { args: MeUpdateArgs; result: MeUpdateResult; };
  "orgUsers.create": { args: OrgUsersCreateArgs; result: OrgUsersCreateResult; };
  "orgUsers.delete": { args: OrgUsersDeleteArgs; result: OrgUsersDeleteResult; };
  "orgUsers.list": { args: OrgUsersListArgs; result: OrgUsersListResult; };
  "orgUsers.update": { args: OrgUsersUpdateArgs; result: OrgUsersUpdateResult; };
  "schedules.create": { args: SchedulesCreateArgs; result: SchedulesCreateResult; };
  "schedules.delete": { args: SchedulesDeleteArgs; result: SchedulesDeleteResult; };
  "schedules.get": { args: SchedulesGetArgs; result: SchedulesGetResult; };
  "schedules.list": { args: SchedulesListArgs; result: SchedulesListResult; };
  "schedules.update": { args: SchedulesUpdateArgs; result: SchedulesUpdateResult; };
  "slots.deleteReservation": { args: SlotsDeleteReservationArgs; result: SlotsDeleteReservationResult; };
  "slots.list": { args: SlotsListArgs; result: SlotsListResult; };
  "slots.reserve": { args: SlotsReserveArgs; result: SlotsReserveResult; };
  "slots.updateReservation": { args: SlotsUpdateReservationArgs; result: SlotsUpdateReservationResult; };
  "teams.create": { args: TeamsCreateArgs; result: TeamsCreateResult; };
  "teams.delete": { args: TeamsDeleteArgs; result: TeamsDeleteResult; };
  "teams.get": { args: TeamsGetArgs; result: TeamsGetResult; };
  "teams.list": { args: TeamsListArgs; result: TeamsListResult; };
  "teams.update": { args: TeamsUpdateArgs; result: TeamsUpdateResult; };
  "webhooks.create": { args: WebhooksCreateArgs; result: WebhooksCreateResult; };
  "webhooks.delete": { args: WebhooksDeleteArgs; result: WebhooksDeleteResult; };
  "webhooks.list": { args: WebhooksListArgs; result: WebhooksListResult; };
  "webhooks.update": { args: WebhooksUpdateArgs; result: WebhooksUpdateResult; };
}

/** Binds every operation to a runtime: `cal.<resource>.<verb>(args, options)`. */
export function bindOperations(runtime: Runtime) {
  return {
    bookings: {
      /**
       * Cancel a booking.
       *
       * Cancels a booking and frees its time slot; attendees and hosts are emailed and BOOKING_CANCELLED fires. For a recurring series, `cancelSubsequentBookings: true` also cancels the occurrences after this one. For a seated booking pass `seatUid` to cancel one attendee's seat only. Cannot be undone.
       *
       * `POST /v2/bookings/{bookingUid}/cancel` · write · cal-api-version 2026-02-25
       * Auth: optional authentication; OAuth scope BOOKING_WRITE.
       * Fires: BOOKING_CANCELLED.
       * Destructive: cannot be undone.
       * Not idempotent: never retried once it may have reached Cal.com.
       */
      cancel: (args: BookingsCancelArgs, options?: CallOptions): Promise<BookingsCancelResult> => runtime.invoke(meta["bookings.cancel"], args, options) as Promise<BookingsCancelResult>,
      /**
       * Confirm a pending booking.
       *
       * Accepts a booking that is waiting for the host's confirmation (event types with "requires confirmation"); the attendee is notified and BOOKING_CREATED fires. Only the host or a team admin can confirm.
       *
       * `POST /v2/bookings/{bookingUid}/confirm` · write · cal-api-version 2026-02-25
       * Auth: requires authentication; OAuth scope BOOKING_WRITE.
       * Fires: BOOKING_CREATED.
       * Not idempotent: never retried once it may have reached Cal.com.
       */
      confirm: (args: BookingsConfirmArgs, options?: CallOptions): Promise<BookingsConfirmResult> => runtime.invoke(meta["bookings.confirm"], args, options) as Promise<BookingsConfirmResult>,
      /**
       * Book a meeting.
       *
       * Creates a booking on an event type for one attendee at a given start time. Identify the event type either by `eventTypeId`, or by `eventTypeSlug` plus `username` (personal event types) or `teamSlug` (team event types), adding `organizationSlug` inside an organization. `start` is an ISO 8601 instant in UTC; the length comes from the event type unless `lengthInMinutes` picks one of its allowed durations. Recurring event types create the whole series (`recurrenceCount`); `instant: true` starts an instant meeting on team event types. Check availability with slots.list first. Sends confirmation emails and fires BOOKING_CREATED, or BOOKING_REQUESTED when the event type requires confirmation. Not idempotent: repeating the call books again.
       *
       * `POST /v2/bookings` · write · cal-api-version 2026-02-25
       * Auth: optional authentication; OAuth scope BOOKING_WRITE.
       * Fires: BOOKING_CREATED, BOOKING_REQUESTED.
       * Not idempotent: never retried once it may have reached Cal.com.
       */
      create: (args: BookingsCreateArgs, options?: CallOptions): Promise<BookingsCreateResult> => runtime.invoke(meta["bookings.create"], args, options) as Promise<BookingsCreateResult>,
      /**
       * Decline a pending booking.
       *
       * Rejects a booking that is waiting for the host's confirmation; the time slot is freed, the attendee is told (with the optional reason) and BOOKING_REJECTED fires. Cannot be undone.
       *
       * `POST /v2/bookings/{bookingUid}/decline` · write · cal-api-version 2026-02-25
       * Auth: requires authentication; OAuth scope BOOKING_WRITE.
       * Fires: BOOKING_REJECTED.
       * Destructive: cannot be undone.
       * Not idempotent: never retried once it may have reached Cal.com.
       */
      decline: (args: BookingsDeclineArgs, options?: CallOptions): Promise<BookingsDeclineResult> => runtime.invoke(meta["bookings.decline"], args, options) as Promise<BookingsDeclineResult>,
      /**
       * Get a booking.
       *
       * Returns one booking by its uid: times, status, hosts, attendees, location and the answers to the booking form. The uid of a recurring series returns every occurrence of it. Works without credentials for public booking pages; seated event types that hide attendees only list them to the event type's owner, hosts or team/org admins.
       *
       * `GET /v2/bookings/{bookingUid}` · read · cal-api-version 2026-02-25
       * Auth: optional authentication; OAuth scope BOOKING_READ.
       */
      get: (args: BookingsGetArgs, options?: CallOptions): Promise<BookingsGetResult> => runtime.invoke(meta["bookings.get"], args, options) as Promise<BookingsGetResult>,
      /**
       * List bookings.
       *
       * Lists the bookings of the authenticated user (and of the teams they belong to), newest first unless a sort is given. Filter by status, attendee, event type, team and time windows; page with `take` (page size, up to 250) and `skip` (offset). The response carries pagination totals.
       *
       * `GET /v2/bookings` · read · cal-api-version 2026-02-25
       * Auth: requires authentication; OAuth scope BOOKING_READ.
       */
      list: Object.assign((args?: BookingsListArgs, options?: CallOptions): Promise<BookingsListResult> => runtime.invoke(meta["bookings.list"], args, options) as Promise<BookingsListResult>, {
        /** Every item of `bookings.list`, fetching take/skip pages as the loop advances. */
        all: (args?: BookingsListArgs, options?: CallOptions): AsyncIterable<BookingsListItem> => paginateWith(runtime.invoke, meta["bookings.list"], args, options) as AsyncIterable<BookingsListItem>,
      }),
      /**
       * Record no-shows.
       *
       * Records who did not attend a past booking: the host (`host: true`) and/or attendees by email (`absent: true`, or `false` to undo). Fires BOOKING_NO_SHOW_UPDATED. Setting the same values again changes nothing.
       *
       * `POST /v2/bookings/{bookingUid}/mark-absent` · write · cal-api-version 2026-02-25
       * Auth: requires authentication; OAuth scope BOOKING_WRITE.
       * Fires: BOOKING_NO_SHOW_UPDATED.
       */
      markAbsent: (args: BookingsMarkAbsentArgs, options?: CallOptions): Promise<BookingsMarkAbsentResult> => runtime.invoke(meta["bookings.markAbsent"], args, options) as Promise<BookingsMarkAbsentResult>,
      /**
       * Reschedule a booking.
       *
       * Moves a booking to a new start time (ISO 8601, UTC). Cal.com creates a new booking with a new uid, marks the old one as rescheduled, emails everyone and fires BOOKING_RESCHEDULED. Check the new time with slots.list (pass `bookingUidToReschedule` so the current slot counts as free). For a seated booking pass `seatUid` to move one attendee's seat.
       *
       * `POST /v2/bookings/{bookingUid}/reschedule` · write · cal-api-version 2026-02-25
       * Auth: optional authentication; OAuth scope BOOKING_WRITE.
       * Fires: BOOKING_RESCHEDULED.
       * Not idempotent: never retried once it may have reached Cal.com.
       */
      reschedule: (args: BookingsRescheduleArgs, options?: CallOptions): Promise<BookingsRescheduleResult> => runtime.invoke(meta["bookings.reschedule"], args, options) as Promise<BookingsRescheduleResult>,
    },
    calendars: {
      /**
       * Get calendar busy times.
       *
       * Returns the busy intervals found in the given connected calendars between `dateFrom` and `dateTo`, as ISO 8601 start and end instants. Name each calendar by the `credentialId` and `externalId` that calendars.list reports, sent as `calendarsToLoad[0][credentialId]=…&calendarsToLoad[0][externalId]=…`. Dates are `YYYY-MM-DD`, read in the `timeZone` time zone. Read-only and safe to repeat; for bookable times use slots.list instead.
       *
       * `GET /v2/calendars/busy-times` · read · cal-api-version 2024-08-13
       * Auth: requires authentication; OAuth scope APPS_READ.
       */
      busyTimes: (args: CalendarsBusyTimesArgs, options?: CallOptions): Promise<CalendarsBusyTimesResult> => runtime.invoke(meta["calendars.busyTimes"], args, options) as Promise<CalendarsBusyTimesResult>,
      /**
       * Start connecting a calendar.
       *
       * Returns the provider's consent page (`authUrl`) for connecting a Google or Office 365 calendar to the authenticated user's account. Nothing is connected yet: the user must open the URL in a browser and grant access, after which Cal.com stores the connection and sends the browser to `redir`. Apple calendars are connected with credentials in the app instead. Changes nothing by itself and is safe to repeat; each call gives a fresh URL.
       *
       * `GET /v2/calendars/{calendar}/connect` · read · cal-api-version 2024-08-13
       * Auth: requires authentication; OAuth scope APPS_READ.
       */
      connect: (args: CalendarsConnectArgs, options?: CallOptions): Promise<CalendarsConnectResult> => runtime.invoke(meta["calendars.connect"], args, options) as Promise<CalendarsConnectResult>,
      /**
       * Disconnect a calendar.
       *
       * Removes a calendar connection (the credential identified by `id`, the `credentialId` from calendars.list) from the authenticated user's account. Its calendars stop blocking slots and new bookings are no longer written to them; events already in those calendars stay there. Cannot be undone: the user has to connect and grant access again. Not idempotent: once the credential is gone, a repeat fails.
       *
       * `POST /v2/calendars/{calendar}/disconnect` · write · cal-api-version 2024-08-13
       * Auth: requires authentication; OAuth scope APPS_WRITE.
       * Destructive: cannot be undone.
       * Not idempotent: never retried once it may have reached Cal.com.
       */
      disconnect: (args: CalendarsDisconnectArgs, options?: CallOptions): Promise<CalendarsDisconnectResult> => runtime.invoke(meta["calendars.disconnect"], args, options) as Promise<CalendarsDisconnectResult>,
      /**
       * List connected calendars.
       *
       * Lists the external calendars connected to the authenticated user's account, grouped by connection: each group has the app (Google, Office 365, Apple...), the `credentialId` of the connection, its primary calendar and all its calendars with their `externalId` and whether they are checked for conflicts. Also returns the destination calendar that new bookings are written to. The `credentialId` and `externalId` values feed calendars.busyTimes and calendars.disconnect. Read-only and safe to repeat.
       *
       * `GET /v2/calendars` · read · cal-api-version 2024-08-13
       * Auth: requires authentication; OAuth scope APPS_READ.
       */
      list: (args?: CalendarsListArgs, options?: CallOptions): Promise<CalendarsListResult> => runtime.invoke(meta["calendars.list"], args, options) as Promise<CalendarsListResult>,
    },
    eventTypes: {
      /**
       * Create an event type.
       *
       * Creates a new personal event type for the authenticated user, which immediately gets a public booking page at `/<username>/<slug>`. Only `title`, `slug` and `lengthInMinutes` are required; everything else (locations, booking form fields, buffers, minimum notice, limits, `scheduleId` from schedules.list) falls back to Cal.com defaults. The slug must be unique among the user's event types. Not idempotent: repeating the call fails on the taken slug or creates a near duplicate.
       *
       * `POST /v2/event-types` · write · cal-api-version 2024-06-14
       * Auth: requires authentication; OAuth scope EVENT_TYPE_WRITE.
       * Not idempotent: never retried once it may have reached Cal.com.
       */
      create: (args: EventTypesCreateArgs, options?: CallOptions): Promise<EventTypesCreateResult> => runtime.invoke(meta["eventTypes.create"], args, options) as Promise<EventTypesCreateResult>,
      /**
       * Delete an event type.
       *
       * Permanently deletes one of the authenticated user's event types and takes its booking page offline, so nobody can book it any more. Bookings already made on it are not cancelled. To stop new bookings but keep the settings, set `hidden: true` with eventTypes.update instead. Cannot be undone; a second call for the same id answers 404.
       *
       * `DELETE /v2/event-types/{eventTypeId}` · write · cal-api-version 2024-06-14
       * Auth: requires authentication; OAuth scope EVENT_TYPE_WRITE.
       * Destructive: cannot be undone.
       */
      delete: (args: EventTypesDeleteArgs, options?: CallOptions): Promise<EventTypesDeleteResult> => runtime.invoke(meta["eventTypes.delete"], args, options) as Promise<EventTypesDeleteResult>,
      /**
       * Get an event type.
       *
       * Returns one of the authenticated user's event types by numeric id, with its full settings: length and allowed durations, locations, booking form fields, buffers, notice, limits, the schedule it uses and whether it is hidden. Ids come from eventTypes.list. Event types of other users are refused (403 or 404). Read-only and safe to repeat.
       *
       * `GET /v2/event-types/{eventTypeId}` · read · cal-api-version 2024-06-14
       * Auth: requires authentication; OAuth scope EVENT_TYPE_READ.
       */
      get: (args: EventTypesGetArgs, options?: CallOptions): Promise<EventTypesGetResult> => runtime.invoke(meta["eventTypes.get"], args, options) as Promise<EventTypesGetResult>,
      /**
       * List event types.
       *
       * Lists personal event types. Pass `username` for that user's event types (add `eventSlug` to get just one, and `orgSlug` or `orgId` when the user belongs to an organization), or `usernames` for the dynamic group event of two or more people. With no filter, recent API versions return the authenticated caller's own event types. Works without credentials for public booking pages; hidden event types only appear to their owner. Team event types are not listed here; the call is read-only and safe to repeat.
       *
       * `GET /v2/event-types` · read · cal-api-version 2024-06-14
       * Auth: optional authentication; OAuth scope EVENT_TYPE_READ.
       */
      list: (args?: EventTypesListArgs, options?: CallOptions): Promise<EventTypesListResult> => runtime.invoke(meta["eventTypes.list"], args, options) as Promise<EventTypesListResult>,
      /**
       * Update an event type.
       *
       * Changes settings of one of the authenticated user's event types; only the fields sent are changed, and list fields such as `locations` or `bookingFields` are replaced as a whole. The new settings apply to bookings made from now on: existing bookings keep their time and length. Changing `slug` moves the public booking page, so old links stop working. Sending the same values again leaves the event type as it is.
       *
       * `PATCH /v2/event-types/{eventTypeId}` · write · cal-api-version 2024-06-14
       * Auth: requires authentication; OAuth scope EVENT_TYPE_WRITE.
       */
      update: (args: EventTypesUpdateArgs, options?: CallOptions): Promise<EventTypesUpdateResult> => runtime.invoke(meta["eventTypes.update"], args, options) as Promise<EventTypesUpdateResult>,
    },
    me: {
      /**
       * Get my profile.
       *
       * Returns the account behind the credentials: user id, username, email, IANA time zone, week start, 12- or 24-hour clock, default schedule id and, for organization members, the organization id. Handy as a first call to learn who the token acts for and which ids to use elsewhere (the username for slots.list, the schedule for schedules.get). Read-only and safe to repeat.
       *
       * `GET /v2/me` · read · cal-api-version 2024-08-13
       * Auth: requires authentication; OAuth scope PROFILE_READ.
       */
      get: (args?: MeGetArgs, options?: CallOptions): Promise<MeGetResult> => runtime.invoke(meta["me.get"], args, options) as Promise<MeGetResult>,
      /**
       * Update my profile.
       *
       * Changes settings of the authenticated user's own account; only the fields sent change. Covers name, email, bio, avatar URL, IANA time zone, week start, 12/24-hour clock, language and the default schedule (`defaultScheduleId`, from schedules.list), which every event type without its own schedule follows. Existing bookings keep their times. Sending the same values again changes nothing.
       *
       * `PATCH /v2/me` · write · cal-api-version 2024-08-13
       * Auth: requires authentication; OAuth scope PROFILE_WRITE.
       */
      update: (args?: MeUpdateArgs, options?: CallOptions): Promise<MeUpdateResult> => runtime.invoke(meta["me.update"], args, options) as Promise<MeUpdateResult>,
    },
    orgUsers: {
      /**
       * Add an organization member.
       *
       * Creates a user account inside the organization and makes it a member with the given `organizationRole` (MEMBER unless ADMIN or OWNER is sent); only `email` is required. The new user is added to the organization's team event types that include all members, and Cal.com emails them an invitation to sign in. Needs an owner or admin of the organization; an email or username already in use answers 409. Not idempotent: repeating the call fails on the taken email.
       *
       * `POST /v2/organizations/{orgId}/users` · write · cal-api-version 2024-08-13
       * Auth: requires authentication; OAuth scope ORG_USERS_WRITE. Role: organization owner or admin.
       * Not idempotent: never retried once it may have reached Cal.com.
       */
      create: (args: OrgUsersCreateArgs, options?: CallOptions): Promise<OrgUsersCreateResult> => runtime.invoke(meta["orgUsers.create"], args, options) as Promise<OrgUsersCreateResult>,
      /**
       * Remove an organization member.
       *
       * Deletes a member's user account from the organization: not just the membership but the account itself, with its personal event types, schedules and calendar connections, so their booking pages go offline. Needs an owner or admin of the organization. Returns the user as they were. Cannot be undone; a second call for the same id answers 404.
       *
       * `DELETE /v2/organizations/{orgId}/users/{userId}` · write · cal-api-version 2024-08-13
       * Auth: requires authentication; OAuth scope ORG_USERS_WRITE. Role: organization owner or admin.
       * Destructive: cannot be undone.
       */
      delete: (args: OrgUsersDeleteArgs, options?: CallOptions): Promise<OrgUsersDeleteResult> => runtime.invoke(meta["orgUsers.delete"], args, options) as Promise<OrgUsersDeleteResult>,
      /**
       * List organization members.
       *
       * Lists the user accounts of an organization with their profile in it (organization username), time zone, locale and branding. Narrow the list by email addresses, by team ids, or by assigned attribute options. Page with `take` (page size, up to 1000) and `skip` (offset); the response carries no totals, so keep paging until a page comes back shorter than `take`. Read-only and safe to repeat.
       *
       * `GET /v2/organizations/{orgId}/users` · read · cal-api-version 2024-08-13
       * Auth: requires authentication; OAuth scope ORG_USERS_READ.
       */
      list: Object.assign((args: OrgUsersListArgs, options?: CallOptions): Promise<OrgUsersListResult> => runtime.invoke(meta["orgUsers.list"], args, options) as Promise<OrgUsersListResult>, {
        /** Every item of `orgUsers.list`, fetching take/skip pages as the loop advances. */
        all: (args: OrgUsersListArgs, options?: CallOptions): AsyncIterable<OrgUsersListItem> => paginateWith(runtime.invoke, meta["orgUsers.list"], args, options) as AsyncIterable<OrgUsersListItem>,
      }),
      /**
       * Update an organization member.
       *
       * Changes the account settings of a member of the organization: username (409 when taken), time zone, locale, clock format, bio, avatar, branding and the like; only the fields sent change. User ids come from orgUsers.list, the organization id from me.get. Sending the same values again changes nothing.
       *
       * `PATCH /v2/organizations/{orgId}/users/{userId}` · write · cal-api-version 2024-08-13
       * Auth: requires authentication; OAuth scope ORG_USERS_WRITE.
       */
      update: (args: OrgUsersUpdateArgs, options?: CallOptions): Promise<OrgUsersUpdateResult> => runtime.invoke(meta["orgUsers.update"], args, options) as Promise<OrgUsersUpdateResult>,
    },
    schedules: {
      /**
       * Create a schedule.
       *
       * Creates an availability schedule for the authenticated user. Give it a name, an IANA time zone (e.g. `Europe/London`) and `isDefault`; weekly hours are day lists with `HH:MM` start and end times (24-hour, in that zone) and default to Monday to Friday 09:00–17:00 when omitted, while overrides replace the hours of single dates (`YYYY-MM-DD`). With `isDefault: true` it becomes the schedule of every event type without its own; otherwise point event types at it with eventTypes.update. Not idempotent: repeating the call creates another schedule.
       *
       * `POST /v2/schedules` · write · cal-api-version 2024-06-11
       * Auth: requires authentication; OAuth scope SCHEDULE_WRITE.
       * Not idempotent: never retried once it may have reached Cal.com.
       */
      create: (args: SchedulesCreateArgs, options?: CallOptions): Promise<SchedulesCreateResult> => runtime.invoke(meta["schedules.create"], args, options) as Promise<SchedulesCreateResult>,
      /**
       * Delete a schedule.
       *
       * Permanently deletes one of the authenticated user's schedules. Point the event types that use it at another schedule first (eventTypes.update with `scheduleId`), and keep a default schedule, since a user without one cannot be booked. Existing bookings are not affected. Cannot be undone; a second call for the same id answers 404.
       *
       * `DELETE /v2/schedules/{scheduleId}` · write · cal-api-version 2024-06-11
       * Auth: requires authentication; OAuth scope SCHEDULE_WRITE.
       * Destructive: cannot be undone.
       */
      delete: (args: SchedulesDeleteArgs, options?: CallOptions): Promise<SchedulesDeleteResult> => runtime.invoke(meta["schedules.delete"], args, options) as Promise<SchedulesDeleteResult>,
      /**
       * Get a schedule.
       *
       * Returns one of the authenticated user's schedules by id: name, IANA time zone, weekly hours as `HH:MM` ranges in that zone, and date overrides. Ids come from schedules.list or from an event type's `scheduleId`. Read-only and safe to repeat.
       *
       * `GET /v2/schedules/{scheduleId}` · read · cal-api-version 2024-06-11
       * Auth: requires authentication; OAuth scope SCHEDULE_READ.
       */
      get: (args: SchedulesGetArgs, options?: CallOptions): Promise<SchedulesGetResult> => runtime.invoke(meta["schedules.get"], args, options) as Promise<SchedulesGetResult>,
      /**
       * List schedules.
       *
       * Lists every availability schedule of the authenticated user: its name, time zone, weekly hours, date overrides and whether it is the default one. Event types without their own `scheduleId` use the default schedule. Use the returned ids with schedules.get, schedules.update or eventTypes.update. Read-only and safe to repeat.
       *
       * `GET /v2/schedules` · read · cal-api-version 2024-06-11
       * Auth: requires authentication; OAuth scope SCHEDULE_READ.
       */
      list: (args?: SchedulesListArgs, options?: CallOptions): Promise<SchedulesListResult> => runtime.invoke(meta["schedules.list"], args, options) as Promise<SchedulesListResult>,
      /**
       * Update a schedule.
       *
       * Changes one of the authenticated user's schedules; only the fields sent change, and a list sent (`availability` or `overrides`) replaces the stored list as a whole. This changes which slots every event type using the schedule offers from now on; existing bookings stay where they are. Times are `HH:MM` in the schedule's time zone. Sending the same values again changes nothing.
       *
       * `PATCH /v2/schedules/{scheduleId}` · write · cal-api-version 2024-06-11
       * Auth: requires authentication; OAuth scope SCHEDULE_WRITE.
       */
      update: (args: SchedulesUpdateArgs, options?: CallOptions): Promise<SchedulesUpdateResult> => runtime.invoke(meta["schedules.update"], args, options) as Promise<SchedulesUpdateResult>,
    },
    slots: {
      /**
       * Release a slot hold.
       *
       * Ends a hold before it expires, making the slot bookable by anyone again, for example when the attendee abandons the booking form. Needs the `reservationUid` from slots.reserve and no credentials. Bookings are not touched. Releasing a hold that is already gone changes nothing more.
       *
       * `DELETE /v2/slots/reservations/{uid}` · write · cal-api-version 2024-09-04
       * Auth: no authentication.
       * Destructive: cannot be undone.
       */
      deleteReservation: (args: SlotsDeleteReservationArgs, options?: CallOptions): Promise<SlotsDeleteReservationResult> => runtime.invoke(meta["slots.deleteReservation"], args, options) as Promise<SlotsDeleteReservationResult>,
      /**
       * Find free time slots.
       *
       * Returns the times that can still be booked on an event type between `start` and `end`, grouped by calendar date, after working hours, existing bookings, calendar busy times, buffers, notice and limits are taken into account. Name the event type by `eventTypeId`, or by `eventTypeSlug` plus `username` (personal) or `teamSlug` (team), adding `organizationSlug` inside an organization; `usernames` instead finds times when two or more people are all free. `start` and `end` are UTC dates or ISO 8601 instants, and slot times come back in `timeZone` (UTC unless given). Needs no credentials, changes nothing and is safe to repeat; call it right before bookings.create or bookings.reschedule, since free time can be taken at any moment.
       *
       * `GET /v2/slots` · read · cal-api-version 2024-09-04
       * Auth: no authentication.
       */
      list: (args: SlotsListArgs, options?: CallOptions): Promise<SlotsListResult> => runtime.invoke(meta["slots.list"], args, options) as Promise<SlotsListResult>,
      /**
       * Hold a time slot.
       *
       * Temporarily holds a free slot of an event type so nobody else can book it while the attendee finishes the booking form; no booking is created and nobody is notified. `slotStart` is an ISO 8601 instant in UTC taken from slots.list. The hold lasts 5 minutes unless an authenticated caller sets `reservationDuration`, then lapses by itself. Keep the returned `reservationUid` to move or release the hold. Not idempotent: each call places another hold.
       *
       * `POST /v2/slots/reservations` · write · cal-api-version 2024-09-04
       * Auth: optional authentication.
       * Not idempotent: never retried once it may have reached Cal.com.
       */
      reserve: (args: SlotsReserveArgs, options?: CallOptions): Promise<SlotsReserveResult> => runtime.invoke(meta["slots.reserve"], args, options) as Promise<SlotsReserveResult>,
      /**
       * Change a slot hold.
       *
       * Moves an existing hold to another slot or changes how long it lasts, for example when the attendee picks a different time before submitting. Send the full hold again (`eventTypeId` and `slotStart` are required); the previous slot is freed. Needs the `reservationUid` from slots.reserve, no credentials. Sending the same values again changes nothing.
       *
       * `PATCH /v2/slots/reservations/{uid}` · write · cal-api-version 2024-09-04
       * Auth: no authentication.
       */
      updateReservation: (args: SlotsUpdateReservationArgs, options?: CallOptions): Promise<SlotsUpdateReservationResult> => runtime.invoke(meta["slots.updateReservation"], args, options) as Promise<SlotsUpdateReservationResult>,
    },
    teams: {
      /**
       * Create a team.
       *
       * Creates a team with the authenticated user as its owner (accepted right away unless `autoAcceptCreator` is false); only `name` is required and the slug becomes part of the team's booking links. Where Cal.com bills teams, the team is not active yet: the response then carries a `paymentLink` to complete and the pending team instead of the team itself. Members are added separately. Not idempotent: repeating the call creates another team or fails on the taken slug.
       *
       * `POST /v2/teams` · write · cal-api-version 2024-08-13
       * Auth: requires authentication; OAuth scope TEAM_WRITE.
       * Not idempotent: never retried once it may have reached Cal.com.
       */
      create: (args: TeamsCreateArgs, options?: CallOptions): Promise<TeamsCreateResult> => runtime.invoke(meta["teams.create"], args, options) as Promise<TeamsCreateResult>,
      /**
       * Delete a team.
       *
       * Permanently deletes a team together with its memberships and team event types, whose booking pages go offline; the members' own accounts and personal event types stay. Only the team's owner may do it. Returns the team as it was. Cannot be undone; a second call for the same id answers 404.
       *
       * `DELETE /v2/teams/{teamId}` · write · cal-api-version 2024-08-13
       * Auth: requires authentication; OAuth scope TEAM_WRITE. Role: team owner.
       * Destructive: cannot be undone.
       */
      delete: (args: TeamsDeleteArgs, options?: CallOptions): Promise<TeamsDeleteResult> => runtime.invoke(meta["teams.delete"], args, options) as Promise<TeamsDeleteResult>,
      /**
       * Get a team.
       *
       * Returns one team by numeric id: name, slug, bio, privacy, branding and scheduling defaults. Only members of the team may read it; others get 403 or 404. Ids come from teams.list. Read-only and safe to repeat.
       *
       * `GET /v2/teams/{teamId}` · read · cal-api-version 2024-08-13
       * Auth: requires authentication; OAuth scope TEAM_READ. Role: team member.
       */
      get: (args: TeamsGetArgs, options?: CallOptions): Promise<TeamsGetResult> => runtime.invoke(meta["teams.get"], args, options) as Promise<TeamsGetResult>,
      /**
       * List my teams.
       *
       * Lists the teams the authenticated user is a member of, with each team's id, name, slug, bio, branding and scheduling defaults (time zone, week start, clock format). Use the ids with teams.get, or the slugs with slots.list for team event types. Read-only and safe to repeat.
       *
       * `GET /v2/teams` · read · cal-api-version 2024-08-13
       * Auth: requires authentication; OAuth scope TEAM_READ.
       */
      list: (args?: TeamsListArgs, options?: CallOptions): Promise<TeamsListResult> => runtime.invoke(meta["teams.list"], args, options) as Promise<TeamsListResult>,
      /**
       * Update a team.
       *
       * Changes a team's settings; only the fields sent change. Covers name, slug (which moves the team's booking links, so old links stop working), bio, logo and banner, privacy, branding colours and scheduling defaults. Needs the team's owner or an admin. Sending the same values again changes nothing.
       *
       * `PATCH /v2/teams/{teamId}` · write · cal-api-version 2024-08-13
       * Auth: requires authentication; OAuth scope TEAM_WRITE. Role: team owner or admin.
       */
      update: (args: TeamsUpdateArgs, options?: CallOptions): Promise<TeamsUpdateResult> => runtime.invoke(meta["teams.update"], args, options) as Promise<TeamsUpdateResult>,
    },
    webhooks: {
      /**
       * Subscribe a webhook.
       *
       * Creates a webhook subscription for the authenticated user: from now on Cal.com POSTs a JSON delivery to `subscriberUrl` whenever one of the listed `triggers` (e.g. BOOKING_CREATED, BOOKING_CANCELLED) happens on any of the user's event types. Set a `secret` so each delivery is signed in the `X-Cal-Signature-256` header (hex HMAC-SHA256 of the raw body); `payloadTemplate` replaces the default body with your own. Not idempotent: repeating the call adds a second subscription and every event is then delivered twice.
       *
       * `POST /v2/webhooks` · write · cal-api-version 2021-10-20
       * Auth: requires authentication; OAuth scope WEBHOOK_WRITE.
       * Not idempotent: never retried once it may have reached Cal.com.
       */
      create: (args: WebhooksCreateArgs, options?: CallOptions): Promise<WebhooksCreateResult> => runtime.invoke(meta["webhooks.create"], args, options) as Promise<WebhooksCreateResult>,
      /**
       * Delete a webhook subscription.
       *
       * Permanently deletes one of the authenticated user's webhook subscriptions; no further deliveries are sent to its URL, including for events that happen later on existing bookings. Returns the subscription as it was. To pause instead, set `active: false` with webhooks.update. Cannot be undone; a second call for the same id answers 404.
       *
       * `DELETE /v2/webhooks/{webhookId}` · write · cal-api-version 2021-10-20
       * Auth: requires authentication; OAuth scope WEBHOOK_WRITE.
       * Destructive: cannot be undone.
       */
      delete: (args: WebhooksDeleteArgs, options?: CallOptions): Promise<WebhooksDeleteResult> => runtime.invoke(meta["webhooks.delete"], args, options) as Promise<WebhooksDeleteResult>,
      /**
       * List webhook subscriptions.
       *
       * Lists the authenticated user's webhook subscriptions: target URL, the triggers each one listens to, whether it is active and its payload template. Page with `take` (page size, 1 to 250, default 250) and `skip` (offset); the response carries no totals, so keep paging until a page comes back shorter than `take`. Read-only and safe to repeat.
       *
       * `GET /v2/webhooks` · read · cal-api-version 2021-10-20
       * Auth: requires authentication; OAuth scope WEBHOOK_READ.
       */
      list: Object.assign((args?: WebhooksListArgs, options?: CallOptions): Promise<WebhooksListResult> => runtime.invoke(meta["webhooks.list"], args, options) as Promise<WebhooksListResult>, {
        /** Every item of `webhooks.list`, fetching take/skip pages as the loop advances. */
        all: (args?: WebhooksListArgs, options?: CallOptions): AsyncIterable<WebhooksListItem> => paginateWith(runtime.invoke, meta["webhooks.list"], args, options) as AsyncIterable<WebhooksListItem>,
      }),
      /**
       * Update a webhook subscription.
       *
       * Changes one of the authenticated user's webhook subscriptions; only the fields sent change, and `triggers`, when sent, replaces the whole list. Use it to pause deliveries (`active: false`), point them at a new URL, rotate the signing secret or change the template. Ids come from webhooks.list. Sending the same values again changes nothing.
       *
       * `PATCH /v2/webhooks/{webhookId}` · write · cal-api-version 2021-10-20
       * Auth: requires authentication; OAuth scope WEBHOOK_WRITE.
       */
      update: (args: WebhooksUpdateArgs, options?: CallOptions): Promise<WebhooksUpdateResult> => runtime.invoke(meta["webhooks.update"], args, options) as Promise<WebhooksUpdateResult>,
    },
  };
}

/** The operation methods of a client, grouped by resource. */
export type CalOperations = ReturnType<typeof bindOperations>;
