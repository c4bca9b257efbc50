// Generated from spec/openapi.yaml by @calkit/generator; do not edit. Run `pnpm generate`.

import type { CallOptions } from "../core/options.js";
import { paginateWith } from "../core/pagination.js";
import type { Runtime } from "../core/runtime.js";
import type { BookingsCancelArgs, BookingsCancelResult, BookingsConfirmArgs, BookingsConfirmResult, BookingsCreateArgs, BookingsCreateResult, BookingsDeclineArgs, BookingsDeclineResult, BookingsGetArgs, BookingsGetResult, BookingsListArgs, BookingsListResult, BookingsListItem, BookingsMarkAbsentArgs, BookingsMarkAbsentResult, BookingsRescheduleArgs, BookingsRescheduleResult, CalendarsBusyTimesArgs, CalendarsBusyTimesResult, CalendarsConnectArgs, CalendarsConnectResult, CalendarsDisconnectArgs, CalendarsDisconnectResult, CalendarsListArgs, CalendarsListResult, EventTypesCreateArgs, EventTypesCreateResult, EventTypesDeleteArgs, EventTypesDeleteResult, EventTypesGetArgs, EventTypesGetResult, EventTypesListArgs, EventTypesListResult, EventTypesUpdateArgs, EventTypesUpdateResult, MeGetArgs, MeGetResult, MeUpdateArgs, MeUpdateResult, OrgUsersCreateArgs, OrgUsersCreateResult, OrgUsersDeleteArgs, OrgUsersDeleteResult, OrgUsersListArgs, OrgUsersListResult, OrgUsersListItem, OrgUsersUpdateArgs, OrgUsersUpdateResult, SchedulesCreateArgs, SchedulesCreateResult, SchedulesDeleteArgs, SchedulesDeleteResult, SchedulesGetArgs, SchedulesGetResult, SchedulesListArgs, SchedulesListResult, SchedulesUpdateArgs, SchedulesUpdateResult, SlotsDeleteReservationArgs, SlotsDeleteReservationResult, SlotsListArgs, SlotsListResult, SlotsReserveArgs, SlotsReserveResult, SlotsUpdateReservationArgs, SlotsUpdateReservationResult, TeamsCreateArgs, TeamsCreateResult, TeamsDeleteArgs, TeamsDeleteResult, TeamsGetArgs, TeamsGetResult, TeamsListArgs, TeamsListResult, TeamsUpdateArgs, TeamsUpdateResult, WebhooksCreateArgs, WebhooksCreateResult, WebhooksDeleteArgs, WebhooksDeleteResult, WebhooksListArgs, WebhooksListResult, WebhooksListItem, WebhooksUpdateArgs, WebhooksUpdateResult } from "./client.gen.js";
import { bookingsCancelOperation, bookingsConfirmOperation, bookingsCreateOperation, bookingsDeclineOperation, bookingsGetOperation, bookingsListOperation, bookingsMarkAbsentOperation, bookingsRescheduleOperation, calendarsBusyTimesOperation, calendarsConnectOperation, calendarsDisconnectOperation, calendarsListOperation, eventTypesCreateOperation, eventTypesDeleteOperation, eventTypesGetOperation, eventTypesListOperation, eventTypesUpdateOperation, meGetOperation, meUpdateOperation, orgUsersCreateOperation, orgUsersDeleteOperation, orgUsersListOperation, orgUsersUpdateOperation, schedulesCreateOperation, schedulesDeleteOperation, schedulesGetOperation, schedulesListOperation, schedulesUpdateOperation, slotsDeleteReservationOperation, slotsListOperation, slotsReserveOperation, slotsUpdateReservationOperation, teamsCreateOperation, teamsDeleteOperation, teamsGetOperation, teamsListOperation, teamsUpdateOperation, webhooksCreateOperation, webhooksDeleteOperation, webhooksListOperation, webhooksUpdateOperation } from "./operations.gen.js";
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
export function bookingsCancel(cal: Pick<Runtime, "invoke">, args: BookingsCancelArgs, options?: CallOptions): Promise<BookingsCancelResult> {
  return cal.invoke(bookingsCancelOperation, args, options) as Promise<BookingsCancelResult>;
}
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
export function bookingsConfirm(cal: Pick<Runtime, "invoke">, args: BookingsConfirmArgs, options?: CallOptions): Promise<BookingsConfirmResult> {
  return cal.invoke(bookingsConfirmOperation, args, options) as Promise<BookingsConfirmResult>;
}
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
export function bookingsCreate(cal: Pick<Runtime, "invoke">, args: BookingsCreateArgs, options?: CallOptions): Promise<BookingsCreateResult> {
  return cal.invoke(bookingsCreateOperation, args, options) as Promise<BookingsCreateResult>;
}
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
export function bookingsDecline(cal: Pick<Runtime, "invoke">, args: BookingsDeclineArgs, options?: CallOptions): Promise<BookingsDeclineResult> {
  return cal.invoke(bookingsDeclineOperation, args, options) as Promise<BookingsDeclineResult>;
}
/**
 * Get a booking.
 *
 * Returns one booking by its uid: times, status, hosts, attendees, location and the answers to the booking form. The uid of a recurring series returns every occurrence of it. Works without credentials for public booking pages; seated event types that hide attendees only list them to the event type's owner, hosts or team/org admins.
 *
 * `GET /v2/bookings/{bookingUid}` · read · cal-api-version 2026-02-25
 * Auth: optional authentication; OAuth scope BOOKING_READ.
 */
export function bookingsGet(cal: Pick<Runtime, "invoke">, args: BookingsGetArgs, options?: CallOptions): Promise<BookingsGetResult> {
  return cal.invoke(bookingsGetOperation, args, options) as Promise<BookingsGetResult>;
}
/**
 * List bookings.
 *
 * Lists the bookings of the authenticated user (and of the teams they belong to), newest first unless a sort is given. Filter by status, attendee, event type, team and time windows; page with `take` (page size, up to 250) and `skip` (offset). The response carries pagination totals.
 *
 * `GET /v2/bookings` · read · cal-api-version 2026-02-25
 * Auth: requires authentication; OAuth scope BOOKING_READ.
 */
export function bookingsList(cal: Pick<Runtime, "invoke">, args?: BookingsListArgs, options?: CallOptions): Promise<BookingsListResult> {
  return cal.invoke(bookingsListOperation, args, options) as Promise<BookingsListResult>;
}
/** Every item of `bookings.list`, fetching take/skip pages as the loop advances (each page a call). */
export function bookingsListAll(cal: Pick<Runtime, "invoke">, args?: BookingsListArgs, options?: CallOptions): AsyncIterable<BookingsListItem> {
  return paginateWith(cal.invoke, bookingsListOperation, args, options) as AsyncIterable<BookingsListItem>;
}
/**
 * Record no-shows.
 *
 * Records who did not attend a past booking: the host (`host: true`) and/or attendees by email (`absent: true`, or `false` to undo). Fires BOOKING_NO_SHOW_UPDATED. Setting the same values again changes nothing.
 *
 * `POST /v2/bookings/{bookingUid}/mark-absent` · write · cal-api-version 2026-02-25
 * Auth: requires authentication; OAuth scope BOOKING_WRITE.
 * Fires: BOOKING_NO_SHOW_UPDATED.
 */
export function bookingsMarkAbsent(cal: Pick<Runtime, "invoke">, args: BookingsMarkAbsentArgs, options?: CallOptions): Promise<BookingsMarkAbsentResult> {
  return cal.invoke(bookingsMarkAbsentOperation, args, options) as Promise<BookingsMarkAbsentResult>;
}
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
export function bookingsReschedule(cal: Pick<Runtime, "invoke">, args: BookingsRescheduleArgs, options?: CallOptions): Promise<BookingsRescheduleResult> {
  return cal.invoke(bookingsRescheduleOperation, args, options) as Promise<BookingsRescheduleResult>;
}
/**
 * Get calendar busy times.
 *
 * Returns the busy intervals found in the given connected calendars between `dateFrom` and `dateTo`, as ISO 8601 start and end instants. Name each calendar by the `credentialId` and `externalId` that calendars.list reports, sent as `calendarsToLoad[0][credentialId]=…&calendarsToLoad[0][externalId]=…`. Dates are `YYYY-MM-DD`, read in the `timeZone` time zone. Read-only and safe to repeat; for bookable times use slots.list instead.
 *
 * `GET /v2/calendars/busy-times` · read · cal-api-version 2024-08-13
 * Auth: requires authentication; OAuth scope APPS_READ.
 */
export function calendarsBusyTimes(cal: Pick<Runtime, "invoke">, args: CalendarsBusyTimesArgs, options?: CallOptions): Promise<CalendarsBusyTimesResult> {
  return cal.invoke(calendarsBusyTimesOperation, args, options) as Promise<CalendarsBusyTimesResult>;
}
/**
 * Start connecting a calendar.
 *
 * Returns the provider's consent page (`authUrl`) for connecting a Google or Office 365 calendar to the authenticated user's account. Nothing is connected yet: the user must open the URL in a browser and grant access, after which Cal.com stores the connection and sends the browser to `redir`. Apple calendars are connected with credentials in the app instead. Changes nothing by itself and is safe to repeat; each call gives a fresh URL.
 *
 * `GET /v2/calendars/{calendar}/connect` · read · cal-api-version 2024-08-13
 * Auth: requires authentication; OAuth scope APPS_READ.
 */
export function calendarsConnect(cal: Pick<Runtime, "invoke">, args: CalendarsConnectArgs, options?: CallOptions): Promise<CalendarsConnectResult> {
  return cal.invoke(calendarsConnectOperation, args, options) as Promise<CalendarsConnectResult>;
}
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
export function calendarsDisconnect(cal: Pick<Runtime, "invoke">, args: CalendarsDisconnectArgs, options?: CallOptions): Promise<CalendarsDisconnectResult> {
  return cal.invoke(calendarsDisconnectOperation, args, options) as Promise<CalendarsDisconnectResult>;
}
/**
 * List connected calendars.
 *
 * Lists the external calendars connected to the authenticated user's account, grouped by connection: each group has the app (Google, Office 365, Apple...), the `credentialId` of the connection, its primary calendar and all its calendars with their `externalId` and whether they are checked for conflicts. Also returns the destination calendar that new bookings are written to. The `credentialId` and `externalId` values feed calendars.busyTimes and calendars.disconnect. Read-only and safe to repeat.
 *
 * `GET /v2/calendars` · read · cal-api-version 2024-08-13
 * Auth: requires authentication; OAuth scope APPS_READ.
 */
export function calendarsList(cal: Pick<Runtime, "invoke">, args?: CalendarsListArgs, options?: CallOptions): Promise<CalendarsListResult> {
  return cal.invoke(calendarsListOperation, args, options) as Promise<CalendarsListResult>;
}
/**
 * Create an event type.
 *
 * Creates a new personal event type for the authenticated user, which immediately gets a public booking page at `/<username>/<slug>`. Only `title`, `slug` and `lengthInMinutes` are required; everything else (locations, booking form fields, buffers, minimum notice, limits, `scheduleId` from schedules.list) falls back to Cal.com defaults. The slug must be unique among the user's event types. Not idempotent: repeating the call fails on the taken slug or creates a near duplicate.
 *
 * `POST /v2/event-types` · write · cal-api-version 2024-06-14
 * Auth: requires authentication; OAuth scope EVENT_TYPE_WRITE.
 * Not idempotent: never retried once it may have reached Cal.com.
 */
export function eventTypesCreate(cal: Pick<Runtime, "invoke">, args: EventTypesCreateArgs, options?: CallOptions): Promise<EventTypesCreateResult> {
  return cal.invoke(eventTypesCreateOperation, args, options) as Promise<EventTypesCreateResult>;
}
/**
 * Delete an event type.
 *
 * Permanently deletes one of the authenticated user's event types and takes its booking page offline, so nobody can book it any more. Bookings already made on it are not cancelled. To stop new bookings but keep the settings, set `hidden: true` with eventTypes.update instead. Cannot be undone; a second call for the same id answers 404.
 *
 * `DELETE /v2/event-types/{eventTypeId}` · write · cal-api-version 2024-06-14
 * Auth: requires authentication; OAuth scope EVENT_TYPE_WRITE.
 * Destructive: cannot be undone.
 */
export function eventTypesDelete(cal: Pick<Runtime, "invoke">, args: EventTypesDeleteArgs, options?: CallOptions): Promise<EventTypesDeleteResult> {
  return cal.invoke(eventTypesDeleteOperation, args, options) as Promise<EventTypesDeleteResult>;
}
/**
 * Get an event type.
 *
 * Returns one of the authenticated user's event types by numeric id, with its full settings: length and allowed durations, locations, booking form fields, buffers, notice, limits, the schedule it uses and whether it is hidden. Ids come from eventTypes.list. Event types of other users are refused (403 or 404). Read-only and safe to repeat.
 *
 * `GET /v2/event-types/{eventTypeId}` · read · cal-api-version 2024-06-14
 * Auth: requires authentication; OAuth scope EVENT_TYPE_READ.
 */
export function eventTypesGet(cal: Pick<Runtime, "invoke">, args: EventTypesGetArgs, options?: CallOptions): Promise<EventTypesGetResult> {
  return cal.invoke(eventTypesGetOperation, args, options) as Promise<EventTypesGetResult>;
}
/**
 * List event types.
 *
 * Lists personal event types. Pass `username` for that user's event types (add `eventSlug` to get just one, and `orgSlug` or `orgId` when the user belongs to an organization), or `usernames` for the dynamic group event of two or more people. With no filter, recent API versions return the authenticated caller's own event types. Works without credentials for public booking pages; hidden event types only appear to their owner. Team event types are not listed here; the call is read-only and safe to repeat.
 *
 * `GET /v2/event-types` · read · cal-api-version 2024-06-14
 * Auth: optional authentication; OAuth scope EVENT_TYPE_READ.
 */
export function eventTypesList(cal: Pick<Runtime, "invoke">, args?: EventTypesListArgs, options?: CallOptions): Promise<EventTypesListResult> {
  return cal.invoke(eventTypesListOperation, args, options) as Promise<EventTypesListResult>;
}
/**
 * Update an event type.
 *
 * Changes settings of one of the authenticated user's event types; only the fields sent are changed, and list fields such as `locations` or `bookingFields` are replaced as a whole. The new settings apply to bookings made from now on: existing bookings keep their time and length. Changing `slug` moves the public booking page, so old links stop working. Sending the same values again leaves the event type as it is.
 *
 * `PATCH /v2/event-types/{eventTypeId}` · write · cal-api-version 2024-06-14
 * Auth: requires authentication; OAuth scope EVENT_TYPE_WRITE.
 */
export function eventTypesUpdate(cal: Pick<Runtime, "invoke">, args: EventTypesUpdateArgs, options?: CallOptions): Promise<EventTypesUpdateResult> {
  return cal.invoke(eventTypesUpdateOperation, args, options) as Promise<EventTypesUpdateResult>;
}
/**
 * Get my profile.
 *
 * Returns the account behind the credentials: user id, username, email, IANA time zone, week start, 12- or 24-hour clock, default schedule id and, for organization members, the organization id. Handy as a first call to learn who the token acts for and which ids to use elsewhere (the username for slots.list, the schedule for schedules.get). Read-only and safe to repeat.
 *
 * `GET /v2/me` · read · cal-api-version 2024-08-13
 * Auth: requires authentication; OAuth scope PROFILE_READ.
 */
export function meGet(cal: Pick<Runtime, "invoke">, args?: MeGetArgs, options?: CallOptions): Promise<MeGetResult> {
  return cal.invoke(meGetOperation, args, options) as Promise<MeGetResult>;
}
/**
 * Update my profile.
 *
 * Changes settings of the authenticated user's own account; only the fields sent change. Covers name, email, bio, avatar URL, IANA time zone, week start, 12/24-hour clock, language and the default schedule (`defaultScheduleId`, from schedules.list), which every event type without its own schedule follows. Existing bookings keep their times. Sending the same values again changes nothing.
 *
 * `PATCH /v2/me` · write · cal-api-version 2024-08-13
 * Auth: requires authentication; OAuth scope PROFILE_WRITE.
 */
export function meUpdate(cal: Pick<Runtime, "invoke">, args?: MeUpdateArgs, options?: CallOptions): Promise<MeUpdateResult> {
  return cal.invoke(meUpdateOperation, args, options) as Promise<MeUpdateResult>;
}
/**
 * Add an organization member.
 *
 * Creates a user account inside the organization and makes it a member with the given `organizationRole` (MEMBER unless ADMIN or OWNER is sent); only `email` is required. The new user is added to the organization's team event types that include all members, and Cal.com emails them an invitation to sign in. Needs an owner or admin of the organization; an email or username already in use answers 409. Not idempotent: repeating the call fails on the taken email.
 *
 * `POST /v2/organizations/{orgId}/users` · write · cal-api-version 2024-08-13
 * Auth: requires authentication; OAuth scope ORG_USERS_WRITE. Role: organization owner or admin.
 * Not idempotent: never retried once it may have reached Cal.com.
 */
export function orgUsersCreate(cal: Pick<Runtime, "invoke">, args: OrgUsersCreateArgs, options?: CallOptions): Promise<OrgUsersCreateResult> {
  return cal.invoke(orgUsersCreateOperation, args, options) as Promise<OrgUsersCreateResult>;
}
/**
 * Remove an organization member.
 *
 * Deletes a member's user account from the organization: not just the membership but the account itself, with its personal event types, schedules and calendar connections, so their booking pages go offline. Needs an owner or admin of the organization. Returns the user as they were. Cannot be undone; a second call for the same id answers 404.
 *
 * `DELETE /v2/organizations/{orgId}/users/{userId}` · write · cal-api-version 2024-08-13
 * Auth: requires authentication; OAuth scope ORG_USERS_WRITE. Role: organization owner or admin.
 * Destructive: cannot be undone.
 */
export function orgUsersDelete(cal: Pick<Runtime, "invoke">, args: OrgUsersDeleteArgs, options?: CallOptions): Promise<OrgUsersDeleteResult> {
  return cal.invoke(orgUsersDeleteOperation, args, options) as Promise<OrgUsersDeleteResult>;
}
/**
 * List organization members.
 *
 * Lists the user accounts of an organization with their profile in it (organization username), time zone, locale and branding. Narrow the list by email addresses, by team ids, or by assigned attribute options. Page with `take` (page size, up to 1000) and `skip` (offset); the response carries no totals, so keep paging until a page comes back shorter than `take`. Read-only and safe to repeat.
 *
 * `GET /v2/organizations/{orgId}/users` · read · cal-api-version 2024-08-13
 * Auth: requires authentication; OAuth scope ORG_USERS_READ.
 */
export function orgUsersList(cal: Pick<Runtime, "invoke">, args: OrgUsersListArgs, options?: CallOptions): Promise<OrgUsersListResult> {
  return cal.invoke(orgUsersListOperation, args, options) as Promise<OrgUsersListResult>;
}
/** Every item of `orgUsers.list`, fetching take/skip pages as the loop advances (each page a call). */
export function orgUsersListAll(cal: Pick<Runtime, "invoke">, args: OrgUsersListArgs, options?: CallOptions): AsyncIterable<OrgUsersListItem> {
  return paginateWith(cal.invoke, orgUsersListOperation, args, options) as AsyncIterable<OrgUsersListItem>;
}
/**
 * Update an organization member.
 *
 * Changes the account settings of a member of the organization: username (409 when taken), time zone, locale, clock format, bio, avatar, branding and the like; only the fields sent change. User ids come from orgUsers.list, the organization id from me.get. Sending the same values again changes nothing.
 *
 * `PATCH /v2/organizations/{orgId}/users/{userId}` · write · cal-api-version 2024-08-13
 * Auth: requires authentication; OAuth scope ORG_USERS_WRITE.
 */
export function orgUsersUpdate(cal: Pick<Runtime, "invoke">, args: OrgUsersUpdateArgs, options?: CallOptions): Promise<OrgUsersUpdateResult> {
  return cal.invoke(orgUsersUpdateOperation, args, options) as Promise<OrgUsersUpdateResult>;
}
/**
 * Create a schedule.
 *
 * Creates an availability schedule for the authenticated user. Give it a name, an IANA time zone (e.g. `Europe/London`) and `isDefault`; weekly hours are day lists with `HH:MM` start and end times (24-hour, in that zone) and default to Monday to Friday 09:00–17:00 when omitted, while overrides replace the hours of single dates (`YYYY-MM-DD`). With `isDefault: true` it becomes the schedule of every event type without its own; otherwise point event types at it with eventTypes.update. Not idempotent: repeating the call creates another schedule.
 *
 * `POST /v2/schedules` · write · cal-api-version 2024-06-11
 * Auth: requires authentication; OAuth scope SCHEDULE_WRITE.
 * Not idempotent: never retried once it may have reached Cal.com.
 */
export function schedulesCreate(cal: Pick<Runtime, "invoke">, args: SchedulesCreateArgs, options?: CallOptions): Promise<SchedulesCreateResult> {
  return cal.invoke(schedulesCreateOperation, args, options) as Promise<SchedulesCreateResult>;
}
/**
 * Delete a schedule.
 *
 * Permanently deletes one of the authenticated user's schedules. Point the event types that use it at another schedule first (eventTypes.update with `scheduleId`), and keep a default schedule, since a user without one cannot be booked. Existing bookings are not affected. Cannot be undone; a second call for the same id answers 404.
 *
 * `DELETE /v2/schedules/{scheduleId}` · write · cal-api-version 2024-06-11
 * Auth: requires authentication; OAuth scope SCHEDULE_WRITE.
 * Destructive: cannot be undone.
 */
export function schedulesDelete(cal: Pick<Runtime, "invoke">, args: SchedulesDeleteArgs, options?: CallOptions): Promise<SchedulesDeleteResult> {
  return cal.invoke(schedulesDeleteOperation, args, options) as Promise<SchedulesDeleteResult>;
}
/**
 * Get a schedule.
 *
 * Returns one of the authenticated user's schedules by id: name, IANA time zone, weekly hours as `HH:MM` ranges in that zone, and date overrides. Ids come from schedules.list or from an event type's `scheduleId`. Read-only and safe to repeat.
 *
 * `GET /v2/schedules/{scheduleId}` · read · cal-api-version 2024-06-11
 * Auth: requires authentication; OAuth scope SCHEDULE_READ.
 */
export function schedulesGet(cal: Pick<Runtime, "invoke">, args: SchedulesGetArgs, options?: CallOptions): Promise<SchedulesGetResult> {
  return cal.invoke(schedulesGetOperation, args, options) as Promise<SchedulesGetResult>;
}
/**
 * List schedules.
 *
 * Lists every availability schedule of the authenticated user: its name, time zone, weekly hours, date overrides and whether it is the default one. Event types without their own `scheduleId` use the default schedule. Use the returned ids with schedules.get, schedules.update or eventTypes.update. Read-only and safe to repeat.
 *
 * `GET /v2/schedules` · read · cal-api-version 2024-06-11
 * Auth: requires authentication; OAuth scope SCHEDULE_READ.
 */
export function schedulesList(cal: Pick<Runtime, "invoke">, args?: SchedulesListArgs, options?: CallOptions): Promise<SchedulesListResult> {
  return cal.invoke(schedulesListOperation, args, options) as Promise<SchedulesListResult>;
}
/**
 * Update a schedule.
 *
 * Changes one of the authenticated user's schedules; only the fields sent change, and a list sent (`availability` or `overrides`) replaces the stored list as a whole. This changes which slots every event type using the schedule offers from now on; existing bookings stay where they are. Times are `HH:MM` in the schedule's time zone. Sending the same values again changes nothing.
 *
 * `PATCH /v2/schedules/{scheduleId}` · write · cal-api-version 2024-06-11
 * Auth: requires authentication; OAuth scope SCHEDULE_WRITE.
 */
export function schedulesUpdate(cal: Pick<Runtime, "invoke">, args: SchedulesUpdateArgs, options?: CallOptions): Promise<SchedulesUpdateResult> {
  return cal.invoke(schedulesUpdateOperation, args, options) as Promise<SchedulesUpdateResult>;
}
/**
 * Release a slot hold.
 *
 * Ends a hold before it expires, making the slot bookable by anyone again, for example when the attendee abandons the booking form. Needs the `reservationUid` from slots.reserve and no credentials. Bookings are not touched. Releasing a hold that is already gone changes nothing more.
 *
 * `DELETE /v2/slots/reservations/{uid}` · write · cal-api-version 2024-09-04
 * Auth: no authentication.
 * Destructive: cannot be undone.
 */
export function slotsDeleteReservation(cal: Pick<Runtime, "invoke">, args: SlotsDeleteReservationArgs, options?: CallOptions): Promise<SlotsDeleteReservationResult> {
  return cal.invoke(slotsDeleteReservationOperation, args, options) as Promise<SlotsDeleteReservationResult>;
}
/**
 * Find free time slots.
 *
 * Returns the times that can still be booked on an event type between `start` and `end`, grouped by calendar date, after working hours, existing bookings, calendar busy times, buffers, notice and limits are taken into account. Name the event type by `eventTypeId`, or by `eventTypeSlug` plus `username` (personal) or `teamSlug` (team), adding `organizationSlug` inside an organization; `usernames` instead finds times when two or more people are all free. `start` and `end` are UTC dates or ISO 8601 instants, and slot times come back in `timeZone` (UTC unless given). Needs no credentials, changes nothing and is safe to repeat; call it right before bookings.create or bookings.reschedule, since free time can be taken at any moment.
 *
 * `GET /v2/slots` · read · cal-api-version 2024-09-04
 * Auth: no authentication.
 */
export function slotsList(cal: Pick<Runtime, "invoke">, args: SlotsListArgs, options?: CallOptions): Promise<SlotsListResult> {
  return cal.invoke(slotsListOperation, args, options) as Promise<SlotsListResult>;
}
/**
 * Hold a time slot.
 *
 * Temporarily holds a free slot of an event type so nobody else can book it while the attendee finishes the booking form; no booking is created and nobody is notified. `slotStart` is an ISO 8601 instant in UTC taken from slots.list. The hold lasts 5 minutes unless an authenticated caller sets `reservationDuration`, then lapses by itself. Keep the returned `reservationUid` to move or release the hold. Not idempotent: each call places another hold.
 *
 * `POST /v2/slots/reservations` · write · cal-api-version 2024-09-04
 * Auth: optional authentication.
 * Not idempotent: never retried once it may have reached Cal.com.
 */
export function slotsReserve(cal: Pick<Runtime, "invoke">, args: SlotsReserveArgs, options?: CallOptions): Promise<SlotsReserveResult> {
  return cal.invoke(slotsReserveOperation, args, options) as Promise<SlotsReserveResult>;
}
/**
 * Change a slot hold.
 *
 * Moves an existing hold to another slot or changes how long it lasts, for example when the attendee picks a different time before submitting. Send the full hold again (`eventTypeId` and `slotStart` are required); the previous slot is freed. Needs the `reservationUid` from slots.reserve, no credentials. Sending the same values again changes nothing.
 *
 * `PATCH /v2/slots/reservations/{uid}` · write · cal-api-version 2024-09-04
 * Auth: no authentication.
 */
export function slotsUpdateReservation(cal: Pick<Runtime, "invoke">, args: SlotsUpdateReservationArgs, options?: CallOptions): Promise<SlotsUpdateReservationResult> {
  return cal.invoke(slotsUpdateReservationOperation, args, options) as Promise<SlotsUpdateReservationResult>;
}
/**
 * Create a team.
 *
 * Creates a team with the authenticated user as its owner (accepted right away unless `autoAcceptCreator` is false); only `name` is required and the slug becomes part of the team's booking links. Where Cal.com bills teams, the team is not active yet: the response then carries a `paymentLink` to complete and the pending team instead of the team itself. Members are added separately. Not idempotent: repeating the call creates another team or fails on the taken slug.
 *
 * `POST /v2/teams` · write · cal-api-version 2024-08-13
 * Auth: requires authentication; OAuth scope TEAM_WRITE.
 * Not idempotent: never retried once it may have reached Cal.com.
 */
export function teamsCreate(cal: Pick<Runtime, "invoke">, args: TeamsCreateArgs, options?: CallOptions): Promise<TeamsCreateResult> {
  return cal.invoke(teamsCreateOperation, args, options) as Promise<TeamsCreateResult>;
}
/**
 * Delete a team.
 *
 * Permanently deletes a team together with its memberships and team event types, whose booking pages go offline; the members' own accounts and personal event types stay. Only the team's owner may do it. Returns the team as it was. Cannot be undone; a second call for the same id answers 404.
 *
 * `DELETE /v2/teams/{teamId}` · write · cal-api-version 2024-08-13
 * Auth: requires authentication; OAuth scope TEAM_WRITE. Role: team owner.
 * Destructive: cannot be undone.
 */
export function teamsDelete(cal: Pick<Runtime, "invoke">, args: TeamsDeleteArgs, options?: CallOptions): Promise<TeamsDeleteResult> {
  return cal.invoke(teamsDeleteOperation, args, options) as Promise<TeamsDeleteResult>;
}
/**
 * Get a team.
 *
 * Returns one team by numeric id: name, slug, bio, privacy, branding and scheduling defaults. Only members of the team may read it; others get 403 or 404. Ids come from teams.list. Read-only and safe to repeat.
 *
 * `GET /v2/teams/{teamId}` · read · cal-api-version 2024-08-13
 * Auth: requires authentication; OAuth scope TEAM_READ. Role: team member.
 */
export function teamsGet(cal: Pick<Runtime, "invoke">, args: TeamsGetArgs, options?: CallOptions): Promise<TeamsGetResult> {
  return cal.invoke(teamsGetOperation, args, options) as Promise<TeamsGetResult>;
}
/**
 * List my teams.
 *
 * Lists the teams the authenticated user is a member of, with each team's id, name, slug, bio, branding and scheduling defaults (time zone, week start, clock format). Use the ids with teams.get, or the slugs with slots.list for team event types. Read-only and safe to repeat.
 *
 * `GET /v2/teams` · read · cal-api-version 2024-08-13
 * Auth: requires authentication; OAuth scope TEAM_READ.
 */
export function teamsList(cal: Pick<Runtime, "invoke">, args?: TeamsListArgs, options?: CallOptions): Promise<TeamsListResult> {
  return cal.invoke(teamsListOperation, args, options) as Promise<TeamsListResult>;
}
/**
 * Update a team.
 *
 * Changes a team's settings; only the fields sent change. Covers name, slug (which moves the team's booking links, so old links stop working), bio, logo and banner, privacy, branding colours and scheduling defaults. Needs the team's owner or an admin. Sending the same values again changes nothing.
 *
 * `PATCH /v2/teams/{teamId}` · write · cal-api-version 2024-08-13
 * Auth: requires authentication; OAuth scope TEAM_WRITE. Role: team owner or admin.
 */
export function teamsUpdate(cal: Pick<Runtime, "invoke">, args: TeamsUpdateArgs, options?: CallOptions): Promise<TeamsUpdateResult> {
  return cal.invoke(teamsUpdateOperation, args, options) as Promise<TeamsUpdateResult>;
}
/**
 * Subscribe a webhook.
 *
 * Creates a webhook subscription for the authenticated user: from now on Cal.com POSTs a JSON delivery to `subscriberUrl` whenever one of the listed `triggers` (e.g. BOOKING_CREATED, BOOKING_CANCELLED) happens on any of the user's event types. Set a `secret` so each delivery is signed in the `X-Cal-Signature-256` header (hex HMAC-SHA256 of the raw body); `payloadTemplate` replaces the default body with your own. Not idempotent: repeating the call adds a second subscription and every event is then delivered twice.
 *
 * `POST /v2/webhooks` · write · cal-api-version 2021-10-20
 * Auth: requires authentication; OAuth scope WEBHOOK_WRITE.
 * Not idempotent: never retried once it may have reached Cal.com.
 */
export function webhooksCreate(cal: Pick<Runtime, "invoke">, args: WebhooksCreateArgs, options?: CallOptions): Promise<WebhooksCreateResult> {
  return cal.invoke(webhooksCreateOperation, args, options) as Promise<WebhooksCreateResult>;
}
/**
 * Delete a webhook subscription.
 *
 * Permanently deletes one of the authenticated user's webhook subscriptions; no further deliveries are sent to its URL, including for events that happen later on existing bookings. Returns the subscription as it was. To pause instead, set `active: false` with webhooks.update. Cannot be undone; a second call for the same id answers 404.
 *
 * `DELETE /v2/webhooks/{webhookId}` · write · cal-api-version 2021-10-20
 * Auth: requires authentication; OAuth scope WEBHOOK_WRITE.
 * Destructive: cannot be undone.
 */
export function webhooksDelete(cal: Pick<Runtime, "invoke">, args: WebhooksDeleteArgs, options?: CallOptions): Promise<WebhooksDeleteResult> {
  return cal.invoke(webhooksDeleteOperation, args, options) as Promise<WebhooksDeleteResult>;
}
/**
 * List webhook subscriptions.
 *
 * Lists the authenticated user's webhook subscriptions: target URL, the triggers each one listens to, whether it is active and its payload template. Page with `take` (page size, 1 to 250, default 250) and `skip` (offset); the response carries no totals, so keep paging until a page comes back shorter than `take`. Read-only and safe to repeat.
 *
 * `GET /v2/webhooks` · read · cal-api-version 2021-10-20
 * Auth: requires authentication; OAuth scope WEBHOOK_READ.
 */
export function webhooksList(cal: Pick<Runtime, "invoke">, args?: WebhooksListArgs, options?: CallOptions): Promise<WebhooksListResult> {
  return cal.invoke(webhooksListOperation, args, options) as Promise<WebhooksListResult>;
}
/** Every item of `webhooks.list`, fetching take/skip pages as the loop advances (each page a call). */
export function webhooksListAll(cal: Pick<Runtime, "invoke">, args?: WebhooksListArgs, options?: CallOptions): AsyncIterable<WebhooksListItem> {
  return paginateWith(cal.invoke, webhooksListOperation, args, options) as AsyncIterable<WebhooksListItem>;
}
/**
 * Update a webhook subscription.
 *
 * Changes one of the authenticated user's webhook subscriptions; only the fields sent change, and `triggers`, when sent, replaces the whole list. Use it to pause deliveries (`active: false`), point them at a new URL, rotate the signing secret or change the template. Ids come from webhooks.list. Sending the same values again changes nothing.
 *
 * `PATCH /v2/webhooks/{webhookId}` · write · cal-api-version 2021-10-20
 * Auth: requires authentication; OAuth scope WEBHOOK_WRITE.
 */
export function webhooksUpdate(cal: Pick<Runtime, "invoke">, args: WebhooksUpdateArgs, options?: CallOptions): Promise<WebhooksUpdateResult> {
  return cal.invoke(webhooksUpdateOperation, args, options) as Promise<WebhooksUpdateResult>;
}
