// Generated from spec/openapi.yaml by @calkit/generator; do not edit. Run `pnpm generate`.

export interface paths {
    "/v2/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List bookings
         * @description Lists the bookings of the authenticated user (and of the teams they belong to), newest first unless a sort is given. Filter by status, attendee, event type, team and time windows; page with `take` (page size, up to 250) and `skip` (offset). The response carries pagination totals.
         */
        get: operations["bookings.list"];
        put?: never;
        /**
         * Book a meeting
         * @description Creates a booking on an event type for one attendee at a given start time. Identify the event type either by `eventTypeId`, or by `eventTypeSlug` plus `username` (personal event types) or `teamSlug` (team event types), adding `organizationSlug` inside an organization. `start` is an ISO 8601 instant in UTC; the length comes from the event type unless `lengthInMinutes` picks one of its allowed durations. Recurring event types create the whole series (`recurrenceCount`); `instant: true` starts an instant meeting on team event types. Check availability with slots.list first. Sends confirmation emails and fires BOOKING_CREATED, or BOOKING_REQUESTED when the event type requires confirmation. Not idempotent: repeating the call books again.
         */
        post: operations["bookings.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bookings/{bookingUid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a booking
         * @description Returns one booking by its uid: times, status, hosts, attendees, location and the answers to the booking form. The uid of a recurring series returns every occurrence of it. Works without credentials for public booking pages; seated event types that hide attendees only list them to the event type's owner, hosts or team/org admins.
         */
        get: operations["bookings.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bookings/{bookingUid}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a booking
         * @description Cancels a booking and frees its time slot; attendees and hosts are emailed and BOOKING_CANCELLED fires. For a recurring series, `cancelSubsequentBookings: true` also cancels the occurrences after this one. For a seated booking pass `seatUid` to cancel one attendee's seat only. Cannot be undone.
         */
        post: operations["bookings.cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bookings/{bookingUid}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a pending booking
         * @description Accepts a booking that is waiting for the host's confirmation (event types with "requires confirmation"); the attendee is notified and BOOKING_CREATED fires. Only the host or a team admin can confirm.
         */
        post: operations["bookings.confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bookings/{bookingUid}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a pending booking
         * @description Rejects a booking that is waiting for the host's confirmation; the time slot is freed, the attendee is told (with the optional reason) and BOOKING_REJECTED fires. Cannot be undone.
         */
        post: operations["bookings.decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bookings/{bookingUid}/mark-absent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record no-shows
         * @description Records who did not attend a past booking: the host (`host: true`) and/or attendees by email (`absent: true`, or `false` to undo). Fires BOOKING_NO_SHOW_UPDATED. Setting the same values again changes nothing.
         */
        post: operations["bookings.markAbsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/bookings/{bookingUid}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reschedule a booking
         * @description Moves a booking to a new start time (ISO 8601, UTC). Cal.com creates a new booking with a new uid, marks the old one as rescheduled, emails everyone and fires BOOKING_RESCHEDULED. Check the new time with slots.list (pass `bookingUidToReschedule` so the current slot counts as free). For a seated booking pass `seatUid` to move one attendee's seat.
         */
        post: operations["bookings.reschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List connected calendars
         * @description Lists the external calendars connected to the authenticated user's account, grouped by connection: each group has the app (Google, Office 365, Apple...), the `credentialId` of the connection, its primary calendar and all its calendars with their `externalId` and whether they are checked for conflicts. Also returns the destination calendar that new bookings are written to. The `credentialId` and `externalId` values feed calendars.busyTimes and calendars.disconnect. Read-only and safe to repeat.
         */
        get: operations["calendars.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/calendars/{calendar}/connect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start connecting a calendar
         * @description Returns the provider's consent page (`authUrl`) for connecting a Google or Office 365 calendar to the authenticated user's account. Nothing is connected yet: the user must open the URL in a browser and grant access, after which Cal.com stores the connection and sends the browser to `redir`. Apple calendars are connected with credentials in the app instead. Changes nothing by itself and is safe to repeat; each call gives a fresh URL.
         */
        get: operations["calendars.connect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/calendars/{calendar}/disconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disconnect a calendar
         * @description Removes a calendar connection (the credential identified by `id`, the `credentialId` from calendars.list) from the authenticated user's account. Its calendars stop blocking slots and new bookings are no longer written to them; events already in those calendars stay there. Cannot be undone: the user has to connect and grant access again. Not idempotent: once the credential is gone, a repeat fails.
         */
        post: operations["calendars.disconnect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/calendars/busy-times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get calendar busy times
         * @description Returns the busy intervals found in the given connected calendars between `dateFrom` and `dateTo`, as ISO 8601 start and end instants. Name each calendar by the `credentialId` and `externalId` that calendars.list reports, sent as `calendarsToLoad[0][credentialId]=…&calendarsToLoad[0][externalId]=…`. Dates are `YYYY-MM-DD`, read in the `timeZone` time zone. Read-only and safe to repeat; for bookable times use slots.list instead.
         */
        get: operations["calendars.busyTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List event types
         * @description Lists personal event types. Pass `username` for that user's event types (add `eventSlug` to get just one, and `orgSlug` or `orgId` when the user belongs to an organization), or `usernames` for the dynamic group event of two or more people. With no filter, recent API versions return the authenticated caller's own event types. Works without credentials for public booking pages; hidden event types only appear to their owner. Team event types are not listed here; the call is read-only and safe to repeat.
         */
        get: operations["eventTypes.list"];
        put?: never;
        /**
         * Create an event type
         * @description Creates a new personal event type for the authenticated user, which immediately gets a public booking page at `/<username>/<slug>`. Only `title`, `slug` and `lengthInMinutes` are required; everything else (locations, booking form fields, buffers, minimum notice, limits, `scheduleId` from schedules.list) falls back to Cal.com defaults. The slug must be unique among the user's event types. Not idempotent: repeating the call fails on the taken slug or creates a near duplicate.
         */
        post: operations["eventTypes.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/event-types/{eventTypeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an event type
         * @description Returns one of the authenticated user's event types by numeric id, with its full settings: length and allowed durations, locations, booking form fields, buffers, notice, limits, the schedule it uses and whether it is hidden. Ids come from eventTypes.list. Event types of other users are refused (403 or 404). Read-only and safe to repeat.
         */
        get: operations["eventTypes.get"];
        put?: never;
        post?: never;
        /**
         * Delete an event type
         * @description Permanently deletes one of the authenticated user's event types and takes its booking page offline, so nobody can book it any more. Bookings already made on it are not cancelled. To stop new bookings but keep the settings, set `hidden: true` with eventTypes.update instead. Cannot be undone; a second call for the same id answers 404.
         */
        delete: operations["eventTypes.delete"];
        options?: never;
        head?: never;
        /**
         * Update an event type
         * @description Changes settings of one of the authenticated user's event types; only the fields sent are changed, and list fields such as `locations` or `bookingFields` are replaced as a whole. The new settings apply to bookings made from now on: existing bookings keep their time and length. Changing `slug` moves the public booking page, so old links stop working. Sending the same values again leaves the event type as it is.
         */
        patch: operations["eventTypes.update"];
        trace?: never;
    };
    "/v2/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get my profile
         * @description Returns the account behind the credentials: user id, username, email, IANA time zone, week start, 12- or 24-hour clock, default schedule id and, for organization members, the organization id. Handy as a first call to learn who the token acts for and which ids to use elsewhere (the username for slots.list, the schedule for schedules.get). Read-only and safe to repeat.
         */
        get: operations["me.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update my profile
         * @description Changes settings of the authenticated user's own account; only the fields sent change. Covers name, email, bio, avatar URL, IANA time zone, week start, 12/24-hour clock, language and the default schedule (`defaultScheduleId`, from schedules.list), which every event type without its own schedule follows. Existing bookings keep their times. Sending the same values again changes nothing.
         */
        patch: operations["me.update"];
        trace?: never;
    };
    "/v2/organizations/{orgId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organization members
         * @description Lists the user accounts of an organization with their profile in it (organization username), time zone, locale and branding. Narrow the list by email addresses, by team ids, or by assigned attribute options. Page with `take` (page size, up to 1000) and `skip` (offset); the response carries no totals, so keep paging until a page comes back shorter than `take`. Read-only and safe to repeat.
         */
        get: operations["orgUsers.list"];
        put?: never;
        /**
         * Add an organization member
         * @description Creates a user account inside the organization and makes it a member with the given `organizationRole` (MEMBER unless ADMIN or OWNER is sent); only `email` is required. The new user is added to the organization's team event types that include all members, and Cal.com emails them an invitation to sign in. Needs an owner or admin of the organization; an email or username already in use answers 409. Not idempotent: repeating the call fails on the taken email.
         */
        post: operations["orgUsers.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/organizations/{orgId}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an organization member
         * @description Deletes a member's user account from the organization: not just the membership but the account itself, with its personal event types, schedules and calendar connections, so their booking pages go offline. Needs an owner or admin of the organization. Returns the user as they were. Cannot be undone; a second call for the same id answers 404.
         */
        delete: operations["orgUsers.delete"];
        options?: never;
        head?: never;
        /**
         * Update an organization member
         * @description Changes the account settings of a member of the organization: username (409 when taken), time zone, locale, clock format, bio, avatar, branding and the like; only the fields sent change. User ids come from orgUsers.list, the organization id from me.get. Sending the same values again changes nothing.
         */
        patch: operations["orgUsers.update"];
        trace?: never;
    };
    "/v2/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List schedules
         * @description Lists every availability schedule of the authenticated user: its name, time zone, weekly hours, date overrides and whether it is the default one. Event types without their own `scheduleId` use the default schedule. Use the returned ids with schedules.get, schedules.update or eventTypes.update. Read-only and safe to repeat.
         */
        get: operations["schedules.list"];
        put?: never;
        /**
         * Create a schedule
         * @description Creates an availability schedule for the authenticated user. Give it a name, an IANA time zone (e.g. `Europe/London`) and `isDefault`; weekly hours are day lists with `HH:MM` start and end times (24-hour, in that zone) and default to Monday to Friday 09:00–17:00 when omitted, while overrides replace the hours of single dates (`YYYY-MM-DD`). With `isDefault: true` it becomes the schedule of every event type without its own; otherwise point event types at it with eventTypes.update. Not idempotent: repeating the call creates another schedule.
         */
        post: operations["schedules.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schedules/{scheduleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a schedule
         * @description Returns one of the authenticated user's schedules by id: name, IANA time zone, weekly hours as `HH:MM` ranges in that zone, and date overrides. Ids come from schedules.list or from an event type's `scheduleId`. Read-only and safe to repeat.
         */
        get: operations["schedules.get"];
        put?: never;
        post?: never;
        /**
         * Delete a schedule
         * @description Permanently deletes one of the authenticated user's schedules. Point the event types that use it at another schedule first (eventTypes.update with `scheduleId`), and keep a default schedule, since a user without one cannot be booked. Existing bookings are not affected. Cannot be undone; a second call for the same id answers 404.
         */
        delete: operations["schedules.delete"];
        options?: never;
        head?: never;
        /**
         * Update a schedule
         * @description Changes one of the authenticated user's schedules; only the fields sent change, and a list sent (`availability` or `overrides`) replaces the stored list as a whole. This changes which slots every event type using the schedule offers from now on; existing bookings stay where they are. Times are `HH:MM` in the schedule's time zone. Sending the same values again changes nothing.
         */
        patch: operations["schedules.update"];
        trace?: never;
    };
    "/v2/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find free time slots
         * @description Returns the times that can still be booked on an event type between `start` and `end`, grouped by calendar date, after working hours, existing bookings, calendar busy times, buffers, notice and limits are taken into account. Name the event type by `eventTypeId`, or by `eventTypeSlug` plus `username` (personal) or `teamSlug` (team), adding `organizationSlug` inside an organization; `usernames` instead finds times when two or more people are all free. `start` and `end` are UTC dates or ISO 8601 instants, and slot times come back in `timeZone` (UTC unless given). Needs no credentials, changes nothing and is safe to repeat; call it right before bookings.create or bookings.reschedule, since free time can be taken at any moment.
         */
        get: operations["slots.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/slots/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hold a time slot
         * @description Temporarily holds a free slot of an event type so nobody else can book it while the attendee finishes the booking form; no booking is created and nobody is notified. `slotStart` is an ISO 8601 instant in UTC taken from slots.list. The hold lasts 5 minutes unless an authenticated caller sets `reservationDuration`, then lapses by itself. Keep the returned `reservationUid` to move or release the hold. Not idempotent: each call places another hold.
         */
        post: operations["slots.reserve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/slots/reservations/{uid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Release a slot hold
         * @description Ends a hold before it expires, making the slot bookable by anyone again, for example when the attendee abandons the booking form. Needs the `reservationUid` from slots.reserve and no credentials. Bookings are not touched. Releasing a hold that is already gone changes nothing more.
         */
        delete: operations["slots.deleteReservation"];
        options?: never;
        head?: never;
        /**
         * Change a slot hold
         * @description Moves an existing hold to another slot or changes how long it lasts, for example when the attendee picks a different time before submitting. Send the full hold again (`eventTypeId` and `slotStart` are required); the previous slot is freed. Needs the `reservationUid` from slots.reserve, no credentials. Sending the same values again changes nothing.
         */
        patch: operations["slots.updateReservation"];
        trace?: never;
    };
    "/v2/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my teams
         * @description Lists the teams the authenticated user is a member of, with each team's id, name, slug, bio, branding and scheduling defaults (time zone, week start, clock format). Use the ids with teams.get, or the slugs with slots.list for team event types. Read-only and safe to repeat.
         */
        get: operations["teams.list"];
        put?: never;
        /**
         * Create a team
         * @description Creates a team with the authenticated user as its owner (accepted right away unless `autoAcceptCreator` is false); only `name` is required and the slug becomes part of the team's booking links. Where Cal.com bills teams, the team is not active yet: the response then carries a `paymentLink` to complete and the pending team instead of the team itself. Members are added separately. Not idempotent: repeating the call creates another team or fails on the taken slug.
         */
        post: operations["teams.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/teams/{teamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a team
         * @description Returns one team by numeric id: name, slug, bio, privacy, branding and scheduling defaults. Only members of the team may read it; others get 403 or 404. Ids come from teams.list. Read-only and safe to repeat.
         */
        get: operations["teams.get"];
        put?: never;
        post?: never;
        /**
         * Delete a team
         * @description Permanently deletes a team together with its memberships and team event types, whose booking pages go offline; the members' own accounts and personal event types stay. Only the team's owner may do it. Returns the team as it was. Cannot be undone; a second call for the same id answers 404.
         */
        delete: operations["teams.delete"];
        options?: never;
        head?: never;
        /**
         * Update a team
         * @description Changes a team's settings; only the fields sent change. Covers name, slug (which moves the team's booking links, so old links stop working), bio, logo and banner, privacy, branding colours and scheduling defaults. Needs the team's owner or an admin. Sending the same values again changes nothing.
         */
        patch: operations["teams.update"];
        trace?: never;
    };
    "/v2/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook subscriptions
         * @description Lists the authenticated user's webhook subscriptions: target URL, the triggers each one listens to, whether it is active and its payload template. Page with `take` (page size, 1 to 250, default 250) and `skip` (offset); the response carries no totals, so keep paging until a page comes back shorter than `take`. Read-only and safe to repeat.
         */
        get: operations["webhooks.list"];
        put?: never;
        /**
         * Subscribe a webhook
         * @description Creates a webhook subscription for the authenticated user: from now on Cal.com POSTs a JSON delivery to `subscriberUrl` whenever one of the listed `triggers` (e.g. BOOKING_CREATED, BOOKING_CANCELLED) happens on any of the user's event types. Set a `secret` so each delivery is signed in the `X-Cal-Signature-256` header (hex HMAC-SHA256 of the raw body); `payloadTemplate` replaces the default body with your own. Not idempotent: repeating the call adds a second subscription and every event is then delivered twice.
         */
        post: operations["webhooks.create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a webhook subscription
         * @description Permanently deletes one of the authenticated user's webhook subscriptions; no further deliveries are sent to its URL, including for events that happen later on existing bookings. Returns the subscription as it was. To pause instead, set `active: false` with webhooks.update. Cannot be undone; a second call for the same id answers 404.
         */
        delete: operations["webhooks.delete"];
        options?: never;
        head?: never;
        /**
         * Update a webhook subscription
         * @description Changes one of the authenticated user's webhook subscriptions; only the fields sent change, and `triggers`, when sent, replaces the whole list. Use it to pause deliveries (`active: false`), point them at a new URL, rotate the signing secret or change the template. Ids come from webhooks.list. Sending the same values again changes nothing.
         */
        patch: operations["webhooks.update"];
        trace?: never;
    };
}
export interface webhooks {
    BOOKING_CANCELLED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Booking cancelled
         * @description Sent when a booking is cancelled by the host, an attendee or through the API. Carries the booking as it was, the reason given, who cancelled, and whether the host asked the attendee to book another time instead.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Lowercase hex HMAC-SHA256 of the exact body bytes, keyed with the subscription's secret (no prefix, no timestamp). Subscriptions without a secret send the literal `no-secret-provided`, which proves nothing.
                     * @example 5d1f0c8e9b3a47f2a6c4e8d0b2f6a9c1e3d5b7f9a1c3e5d7b9f1a3c5e7d9b1f3
                     */
                    "X-Cal-Signature-256": string;
                    /**
                     * @description Version of the payload format; absent from older deliveries.
                     * @example 2021-10-20
                     */
                    "X-Cal-Webhook-Version"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CalWebhookBookingCancelledEvent"];
                };
            };
            responses: {
                /** @description Received. Any 2xx answer tells Cal.com the delivery succeeded; answer quickly and do slow work afterwards. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The body is not a delivery this receiver understands; Cal.com records a failure. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The signature is missing or does not match the body; the delivery is not from Cal.com or was changed on the way. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    BOOKING_CREATED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Booking created
         * @description Sent when a booking is made on one of the subscriber's event types, and again when the host confirms a booking that was waiting for confirmation. Carries the booking's calendar event: title, event type slug, start and end, organizer, attendees with their time zones, location, form answers, metadata and the uid to act on it with the bookings operations.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Lowercase hex HMAC-SHA256 of the exact body bytes, keyed with the subscription's secret (no prefix, no timestamp). Subscriptions without a secret send the literal `no-secret-provided`, which proves nothing.
                     * @example 5d1f0c8e9b3a47f2a6c4e8d0b2f6a9c1e3d5b7f9a1c3e5d7b9f1a3c5e7d9b1f3
                     */
                    "X-Cal-Signature-256": string;
                    /**
                     * @description Version of the payload format; absent from older deliveries.
                     * @example 2021-10-20
                     */
                    "X-Cal-Webhook-Version"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CalWebhookBookingCreatedEvent"];
                };
            };
            responses: {
                /** @description Received. Any 2xx answer tells Cal.com the delivery succeeded; answer quickly and do slow work afterwards. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The body is not a delivery this receiver understands; Cal.com records a failure. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The signature is missing or does not match the body; the delivery is not from Cal.com or was changed on the way. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    BOOKING_NO_SHOW_UPDATED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attendance recorded
         * @description Sent when attendees of a past booking are marked absent, or present again, by the host, by bookings.markAbsent or by Cal Video's automatic no-show detection. Carries the booking's uid and, for each attendee whose status changed, the email and the new value.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Lowercase hex HMAC-SHA256 of the exact body bytes, keyed with the subscription's secret (no prefix, no timestamp). Subscriptions without a secret send the literal `no-secret-provided`, which proves nothing.
                     * @example 5d1f0c8e9b3a47f2a6c4e8d0b2f6a9c1e3d5b7f9a1c3e5d7b9f1a3c5e7d9b1f3
                     */
                    "X-Cal-Signature-256": string;
                    /**
                     * @description Version of the payload format; absent from older deliveries.
                     * @example 2021-10-20
                     */
                    "X-Cal-Webhook-Version"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CalWebhookBookingNoShowUpdatedEvent"];
                };
            };
            responses: {
                /** @description Received. Any 2xx answer tells Cal.com the delivery succeeded; answer quickly and do slow work afterwards. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The body is not a delivery this receiver understands; Cal.com records a failure. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The signature is missing or does not match the body; the delivery is not from Cal.com or was changed on the way. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    BOOKING_PAID: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Booking paid
         * @description Sent when the payment for a booking of a paid event type succeeds. Carries the booking's calendar event with the price, the payment id and the payment record.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Lowercase hex HMAC-SHA256 of the exact body bytes, keyed with the subscription's secret (no prefix, no timestamp). Subscriptions without a secret send the literal `no-secret-provided`, which proves nothing.
                     * @example 5d1f0c8e9b3a47f2a6c4e8d0b2f6a9c1e3d5b7f9a1c3e5d7b9f1a3c5e7d9b1f3
                     */
                    "X-Cal-Signature-256": string;
                    /**
                     * @description Version of the payload format; absent from older deliveries.
                     * @example 2021-10-20
                     */
                    "X-Cal-Webhook-Version"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CalWebhookBookingPaidEvent"];
                };
            };
            responses: {
                /** @description Received. Any 2xx answer tells Cal.com the delivery succeeded; answer quickly and do slow work afterwards. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The body is not a delivery this receiver understands; Cal.com records a failure. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The signature is missing or does not match the body; the delivery is not from Cal.com or was changed on the way. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    BOOKING_REJECTED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Booking declined
         * @description Sent when the host declines a booking that was waiting for confirmation; the slot is free again. Carries the booking as requested and the reason the host gave.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Lowercase hex HMAC-SHA256 of the exact body bytes, keyed with the subscription's secret (no prefix, no timestamp). Subscriptions without a secret send the literal `no-secret-provided`, which proves nothing.
                     * @example 5d1f0c8e9b3a47f2a6c4e8d0b2f6a9c1e3d5b7f9a1c3e5d7b9f1a3c5e7d9b1f3
                     */
                    "X-Cal-Signature-256": string;
                    /**
                     * @description Version of the payload format; absent from older deliveries.
                     * @example 2021-10-20
                     */
                    "X-Cal-Webhook-Version"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CalWebhookBookingRejectedEvent"];
                };
            };
            responses: {
                /** @description Received. Any 2xx answer tells Cal.com the delivery succeeded; answer quickly and do slow work afterwards. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The body is not a delivery this receiver understands; Cal.com records a failure. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The signature is missing or does not match the body; the delivery is not from Cal.com or was changed on the way. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    BOOKING_REQUESTED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Booking requested
         * @description Sent when someone books an event type that needs the host's confirmation. The booking is `PENDING` until the host confirms it (BOOKING_CREATED follows) or declines it (BOOKING_REJECTED follows). Carries the same calendar event as BOOKING_CREATED.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Lowercase hex HMAC-SHA256 of the exact body bytes, keyed with the subscription's secret (no prefix, no timestamp). Subscriptions without a secret send the literal `no-secret-provided`, which proves nothing.
                     * @example 5d1f0c8e9b3a47f2a6c4e8d0b2f6a9c1e3d5b7f9a1c3e5d7b9f1a3c5e7d9b1f3
                     */
                    "X-Cal-Signature-256": string;
                    /**
                     * @description Version of the payload format; absent from older deliveries.
                     * @example 2021-10-20
                     */
                    "X-Cal-Webhook-Version"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CalWebhookBookingRequestedEvent"];
                };
            };
            responses: {
                /** @description Received. Any 2xx answer tells Cal.com the delivery succeeded; answer quickly and do slow work afterwards. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The body is not a delivery this receiver understands; Cal.com records a failure. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The signature is missing or does not match the body; the delivery is not from Cal.com or was changed on the way. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    BOOKING_RESCHEDULED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Booking rescheduled
         * @description Sent when a booking moves to a new time. Cal.com creates a new booking for the new time, so the payload carries the new uid, id and times, and `rescheduleUid`, `rescheduleId` and the old start and end point at the booking that was replaced.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Lowercase hex HMAC-SHA256 of the exact body bytes, keyed with the subscription's secret (no prefix, no timestamp). Subscriptions without a secret send the literal `no-secret-provided`, which proves nothing.
                     * @example 5d1f0c8e9b3a47f2a6c4e8d0b2f6a9c1e3d5b7f9a1c3e5d7b9f1a3c5e7d9b1f3
                     */
                    "X-Cal-Signature-256": string;
                    /**
                     * @description Version of the payload format; absent from older deliveries.
                     * @example 2021-10-20
                     */
                    "X-Cal-Webhook-Version"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CalWebhookBookingRescheduledEvent"];
                };
            };
            responses: {
                /** @description Received. Any 2xx answer tells Cal.com the delivery succeeded; answer quickly and do slow work afterwards. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The body is not a delivery this receiver understands; Cal.com records a failure. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The signature is missing or does not match the body; the delivery is not from Cal.com or was changed on the way. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    FORM_SUBMITTED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Routing form submitted
         * @description Sent when someone submits one of the subscriber's routing forms, whether or not a booking follows. Carries the form's id and name, the owning team, and the answers keyed by field label (each answer is also repeated as a top-level key of the payload).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Lowercase hex HMAC-SHA256 of the exact body bytes, keyed with the subscription's secret (no prefix, no timestamp). Subscriptions without a secret send the literal `no-secret-provided`, which proves nothing.
                     * @example 5d1f0c8e9b3a47f2a6c4e8d0b2f6a9c1e3d5b7f9a1c3e5d7b9f1a3c5e7d9b1f3
                     */
                    "X-Cal-Signature-256": string;
                    /**
                     * @description Version of the payload format; absent from older deliveries.
                     * @example 2021-10-20
                     */
                    "X-Cal-Webhook-Version"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CalWebhookFormSubmittedEvent"];
                };
            };
            responses: {
                /** @description Received. Any 2xx answer tells Cal.com the delivery succeeded; answer quickly and do slow work afterwards. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The body is not a delivery this receiver understands; Cal.com records a failure. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The signature is missing or does not match the body; the delivery is not from Cal.com or was changed on the way. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    MEETING_ENDED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Meeting ended
         * @description Sent at the scheduled end of a booking that has a video meeting, for subscriptions that existed when the booking was made; useful for follow-ups. Carries the same stored booking as MEETING_STARTED, and older Cal.com versions send it unwrapped in the same way.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Lowercase hex HMAC-SHA256 of the exact body bytes, keyed with the subscription's secret (no prefix, no timestamp). Subscriptions without a secret send the literal `no-secret-provided`, which proves nothing.
                     * @example 5d1f0c8e9b3a47f2a6c4e8d0b2f6a9c1e3d5b7f9a1c3e5d7b9f1a3c5e7d9b1f3
                     */
                    "X-Cal-Signature-256": string;
                    /**
                     * @description Version of the payload format; absent from older deliveries.
                     * @example 2021-10-20
                     */
                    "X-Cal-Webhook-Version"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CalWebhookMeetingEndedEvent"];
                };
            };
            responses: {
                /** @description Received. Any 2xx answer tells Cal.com the delivery succeeded; answer quickly and do slow work afterwards. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The body is not a delivery this receiver understands; Cal.com records a failure. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The signature is missing or does not match the body; the delivery is not from Cal.com or was changed on the way. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    MEETING_STARTED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Meeting started
         * @description Sent at the scheduled start of a booking that has a video meeting, for subscriptions that existed when the booking was made. Carries Cal.com's stored booking (id, uid, title, times, organizer as `user`, attendees). Older Cal.com versions send the booking's fields at the top level of the body instead of under `payload`; @calkit/webhooks accepts both.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Lowercase hex HMAC-SHA256 of the exact body bytes, keyed with the subscription's secret (no prefix, no timestamp). Subscriptions without a secret send the literal `no-secret-provided`, which proves nothing.
                     * @example 5d1f0c8e9b3a47f2a6c4e8d0b2f6a9c1e3d5b7f9a1c3e5d7b9f1a3c5e7d9b1f3
                     */
                    "X-Cal-Signature-256": string;
                    /**
                     * @description Version of the payload format; absent from older deliveries.
                     * @example 2021-10-20
                     */
                    "X-Cal-Webhook-Version"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CalWebhookMeetingStartedEvent"];
                };
            };
            responses: {
                /** @description Received. Any 2xx answer tells Cal.com the delivery succeeded; answer quickly and do slow work afterwards. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The body is not a delivery this receiver understands; Cal.com records a failure. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The signature is missing or does not match the body; the delivery is not from Cal.com or was changed on the way. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    OOO_CREATED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Out of office created
         * @description Sent when a user of the subscription adds an out-of-office period. Carries the entry: its start and end, the reason and note, the user who is away, and the user their bookings are forwarded to (null when nobody is).
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Lowercase hex HMAC-SHA256 of the exact body bytes, keyed with the subscription's secret (no prefix, no timestamp). Subscriptions without a secret send the literal `no-secret-provided`, which proves nothing.
                     * @example 5d1f0c8e9b3a47f2a6c4e8d0b2f6a9c1e3d5b7f9a1c3e5d7b9f1a3c5e7d9b1f3
                     */
                    "X-Cal-Signature-256": string;
                    /**
                     * @description Version of the payload format; absent from older deliveries.
                     * @example 2021-10-20
                     */
                    "X-Cal-Webhook-Version"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CalWebhookOooCreatedEvent"];
                };
            };
            responses: {
                /** @description Received. Any 2xx answer tells Cal.com the delivery succeeded; answer quickly and do slow work afterwards. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The body is not a delivery this receiver understands; Cal.com records a failure. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The signature is missing or does not match the body; the delivery is not from Cal.com or was changed on the way. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    RECORDING_READY: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recording ready
         * @description Sent when Cal Video has processed the recording of a meeting. Carries `downloadLink` (which embeds an access token, so keep it out of logs) and the calendar event of the booking that was recorded.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /**
                     * @description Lowercase hex HMAC-SHA256 of the exact body bytes, keyed with the subscription's secret (no prefix, no timestamp). Subscriptions without a secret send the literal `no-secret-provided`, which proves nothing.
                     * @example 5d1f0c8e9b3a47f2a6c4e8d0b2f6a9c1e3d5b7f9a1c3e5d7b9f1a3c5e7d9b1f3
                     */
                    "X-Cal-Signature-256": string;
                    /**
                     * @description Version of the payload format; absent from older deliveries.
                     * @example 2021-10-20
                     */
                    "X-Cal-Webhook-Version"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CalWebhookRecordingReadyEvent"];
                };
            };
            responses: {
                /** @description Received. Any 2xx answer tells Cal.com the delivery succeeded; answer quickly and do slow work afterwards. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The body is not a delivery this receiver understands; Cal.com records a failure. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The signature is missing or does not match the body; the delivery is not from Cal.com or was changed on the way. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Custom booking question: an address question. */
        AddressFieldInput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Please enter your address
             */
            label: string;
            /**
             * @description Hint shown inside the empty field.
             * @example e.g., 1234 Main St
             */
            placeholder: string;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `address`.
             * @example address
             */
            type: string;
        };
        /** @description Custom booking question: an address question. */
        AddressFieldOutput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean | null;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Always `false`: a custom field.
             * @default false
             * @example false
             */
            isDefault: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Please enter your address
             */
            label?: string | null;
            /**
             * @description Hint shown inside the empty field.
             * @example e.g., 1234 Main St
             */
            placeholder?: string | null;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `address`.
             * @example address
             */
            type: string;
        };
        /** @description Maximum number of bookings per period; leave a period out for no cap. */
        BaseBookingLimitsCount_2024_06_14: {
            /**
             * @description Most bookings per day.
             * @example 1
             */
            day?: number;
            /**
             * @description `true` switches the limits off. Default `false`.
             * @default false
             */
            disabled?: boolean;
            /**
             * @description Most bookings per month.
             * @example 3
             */
            month?: number;
            /**
             * @description Most bookings per week.
             * @example 2
             */
            week?: number;
            /**
             * @description Most bookings per year.
             * @example 4
             */
            year?: number;
        };
        /** @description Maximum total booked time per period, in minutes; leave a period out for no cap. */
        BaseBookingLimitsDuration_2024_06_14: {
            /**
             * @description Most booked minutes per day; a multiple of 15.
             * @example 60
             */
            day?: number;
            /**
             * @description Most booked minutes per month; a multiple of 15.
             * @example 180
             */
            month?: number;
            /**
             * @description Most booked minutes per week; a multiple of 15.
             * @example 120
             */
            week?: number;
            /**
             * @description Most booked minutes per year; a multiple of 15.
             * @example 240
             */
            year?: number;
        };
        /** @description When bookings must be confirmed by the host before they count (they stay `pending` until then). */
        BaseConfirmationPolicy_2024_06_14: {
            /** @description `true` makes pending bookings block their slot, so nobody else can book it meanwhile. */
            blockUnconfirmedBookingsInBooker: boolean;
            /** @description Required when `type` is `time`: bookings whose start is closer than this need confirmation. */
            noticeThreshold?: components["schemas"]["NoticeThreshold_2024_06_14"];
            /**
             * @description `always`: every booking waits for confirmation. `time`: only bookings made with less notice than `noticeThreshold` wait.
             * @example always
             * @enum {string}
             */
            type: "always" | "time";
        };
        BookerActiveBookingsLimit_2024_06_14: {
            /**
             * @description Largest number of upcoming bookings one booker may hold on this event type, at least 1.
             * @example 3
             */
            maximumActiveBookings?: number;
            /** @description `true` offers a booker at the cap to move their latest booking to the chosen time instead of refusing. */
            offerReschedule?: boolean;
        };
        BookerActiveBookingsLimitOutput_2024_06_14: {
            /** @description `true` when the event type sets no cap on active bookings per booker. */
            disabled?: boolean | null;
            /**
             * @description Largest number of upcoming bookings one booker may hold on this event type.
             * @example 3
             */
            maximumActiveBookings?: number | null;
            /** @description `true` when a booker at the cap is offered to move their latest booking to the chosen time instead. */
            offerReschedule?: boolean | null;
        };
        /** @description Which views the booking page offers. */
        BookerLayouts_2024_06_14: {
            /**
             * @description View that opens first: `month` (calendar month), `week` (week grid) or `column` (days side by side).
             * @enum {string}
             */
            defaultLayout: "month" | "week" | "column";
            /** @description Views the booker can switch between: any of `month`, `week`, `column`. */
            enabledLayouts: ("month" | "week" | "column")[];
        };
        /** @description An attendee of a booking. */
        BookingAttendee: {
            /**
             * @description `true` when the attendee was marked as a no-show.
             * @example false
             */
            absent: boolean;
            /**
             * @description The attendee's email address as it should be shown to people; may differ from `email` for platform-managed users.
             * @example john@example.com
             */
            displayEmail: string;
            /**
             * @description Email address Cal.com sends the attendee's confirmations to.
             * @example john@example.com
             */
            email: string;
            /**
             * @description Locale code of the attendee's emails, e.g. `en`, `de` or `pt-BR`.
             * @example en
             * @enum {string|null}
             */
            language?: "ar" | "ca" | "de" | "es" | "eu" | "he" | "id" | "ja" | "lv" | "pl" | "ro" | "sr" | "th" | "vi" | "az" | "cs" | "el" | "es-419" | "fi" | "hr" | "it" | "km" | "nl" | "pt" | "ru" | "sv" | "tr" | "zh-CN" | "bg" | "da" | "en" | "et" | "fr" | "hu" | "iw" | "ko" | "no" | "pt-BR" | "sk" | "ta" | "uk" | "zh-TW" | "bn" | null;
            /**
             * @description Full name of the attendee.
             * @example John Doe
             */
            name: string;
            /**
             * @description Attendee's phone number in international format.
             * @example +1234567890
             */
            phoneNumber?: string | null;
            /**
             * @description IANA time zone of the attendee, e.g. `America/New_York`.
             * @example America/New_York
             */
            timeZone: string;
        };
        /** @description A host (organizer) of a booking. */
        BookingHost: {
            /**
             * @description The host's email address as it should be shown to people; may differ from `email` for platform-managed users.
             * @example jane100@example.com
             */
            displayEmail: string;
            /**
             * @description Email address of the host.
             * @example jane100@example.com
             */
            email: string;
            /**
             * @description User id of the host.
             * @example 1
             */
            id: number;
            /**
             * @description Full name of the host.
             * @example Jane Doe
             */
            name: string;
            /**
             * @description IANA time zone of the host, e.g. `Europe/London`.
             * @example America/Los_Angeles
             */
            timeZone: string;
            /**
             * @description Cal.com username of the host.
             * @example jane100
             */
            username: string;
        };
        /** @description Meet at the in-person address the organizer set on the event type. */
        BookingInputAddressLocation_2024_08_13: {
            /**
             * @description Always `address`.
             * @example address
             * @constant
             */
            type: "address";
        };
        /** @description Meet at an address the attendee provides. */
        BookingInputAttendeeAddressLocation_2024_08_13: {
            /**
             * @description The attendee's address, e.g. `123 Example St, City, Country`.
             * @example 123 Example St, City, Country
             */
            address: string;
            /**
             * @description Always `attendeeAddress`.
             * @example attendeeAddress
             * @constant
             */
            type: "attendeeAddress";
        };
        /** @description Meet at a place of the attendee's choosing, given as free text. */
        BookingInputAttendeeDefinedLocation_2024_08_13: {
            /**
             * @description The place, in the attendee's words.
             * @example 321 Example St, City, Country
             */
            location: string;
            /**
             * @description Always `attendeeDefined`.
             * @example attendeeDefined
             * @constant
             */
            type: "attendeeDefined";
        };
        /** @description The organizer calls the attendee on the given number. */
        BookingInputAttendeePhoneLocation_2024_08_13: {
            /**
             * @description Attendee's phone number in international format, e.g. `+14155550100`.
             * @example +37120993151
             */
            phone: string;
            /**
             * @description Always `attendeePhone`.
             * @example attendeePhone
             * @constant
             */
            type: "attendeePhone";
        };
        /** @description Meet in a conferencing app; a meeting link is created for the booking. */
        BookingInputIntegrationLocation_2024_08_13: {
            /**
             * @description Conferencing app slug, e.g. `cal-video`, `google-meet`, `zoom` or `office365-video` (Microsoft Teams); must be one the event type offers.
             * @example cal-video
             * @enum {string}
             */
            integration: "cal-video" | "google-meet" | "zoom" | "whereby-video" | "whatsapp-video" | "webex-video" | "telegram-video" | "tandem" | "sylaps-video" | "skype-video" | "sirius-video" | "signal-video" | "shimmer-video" | "salesroom-video" | "roam-video" | "riverside-video" | "ping-video" | "office365-video" | "mirotalk-video" | "jitsi" | "jelly-video" | "jelly-conferencing" | "huddle" | "facetime-video" | "element-call-video" | "eightxeight-video" | "discord-video" | "demodesk-video" | "campfire-video";
            /**
             * @description Always `integration`.
             * @example integration
             * @constant
             */
            type: "integration";
        };
        /** @description Use the meeting link the organizer set on the event type. */
        BookingInputLinkLocation_2024_08_13: {
            /**
             * @description Always `link`.
             * @example link
             * @constant
             */
            type: "link";
        };
        /** @description Use the default conferencing app of the host who gets the booking; team event types only. */
        BookingInputOrganizersDefaultAppLocation_2024_08_13: {
            /**
             * @description Always `organizersDefaultApp`.
             * @example organizersDefaultApp
             * @constant
             */
            type: "organizersDefaultApp";
        };
        /** @description Use the phone number the organizer set on the event type. */
        BookingInputPhoneLocation_2024_08_13: {
            /**
             * @description Always `phone`.
             * @example phone
             * @constant
             */
            type: "phone";
        };
        /** @description A booking (one meeting), as Cal.com returns it. */
        BookingOutput_2024_08_13: {
            /**
             * @description `true` when the host was marked as a no-show.
             * @example true
             */
            absentHost: boolean;
            /** @description The people who booked, with their time zones and no-show flags. */
            attendees: components["schemas"]["BookingAttendee"][];
            /**
             * @description Answers to the booking questions, keyed by booking field slug; includes default fields such as `name`, `email` and `notes`.
             * @example {
             *       "customField": "customValue"
             *     }
             */
            bookingFieldsResponses: Record<string, unknown>;
            /**
             * @description Reason given when the booking was cancelled.
             * @example User requested cancellation
             */
            cancellationReason?: string | null;
            /**
             * @description Email of whoever cancelled the booking.
             * @example canceller@example.com
             */
            cancelledByEmail?: string | null;
            /**
             * @description When the booking was made, as an ISO 8601 instant in UTC.
             * @example 2024-08-13T15:30:00Z
             */
            createdAt: string;
            /**
             * @description Free-text description of the meeting, usually the attendee's notes.
             * @example Learn how to integrate scheduling into marketplace.
             */
            description: string | null;
            /**
             * @description Length of the meeting in minutes.
             * @example 60
             */
            duration: number;
            /**
             * @description End of the meeting as an ISO 8601 instant in UTC.
             * @example 2024-08-13T16:30:00Z
             */
            end: string;
            /** @description Id and slug of the event type that was booked. */
            eventType: components["schemas"]["EventType"] | null;
            /**
             * @deprecated
             * @description Deprecated: read `eventType.id`.
             * @example 50
             */
            eventTypeId: number | null;
            /**
             * @description Email addresses of the additional invitees.
             * @example [
             *       "guest1@example.com",
             *       "guest2@example.com"
             *     ]
             */
            guests?: string[] | null;
            /** @description The organizer(s) of the meeting. */
            hosts: components["schemas"]["BookingHost"][];
            /**
             * @description UID of the iCalendar event created for the booking in calendars.
             * @example ics_uid_123
             */
            icsUid?: string | null;
            /**
             * @description Numeric booking id. Booking operations take the `uid` instead.
             * @example 123
             */
            id: number;
            /**
             * @description Where the meeting happens: a video link, an address or a phone number, depending on the location chosen.
             * @example https://example.com/meeting
             */
            location: string | null;
            /**
             * @deprecated
             * @description Deprecated: read `location`.
             * @example https://example.com/recurring-meeting
             */
            meetingUrl?: string | null;
            /**
             * @description Key/value data stored with the booking by whoever created it.
             * @example {
             *       "key": "value"
             *     }
             */
            metadata?: Record<string, unknown> | null;
            /**
             * @description Rating the attendee gave the meeting afterwards, if any.
             * @example 4
             */
            rating?: number | null;
            /**
             * @description Email of whoever rescheduled the booking.
             * @example rescheduler@example.com
             */
            rescheduledByEmail?: string | null;
            /**
             * @description Uid of the earlier booking this one replaced when it was rescheduled.
             * @example previous_uid_123
             */
            rescheduledFromUid?: string | null;
            /**
             * @description Uid of the booking that replaced this one when it was rescheduled; this booking is then cancelled.
             * @example new_uid_456
             */
            rescheduledToUid?: string | null;
            /**
             * @description Reason given when the booking was rescheduled.
             * @example User rescheduled the event
             */
            reschedulingReason?: string | null;
            /**
             * @description Start of the meeting as an ISO 8601 instant in UTC.
             * @example 2024-08-13T15:30:00Z
             */
            start: string;
            /**
             * @description `accepted`: confirmed. `pending`: waiting for the host to confirm (bookings.confirm or bookings.decline). `cancelled`: cancelled or replaced by a reschedule. `rejected`: declined by the host.
             * @example accepted
             * @enum {string}
             */
            status: "cancelled" | "accepted" | "rejected" | "pending";
            /**
             * @description Title of the meeting as shown in calendar events and emails.
             * @example Consultation
             */
            title: string;
            /**
             * @description Unique booking identifier; the `{bookingUid}` of bookings.get, cancel, reschedule and the other booking paths.
             * @example booking_uid_123
             */
            uid: string;
            /**
             * @description When the booking last changed, as an ISO 8601 instant in UTC.
             * @example 2024-08-13T15:30:00Z
             */
            updatedAt: string | null;
        };
        /** @description Where the next page of bookings starts, as Cal.com answers with `cal-api-version` 2026-05-01 (cursor paging) instead of page counts. */
        BookingsCursorPagination: {
            /** @description `true` when another page follows. */
            hasMore: boolean;
            /** @description Opaque position of the next page; `null` on the last page. */
            nextCursor?: string | null;
        };
        /** @description Custom booking question: a single yes/no checkbox; the answer is `true` or `false`. */
        BooleanFieldInput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Agree to terms?
             */
            label: string;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `boolean`.
             * @example boolean
             */
            type: string;
        };
        /** @description Custom booking question: a single yes/no checkbox; the answer is `true` or `false`. */
        BooleanFieldOutput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean | null;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Always `false`: a custom field.
             * @default false
             * @example false
             */
            isDefault: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Agree to terms?
             */
            label?: string | null;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `boolean`.
             * @example boolean
             */
            type: string;
        };
        /** @description Bookable only within the next N business days (Monday to Friday). */
        BusinessDaysWindow_2024_06_14: {
            /**
             * @description `true`: always offer `value` days that have free slots, reaching further ahead as days fill up. `false`: only the next `value` days from today.
             * @example true
             */
            rolling?: boolean;
            /**
             * @description Always `businessDays` for this form.
             * @enum {string}
             */
            type: "businessDays" | "calendarDays" | "range";
            /**
             * @description Number of business days ahead that can be booked.
             * @example 5
             */
            value: number;
        };
        /** @description A period when the user is busy in one of the requested calendars. */
        BusyTimesOutput: {
            /**
             * Format: date-time
             * @description End of the busy period, ISO 8601 date-time.
             */
            end: string;
            /** @description Where the busy period comes from, when known; may be `null`. */
            source?: string | null;
            /**
             * Format: date-time
             * @description Start of the busy period, ISO 8601 date-time.
             */
            start: string;
        };
        /** @description One calendar inside a connected account. */
        Calendar: {
            /** @description Id of the connection the calendar belongs to. */
            credentialId: number;
            /** @description Id of the organization-wide delegated access in use, or `null`. */
            delegationCredentialId?: string | null;
            /** @description Email address of the account the calendar belongs to. */
            email?: string | null;
            /** @description The calendar's id at its provider, often an email address; pass it as `calendarsToLoad[n][externalId]`. */
            externalId: string;
            /** @description Integration type, e.g. `google_calendar`, `office365_calendar` or `apple_calendar`. */
            integration?: string | null;
            /** @description `true` when Cal.com checks this calendar for conflicts. */
            isSelected: boolean;
            /** @description Name of the calendar as its provider shows it. */
            name?: string | null;
            /** @description `true` for the account's main calendar. */
            primary?: boolean | null;
            /** @description `true` when Cal.com can read but not add events. */
            readOnly: boolean;
        };
        CalendarConnectUrl: {
            /**
             * Format: uri
             * @description The provider's consent page; send the user there to grant calendar access.
             */
            authUrl: string;
        };
        /** @description Bookable only within the next N calendar days. */
        CalendarDaysWindow_2024_06_14: {
            /**
             * @description `true`: always offer `value` days that have free slots, reaching further ahead as days fill up. `false`: only the next `value` days from today.
             * @example true
             */
            rolling?: boolean;
            /**
             * @description Always `calendarDays` for this form.
             * @enum {string}
             */
            type: "businessDays" | "calendarDays" | "range";
            /**
             * @description Number of calendar days ahead that can be booked.
             * @example 5
             */
            value: number;
        };
        /** @description Options for Cal Video meetings of an event type. */
        CalVideoSettings: {
            /** @description `true` stops guests from recording. */
            disableRecordingForGuests?: boolean;
            /** @description `true` stops the organizer from recording. */
            disableRecordingForOrganizer?: boolean;
            /** @description `true` withholds the transcription from guests. */
            disableTranscriptionForGuests?: boolean;
            /** @description `true` withholds the transcription from the organizer. */
            disableTranscriptionForOrganizer?: boolean;
            /** @description `true` starts recording automatically when the organizer joins. */
            enableAutomaticRecordingForOrganizer?: boolean;
            /** @description `true` starts transcription automatically when someone joins. */
            enableAutomaticTranscription?: boolean;
            /** @description URL participants are taken to when they leave the call. */
            redirectUrlOnExit?: Record<string, unknown>;
            /**
             * @description `true` emails the meeting's transcript to participants after a Cal Video call ends.
             * @default true
             */
            sendTranscriptionEmails?: boolean;
        };
        CalWebhookBookingCancelledEvent: components["schemas"]["CalWebhookEnvelope"] & {
            payload: components["schemas"]["CalWebhookBookingCancelledPayload"];
            /** @constant */
            triggerEvent: "BOOKING_CANCELLED";
        };
        /** @description The booking as it was, with why and by whom it was cancelled. */
        CalWebhookBookingCancelledPayload: components["schemas"]["CalWebhookBookingPayload"] & {
            /** @description The reason given when cancelling, if any. */
            cancellationReason?: string | null;
            /** @description Email of whoever cancelled. */
            cancelledBy?: string;
            /** @description For recurring bookings, the start times of the occurrences cancelled. */
            cancelledDates?: string[] | null;
            /** @description True when the host cancelled to ask the attendee to pick another time. */
            requestReschedule?: boolean;
        };
        CalWebhookBookingCreatedEvent: components["schemas"]["CalWebhookEnvelope"] & {
            payload: components["schemas"]["CalWebhookBookingPayload"];
            /** @constant */
            triggerEvent: "BOOKING_CREATED";
        };
        /** @description The optional fields of a booking delivery: everything Cal.com adds about the booking beyond its title, times, people and uid. Which of them appear depends on the trigger and on the event type. */
        CalWebhookBookingDetails: {
            /** @description Notes the booker typed into the booking form. */
            additionalNotes?: string | null;
            /** @description How each installed app (calendars, video) handled the booking. */
            appsStatus?: Record<string, unknown>[];
            /** @description Base URL of the booking pages the booking was made on. */
            bookerUrl?: string;
            /** @description Numeric id of the booking. */
            bookingId?: number;
            /** @description Currency code of the price, e.g. `usd`. */
            currency?: string | null;
            /** @description Answers to legacy custom inputs (older event types). */
            customInputs?: Record<string, unknown> | null;
            /** @description The booking's description; Cal.com fills it with the booker's notes when empty. */
            description?: string | null;
            /** @description The calendar(s) the booking was written to; an object, a list or null depending on the Cal.com version. */
            destinationCalendar?: unknown;
            /** @description Description of the event type. */
            eventDescription?: string | null;
            /** @description Title of the event type, e.g. `30 Minute Meeting`. */
            eventTitle?: string | null;
            /** @description Id of the booked event type. */
            eventTypeId?: number | null;
            /** @description Whether notes are kept out of the calendar event. */
            hideCalendarNotes?: boolean;
            /** @description iCalendar sequence number; grows with every change of the event. */
            iCalSequence?: number | null;
            /** @description iCalendar UID of the calendar event. */
            iCalUID?: string | null;
            /** @description Length of the meeting in minutes. */
            length?: number | null;
            /** @description Where the meeting happens: an address, a phone number, a link, or an app id such as `integrations:daily` for Cal Video (its link is then in `metadata.videoCallUrl`). */
            location?: string | null;
            /** @description Metadata stored on the booking: `videoCallUrl` for Cal Video and Google Meet, plus any keys the booking was created with. */
            metadata?: Record<string, unknown>;
            /** @description Organization the organizer belongs to, if any. */
            organizationId?: number | null;
            /** @description Price of the event type in the currency's smallest unit (cents for USD); 0 when free. */
            price?: number | null;
            /** @description Recurrence rule of a recurring booking (`freq`, `count`, `interval`). */
            recurringEvent?: Record<string, unknown> | null;
            /** @description Whether the event type needs the host to confirm each booking. */
            requiresConfirmation?: boolean | null;
            /** @description Every answer to the booking form, built-in fields included. */
            responses?: components["schemas"]["CalWebhookBookingResponses"] | null;
            /** @description `ROUND_ROBIN`, `COLLECTIVE` or `MANAGED` for team event types; null otherwise. */
            schedulingType?: string | null;
            /** @description Seats per slot for seated event types. */
            seatsPerTimeSlot?: number | null;
            /** @description Phone number that receives SMS reminders, if one was given. */
            smsReminderNumber?: string | null;
            /** @description The booking's status in upper case: `ACCEPTED`, `PENDING` (waiting for the host), `CANCELLED`, `REJECTED` or `AWAITING_HOST`. */
            status?: string;
            /** @description For team event types, the team and the members taking part. */
            team?: {
                /** @description Team id. */
                id?: number;
                /** @description Team members attending, with name, email and time zone. */
                members?: Record<string, unknown>[];
                /** @description Team name. */
                name?: string;
            };
            /** @description Only the answers to questions the event type's owner added. */
            userFieldsResponses?: components["schemas"]["CalWebhookBookingResponses"] | null;
            /** @description The video meeting created for the booking (`type`, `id`, `password`, `url`). */
            videoCallData?: {
                /** @description Meeting id at the video provider. */
                id?: string;
                /** @description Meeting password or access token, if any. */
                password?: string;
                /** @description Video app, e.g. `daily_video`. */
                type?: string;
                /** @description Link to join. */
                url?: string;
            };
        };
        CalWebhookBookingNoShowUpdatedEvent: components["schemas"]["CalWebhookEnvelope"] & {
            payload: components["schemas"]["CalWebhookNoShowPayload"];
            /** @constant */
            triggerEvent: "BOOKING_NO_SHOW_UPDATED";
        };
        CalWebhookBookingPaidEvent: components["schemas"]["CalWebhookEnvelope"] & {
            payload: components["schemas"]["CalWebhookBookingPaidPayload"];
            /** @constant */
            triggerEvent: "BOOKING_PAID";
        };
        /** @description The booking whose payment succeeded, with the payment record. */
        CalWebhookBookingPaidPayload: components["schemas"]["CalWebhookBookingPayload"] & {
            /** @description The payment record: `amount` (smallest currency unit), `currency`, `success`, `refunded`, the payment app (`appId`) and its `externalId`. */
            paymentData?: {
                /** @description Amount paid in the currency's smallest unit. */
                amount?: number;
                /** @description Payment app, e.g. `stripe`. */
                appId?: string | null;
                /** @description Currency code. */
                currency?: string;
                /** @description The payment's id at the payment provider. */
                externalId?: string;
                /** @description Payment id. */
                id?: number;
                /** @description Whether it was refunded since. */
                refunded?: boolean;
                /** @description Whether the payment went through. */
                success?: boolean;
            };
            /** @description Id of the payment record. */
            paymentId?: number;
            /** @description Payment link and amount as shown to the booker. */
            paymentInfo?: Record<string, unknown> | null;
        };
        /** @description A booking as Cal.com describes it in booking deliveries: its title, times, organizer, attendees and uid, plus the optional details. BOOKING_CREATED and BOOKING_REQUESTED carry exactly this; the other booking triggers add their own fields. */
        CalWebhookBookingPayload: components["schemas"]["CalWebhookBookingDetails"] & {
            /** @description The booker first, then any guests. */
            attendees: components["schemas"]["CalWebhookPerson"][];
            /**
             * Format: date-time
             * @description End of the meeting (ISO 8601).
             */
            endTime: string;
            organizer: components["schemas"]["CalWebhookPerson"];
            /**
             * Format: date-time
             * @description Start of the meeting (ISO 8601).
             */
            startTime: string;
            /** @description The booking's title as it appears in calendars. */
            title: string;
            /** @description Slug of the booked event type, e.g. `30min`. */
            type: string;
            /** @description The booking's uid, as used by bookings.get, bookings.cancel and the others. */
            uid: string;
        };
        CalWebhookBookingRejectedEvent: components["schemas"]["CalWebhookEnvelope"] & {
            payload: components["schemas"]["CalWebhookBookingRejectedPayload"];
            /** @constant */
            triggerEvent: "BOOKING_REJECTED";
        };
        /** @description The pending booking the host declined, with the reason they gave. */
        CalWebhookBookingRejectedPayload: components["schemas"]["CalWebhookBookingPayload"] & {
            /** @description The reason given when declining, if any. */
            rejectionReason?: string | null;
        };
        CalWebhookBookingRequestedEvent: components["schemas"]["CalWebhookEnvelope"] & {
            payload: components["schemas"]["CalWebhookBookingPayload"];
            /** @constant */
            triggerEvent: "BOOKING_REQUESTED";
        };
        CalWebhookBookingRescheduledEvent: components["schemas"]["CalWebhookEnvelope"] & {
            payload: components["schemas"]["CalWebhookBookingRescheduledPayload"];
            /** @constant */
            triggerEvent: "BOOKING_RESCHEDULED";
        };
        /** @description The booking at its new time (new uid and id), with a pointer back to the booking it replaces. */
        CalWebhookBookingRescheduledPayload: components["schemas"]["CalWebhookBookingPayload"] & {
            /** @description Email of whoever moved the booking. */
            rescheduledBy?: string;
            /**
             * Format: date-time
             * @description End of the meeting before it moved.
             */
            rescheduleEndTime?: string;
            /** @description Numeric id of the booking that was moved. */
            rescheduleId?: number;
            /**
             * Format: date-time
             * @description Start of the meeting before it moved.
             */
            rescheduleStartTime?: string;
            /** @description Uid of the booking that was moved (now marked as rescheduled). */
            rescheduleUid?: string;
        };
        /** @description Answers to the booking form, keyed by field name (`name`, `email`, `notes`, `guests`, `location` and any custom question). */
        CalWebhookBookingResponses: {
            [key: string]: {
                /** @description Whether the field is hidden on the booking page. */
                isHidden?: boolean;
                /** @description The question's label (Cal.com's translation key for built-in fields). */
                label?: string;
                /** @description What the booker answered; a string, list, number or object depending on the field. */
                value?: unknown;
            };
        };
        /** @description The body of every delivery: which trigger fired, when Cal.com produced the delivery, and the trigger's own data in `payload`. Extra top-level keys may appear (routing-form deliveries copy their answers there) and can be ignored. */
        CalWebhookEnvelope: {
            /**
             * Format: date-time
             * @description When Cal.com produced this delivery (ISO 8601, UTC).
             */
            createdAt: string;
            /** @description The trigger's data; its shape depends on `triggerEvent`. */
            payload: Record<string, unknown>;
            /** @description Name of the trigger that fired, e.g. `BOOKING_CREATED`. */
            triggerEvent: string;
        };
        CalWebhookFormSubmittedEvent: components["schemas"]["CalWebhookEnvelope"] & {
            payload: components["schemas"]["CalWebhookFormSubmittedPayload"];
            /** @constant */
            triggerEvent: "FORM_SUBMITTED";
        };
        /** @description A routing form's submission. Cal.com also copies each answer to a top-level key named after its field, for older integrations. */
        CalWebhookFormSubmittedPayload: {
            /** @description Id of the routing form. */
            formId: string;
            /** @description Name of the routing form. */
            formName: string;
            /** @description Answers keyed by field identifier (the field's label unless one was set). */
            responses: {
                [key: string]: {
                    /** @description The answer; for select fields the chosen options as `{label, id}`. */
                    response?: unknown;
                    /** @description The answer as typed or chosen (older representation). */
                    value?: unknown;
                };
            };
            /** @description Team owning the form, or null for a personal form. */
            teamId?: number | null;
        } & {
            [key: string]: unknown;
        };
        /** @description A person's language as Cal.com serialises it. */
        CalWebhookLanguage: {
            /** @description Language code such as `en` or `pt-BR`. */
            locale: string;
        };
        CalWebhookMeetingEndedEvent: components["schemas"]["CalWebhookEnvelope"] & {
            payload: components["schemas"]["CalWebhookMeetingPayload"];
            /** @constant */
            triggerEvent: "MEETING_ENDED";
        };
        /** @description The booking record of a video meeting that started or ended: Cal.com's stored booking with its organizer (`user`) and attendees, rather than the calendar event of the booking triggers. */
        CalWebhookMeetingPayload: {
            /** @description The booking's attendees as stored. */
            attendees?: {
                /** @description Email address. */
                email?: string;
                /** @description Attendee record id. */
                id?: number;
                /** @description Language code. */
                locale?: string | null;
                /** @description Display name. */
                name?: string;
                /** @description Whether the attendee was marked absent. */
                noShow?: boolean | null;
                /** @description IANA time zone. */
                timeZone?: string;
            }[];
            /**
             * Format: date-time
             * @description When the booking was made.
             */
            createdAt?: string;
            /** @description The booking's description. */
            description?: string | null;
            /**
             * Format: date-time
             * @description Scheduled end (ISO 8601).
             */
            endTime: string;
            /** @description Id of the booked event type. */
            eventTypeId?: number | null;
            /** @description Numeric id of the booking. */
            id: number;
            /** @description Whether the Cal Video meeting is being recorded. */
            isRecorded?: boolean;
            /** @description Where the meeting happens, e.g. `integrations:daily` for Cal Video. */
            location?: string | null;
            /** @description Metadata stored on the booking, e.g. `videoCallUrl`. */
            metadata?: Record<string, unknown> | null;
            /** @description Answers to the booking form as stored on the booking. */
            responses?: Record<string, unknown> | null;
            /**
             * Format: date-time
             * @description Scheduled start (ISO 8601).
             */
            startTime: string;
            /** @description The booking's status in upper case, e.g. `ACCEPTED`. */
            status?: string;
            /** @description The booking's title. */
            title: string;
            /** @description The booking's uid. */
            uid: string;
            /** @description When the booking last changed. */
            updatedAt?: string | null;
            /** @description The organizer. */
            user?: {
                /** @description Email address. */
                email?: string;
                /** @description Display name. */
                name?: string | null;
                /** @description IANA time zone. */
                timeZone?: string;
                /** @description Cal.com username. */
                username?: string | null;
            } | null;
            /** @description Cal.com user id of the organizer. */
            userId?: number | null;
            /** @description The organizer's primary email address. */
            userPrimaryEmail?: string | null;
        };
        CalWebhookMeetingStartedEvent: components["schemas"]["CalWebhookEnvelope"] & {
            payload: components["schemas"]["CalWebhookMeetingPayload"];
            /** @constant */
            triggerEvent: "MEETING_STARTED";
        };
        /** @description Who was marked absent (or present again) at a past booking. */
        CalWebhookNoShowPayload: {
            /** @description Each attendee whose attendance changed, with the new value. */
            attendees: {
                /** @description The attendee's email address. */
                email: string;
                /** @description True when marked absent, false when marked present again. */
                noShow: boolean;
            }[];
            /** @description Numeric id of the booking, when Cal.com includes it. */
            bookingId?: number;
            /** @description Uid of the booking concerned. */
            bookingUid: string;
            /** @description Cal.com's one-line summary of the change. */
            message: string;
        };
        CalWebhookOooCreatedEvent: components["schemas"]["CalWebhookEnvelope"] & {
            payload: components["schemas"]["CalWebhookOooCreatedPayload"];
            /** @constant */
            triggerEvent: "OOO_CREATED";
        };
        /** @description The out-of-office entry that was created. */
        CalWebhookOooCreatedPayload: {
            oooEntry: components["schemas"]["CalWebhookOooEntry"];
        };
        /** @description An out-of-office period of a user. */
        CalWebhookOooEntry: {
            /**
             * Format: date-time
             * @description When the entry was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description Last moment of the absence.
             */
            end: string;
            /** @description Id of the entry. */
            id: number;
            /** @description Free-text note of the user. */
            notes?: string | null;
            /** @description The reason chosen, as an emoji and a translation key such as `ooo_reasons_vacation`. */
            reason?: {
                /** @description Emoji shown with the reason. */
                emoji?: string;
                /** @description The reason's translation key. */
                reason?: string;
            };
            /** @description Id of the reason chosen. */
            reasonId?: number | null;
            /**
             * Format: date-time
             * @description First moment of the absence.
             */
            start: string;
            /** @description The user bookings are forwarded to during the absence, or null when none. */
            toUser?: null | {
                /** @description Email address. */
                email?: string;
                /** @description Cal.com user id. */
                id: number;
                /** @description Display name. */
                name?: string | null;
                /** @description IANA time zone. */
                timeZone?: string;
                /** @description Cal.com username. */
                username?: string | null;
            };
            /**
             * Format: date-time
             * @description When the entry last changed.
             */
            updatedAt?: string;
            /** @description The user who is away. */
            user: {
                /** @description Email address. */
                email: string;
                /** @description Cal.com user id. */
                id: number;
                /** @description Display name. */
                name?: string | null;
                /** @description IANA time zone. */
                timeZone: string;
                /** @description Cal.com username. */
                username?: string | null;
            };
            /** @description Stable unique id of the entry. */
            uuid?: string;
        };
        /** @description An organizer or attendee of a booking. Guests added by the booker appear as attendees whose name may be empty. */
        CalWebhookPerson: {
            /** @description Email address. */
            email: string;
            /** @description First word of the attendee's name (empty for unnamed guests). */
            firstName?: string;
            /** @description Cal.com user id of an organizer; attendee record id where Cal.com adds one. */
            id?: number;
            language: components["schemas"]["CalWebhookLanguage"];
            /** @description The rest of the attendee's name. */
            lastName?: string;
            /** @description Locale code, when Cal.com sends it beside `language`. */
            locale?: string | null;
            /** @description Display name. */
            name: string;
            /** @description Phone number, when the booking form asked for one. */
            phoneNumber?: string | null;
            /** @description Preferred clock format of an organizer (`h:mma`, or 12 / 24). */
            timeFormat?: string | number | null;
            /** @description IANA time zone the person sees the meeting in, e.g. `Europe/London`. */
            timeZone: string;
            /** @description Cal.com username (organizers only). */
            username?: string;
            /** @description Username inside the organization, for organization members. */
            usernameInOrg?: string;
            /** @description Minutes between the person's time zone and UTC at the start of the meeting. */
            utcOffset?: number | null;
        };
        CalWebhookRecordingReadyEvent: components["schemas"]["CalWebhookEnvelope"] & {
            payload: components["schemas"]["CalWebhookRecordingReadyPayload"];
            /** @constant */
            triggerEvent: "RECORDING_READY";
        };
        /** @description A Cal Video recording that can now be downloaded, with the calendar event of its booking (the booking fields may be missing from some Cal.com versions). */
        CalWebhookRecordingReadyPayload: components["schemas"]["CalWebhookBookingDetails"] & {
            /** @description The booker first, then any guests. */
            attendees?: components["schemas"]["CalWebhookPerson"][];
            /** @description Link to download the recording. It embeds an access token: treat it as a secret and do not log it. */
            downloadLink: string;
            /**
             * Format: date-time
             * @description End of the meeting (ISO 8601).
             */
            endTime?: string;
            organizer?: components["schemas"]["CalWebhookPerson"];
            /**
             * Format: date-time
             * @description Start of the meeting (ISO 8601).
             */
            startTime?: string;
            /** @description The booking's title as it appears in calendars. */
            title?: string;
            /** @description Slug of the booked event type, e.g. `30min`. */
            type?: string;
            /** @description The booking's uid, as used by bookings.get, bookings.cancel and the others. */
            uid?: string;
        };
        /** @description Cancels a booking. To give up a single attendee's seat of a seated booking, send `seatUid` instead. */
        CancelBookingInput_2024_08_13: {
            /**
             * @description Why; shown in the cancellation emails.
             * @example User requested cancellation
             */
            cancellationReason?: string;
            /** @description Recurring bookings: `true` also cancels every later occurrence. Not for seated bookings. */
            cancelSubsequentBookings?: boolean;
        };
        /** @description The cancelled booking (or occurrences) in `data`, now with status `cancelled`. */
        CancelBookingOutput_2024_08_13: {
            /** @description The result of the call. */
            data: components["schemas"]["BookingOutput_2024_08_13"] | components["schemas"]["RecurringBookingOutput_2024_08_13"] | components["schemas"]["RecurringBookingOutput_2024_08_13"][] | components["schemas"]["GetSeatedBookingOutput_2024_08_13"] | components["schemas"]["GetRecurringSeatedBookingOutput_2024_08_13"] | components["schemas"]["GetRecurringSeatedBookingOutput_2024_08_13"][];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description Cancels one attendee's seat in a seated booking, leaving the other seats in place. */
        CancelSeatedBookingInput_2024_08_13: {
            /**
             * @description Why the seat is given up; included in the cancellation emails.
             * @example User requested cancellation
             */
            cancellationReason?: string;
            /**
             * @description Seat to cancel: the booking's `attendees[].seatUid`.
             * @example 3be561a9-31f1-4b8e-aefc-9d9a085f0dd1
             */
            seatUid: string;
        };
        /** @description Custom booking question: a group of checkboxes; the booker ticks any number of options and the answer is a list. */
        CheckboxGroupFieldInput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Select all that apply
             */
            label: string;
            /**
             * @description The choices offered to the booker.
             * @example [
             *       "Checkbox 1",
             *       "Checkbox 2"
             *     ]
             */
            options: string[];
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `checkbox`.
             * @example checkbox
             */
            type: string;
        };
        /** @description Custom booking question: a group of checkboxes; the booker ticks any number of options and the answer is a list. */
        CheckboxGroupFieldOutput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean | null;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Always `false`: a custom field.
             * @default false
             * @example false
             */
            isDefault: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Select all that apply
             */
            label?: string | null;
            /**
             * @description The choices offered to the booker.
             * @example [
             *       "Checkbox 1",
             *       "Checkbox 2"
             *     ]
             */
            options: string[];
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `checkbox`.
             * @example checkbox
             */
            type: string;
        };
        /** @description One connected calendar account, e.g. a Google account, and its calendars. */
        ConnectedCalendar: {
            /** @description Every calendar in the account. */
            calendars?: components["schemas"]["Calendar"][] | null;
            /** @description Id of the connection; pass it to calendars.disconnect (`id`) and calendars.busyTimes (`calendarsToLoad[n][credentialId]`). */
            credentialId: number;
            /** @description Id of the organization-wide delegated access in use, or `null` when the user connected the account. */
            delegationCredentialId?: string | null;
            /** @description The calendar app the account belongs to. */
            integration: components["schemas"]["Integration"];
            /** @description The account's main calendar. */
            primary?: components["schemas"]["Primary"] | null;
        };
        /** @description The user's connected calendar accounts and where new bookings are written. */
        ConnectedCalendarsData: {
            /** @description One entry per connected calendar account. */
            connectedCalendars: components["schemas"]["ConnectedCalendar"][];
            /** @description Calendar new bookings are added to unless an event type sets its own. */
            destinationCalendar: components["schemas"]["DestinationCalendar"];
        };
        /** @description The connected calendars in `data`. */
        ConnectedCalendarsOutput: {
            /** @description The result of the call. */
            data: components["schemas"]["ConnectedCalendarsData"];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description The attendee making a booking. */
        CreateBookingAttendee: {
            /**
             * @description Email address of the attendee; confirmations and updates are sent there.
             * @example john.doe@example.com
             */
            email?: string;
            /**
             * @description Language of the attendee's emails, as a locale code such as `en`, `de`, `es-419` or `pt-BR`.
             * @default en
             * @example it
             * @enum {string}
             */
            language?: "ar" | "ca" | "de" | "es" | "eu" | "he" | "id" | "ja" | "lv" | "pl" | "ro" | "sr" | "th" | "vi" | "az" | "cs" | "el" | "es-419" | "fi" | "hr" | "it" | "km" | "nl" | "pt" | "ru" | "sv" | "tr" | "zh-CN" | "bg" | "da" | "en" | "et" | "fr" | "hu" | "iw" | "ko" | "no" | "pt-BR" | "sk" | "ta" | "uk" | "zh-TW" | "bn";
            /**
             * @description Full name of the attendee.
             * @example John Doe
             */
            name: string;
            /**
             * @description Attendee's phone number in international format, e.g. `+14155550100`.
             * @example +919876543210
             */
            phoneNumber?: string;
            /**
             * @description IANA time zone of the attendee, e.g. `America/New_York`. Used for emails and displayed times; `start` is still given in UTC.
             * @example America/New_York
             */
            timeZone: string;
        };
        /** @description What you send to book one meeting on an event type for one attendee. */
        CreateBookingInput_2024_08_13: {
            /** @description The person booking (IANA `timeZone`, locale `language`). */
            attendee: components["schemas"]["CreateBookingAttendee"];
            /**
             * @description Answers to the event type's `bookingFields`, by slug. For example `{"notes": "Agenda attached"}`.
             * @example {
             *       "customField": "customValue"
             *     }
             */
            bookingFieldsResponses?: Record<string, unknown>;
            /**
             * @description Code emailed to the attendee; required when the event type has `requiresBookerEmailVerification` set.
             * @example 123456
             */
            emailVerificationCode?: string;
            /**
             * @description Id of the event type to book (from eventTypes.list). Alternatively give `eventTypeSlug` with `username` or `teamSlug`.
             * @example 123
             */
            eventTypeId?: number;
            /**
             * @description Instead of `eventTypeId`: its slug, with `username` or `teamSlug`.
             * @example my-event-type
             */
            eventTypeSlug?: string;
            /**
             * @description Emails of extra people to invite.
             * @example [
             *       "guest1@example.com",
             *       "guest2@example.com"
             *     ]
             */
            guests?: string[];
            /**
             * @description Minutes, one of the event type's `lengthInMinutesOptions`. Defaults to the event type's `lengthInMinutes`.
             * @example 30
             */
            lengthInMinutes?: number;
            /** @description One of the event type's locations, as an object (not a string). Omit to use the event type's default location. */
            location?: components["schemas"]["BookingInputAddressLocation_2024_08_13"] | components["schemas"]["BookingInputAttendeeAddressLocation_2024_08_13"] | components["schemas"]["BookingInputAttendeeDefinedLocation_2024_08_13"] | components["schemas"]["BookingInputAttendeePhoneLocation_2024_08_13"] | components["schemas"]["BookingInputIntegrationLocation_2024_08_13"] | components["schemas"]["BookingInputLinkLocation_2024_08_13"] | components["schemas"]["BookingInputPhoneLocation_2024_08_13"] | components["schemas"]["BookingInputOrganizersDefaultAppLocation_2024_08_13"];
            /**
             * @deprecated
             * @description Deprecated: use `location`. A meeting link for this booking only.
             * @example https://example.com/meeting
             */
            meetingUrl?: string;
            /**
             * @description Your own data, up to 50 keys. Keys up to 40 characters, values up to 500.
             * @example {
             *       "key": "value"
             *     }
             */
            metadata?: Record<string, unknown>;
            /**
             * @description Organization of `username` or `teamSlug`, if any. Only read together with `eventTypeSlug`.
             * @example acme-corp
             */
            organizationSlug?: string;
            /**
             * @description Routing-form outcome that assigned this booking to team members; if given, include `responseId` as well as `teamMemberIds`.
             * @example {
             *       "responseId": 123,
             *       "teamMemberIds": [
             *         101,
             *         102
             *       ]
             *     }
             */
            routing?: components["schemas"]["Routing"];
            /**
             * @description ISO 8601 instant in UTC, e.g. `2026-12-01T15:00:00Z`. Take it from slots.list.
             * @example 2024-08-13T09:00:00Z
             */
            start: string;
            /**
             * @description Team owning a team `eventTypeSlug`.
             * @example john-doe
             */
            teamSlug?: string;
            /**
             * @description Owner of a personal `eventTypeSlug`.
             * @example john-doe
             */
            username?: string;
        };
        /** @description The new booking in `data`: one booking, a list of occurrences for a recurring series, or a seated booking. */
        CreateBookingOutput_2024_08_13: {
            /** @description The result of the call. */
            data: components["schemas"]["BookingOutput_2024_08_13"] | components["schemas"]["RecurringBookingOutput_2024_08_13"][] | components["schemas"]["CreateSeatedBookingOutput_2024_08_13"] | components["schemas"]["CreateRecurringSeatedBookingOutput_2024_08_13"][];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description A new event type: what can be booked, for how long, where, and under which rules. Only `title`, `slug` and `lengthInMinutes` are required. */
        CreateEventTypeInput_2024_06_14: {
            /** @description Minutes kept free after each meeting. */
            afterEventBuffer?: number;
            /**
             * @description `true` turns a reschedule of a cancelled booking into a new booking instead of an error.
             * @default false
             */
            allowReschedulingCancelledBookings?: boolean;
            /**
             * @description `true` lets attendees reschedule a booking whose time has already passed.
             * @default false
             */
            allowReschedulingPastBookings?: boolean;
            /** @description Minutes kept free before each meeting. */
            beforeEventBuffer?: number;
            /** @description Caps how many upcoming bookings one booker may hold on this event type, or `{disabled: true}` for no cap. */
            bookerActiveBookingsLimit?: components["schemas"]["BookerActiveBookingsLimit_2024_06_14"] | components["schemas"]["Disabled_2024_06_14"];
            /** @description Booking page views offered to the booker (month, week, column) and which one opens first. */
            bookerLayouts?: components["schemas"]["BookerLayouts_2024_06_14"];
            /** @description Booking questions to ask on top of the built-in ones (name and email are always asked). Each item's `type` selects its kind. */
            bookingFields?: (components["schemas"]["NameDefaultFieldInput_2024_06_14"] | components["schemas"]["EmailDefaultFieldInput_2024_06_14"] | components["schemas"]["TitleDefaultFieldInput_2024_06_14"] | components["schemas"]["LocationDefaultFieldInput_2024_06_14"] | components["schemas"]["NotesDefaultFieldInput_2024_06_14"] | components["schemas"]["GuestsDefaultFieldInput_2024_06_14"] | components["schemas"]["RescheduleReasonDefaultFieldInput_2024_06_14"] | components["schemas"]["PhoneFieldInput_2024_06_14"] | components["schemas"]["AddressFieldInput_2024_06_14"] | components["schemas"]["TextFieldInput_2024_06_14"] | components["schemas"]["NumberFieldInput_2024_06_14"] | components["schemas"]["TextAreaFieldInput_2024_06_14"] | components["schemas"]["SelectFieldInput_2024_06_14"] | components["schemas"]["MultiSelectFieldInput_2024_06_14"] | components["schemas"]["MultiEmailFieldInput_2024_06_14"] | components["schemas"]["CheckboxGroupFieldInput_2024_06_14"] | components["schemas"]["RadioGroupFieldInput_2024_06_14"] | components["schemas"]["BooleanFieldInput_2024_06_14"] | components["schemas"]["UrlFieldInput_2024_06_14"])[];
            /** @description Caps on the number of bookings per day, week, month or year; `{"disabled": true}` removes them. */
            bookingLimitsCount?: components["schemas"]["BaseBookingLimitsCount_2024_06_14"] | components["schemas"]["Disabled_2024_06_14"];
            /** @description Caps on the total booked minutes per day, week, month or year; `{"disabled": true}` removes them. */
            bookingLimitsDuration?: components["schemas"]["BaseBookingLimitsDuration_2024_06_14"] | components["schemas"]["Disabled_2024_06_14"];
            /**
             * @description `true` lets only authenticated callers who own the event type, or administer its team or organization, book it through the API. Default `false`.
             * @default false
             */
            bookingRequiresAuthentication?: boolean;
            /** @description How far ahead bookings are accepted: a number of business or calendar days, or a fixed date range; `{"disabled": true}` removes the limit. */
            bookingWindow?: components["schemas"]["BusinessDaysWindow_2024_06_14"] | components["schemas"]["CalendarDaysWindow_2024_06_14"] | components["schemas"]["RangeWindow_2024_06_14"] | components["schemas"]["Disabled_2024_06_14"];
            /** @description Recording and transcription options for Cal Video meetings of this event type. */
            calVideoSettings?: components["schemas"]["CalVideoSettings"];
            /** @description Colors marking this event type in the Cal.com app, for the light and dark themes. */
            color?: components["schemas"]["EventTypeColor_2024_06_14"];
            /** @description Makes bookings wait for the host's confirmation, always or only when booked at short notice; `{"disabled": true}` turns it off. */
            confirmationPolicy?: components["schemas"]["BaseConfirmationPolicy_2024_06_14"] | components["schemas"]["Disabled_2024_06_14"];
            /**
             * @description Template for the title of calendar events, using variables such as `{Event type title}`, `{Organiser}`, `{Scheduler}`, `{Location}` and `{Event duration}`.
             * @example {Event type title} between {Organiser} and {Scheduler}
             */
            customName?: string;
            /**
             * @description Text shown on the booking page.
             * @example Discover the culinary wonders of the Argentina by making the best flan ever!
             */
            description?: string;
            /** @description Calendar that bookings of this event type are written to, instead of the owner's default (values from calendars.list). */
            destinationCalendar?: components["schemas"]["DestinationCalendar_2024_06_14"];
            /**
             * @description Whether attendees may cancel: `{disabled: true}` removes the cancel option from emails and the booking page.
             * @example {
             *       "disabled": true
             *     }
             */
            disableCancelling?: components["schemas"]["DisableCancelling_2024_06_14"];
            /** @description `true` stops bookers adding guests. */
            disableGuests?: boolean;
            /**
             * @description Whether attendees may reschedule: always off with `disabled: true`, or only within `minutesBefore` minutes of the start.
             * @example {
             *       "disabled": false,
             *       "minutesBefore": 60
             *     }
             */
            disableRescheduling?: components["schemas"]["DisableRescheduling_2024_06_14"];
            /** @description `true`: unlisted on the profile page, still bookable. */
            hidden?: boolean;
            /** @description `true` makes the calendar event private, so people who can see the host's calendar see only a busy block. */
            hideCalendarEventDetails?: boolean;
            /** @description `true` keeps the booker's notes out of the calendar event. */
            hideCalendarNotes?: boolean;
            /** @description `true` hides the organizer's email address on the booking page, in emails and in calendar events. */
            hideOrganizerEmail?: boolean;
            /**
             * @description Language of the booking page, a code such as `en` or `pt-BR`; an empty string follows the visitor's browser.
             * @enum {string}
             */
            interfaceLanguage?: "" | "en" | "ar" | "az" | "bg" | "bn" | "ca" | "cs" | "da" | "de" | "el" | "es" | "es-419" | "eu" | "et" | "fi" | "fr" | "he" | "hu" | "it" | "ja" | "km" | "ko" | "nl" | "no" | "pl" | "pt-BR" | "pt" | "ro" | "ru" | "sk-SK" | "sr" | "sv" | "tr" | "uk" | "vi" | "zh-CN" | "zh-TW";
            /**
             * @description Meeting length in minutes.
             * @example 60
             */
            lengthInMinutes: number;
            /** @description Lengths in minutes to pick from; must include `lengthInMinutes`. */
            lengthInMinutesOptions?: string[];
            /** @description Where meetings happen; the booker picks one. Defaults to Cal Video when omitted. */
            locations?: (components["schemas"]["InputAddressLocation_2024_06_14"] | components["schemas"]["InputLinkLocation_2024_06_14"] | components["schemas"]["InputIntegrationLocation_2024_06_14"] | components["schemas"]["InputPhoneLocation_2024_06_14"] | components["schemas"]["InputAttendeeAddressLocation_2024_06_14"] | components["schemas"]["InputAttendeePhoneLocation_2024_06_14"] | components["schemas"]["InputAttendeeDefinedLocation_2024_06_14"])[];
            /** @description `true` stops bookers from changing the time zone the booking page shows times in. */
            lockTimeZoneToggleOnBookingPage?: boolean;
            /** @description Minutes of notice a booking needs. */
            minimumBookingNotice?: number;
            /** @description Shifts every offered start time by this many minutes, e.g. 5 turns 9:00 into 9:05. */
            offsetStart?: number;
            /** @description `true` offers only the earliest free slot of each day. */
            onlyShowFirstAvailableSlot?: boolean;
            /** @description Makes the event type recurring, e.g. weekly for 10 occurrences; `{"disabled": true}` turns it off. */
            recurrence?: components["schemas"]["Recurrence_2024_06_14"] | components["schemas"]["Disabled_2024_06_14"];
            /** @description `true` makes bookers confirm their email with a code before booking (sent as `emailVerificationCode`). */
            requiresBookerEmailVerification?: boolean;
            /** @description Availability schedule id, from schedules.list. Omit to use the owner's default schedule. */
            scheduleId?: number;
            /** @description Lets several attendees book the same slot, each taking a seat; `{"disabled": true}` turns seats off. */
            seats?: components["schemas"]["Seats_2024_06_14"] | components["schemas"]["Disabled_2024_06_14"];
            /**
             * @description `true` orders the offered times so that the hosts' calendars stay compact.
             * @default false
             */
            showOptimizedSlots?: boolean;
            /** @description Minutes between offered start times. Defaults to the event length. E.g. a 60-minute event with 30 offers 9:00, 9:30, 10:00 and so on. */
            slotInterval?: number;
            /**
             * @description Booking page URL segment, unique per owner. The page lives at `cal.com/<username>/<slug>`. Lowercase words joined by hyphens.
             * @example learn-the-secrets-of-masterchief
             */
            slug: string;
            /**
             * @description URL the booker is sent to after booking, instead of Cal.com's confirmation page.
             * @example https://masterchief.com/argentina/flan/video/9129412
             */
            successRedirectUrl?: string;
            /**
             * @description Name shown to bookers.
             * @example Learn the secrets of masterchief!
             */
            title: string;
            /** @description `true` uses the destination calendar's email address as the organizer address on invitations. */
            useDestinationCalendarEmail?: boolean;
        };
        /** @description The new event type in `data`. */
        CreateEventTypeOutput_2024_06_14: {
            /** @description The result of the call. */
            data: components["schemas"]["EventTypeOutput_2024_06_14"];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description Books an instant meeting that starts now with whichever host accepts; team event types only. */
        CreateInstantBookingInput_2024_08_13: {
            /** @description The person booking (IANA `timeZone`, locale `language`). */
            attendee: components["schemas"]["CreateBookingAttendee"];
            /**
             * @description Answers to the event type's booking questions, by field slug.
             * @example {
             *       "customField": "customValue"
             *     }
             */
            bookingFieldsResponses?: Record<string, unknown>;
            /**
             * @description Code emailed to the attendee, if required.
             * @example 123456
             */
            emailVerificationCode?: string;
            /**
             * @description Id of the team event type to book (from eventTypes.list). Alternatively give `eventTypeSlug` with `teamSlug`.
             * @example 123
             */
            eventTypeId?: number;
            /**
             * @description Instead of `eventTypeId`: the event type's slug, with `teamSlug`.
             * @example my-event-type
             */
            eventTypeSlug?: string;
            /**
             * @description Emails of extra people to invite.
             * @example [
             *       "guest1@example.com",
             *       "guest2@example.com"
             *     ]
             */
            guests?: string[];
            /**
             * @description `true`: an instant meeting.
             * @example true
             */
            instant: boolean;
            /**
             * @description Meeting length in minutes, for event types offering several lengths. Defaults to the event type's length.
             * @example 30
             */
            lengthInMinutes?: number;
            /** @description One of the event type's locations, as an object with a `type`. */
            location?: components["schemas"]["BookingInputAddressLocation_2024_08_13"] | components["schemas"]["BookingInputAttendeeAddressLocation_2024_08_13"] | components["schemas"]["BookingInputAttendeeDefinedLocation_2024_08_13"] | components["schemas"]["BookingInputAttendeePhoneLocation_2024_08_13"] | components["schemas"]["BookingInputIntegrationLocation_2024_08_13"] | components["schemas"]["BookingInputLinkLocation_2024_08_13"] | components["schemas"]["BookingInputPhoneLocation_2024_08_13"] | components["schemas"]["BookingInputOrganizersDefaultAppLocation_2024_08_13"];
            /**
             * @deprecated
             * @description Deprecated: use `location`. A meeting link for this booking only.
             * @example https://example.com/meeting
             */
            meetingUrl?: string;
            /**
             * @description Your own data, up to 50 keys. Keys up to 40 characters, values up to 500.
             * @example {
             *       "key": "value"
             *     }
             */
            metadata?: Record<string, unknown>;
            /**
             * @description Organization of `teamSlug`, if any. Only read together with `eventTypeSlug`.
             * @example acme-corp
             */
            organizationSlug?: string;
            /**
             * @description Routing-form outcome that assigned this booking to team members.
             * @example {
             *       "responseId": 123,
             *       "teamMemberIds": [
             *         101,
             *         102
             *       ]
             *     }
             */
            routing?: components["schemas"]["Routing"];
            /**
             * @description ISO 8601 instant in UTC, e.g. `2026-12-01T15:00:00Z`.
             * @example 2024-08-13T09:00:00Z
             */
            start: string;
            /**
             * @description Team owning the `eventTypeSlug`.
             * @example john-doe
             */
            teamSlug?: string;
            /**
             * @description Owner of a personal `eventTypeSlug`.
             * @example john-doe
             */
            username?: string;
        };
        /** @description A new member of the organization, created with a Cal.com account. Only `email` is required. */
        CreateOrganizationUserInput: {
            /**
             * @description Theme of the Cal.com app for this user: `light` or `dark`; `null` follows the system.
             * @example light
             */
            appTheme?: string | null;
            /**
             * @description `false`: pending until they accept (default `true`).
             * @default true
             */
            autoAccept?: boolean;
            /**
             * @description URL of the profile picture.
             * @example https://example.com/avatar.jpg
             */
            avatarUrl?: string;
            /**
             * @description Short text shown on the user's public profile page.
             * @example I am a bio
             */
            bio?: string;
            /**
             * @description Brand color for the light theme, as hex, e.g. `#292929`.
             * @example #FFFFFF
             */
            brandColor?: string;
            /**
             * @description Brand color for the dark theme, as hex.
             * @example #000000
             */
            darkBrandColor?: string;
            /**
             * @description Id of the user's default schedule.
             * @example 1
             */
            defaultScheduleId?: number;
            /**
             * @description Sign-in email of the new user.
             * @example user@example.com
             */
            email: string;
            /**
             * @description `true` removes Cal.com branding from the user's pages.
             * @example false
             */
            hideBranding?: boolean;
            /**
             * @description Locale of the app and emails, e.g. `en`. Default `en`.
             * @default en
             * @example en
             */
            locale?: string | null;
            /**
             * @description Your own data, up to 50 keys. Keys up to 40 characters, values up to 500.
             * @example {
             *       "key": "value"
             *     }
             */
            metadata?: Record<string, unknown>;
            /**
             * @description `MEMBER` when omitted; `ADMIN` manages members and teams; `OWNER` has full control.
             * @default MEMBER
             * @enum {string}
             */
            organizationRole?: "MEMBER" | "ADMIN" | "OWNER";
            /**
             * @description Theme of the user's booking pages: `light` or `dark`; `null` follows the visitor's system.
             * @example dark
             */
            theme?: string | null;
            /**
             * @description Clock: `12` or `24` hours.
             * @example 24
             */
            timeFormat?: number;
            /**
             * @description IANA time zone.
             * @example America/New_York
             */
            timeZone?: string;
            /**
             * @description Username in the organization.
             * @example user123
             */
            username?: string;
            /**
             * @description First day of the week for the user, e.g. `Monday`.
             * @example Monday
             */
            weekday?: string;
        };
        /** @description Books a whole series on a recurring event type; `start` is the first occurrence. */
        CreateRecurringBookingInput_2024_08_13: {
            /** @description The person booking (IANA `timeZone`, locale `language`). */
            attendee: components["schemas"]["CreateBookingAttendee"];
            /**
             * @description Answers to the event type's booking questions, by field slug.
             * @example {
             *       "customField": "customValue"
             *     }
             */
            bookingFieldsResponses?: Record<string, unknown>;
            /**
             * @description Code emailed to the attendee, if required.
             * @example 123456
             */
            emailVerificationCode?: string;
            /**
             * @description Id of the recurring event type to book (from eventTypes.list). Alternatively give `eventTypeSlug` with `username` or `teamSlug`.
             * @example 123
             */
            eventTypeId?: number;
            /**
             * @description Instead of `eventTypeId`: its slug, with `username` or `teamSlug`.
             * @example my-event-type
             */
            eventTypeSlug?: string;
            /**
             * @description Emails of extra people to invite to every occurrence.
             * @example [
             *       "guest1@example.com",
             *       "guest2@example.com"
             *     ]
             */
            guests?: string[];
            /**
             * @description Length of each occurrence in minutes, for event types offering several lengths. Defaults to the event type's length.
             * @example 30
             */
            lengthInMinutes?: number;
            /** @description One of the event type's locations, as an object with a `type`. */
            location?: components["schemas"]["BookingInputAddressLocation_2024_08_13"] | components["schemas"]["BookingInputAttendeeAddressLocation_2024_08_13"] | components["schemas"]["BookingInputAttendeeDefinedLocation_2024_08_13"] | components["schemas"]["BookingInputAttendeePhoneLocation_2024_08_13"] | components["schemas"]["BookingInputIntegrationLocation_2024_08_13"] | components["schemas"]["BookingInputLinkLocation_2024_08_13"] | components["schemas"]["BookingInputPhoneLocation_2024_08_13"] | components["schemas"]["BookingInputOrganizersDefaultAppLocation_2024_08_13"];
            /**
             * @deprecated
             * @description Deprecated: use `location`. A meeting link for these bookings only.
             * @example https://example.com/meeting
             */
            meetingUrl?: string;
            /**
             * @description Your own data, up to 50 keys. Keys up to 40 characters, values up to 500.
             * @example {
             *       "key": "value"
             *     }
             */
            metadata?: Record<string, unknown>;
            /**
             * @description Organization of `username` or `teamSlug`, if any. Only read together with `eventTypeSlug`.
             * @example acme-corp
             */
            organizationSlug?: string;
            /**
             * @description Number of occurrences to book. Defaults to, and may not exceed, the event type's `recurrence.occurrences`.
             * @example 5
             */
            recurrenceCount?: number;
            /**
             * @description Routing-form outcome that assigned this booking to team members.
             * @example {
             *       "responseId": 123,
             *       "teamMemberIds": [
             *         101,
             *         102
             *       ]
             *     }
             */
            routing?: components["schemas"]["Routing"];
            /**
             * @description Start of the first occurrence as an ISO 8601 instant in UTC, e.g. `2026-12-01T15:00:00Z`.
             * @example 2024-08-13T09:00:00Z
             */
            start: string;
            /**
             * @description Team owning a team `eventTypeSlug`.
             * @example john-doe
             */
            teamSlug?: string;
            /**
             * @description Owner of a personal `eventTypeSlug`.
             * @example john-doe
             */
            username?: string;
        };
        /** @description One occurrence of a recurring seated booking just booked; `seatUid` is the seat this request took. */
        CreateRecurringSeatedBookingOutput_2024_08_13: {
            /**
             * @description `true` when the host was marked as a no-show.
             * @example true
             */
            absentHost: boolean;
            /** @description Attendees holding seats in this booking, each with its own `seatUid`. */
            attendees: components["schemas"]["SeatedAttendee"][];
            /**
             * @description Reason given when the booking was cancelled.
             * @example User requested cancellation
             */
            cancellationReason?: string | null;
            /**
             * @description Email of whoever cancelled the booking.
             * @example canceller@example.com
             */
            cancelledByEmail?: string | null;
            /**
             * @description When the booking was made, as an ISO 8601 instant in UTC.
             * @example 2024-08-13T15:30:00Z
             */
            createdAt: string;
            /**
             * @description Free-text description of the meeting, usually the attendee's notes.
             * @example Learn how to integrate scheduling into marketplace.
             */
            description: string | null;
            /**
             * @description Length of the meeting in minutes.
             * @example 60
             */
            duration: number;
            /**
             * @description End of the meeting as an ISO 8601 instant in UTC.
             * @example 2024-08-13T16:30:00Z
             */
            end: string;
            /** @description Id and slug of the event type that was booked. */
            eventType: components["schemas"]["EventType"] | null;
            /**
             * @deprecated
             * @description Deprecated: read `eventType.id`.
             * @example 50
             */
            eventTypeId: number | null;
            /** @description The organizer(s) of the meeting. */
            hosts: components["schemas"]["BookingHost"][];
            /**
             * @description UID of the iCalendar event created for the booking in calendars.
             * @example ics_uid_123
             */
            icsUid?: string | null;
            /**
             * @description Numeric booking id. Booking operations take the `uid` instead.
             * @example 123
             */
            id: number;
            /**
             * @description Where the meeting happens: a video link, an address or a phone number, depending on the location chosen.
             * @example https://example.com/meeting
             */
            location: string | null;
            /**
             * @deprecated
             * @description Deprecated: read `location`.
             * @example https://example.com/recurring-meeting
             */
            meetingUrl?: string | null;
            /**
             * @description Key/value data stored with the booking by whoever created it.
             * @example {
             *       "key": "value"
             *     }
             */
            metadata?: Record<string, unknown> | null;
            /**
             * @description Rating the attendee gave the meeting afterwards, if any.
             * @example 4
             */
            rating?: number | null;
            /**
             * @description Uid shared by every occurrence of the recurring series.
             * @example recurring_uid_987
             */
            recurringBookingUid: string;
            /**
             * @description Email of whoever rescheduled the booking.
             * @example rescheduler@example.com
             */
            rescheduledByEmail?: string | null;
            /**
             * @description Uid of the earlier booking this one replaced when it was rescheduled.
             * @example previous_uid_123
             */
            rescheduledFromUid?: string | null;
            /**
             * @description Uid of the booking that replaced this one when it was rescheduled; this booking is then cancelled.
             * @example new_uid_456
             */
            rescheduledToUid?: string | null;
            /**
             * @description Reason given when the booking was rescheduled.
             * @example User rescheduled the event
             */
            reschedulingReason?: string | null;
            /**
             * @description Uid of the seat this request booked; use it to cancel or reschedule this attendee alone.
             * @example 3be561a9-31f1-4b8e-aefc-9d9a085f0dd1
             */
            seatUid: string;
            /**
             * @description Start of the meeting as an ISO 8601 instant in UTC.
             * @example 2024-08-13T15:30:00Z
             */
            start: string;
            /**
             * @description `accepted`: confirmed. `pending`: waiting for the host to confirm (bookings.confirm or bookings.decline). `cancelled`: cancelled or replaced by a reschedule. `rejected`: declined by the host.
             * @example accepted
             * @enum {string}
             */
            status: "cancelled" | "accepted" | "rejected" | "pending";
            /**
             * @description Title of the meeting as shown in calendar events and emails.
             * @example Consultation
             */
            title: string;
            /**
             * @description Unique booking identifier; the `{bookingUid}` of bookings.get, cancel, reschedule and the other booking paths.
             * @example booking_uid_123
             */
            uid: string;
            /**
             * @description When the booking last changed, as an ISO 8601 instant in UTC.
             * @example 2024-08-13T15:30:00Z
             */
            updatedAt: string | null;
        };
        /** @description A named availability schedule: weekly hours plus date overrides, in one time zone. */
        CreateScheduleInput_2024_06_11: {
            /**
             * @description Weekly hours: days with a `HH:mm` start and end. Defaults to Monday to Friday, 09:00 to 17:00.
             * @example [
             *       {
             *         "days": [
             *           "Monday",
             *           "Tuesday"
             *         ],
             *         "startTime": "17:00",
             *         "endTime": "19:00"
             *       },
             *       {
             *         "days": [
             *           "Wednesday",
             *           "Thursday"
             *         ],
             *         "startTime": "16:00",
             *         "endTime": "20:00"
             *       }
             *     ]
             */
            availability?: components["schemas"]["ScheduleAvailabilityInput_2024_06_11"][];
            /**
             * @description `true` makes it the user's default schedule. Event types without a `scheduleId` use it. A user has exactly one default.
             * @example true
             */
            isDefault: boolean;
            /**
             * @description Schedule name, e.g. `Working hours`.
             * @example Catch up hours
             */
            name: string;
            /**
             * @description Hours on `YYYY-MM-DD` dates, replacing the weekly hours.
             * @example [
             *       {
             *         "date": "2024-05-20",
             *         "startTime": "18:00",
             *         "endTime": "21:00"
             *       }
             *     ]
             */
            overrides?: components["schemas"]["ScheduleOverrideInput_2024_06_11"][];
            /**
             * @description IANA time zone of the hours.
             * @example Europe/Rome
             */
            timeZone: string;
        };
        /** @description The new schedule in `data`. */
        CreateScheduleOutput_2024_06_11: {
            /** @description The result of the call. */
            data: components["schemas"]["ScheduleOutput_2024_06_11"];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description A seated booking just booked or rescheduled; `seatUid` is the seat this request took. */
        CreateSeatedBookingOutput_2024_08_13: {
            /**
             * @description `true` when the host was marked as a no-show.
             * @example true
             */
            absentHost: boolean;
            /** @description Attendees holding seats in this booking, each with its own `seatUid`. */
            attendees: components["schemas"]["SeatedAttendee"][];
            /**
             * @description Reason given when the booking was cancelled.
             * @example User requested cancellation
             */
            cancellationReason?: string | null;
            /**
             * @description Email of whoever cancelled the booking.
             * @example canceller@example.com
             */
            cancelledByEmail?: string | null;
            /**
             * @description When the booking was made, as an ISO 8601 instant in UTC.
             * @example 2024-08-13T15:30:00Z
             */
            createdAt: string;
            /**
             * @description Free-text description of the meeting, usually the attendee's notes.
             * @example Learn how to integrate scheduling into marketplace.
             */
            description: string | null;
            /**
             * @description Length of the meeting in minutes.
             * @example 60
             */
            duration: number;
            /**
             * @description End of the meeting as an ISO 8601 instant in UTC.
             * @example 2024-08-13T16:30:00Z
             */
            end: string;
            /** @description Id and slug of the event type that was booked. */
            eventType: components["schemas"]["EventType"] | null;
            /**
             * @deprecated
             * @description Deprecated: read `eventType.id`.
             * @example 50
             */
            eventTypeId: number | null;
            /** @description The organizer(s) of the meeting. */
            hosts: components["schemas"]["BookingHost"][];
            /**
             * @description UID of the iCalendar event created for the booking in calendars.
             * @example ics_uid_123
             */
            icsUid?: string | null;
            /**
             * @description Numeric booking id. Booking operations take the `uid` instead.
             * @example 123
             */
            id: number;
            /**
             * @description Where the meeting happens: a video link, an address or a phone number, depending on the location chosen.
             * @example https://example.com/meeting
             */
            location: string | null;
            /**
             * @deprecated
             * @description Deprecated: read `location`.
             * @example https://example.com/recurring-meeting
             */
            meetingUrl?: string | null;
            /**
             * @description Key/value data stored with the booking by whoever created it.
             * @example {
             *       "key": "value"
             *     }
             */
            metadata?: Record<string, unknown> | null;
            /**
             * @description Rating the attendee gave the meeting afterwards, if any.
             * @example 4
             */
            rating?: number | null;
            /**
             * @description Email of whoever rescheduled the booking.
             * @example rescheduler@example.com
             */
            rescheduledByEmail?: string | null;
            /**
             * @description Uid of the earlier booking this one replaced when it was rescheduled.
             * @example previous_uid_123
             */
            rescheduledFromUid?: string | null;
            /**
             * @description Uid of the booking that replaced this one when it was rescheduled; this booking is then cancelled.
             * @example new_uid_456
             */
            rescheduledToUid?: string | null;
            /**
             * @description Reason given when the booking was rescheduled.
             * @example User rescheduled the event
             */
            reschedulingReason?: string | null;
            /**
             * @description Uid of the seat this request booked; use it to cancel or reschedule this attendee alone.
             * @example 3be561a9-31f1-4b8e-aefc-9d9a085f0dd1
             */
            seatUid: string;
            /**
             * @description Start of the meeting as an ISO 8601 instant in UTC.
             * @example 2024-08-13T15:30:00Z
             */
            start: string;
            /**
             * @description `accepted`: confirmed. `pending`: waiting for the host to confirm (bookings.confirm or bookings.decline). `cancelled`: cancelled or replaced by a reschedule. `rejected`: declined by the host.
             * @example accepted
             * @enum {string}
             */
            status: "cancelled" | "accepted" | "rejected" | "pending";
            /**
             * @description Title of the meeting as shown in calendar events and emails.
             * @example Consultation
             */
            title: string;
            /**
             * @description Unique booking identifier; the `{bookingUid}` of bookings.get, cancel, reschedule and the other booking paths.
             * @example booking_uid_123
             */
            uid: string;
            /**
             * @description When the booking last changed, as an ISO 8601 instant in UTC.
             * @example 2024-08-13T15:30:00Z
             */
            updatedAt: string | null;
        };
        /** @description A new team; the caller becomes its owner. Only `name` is required. */
        CreateTeamInput: {
            /** @description URL of a square icon shown in place of Cal.com's. */
            appIconLogo?: string;
            /** @description URL of a logo shown in place of Cal.com's in the app. */
            appLogo?: string;
            /**
             * @description `true` (default) makes the creator an accepted member at once. Platform customers must keep it `true`, or the creator cannot create team event types.
             * @default true
             */
            autoAcceptCreator?: boolean;
            /**
             * @description URL of the banner image shown on the booking page.
             * @example https://i.cal.com/api/avatar/949be534-7a88-4185-967c-c020b0c0bef3.png
             */
            bannerUrl?: string;
            /** @description Team page text. */
            bio?: string;
            /** @description Brand color for the light theme, as hex, e.g. `#292929`. */
            brandColor?: string;
            /** @description URL of a logo shown in Cal Video meetings. */
            calVideoLogo?: string;
            /** @description Brand color for the dark theme, as hex, e.g. `#fafafa`. */
            darkBrandColor?: string;
            /** @description `true` hides the option to book an individual team member from the team page. */
            hideBookATeamMember?: boolean;
            /**
             * @description `true` removes Cal.com branding from the team's pages. Default `false`.
             * @default false
             */
            hideBranding?: boolean;
            /** @description `true` shows the member list to admins and owners only. */
            isPrivate?: boolean;
            /**
             * @description URL of the team's logo image.
             * @example https://i.cal.com/api/avatar/b0b58752-68ad-4c0d-8024-4fa382a77752.png
             */
            logoUrl?: string;
            /**
             * @description Your own key/value data: at most 50 keys, keys up to 40 characters; values are strings (up to 500 characters), numbers or booleans.
             * @example {
             *       "key": "value"
             *     }
             */
            metadata?: Record<string, unknown>;
            /**
             * @description Team name.
             * @example CalTeam
             */
            name: string;
            /**
             * @description Team page URL segment; from `name` when omitted. The pages live at `cal.com/team/<slug>`.
             * @example caltel
             */
            slug?: string;
            /** @description Theme of the team's pages: `light` or `dark`; unset follows the visitor's system. */
            theme?: string;
            /** @description Clock: `12` or `24` hours. */
            timeFormat?: number;
            /**
             * @description IANA time zone; `Europe/London` when omitted. The team's default schedule (Monday to Friday, 09:00 to 17:00) uses it.
             * @default Europe/London
             * @example America/New_York
             */
            timeZone?: string;
            /**
             * @description First day of the week, e.g. `Monday`. Default `Sunday`.
             * @default Sunday
             * @example Monday
             */
            weekStart?: string;
        };
        /** @description The new team in `data`, or a payment link when the team must be paid for first. */
        CreateTeamOutput: {
            /** @description The result of the call. */
            data: components["schemas"]["CreateTeamOutputData"] | components["schemas"]["TeamOutputDto"];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description Returned instead of the team when the team has to be paid for first; it is created once payment completes. */
        CreateTeamOutputData: {
            /** @description What to do next. */
            message: string;
            /** @description URL where the payment is made. */
            paymentLink: string;
            /** @description The team as it will be once paid for. */
            pendingTeam: components["schemas"]["TeamOutputDto"];
        };
        /** @description A subscription that POSTs chosen events as JSON to your URL. */
        CreateWebhookInputDto: {
            /** @description `false` pauses deliveries. */
            active: boolean;
            /**
             * @description Custom body with `{{variable}}` placeholders; omit for the standard payload.
             * @example {"content":"A new event has been scheduled","type":"{{type}}","name":"{{title}}","organizer":"{{organizer.name}}","booker":"{{attendees.0.name}}"}
             */
            payloadTemplate?: string;
            /** @description Key that signs deliveries (`X-Cal-Signature-256`). Each delivery carries the hex HMAC-SHA256 of its raw body under this key. */
            secret?: string;
            /** @description HTTPS URL that receives the deliveries. */
            subscriberUrl: string;
            /** @description Trigger names, e.g. `BOOKING_CREATED`. */
            triggers: ("BOOKING_CREATED" | "BOOKING_PAYMENT_INITIATED" | "BOOKING_PAID" | "BOOKING_RESCHEDULED" | "BOOKING_REQUESTED" | "BOOKING_CANCELLED" | "BOOKING_REJECTED" | "BOOKING_NO_SHOW_UPDATED" | "FORM_SUBMITTED" | "MEETING_ENDED" | "MEETING_STARTED" | "RECORDING_READY" | "INSTANT_MEETING" | "RECORDING_TRANSCRIPTION_GENERATED" | "OOO_CREATED" | "AFTER_HOSTS_CAL_VIDEO_NO_SHOW" | "AFTER_GUESTS_CAL_VIDEO_NO_SHOW" | "FORM_SUBMITTED_NO_EVENT" | "DELEGATION_CREDENTIAL_ERROR" | "WRONG_ASSIGNMENT_REPORT")[];
            /**
             * @description Payload format version of the deliveries; only `2021-10-20` exists so far.
             * @example 2021-10-20
             * @enum {string}
             */
            version?: "2021-10-20";
        };
        /** @description Rejects a booking that is waiting for the host's confirmation (status `pending`). */
        DeclineBookingInput_2024_08_13: {
            /**
             * @description Why; shown in the email to the attendee.
             * @example Host has to take another call
             */
            reason?: string;
        };
        /** @description Which calendar connection to remove. */
        DeleteCalendarCredentialsInputBodyDto: {
            /**
             * @description `credentialId` from calendars.list.
             * @example 10
             */
            id: number;
        };
        /** @description The event type that was deleted; its booking page no longer exists. */
        DeleteData_2024_06_14: {
            /**
             * @description Id of the deleted event type.
             * @example 1
             */
            id: number;
            /**
             * @description Its default meeting length, in minutes.
             * @example 60
             */
            lengthInMinutes: number;
            /** @description Slug the deleted event type had. */
            slug: string;
            /**
             * @description Title the deleted event type had.
             * @example Learn the secrets of masterchief!
             */
            title: string;
        };
        /** @description The calendar connection that was removed. */
        DeletedCalendarCredentialsOutputDto: {
            /** @description App slug, e.g. `google-calendar`. */
            appId: string | null;
            /** @description Credential id of the removed connection. */
            id: number;
            /** @description `true` when the connection had already stopped working, e.g. after access was revoked. */
            invalid: boolean | null;
            /** @description Team the connection belonged to, or `null`. */
            teamId: number | null;
            /** @description Integration type, e.g. `google_calendar`. */
            type: string;
            /** @description User the connection belonged to, or `null`. */
            userId: number | null;
        };
        /** @description The removed calendar connection in `data`. */
        DeletedCalendarCredentialsOutputResponseDto: {
            /** @description The result of the call. */
            data: components["schemas"]["DeletedCalendarCredentialsOutputDto"];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description A summary of the deleted event type in `data`. */
        DeleteEventTypeOutput_2024_06_14: {
            /** @description The result of the call. */
            data: components["schemas"]["DeleteData_2024_06_14"];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description Only a `status`: the schedule is gone. */
        DeleteScheduleOutput_2024_06_11: {
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description The calendar new bookings are written to. */
        DestinationCalendar: {
            /** @description Id of the connection the calendar belongs to. */
            credentialId: number | null;
            /** @description Id of the organization-wide delegated access in use, or `null`. */
            delegationCredentialId?: string | null;
            /** @description Email address of the account that calendar belongs to. */
            email?: string | null;
            /** @description Event type the setting belongs to, when set per event type. */
            eventTypeId: number | null;
            /** @description The calendar's id at its provider. */
            externalId: string;
            /** @description Id of this destination setting. */
            id: number;
            /** @description Integration type, e.g. `google_calendar`. */
            integration: string;
            /** @description Display name of the calendar app, e.g. `Google Calendar`. */
            integrationTitle?: string | null;
            /** @description Name of the calendar new bookings are written to; `null` when the provider gives none. */
            name?: string | null;
            /** @description `true` for the account's main calendar. */
            primary?: boolean | null;
            /** @description Email of the account that owns the calendar. */
            primaryEmail: string | null;
            /** @description `true` when Cal.com can read but not add events. */
            readOnly?: boolean | null;
            /** @description User the setting belongs to, when it is a user's default. */
            userId: number | null;
        };
        /** @description The calendar bookings are written to; both values come from calendars.list. */
        DestinationCalendar_2024_06_14: {
            /** @description The calendar's id at its provider (`externalId` in calendars.list). */
            externalId: string;
            /** @description Integration type of the connected calendar, e.g. `google_calendar` or `office365_calendar`. */
            integration: string;
        };
        DisableCancelling_2024_06_14: {
            /**
             * @description `true` stops attendees from cancelling bookings of this event type.
             * @example true
             */
            disabled?: boolean;
        };
        DisableCancellingOutput_2024_06_14: {
            /**
             * @description `true` when attendees cannot cancel bookings of this event type.
             * @example true
             */
            disabled?: boolean | null;
        };
        /** @description Send `{"disabled": true}` in place of a settings object to switch that setting off. */
        Disabled_2024_06_14: {
            /**
             * @description Always `true`.
             * @example true
             */
            disabled: boolean;
        };
        DisableRescheduling_2024_06_14: {
            /**
             * @description `true` stops attendees from ever rescheduling bookings of this event type.
             * @example true
             */
            disabled?: boolean;
            /**
             * @description Refuse rescheduling within this many minutes of the start; ignored when `disabled` is `true`.
             * @example 60
             */
            minutesBefore?: number;
        };
        DisableReschedulingOutput_2024_06_14: {
            /**
             * @description `true` when attendees can never reschedule bookings of this event type.
             * @example true
             */
            disabled?: boolean | null;
            /**
             * @description Rescheduling is refused within this many minutes of the start; absent when not limited this way.
             * @example 60
             */
            minutesBefore?: number | null;
        };
        /** @description The built-in question for the attendee's email (slug `email`). */
        EmailDefaultFieldInput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean;
            /** @description Set `true` only together with `required: false`, for phone-only booking on organization team event types. */
            hidden?: boolean;
            /** @description Question text shown to the booker above the field; omit to keep Cal.com's default wording. */
            label: string;
            /** @description Hint shown inside the empty field. */
            placeholder: string;
            /** @description Set `false` only for phone-only booking on organization team event types: also send a required, visible `phone` field with slug `attendeePhoneNumber`, and set `hidden: true` here. */
            required?: Record<string, unknown>;
            /**
             * @description Always `email`.
             * @example email
             */
            type: string;
        };
        /** @description The built-in question for the attendee's email (slug `email`). */
        EmailDefaultFieldOutput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean | null;
            /** @description Set `true` only together with `required: false`, for phone-only booking on organization team event types. */
            hidden?: boolean | null;
            /**
             * @description Always `true`: a built-in field.
             * @default true
             * @example true
             */
            isDefault: boolean;
            /** @description Question text shown to the booker above the field; omit to keep Cal.com's default wording. */
            label?: string | null;
            /** @description Hint shown inside the empty field. */
            placeholder?: string | null;
            /** @description Set `false` only for phone-only booking on organization team event types: also send a required, visible `phone` field with slug `attendeePhoneNumber`, and set `hidden: true` here. */
            required?: boolean | null;
            /**
             * @description Always `email`.
             * @default email
             */
            slug: string;
            /**
             * @description Always `email`.
             * @default email
             * @example email
             */
            type: string;
        };
        EmailSettings_2024_06_14: {
            /** @description `true` when Cal.com sends attendees no emails for this event type (confirmations and reminders included). */
            disableEmailsToAttendees?: boolean | null;
            /** @description `true` when Cal.com sends hosts no emails for this event type (confirmations and reminders included). */
            disableEmailsToHosts?: boolean | null;
        };
        /** @description What Cal.com returns when a request fails. */
        ErrorEnvelope: {
            error: {
                /** @description A machine-readable error name, e.g. `BadRequestException`. */
                code: string;
                /** @description Extra information, such as which fields failed validation. */
                details?: unknown;
                /** @description What went wrong, in words. */
                message: string;
            };
            /** @description The request path that failed. */
            path?: string;
            /** @enum {string} */
            status: "error";
            /**
             * Format: date-time
             * @description When the error happened (ISO 8601).
             */
            timestamp?: string;
        };
        /** @description The event type a booking was made on. */
        EventType: {
            /**
             * @description Event type id (see eventTypes.get).
             * @example 1
             */
            id: number;
            /**
             * @description Slug of the event type, the last segment of its booking page URL.
             * @example some-event
             */
            slug: string;
        };
        /** @description Colors that mark an event type in the Cal.com app. */
        EventTypeColor_2024_06_14: {
            /**
             * @description Hex color for the dark theme, e.g. `#fafafa`.
             * @example #fafafa
             */
            darkThemeHex: string;
            /**
             * @description Hex color for the light theme, e.g. `#292929`.
             * @example #292929
             */
            lightThemeHex: string;
        };
        /** @description An event type as Cal.com returns it: a kind of meeting people can book. */
        EventTypeOutput_2024_06_14: {
            /**
             * @description Minutes kept free after each meeting.
             * @example 0
             */
            afterEventBuffer?: number | null;
            /** @description `true` when rescheduling a cancelled booking creates a new booking; `null` when never set. */
            allowReschedulingCancelledBookings?: boolean | null;
            /** @description `true` lets attendees reschedule a booking whose time has already passed. */
            allowReschedulingPastBookings?: boolean | null;
            /**
             * @description Minutes kept free before each meeting.
             * @example 0
             */
            beforeEventBuffer?: number | null;
            /** @description The cap on upcoming bookings per booker, if one is set. */
            bookerActiveBookingsLimit?: components["schemas"]["BookerActiveBookingsLimitOutput_2024_06_14"] | null;
            /** @description Booking page views offered and the one that opens first. */
            bookerLayouts?: components["schemas"]["BookerLayouts_2024_06_14"] | null;
            /** @description Every booking question, built-in ones included (`isDefault: true`); answers are keyed by each field's `slug`. */
            bookingFields: (components["schemas"]["NameDefaultFieldOutput_2024_06_14"] | components["schemas"]["EmailDefaultFieldOutput_2024_06_14"] | components["schemas"]["LocationDefaultFieldOutput_2024_06_14"] | components["schemas"]["RescheduleReasonDefaultFieldOutput_2024_06_14"] | components["schemas"]["TitleDefaultFieldOutput_2024_06_14"] | components["schemas"]["NotesDefaultFieldOutput_2024_06_14"] | components["schemas"]["GuestsDefaultFieldOutput_2024_06_14"] | components["schemas"]["PhoneFieldOutput_2024_06_14"] | components["schemas"]["AddressFieldOutput_2024_06_14"] | components["schemas"]["TextFieldOutput_2024_06_14"] | components["schemas"]["NumberFieldOutput_2024_06_14"] | components["schemas"]["TextAreaFieldOutput_2024_06_14"] | components["schemas"]["SelectFieldOutput_2024_06_14"] | components["schemas"]["MultiSelectFieldOutput_2024_06_14"] | components["schemas"]["MultiEmailFieldOutput_2024_06_14"] | components["schemas"]["CheckboxGroupFieldOutput_2024_06_14"] | components["schemas"]["RadioGroupFieldOutput_2024_06_14"] | components["schemas"]["BooleanFieldOutput_2024_06_14"] | components["schemas"]["UrlFieldOutput_2024_06_14"])[];
            /** @description Caps on the number of bookings per day, week, month or year. */
            bookingLimitsCount?: Record<string, unknown> | null;
            /** @description Caps on the total booked minutes per day, week, month or year. */
            bookingLimitsDuration?: Record<string, unknown> | null;
            /** @description `true` when only the owner or team/organization admins may book it through the API. */
            bookingRequiresAuthentication?: boolean | null;
            /**
             * Format: uri
             * @description Public URL of the booking page of this event type, e.g. `https://cal.com/ada/30min`.
             * @example https://cal.com/john-doe/30min
             */
            bookingUrl: string;
            /** @description How far ahead bookings are accepted. */
            bookingWindow?: components["schemas"]["BusinessDaysWindow_2024_06_14"] | components["schemas"]["CalendarDaysWindow_2024_06_14"] | components["schemas"]["RangeWindow_2024_06_14"] | components["schemas"]["Disabled_2024_06_14"] | null;
            /** @description Recording and transcription options for Cal Video meetings. */
            calVideoSettings?: components["schemas"]["CalVideoSettings"] | null;
            /** @description Colors marking this event type in the Cal.com app. */
            color?: components["schemas"]["EventTypeColor_2024_06_14"] | null;
            /** @description When bookings wait for the host's confirmation. */
            confirmationPolicy?: Record<string, unknown> | null;
            /** @description Currency of `price` as a three-letter code, e.g. `usd`. */
            currency: string;
            /** @description Template for the title of calendar events. */
            customName?: string | null;
            /**
             * @description Text shown on the booking page.
             * @example Discover the culinary wonders of Argentina by making the best flan ever!
             */
            description: string | null;
            /** @description Calendar that bookings of this event type are written to. */
            destinationCalendar?: components["schemas"]["DestinationCalendar_2024_06_14"] | null;
            /** @description Whether attendees may cancel: `{disabled: true}` removes the cancel option from emails and the booking page. */
            disableCancelling?: components["schemas"]["DisableCancellingOutput_2024_06_14"] | null;
            /** @description `true` when bookers cannot invite guests. */
            disableGuests: boolean;
            /** @description Whether attendees may reschedule: always off with `disabled: true`, or only within `minutesBefore` minutes of the start. */
            disableRescheduling?: components["schemas"]["DisableReschedulingOutput_2024_06_14"] | null;
            /** @description `true` passes the booking page's query parameters on to `successRedirectUrl`. */
            forwardParamsSuccessRedirect: boolean | null;
            /** @description `true` when the event type is left off the owner's public profile page. */
            hidden?: boolean | null;
            /** @description `true` when the calendar event is private (others see only a busy block). */
            hideCalendarEventDetails?: boolean | null;
            /** @description `true` when the booker's notes are kept out of the calendar event. */
            hideCalendarNotes?: boolean | null;
            /** @description `true` when the organizer's email is hidden from bookers. */
            hideOrganizerEmail?: boolean | null;
            /**
             * @description Event type id; pass it as `eventTypeId` to bookings.create, slots.list and the event type paths.
             * @example 1
             */
            id: number;
            /** @description Language code of the booking page, e.g. `en`; `null` or empty follows the visitor's browser. */
            interfaceLanguage?: string | null;
            /** @description `true` for instant-meeting event types (team event types only). */
            isInstantEvent: boolean;
            /**
             * @description Meeting length in minutes.
             * @example 60
             */
            lengthInMinutes: number;
            /**
             * @description Lengths in minutes the booker may choose between, when there are several.
             * @example [
             *       15,
             *       30,
             *       60
             *     ]
             */
            lengthInMinutesOptions?: number[] | null;
            /** @description Locations offered to bookers; with several, the booker picks one. */
            locations: (components["schemas"]["OutputAddressLocation_2024_06_14"] | components["schemas"]["OutputLinkLocation_2024_06_14"] | components["schemas"]["OutputIntegrationLocation_2024_06_14"] | components["schemas"]["OutputPhoneLocation_2024_06_14"] | components["schemas"]["OutputOrganizersDefaultAppLocation_2024_06_14"] | components["schemas"]["OutputUnknownLocation_2024_06_14"])[];
            /** @description `true` when bookers cannot change the time zone the booking page shows. */
            lockTimeZoneToggleOnBookingPage: boolean;
            /** @description Extra key/value data stored with the event type. */
            metadata: Record<string, unknown>;
            /**
             * @description Minimum notice in minutes before a slot can be booked.
             * @example 0
             */
            minimumBookingNotice?: number | null;
            /** @description Minutes every offered start time is shifted by. */
            offsetStart?: number | null;
            /** @description `true` when only the earliest free slot of each day is offered. */
            onlyShowFirstAvailableSlot?: boolean | null;
            /**
             * @description User id of the event type's owner.
             * @example 10
             */
            ownerId: number;
            /** @description Price of a booking in the smallest unit of `currency` (e.g. cents); 0 when free. */
            price: number;
            /** @description Recurrence rule, or `null` when the event type is not recurring. */
            recurrence: components["schemas"]["Recurrence_2024_06_14"] | null;
            /** @description `true` when bookers must confirm their email with a code. */
            requiresBookerEmailVerification?: boolean | null;
            /** @description Id of the schedule that sets availability; `null` means the owner's default schedule. */
            scheduleId: number | null;
            /** @description Seat settings for seated event types. */
            seats?: components["schemas"]["Seats_2024_06_14"] | components["schemas"]["Disabled_2024_06_14"] | null;
            /** @description Seats per slot for seated event types, otherwise `null`. */
            seatsPerTimeSlot?: number | null;
            /** @description `true` when bookers are shown how many seats are left. */
            seatsShowAvailabilityCount?: boolean | null;
            /** @description `true` when offered times are ordered to keep the hosts' calendars compact; `null` when never set. */
            showOptimizedSlots?: boolean | null;
            /**
             * @description Minutes between offered start times; `null` means the event length.
             * @example 60
             */
            slotInterval?: number | null;
            /**
             * @description URL segment of the booking page; with the owner's username it identifies the event type.
             * @example learn-the-secrets-of-masterchief
             */
            slug: string;
            /** @description URL bookers are sent to after booking, or `null` for Cal.com's confirmation page. */
            successRedirectUrl: string | null;
            /**
             * @description Name shown to bookers.
             * @example Learn the secrets of masterchief!
             */
            title: string;
            /** @description `true` when invitations use the destination calendar's email as the organizer address. */
            useDestinationCalendarEmail?: boolean | null;
            /** @description Users (hosts) the event type belongs to. */
            users: components["schemas"]["EventTypeUserOutput"][];
        };
        EventTypeTeam: {
            /** @description URL of the team's banner image. */
            bannerUrl?: string | null;
            /** @description Team brand color for the light theme, as hex, e.g. `#292929`. */
            brandColor?: string | null;
            /** @description Team brand color for the dark theme, as hex, e.g. `#fafafa`. */
            darkBrandColor?: string | null;
            /** @description Id of the team that owns the event type. */
            id: number;
            /** @description URL of the team's logo image. */
            logoUrl?: string | null;
            /** @description Display name of the team. */
            name?: string | null;
            /** @description Slug of the team, the segment of its booking page URLs, e.g. `sales`. */
            slug?: string | null;
            /** @description Theme of the team's pages: `light` or `dark`; unset follows the visitor's system. */
            theme?: string | null;
            /** @description First day of the week on the team's pages, e.g. `Monday`. */
            weekStart?: string | null;
        };
        /** @description A user an event type belongs to, as event types list them. */
        EventTypeUserOutput: {
            /** @description Address of the profile picture. */
            avatarUrl?: string | null;
            /** @description Accent colour of the booking page in light mode. */
            brandColor?: string | null;
            /** @description Accent colour of the booking page in dark mode. */
            darkBrandColor?: string | null;
            /** @description Numeric id of the user. */
            id: number;
            /** @description Free-form data stored on the user. */
            metadata?: Record<string, unknown> | null;
            /** @description Full name. */
            name?: string | null;
            /** @description Username in public booking links. */
            username?: string | null;
            /** @description First day of the week in the user's calendar views. */
            weekStart?: string | null;
        };
        /** @description The booking in `data`; a recurring series can come back as the list of its occurrences. */
        GetBookingOutput_2024_08_13: {
            /** @description The result of the call. */
            data: components["schemas"]["BookingOutput_2024_08_13"] | components["schemas"]["RecurringBookingOutput_2024_08_13"] | components["schemas"]["RecurringBookingOutput_2024_08_13"][] | components["schemas"]["GetSeatedBookingOutput_2024_08_13"] | components["schemas"]["GetRecurringSeatedBookingOutput_2024_08_13"] | components["schemas"]["GetRecurringSeatedBookingOutput_2024_08_13"][];
            /** @description Error details; absent when the call succeeded. */
            error?: Record<string, unknown> | null;
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description A page of bookings in `data`, with paging details in `pagination`. */
        GetBookingsOutput_2024_08_13: {
            /** @description The result of the call. */
            data: (components["schemas"]["BookingOutput_2024_08_13"] | components["schemas"]["RecurringBookingOutput_2024_08_13"] | components["schemas"]["GetSeatedBookingOutput_2024_08_13"] | components["schemas"]["GetRecurringSeatedBookingOutput_2024_08_13"])[];
            /** @description Error details; absent when the call succeeded. */
            error?: Record<string, unknown> | null;
            /** @description Paging of the list: total items, items per page, current page and whether more pages follow. */
            pagination: components["schemas"]["PaginationMetaDto"] | components["schemas"]["BookingsCursorPagination"];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description Busy periods in `data`. */
        GetBusyTimesOutput: {
            /** @description The result of the call. */
            data: components["schemas"]["BusyTimesOutput"][];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        GetCalendarConnectUrlOutput: {
            /** @description The result of the call. */
            data: components["schemas"]["CalendarConnectUrl"];
            /**
             * @description `success` when the call succeeded.
             * @enum {string}
             */
            status: "success";
        };
        /** @description One event type in `data`. */
        GetEventTypeOutput_2024_06_14: {
            /** @description The result of the call. */
            data: components["schemas"]["EventTypeOutput_2024_06_14"] | components["schemas"]["TeamEventTypeOutput_2024_06_14"];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description The matching event types in `data`. */
        GetEventTypesOutput_2024_06_14: {
            /** @description The result of the call. */
            data: components["schemas"]["EventTypeOutput_2024_06_14"][];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description The authenticated user's profile in `data`. */
        GetMeOutput: {
            /** @description The result of the call. */
            data: components["schemas"]["MeOutput"];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description One organization member in `data`. */
        GetOrganizationUserOutput: {
            /** @description The result of the call. */
            data: components["schemas"]["GetOrgUsersWithProfileOutput"];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description A page of organization members in `data`. */
        GetOrganizationUsersResponseDTO: {
            /** @description The result of the call. */
            data: components["schemas"]["GetOrgUsersWithProfileOutput"][];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description A member of the organization, with their profile inside it. */
        GetOrgUsersWithProfileOutput: {
            /**
             * @description `true` when the user can be booked together with other users on one combined link.
             * @example true
             */
            allowDynamicBooking?: boolean | null;
            /**
             * @description Theme of the Cal.com app for this user (`light`, `dark`), or `null` to follow the system.
             * @example light
             */
            appTheme?: string | null;
            /**
             * @description URL of the user's profile picture; `null` when not set.
             * @example https://example.com/avatar.jpg
             */
            avatarUrl?: string | null;
            /**
             * @description Text of the user's public profile page; `null` when not set.
             * @example I am a software developer
             */
            bio?: string | null;
            /**
             * @description Brand color for the light theme, as hex.
             * @example #ffffff
             */
            brandColor?: string | null;
            /**
             * Format: date-time
             * @description When the account was created, as an ISO 8601 instant.
             * @example 2022-01-01T00:00:00Z
             */
            createdDate: string;
            /**
             * @description Brand color for the dark theme, as hex.
             * @example #000000
             */
            darkBrandColor?: string | null;
            /**
             * @description Id of the user's default schedule, or `null`.
             * @example 1
             */
            defaultScheduleId?: number | null;
            /**
             * @description Email address of the user.
             * @example john@example.com
             */
            email: string;
            /**
             * Format: date-time
             * @description When the email address was verified, as an ISO 8601 instant, or `null`.
             * @example 2022-01-01T00:00:00Z
             */
            emailVerified?: string | null;
            /**
             * @description `true` when Cal.com branding is removed from the user's pages.
             * @example false
             */
            hideBranding: boolean;
            /**
             * @description User id; the `{userId}` of the organization user paths.
             * @example 1
             */
            id: number;
            /**
             * @description Id of the team or organization the user was invited to, if they joined by invitation.
             * @example 1
             */
            invitedTo?: number | null;
            /**
             * @description Locale of the app and emails, e.g. `en`.
             * @example en-US
             */
            locale?: string | null;
            /**
             * @description Key/value data stored with the user.
             * @example {
             *       "key": "value"
             *     }
             */
            metadata?: Record<string, unknown> | null;
            /**
             * @description Full name of the user; `null` when not set.
             * @example John Doe
             */
            name?: string | null;
            /** @description The user's profile inside this organization. */
            profile: components["schemas"]["ProfileOutput"];
            /**
             * @description Theme of the user's booking pages, or `null` to follow the visitor's system.
             * @example default
             */
            theme?: string | null;
            /**
             * @description Clock: `12` or `24` hours.
             * @example 12
             */
            timeFormat?: number | null;
            /**
             * @description IANA time zone of the user.
             * @example America/New_York
             */
            timeZone: string;
            /**
             * @description Global username of the user, or `null`.
             * @example john_doe
             */
            username?: string | null;
            /**
             * @description `true` when Cal.com considers the user verified.
             * @example true
             */
            verified?: boolean | null;
            /**
             * @description First day of the week, e.g. `Monday`.
             * @example Monday
             */
            weekStart: string;
        };
        /** @description One occurrence of a recurring seated booking. */
        GetRecurringSeatedBookingOutput_2024_08_13: {
            /**
             * @description `true` when the host was marked as a no-show.
             * @example true
             */
            absentHost: boolean;
            /** @description Attendees holding seats in this booking, each with its own `seatUid`. */
            attendees: components["schemas"]["SeatedAttendee"][];
            /**
             * @description Reason given when the booking was cancelled.
             * @example User requested cancellation
             */
            cancellationReason?: string | null;
            /**
             * @description Email of whoever cancelled the booking.
             * @example canceller@example.com
             */
            cancelledByEmail?: string | null;
            /**
             * @description When the booking was made, as an ISO 8601 instant in UTC.
             * @example 2024-08-13T15:30:00Z
             */
            createdAt: string;
            /**
             * @description Free-text description of the meeting, usually the attendee's notes.
             * @example Learn how to integrate scheduling into marketplace.
             */
            description: string | null;
            /**
             * @description Length of the meeting in minutes.
             * @example 60
             */
            duration: number;
            /**
             * @description End of the meeting as an ISO 8601 instant in UTC.
             * @example 2024-08-13T16:30:00Z
             */
            end: string;
            /** @description Id and slug of the event type that was booked. */
            eventType: components["schemas"]["EventType"] | null;
            /**
             * @deprecated
             * @description Deprecated: read `eventType.id`.
             * @example 50
             */
            eventTypeId: number | null;
            /** @description The organizer(s) of the meeting. */
            hosts: components["schemas"]["BookingHost"][];
            /**
             * @description UID of the iCalendar event created for the booking in calendars.
             * @example ics_uid_123
             */
            icsUid?: string | null;
            /**
             * @description Numeric booking id. Booking operations take the `uid` instead.
             * @example 123
             */
            id: number;
            /**
             * @description Where the meeting happens: a video link, an address or a phone number, depending on the location chosen.
             * @example https://example.com/meeting
             */
            location: string | null;
            /**
             * @deprecated
             * @description Deprecated: read `location`.
             * @example https://example.com/recurring-meeting
             */
            meetingUrl?: string | null;
            /**
             * @description Key/value data stored with the booking by whoever created it.
             * @example {
             *       "key": "value"
             *     }
             */
            metadata?: Record<string, unknown> | null;
            /**
             * @description Rating the attendee gave the meeting afterwards, if any.
             * @example 4
             */
            rating?: number | null;
            /**
             * @description Uid shared by every occurrence of the recurring series.
             * @example recurring_uid_987
             */
            recurringBookingUid: string;
            /**
             * @description Email of whoever rescheduled the booking.
             * @example rescheduler@example.com
             */
            rescheduledByEmail?: string | null;
            /**
             * @description Uid of the earlier booking this one replaced when it was rescheduled.
             * @example previous_uid_123
             */
            rescheduledFromUid?: string | null;
            /**
             * @description Uid of the booking that replaced this one when it was rescheduled; this booking is then cancelled.
             * @example new_uid_456
             */
            rescheduledToUid?: string | null;
            /**
             * @description Reason given when the booking was rescheduled.
             * @example User rescheduled the event
             */
            reschedulingReason?: string | null;
            /**
             * @description Start of the meeting as an ISO 8601 instant in UTC.
             * @example 2024-08-13T15:30:00Z
             */
            start: string;
            /**
             * @description `accepted`: confirmed. `pending`: waiting for the host to confirm (bookings.confirm or bookings.decline). `cancelled`: cancelled or replaced by a reschedule. `rejected`: declined by the host.
             * @example accepted
             * @enum {string}
             */
            status: "cancelled" | "accepted" | "rejected" | "pending";
            /**
             * @description Title of the meeting as shown in calendar events and emails.
             * @example Consultation
             */
            title: string;
            /**
             * @description Unique booking identifier; the `{bookingUid}` of bookings.get, cancel, reschedule and the other booking paths.
             * @example booking_uid_123
             */
            uid: string;
            /**
             * @description When the booking last changed, as an ISO 8601 instant in UTC.
             * @example 2024-08-13T15:30:00Z
             */
            updatedAt: string | null;
        };
        /** @description One schedule in `data`. */
        GetScheduleOutput_2024_06_11: {
            /** @description The result of the call. */
            data: components["schemas"]["ScheduleOutput_2024_06_11"] | null;
            /** @description Error details; absent when the call succeeded. */
            error?: Record<string, unknown> | null;
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description The user's schedules in `data`. */
        GetSchedulesOutput_2024_06_11: {
            /** @description The result of the call. */
            data: components["schemas"]["ScheduleOutput_2024_06_11"][];
            /** @description Error details; absent when the call succeeded. */
            error?: Record<string, unknown> | null;
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description A seated booking: one slot shared by several attendees, each holding a seat. */
        GetSeatedBookingOutput_2024_08_13: {
            /**
             * @description `true` when the host was marked as a no-show.
             * @example true
             */
            absentHost: boolean;
            /** @description Attendees holding seats in this booking, each with its own `seatUid`. */
            attendees: components["schemas"]["SeatedAttendee"][];
            /**
             * @description Reason given when the booking was cancelled.
             * @example User requested cancellation
             */
            cancellationReason?: string | null;
            /**
             * @description Email of whoever cancelled the booking.
             * @example canceller@example.com
             */
            cancelledByEmail?: string | null;
            /**
             * @description When the booking was made, as an ISO 8601 instant in UTC.
             * @example 2024-08-13T15:30:00Z
             */
            createdAt: string;
            /**
             * @description Free-text description of the meeting, usually the attendee's notes.
             * @example Learn how to integrate scheduling into marketplace.
             */
            description: string | null;
            /**
             * @description Length of the meeting in minutes.
             * @example 60
             */
            duration: number;
            /**
             * @description End of the meeting as an ISO 8601 instant in UTC.
             * @example 2024-08-13T16:30:00Z
             */
            end: string;
            /** @description Id and slug of the event type that was booked. */
            eventType: components["schemas"]["EventType"] | null;
            /**
             * @deprecated
             * @description Deprecated: read `eventType.id`.
             * @example 50
             */
            eventTypeId: number | null;
            /** @description The organizer(s) of the meeting. */
            hosts: components["schemas"]["BookingHost"][];
            /**
             * @description UID of the iCalendar event created for the booking in calendars.
             * @example ics_uid_123
             */
            icsUid?: string | null;
            /**
             * @description Numeric booking id. Booking operations take the `uid` instead.
             * @example 123
             */
            id: number;
            /**
             * @description Where the meeting happens: a video link, an address or a phone number, depending on the location chosen.
             * @example https://example.com/meeting
             */
            location: string | null;
            /**
             * @deprecated
             * @description Deprecated: read `location`.
             * @example https://example.com/recurring-meeting
             */
            meetingUrl?: string | null;
            /**
             * @description Key/value data stored with the booking by whoever created it.
             * @example {
             *       "key": "value"
             *     }
             */
            metadata?: Record<string, unknown> | null;
            /**
             * @description Rating the attendee gave the meeting afterwards, if any.
             * @example 4
             */
            rating?: number | null;
            /**
             * @description Email of whoever rescheduled the booking.
             * @example rescheduler@example.com
             */
            rescheduledByEmail?: string | null;
            /**
             * @description Uid of the earlier booking this one replaced when it was rescheduled.
             * @example previous_uid_123
             */
            rescheduledFromUid?: string | null;
            /**
             * @description Uid of the booking that replaced this one when it was rescheduled; this booking is then cancelled.
             * @example new_uid_456
             */
            rescheduledToUid?: string | null;
            /**
             * @description Reason given when the booking was rescheduled.
             * @example User rescheduled the event
             */
            reschedulingReason?: string | null;
            /**
             * @description Start of the meeting as an ISO 8601 instant in UTC.
             * @example 2024-08-13T15:30:00Z
             */
            start: string;
            /**
             * @description `accepted`: confirmed. `pending`: waiting for the host to confirm (bookings.confirm or bookings.decline). `cancelled`: cancelled or replaced by a reschedule. `rejected`: declined by the host.
             * @example accepted
             * @enum {string}
             */
            status: "cancelled" | "accepted" | "rejected" | "pending";
            /**
             * @description Title of the meeting as shown in calendar events and emails.
             * @example Consultation
             */
            title: string;
            /**
             * @description Unique booking identifier; the `{bookingUid}` of bookings.get, cancel, reschedule and the other booking paths.
             * @example booking_uid_123
             */
            uid: string;
            /**
             * @description When the booking last changed, as an ISO 8601 instant in UTC.
             * @example 2024-08-13T15:30:00Z
             */
            updatedAt: string | null;
        };
        GetSlotsOutput_2024_09_04: {
            /** @description Free slots keyed by calendar date (`YYYY-MM-DD`, in the requested time zone). Each value lists the slots of that day in order; dates without free slots are left out. */
            data: {
                [key: string]: (components["schemas"]["SlotStart_2024_09_04"] | components["schemas"]["SlotRange_2024_09_04"])[];
            };
            /**
             * @description `success` when the call succeeded.
             * @enum {string}
             */
            status: "success";
        };
        /** @description One team in `data`. */
        GetTeamOutput: {
            /** @description The result of the call. */
            data: components["schemas"]["TeamOutputDto"];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description The teams of the authenticated user in `data`. */
        GetTeamsOutput: {
            /** @description The result of the call. */
            data: components["schemas"]["TeamOutputDto"][];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description The built-in question where the booker adds other people's emails (slug `guests`). */
        GuestsDefaultFieldInput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean;
            /** @description `true` keeps the question off the booking page. */
            hidden?: boolean;
            /** @description Question text shown to the booker above the field; omit to keep Cal.com's default wording. */
            label?: string;
            /** @description Hint shown inside the empty field. */
            placeholder?: string;
            /** @description Whether the booker must answer before booking. */
            required?: boolean;
            /**
             * @description Always `guests`.
             * @example guests
             */
            slug: string;
        };
        /** @description The built-in question where the booker adds other people's emails (slug `guests`). */
        GuestsDefaultFieldOutput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean | null;
            /** @description `true` keeps the question off the booking page. */
            hidden?: boolean | null;
            /**
             * @description Always `true`: a built-in field.
             * @default true
             * @example true
             */
            isDefault: boolean;
            /** @description Question text shown to the booker above the field; omit to keep Cal.com's default wording. */
            label?: string | null;
            /** @description Hint shown inside the empty field. */
            placeholder?: string | null;
            /** @description Whether the booker must answer before booking. */
            required?: boolean | null;
            /**
             * @description Always `guests`.
             * @default guests
             * @example guests
             */
            slug: string;
            /**
             * @description Always `multiemail` (the input kind used for this question).
             * @default multiemail
             */
            type: string;
        };
        /** @description An in-person address chosen by the organizer. */
        InputAddressLocation_2024_06_14: {
            /**
             * @description Street address of the meeting place.
             * @example 123 Example St, City, Country
             */
            address: string;
            /** @description `true` shows the address on the booking page; `false` reveals it only after booking. */
            public: boolean;
            /**
             * @description Always `address`.
             * @example address
             * @constant
             */
            type: "address";
        };
        /** @description The attendee gives an address when booking. */
        InputAttendeeAddressLocation_2024_06_14: {
            /**
             * @description Always `attendeeAddress`.
             * @example attendeeAddress
             * @constant
             */
            type: "attendeeAddress";
        };
        /** @description The attendee names any place, in free text. */
        InputAttendeeDefinedLocation_2024_06_14: {
            /**
             * @description Always `attendeeDefined`.
             * @example attendeeDefined
             * @constant
             */
            type: "attendeeDefined";
        };
        /** @description The attendee gives a phone number to be called on. */
        InputAttendeePhoneLocation_2024_06_14: {
            /**
             * @description Always `attendeePhone`.
             * @example attendeePhone
             * @constant
             */
            type: "attendeePhone";
        };
        /** @description A conferencing app that creates a meeting link per booking; the app must be installed for the owner. */
        InputIntegrationLocation_2024_06_14: {
            /**
             * @description `cal-video` (Cal.com's own), `google-meet`, `office365-video` (Microsoft Teams) or `zoom`.
             * @example cal-video
             * @enum {string}
             */
            integration: "cal-video" | "google-meet" | "zoom" | "whereby-video" | "whatsapp-video" | "webex-video" | "telegram-video" | "tandem" | "sylaps-video" | "skype-video" | "sirius-video" | "signal-video" | "shimmer-video" | "salesroom-video" | "roam-video" | "riverside-video" | "ping-video" | "office365-video" | "mirotalk-video" | "jitsi" | "jelly-video" | "jelly-conferencing" | "huddle" | "facetime-video" | "element-call-video" | "eightxeight-video" | "discord-video" | "demodesk-video" | "campfire-video";
            /**
             * @description Always `integration`.
             * @example integration
             * @constant
             */
            type: "integration";
        };
        /** @description A fixed meeting link, e.g. your own video room. */
        InputLinkLocation_2024_06_14: {
            /**
             * @description The meeting URL.
             * @example https://customvideo.com/join/123456
             */
            link: string;
            /** @description `true` shows the link on the booking page; `false` reveals it only after booking. */
            public: boolean;
            /**
             * @description Always `link`.
             * @example link
             * @constant
             */
            type: "link";
        };
        /** @description A phone number of the organizer that attendees call. */
        InputPhoneLocation_2024_06_14: {
            /**
             * @description Phone number in international format, e.g. `+14155550100`.
             * @example +37120993151
             */
            phone: string;
            /** @description `true` shows the number on the booking page; `false` reveals it only after booking. */
            public: boolean;
            /**
             * @description Always `phone`.
             * @example phone
             * @constant
             */
            type: "phone";
        };
        /** @description A calendar app from Cal.com's app store. */
        Integration: {
            /** @description Internal name of the app template the integration was made from. */
            __template?: string | null;
            /** @description App-specific settings Cal.com keeps for this integration; `null` when it has none. */
            appData?: Record<string, unknown> | null;
            /** @description App store categories of the app. */
            categories: string[];
            /** @description App store category, e.g. `calendar`. */
            category?: string | null;
            /** @description Short text about what the integration does. */
            description: string;
            /** @description Internal folder name of the app in Cal.com's app store, e.g. `googlecalendar`. */
            dirName?: string | null;
            /** @description Support email address of the integration's publisher. */
            email: string;
            /** @description `true` when the app is installed for the user. */
            installed?: boolean | null;
            /** @description Meeting location the app provides, if any. */
            locationOption: Record<string, unknown> | null;
            /** @description Path or URL of the integration's logo. */
            logo: string;
            /** @description Display name of the integration, e.g. `Google Calendar`. */
            name: string;
            /** @description Who publishes the integration, e.g. `Cal.com, Inc.`. */
            publisher: string;
            /** @description App slug, e.g. `google-calendar`. */
            slug: string;
            /** @description Title of the integration as the app store lists it. */
            title?: string | null;
            /** @description Integration type, e.g. `google_calendar`. */
            type: string;
            /** @description Web site of the integration's provider. */
            url: string;
            /** @description Kind of app, `calendar` here. */
            variant: string;
        };
        /** @description The built-in location picker (slug `location`), shown only when the event type offers two or more locations. */
        LocationDefaultFieldInput_2024_06_14: {
            /** @description Question text shown to the booker above the field; omit to keep Cal.com's default wording. */
            label?: string;
            /**
             * @description Always `location`.
             * @example location
             */
            slug: string;
        };
        /** @description The built-in location picker (slug `location`), shown only when the event type offers two or more locations. */
        LocationDefaultFieldOutput_2024_06_14: {
            /** @description `true` keeps the question off the booking page. */
            hidden: boolean;
            /**
             * @description Always `true`: a built-in field.
             * @default true
             * @example true
             */
            isDefault: boolean;
            /** @description Question text shown to the booker above the field; omit to keep Cal.com's default wording. */
            label?: string | null;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Always `location`.
             * @default location
             */
            slug: string;
            /**
             * @description Always `radioInput` (the input kind used for this question).
             * @default radioInput
             */
            type: string;
        };
        /** @description One attendee's no-show flag. */
        MarkAbsentAttendee: {
            /** @description `true` marks the attendee as a no-show; `false` clears the mark. */
            absent: boolean;
            /** @description Email of an attendee of the booking. */
            email: string;
        };
        /** @description Records who did not show up to a booking that has started. */
        MarkAbsentBookingInput_2024_08_13: {
            /** @description Attendees by email; `absent: true` is a no-show. */
            attendees?: components["schemas"]["MarkAbsentAttendee"][];
            /**
             * @description `true` marks the host as a no-show.
             * @example false
             */
            host?: boolean;
        };
        /** @description The booking with its updated no-show flags, in `data`. */
        MarkAbsentBookingOutput_2024_08_13: {
            /** @description The result of the call. */
            data: components["schemas"]["BookingOutput_2024_08_13"] | components["schemas"]["RecurringBookingOutput_2024_08_13"];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description The organization the user belongs to. */
        MeOrgOutput: {
            /** @description Organization id; the `{orgId}` of the organization user operations. */
            id: number;
            /** @description `true` for a Cal.com Platform organization (managed users). */
            isPlatform: boolean;
        };
        /** @description The authenticated user's profile. */
        MeOutput: {
            /** @description URL of your profile picture; `null` when not set. */
            avatarUrl: string | null;
            /** @description Text of your public profile page; `null` when not set. */
            bio: string | null;
            /** @description Id of the user's default schedule (see schedules.get), or `null`. */
            defaultScheduleId: number | null;
            /** @description Email address of your account. */
            email: string;
            /** @description User id of the authenticated user. */
            id: number;
            /** @description Your full name; `null` when not set. */
            name: string | null;
            /** @description The user's organization, when they belong to one. */
            organization?: components["schemas"]["MeOrgOutput"] | null;
            /** @description Id of the user's organization, or `null` outside an organization. */
            organizationId: number | null;
            /** @description Clock format for the user: `12` or `24` hours. */
            timeFormat: number;
            /** @description IANA time zone of the user, e.g. `Europe/London`. */
            timeZone: string;
            /** @description Your Cal.com username, the segment of your booking page URLs. */
            username: string;
            /** @description First day of the week, e.g. `Monday`. */
            weekStart: string;
        };
        /** @description Custom booking question: a question taking several email addresses; the answer is a list. */
        MultiEmailFieldInput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Please enter multiple emails
             */
            label: string;
            /**
             * @description Hint shown inside the empty field.
             * @example e.g., example@example.com
             */
            placeholder: string;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `multiemail`.
             * @example multiemail
             */
            type: string;
        };
        /** @description Custom booking question: a question taking several email addresses; the answer is a list. */
        MultiEmailFieldOutput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean | null;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Always `false`: a custom field.
             * @default false
             * @example false
             */
            isDefault: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Please enter multiple emails
             */
            label?: string | null;
            /**
             * @description Hint shown inside the empty field.
             * @example e.g., example@example.com
             */
            placeholder?: string | null;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `multiemail`.
             * @example multiemail
             */
            type: string;
        };
        /** @description Custom booking question: a drop-down from which the booker picks any number of options; the answer is a list. */
        MultiSelectFieldInput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Please select multiple options
             */
            label: string;
            /**
             * @description The choices offered to the booker.
             * @example [
             *       "Option 1",
             *       "Option 2"
             *     ]
             */
            options: string[];
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `multiselect`.
             * @example multiselect
             */
            type: string;
        };
        /** @description Custom booking question: a drop-down from which the booker picks any number of options; the answer is a list. */
        MultiSelectFieldOutput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean | null;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Always `false`: a custom field.
             * @default false
             * @example false
             */
            isDefault: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Please select multiple options
             */
            label?: string | null;
            /**
             * @description The choices offered to the booker.
             * @example [
             *       "Option 1",
             *       "Option 2"
             *     ]
             */
            options: string[];
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `multiselect`.
             * @example multiselect
             */
            type: string;
        };
        /** @description The built-in question for the attendee's name (slug `name`); always asked. */
        NameDefaultFieldInput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean;
            /** @description Question text shown to the booker above the field; omit to keep Cal.com's default wording. */
            label: string;
            /** @description Hint shown inside the empty field. */
            placeholder: string;
            /**
             * @description Always `name`.
             * @example name
             */
            type: string;
        };
        /** @description The built-in question for the attendee's name (slug `name`); always asked. */
        NameDefaultFieldOutput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean | null;
            /**
             * @description Always `true`: a built-in field.
             * @default true
             * @example true
             */
            isDefault: boolean;
            /** @description Question text shown to the booker above the field; omit to keep Cal.com's default wording. */
            label?: string | null;
            /** @description Hint shown inside the empty field. */
            placeholder?: string | null;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Always `name`.
             * @default name
             */
            slug: string;
            /**
             * @description Always `name`.
             * @default name
             * @example name
             */
            type: string;
        };
        /** @description The built-in question for additional notes (slug `notes`). */
        NotesDefaultFieldInput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean;
            /** @description `true` keeps the question off the booking page. */
            hidden?: boolean;
            /** @description Question text shown to the booker above the field; omit to keep Cal.com's default wording. */
            label?: string;
            /** @description Hint shown inside the empty field. */
            placeholder?: string;
            /** @description Whether the booker must answer before booking. */
            required?: boolean;
            /**
             * @description Always `notes`.
             * @example notes
             */
            slug: string;
        };
        /** @description The built-in question for additional notes (slug `notes`). */
        NotesDefaultFieldOutput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean | null;
            /** @description `true` keeps the question off the booking page. */
            hidden?: boolean | null;
            /**
             * @description Always `true`: a built-in field.
             * @default true
             * @example true
             */
            isDefault: boolean;
            /** @description Question text shown to the booker above the field; omit to keep Cal.com's default wording. */
            label?: string | null;
            /** @description Hint shown inside the empty field. */
            placeholder?: string | null;
            /** @description Whether the booker must answer before booking. */
            required?: boolean | null;
            /**
             * @description Always `notes`.
             * @default notes
             * @example notes
             */
            slug: string;
            /**
             * @description Always `textarea` (the input kind used for this question).
             * @default textarea
             */
            type: string;
        };
        /** @description An amount of notice, e.g. 30 minutes. */
        NoticeThreshold_2024_06_14: {
            /**
             * @description Amount of notice, in `unit`s.
             * @example 30
             */
            count: number;
            /**
             * @description Unit of `count`: `minutes` or `hours`.
             * @example minutes
             */
            unit: string;
        };
        /** @description Custom booking question: a number question. */
        NumberFieldInput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Please enter a number
             */
            label: string;
            /**
             * @description Hint shown inside the empty field.
             * @example e.g., 100
             */
            placeholder: string;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `number`.
             * @example number
             */
            type: string;
        };
        /** @description Custom booking question: a number question. */
        NumberFieldOutput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean | null;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Always `false`: a custom field.
             * @default false
             * @example false
             */
            isDefault: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Please enter a number
             */
            label?: string | null;
            /**
             * @description Hint shown inside the empty field.
             * @example e.g., 100
             */
            placeholder?: string | null;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `number`.
             * @example number
             */
            type: string;
        };
        /** @description A team as returned when it is deleted (or, when `isOrganization` is `true`, an organization). */
        OrgTeamOutputDto: {
            /** @description URL of a square icon shown in place of Cal.com's. */
            appIconLogo?: string | null;
            /** @description URL of a logo shown in place of Cal.com's in the app. */
            appLogo?: string | null;
            /** @description URL of the team's banner image. */
            bannerUrl?: string | null;
            /** @description Text of the team's public page. */
            bio?: string | null;
            /** @description Brand color for the light theme, as hex, e.g. `#292929`. */
            brandColor?: string | null;
            /** @description URL of a logo shown in the team's Cal Video meetings. */
            calVideoLogo?: string | null;
            /** @description Brand color for the dark theme, as hex, e.g. `#fafafa`. */
            darkBrandColor?: string | null;
            /**
             * @description `true` when the team page hid the option to book an individual member.
             * @default false
             */
            hideBookATeamMember?: boolean | null;
            /** @description `true` when Cal.com branding was removed from the team's pages. */
            hideBranding?: boolean | null;
            /** @description Team id. */
            id: number;
            /** @description `true` when this is an organization rather than a team. */
            isOrganization: boolean;
            /** @description `true` when only admins and owners could see the member list. */
            isPrivate?: boolean | null;
            /** @description URL of the team's logo image. */
            logoUrl?: string | null;
            /**
             * @description Key/value data stored with the team.
             * @example {
             *       "key": "value"
             *     }
             */
            metadata?: Record<string, unknown> | null;
            /** @description Display name of the team. */
            name: string;
            /** @description Id of the organization the team belonged to, if any. */
            parentId?: number | null;
            /** @description URL segment of the team's pages. */
            slug?: string | null;
            /** @description Theme of the team's pages: `light`, `dark`, or unset. */
            theme?: string | null;
            /** @description Clock: `12` or `24` hours. */
            timeFormat?: number | null;
            /**
             * @description IANA time zone of the team. Default `Europe/London`.
             * @default Europe/London
             */
            timeZone?: string | null;
            /**
             * @description First day of the week. Default `Sunday`.
             * @default Sunday
             */
            weekStart?: string | null;
        };
        /** @description The deleted team in `data`. */
        OrgTeamOutputResponseDto: {
            /** @description The result of the call. */
            data: components["schemas"]["OrgTeamOutputDto"];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description An in-person address chosen by the organizer. */
        OutputAddressLocation_2024_06_14: {
            /**
             * @description Street address where the meeting takes place, e.g. `123 Example St, City, Country`.
             * @example 123 Example St, City, Country
             */
            address: string;
            /** @description `true` when the address is shown before booking. */
            public: boolean;
            /**
             * @description Always `address`.
             * @example address
             * @constant
             */
            type: "address";
        };
        /** @description A conferencing app that creates a meeting link per booking. */
        OutputIntegrationLocation_2024_06_14: {
            /** @description Id of the connected app account used to create the meetings. */
            credentialId?: number | null;
            /**
             * @description Conferencing app slug, e.g. `cal-video`, `google-meet`, `zoom` or `office365-video` (Microsoft Teams).
             * @example cal-video
             * @enum {string}
             */
            integration: "cal-video" | "google-meet" | "zoom" | "whereby-video" | "whatsapp-video" | "webex-video" | "telegram-video" | "tandem" | "sylaps-video" | "skype-video" | "sirius-video" | "signal-video" | "shimmer-video" | "salesroom-video" | "roam-video" | "riverside-video" | "ping-video" | "office365-video" | "mirotalk-video" | "jitsi" | "jelly-video" | "jelly-conferencing" | "huddle" | "facetime-video" | "element-call-video" | "eightxeight-video" | "discord-video" | "demodesk-video" | "campfire-video";
            /**
             * @description Fixed link of the app, when it has one.
             * @example https://example.com
             */
            link?: string | null;
            /**
             * @description Always `integration`.
             * @example integration
             * @constant
             */
            type: "integration";
        };
        /** @description A fixed meeting link. */
        OutputLinkLocation_2024_06_14: {
            /**
             * @description URL attendees open to join the meeting.
             * @example https://customvideo.com/join/123456
             */
            link: string;
            /** @description `true` when the link is shown before booking. */
            public: boolean;
            /**
             * @description Always `link`.
             * @example link
             * @constant
             */
            type: "link";
        };
        /** @description The default conferencing app of whichever host gets the booking (team event types). */
        OutputOrganizersDefaultAppLocation_2024_06_14: {
            /**
             * @description Always `organizersDefaultApp`.
             * @example organizersDefaultApp
             * @constant
             */
            type: "organizersDefaultApp";
        };
        /** @description A phone number of the organizer that attendees call. */
        OutputPhoneLocation_2024_06_14: {
            /**
             * @description Phone number to call for the meeting, in international format, e.g. `+14155552671`.
             * @example +37120993151
             */
            phone: string;
            /** @description `true` when the number is shown before booking. */
            public: boolean;
            /**
             * @description Always `phone`.
             * @example phone
             * @constant
             */
            type: "phone";
        };
        /** @description A location Cal.com could not map to a known kind. */
        OutputUnknownLocation_2024_06_14: {
            /** @description The stored location value, as is. */
            location: string;
            /**
             * @description Always `unknown`.
             * @example unknown
             * @constant
             */
            type: "unknown";
        };
        /** @description Paging information of a list response, for the `take` and `skip` query parameters. */
        PaginationMetaDto: {
            /**
             * @description Number of this page, counting from 1.
             * @example 2
             */
            currentPage: number;
            /**
             * @description `true` when more items follow; fetch them with `skip` raised by `take`.
             * @example true
             */
            hasNextPage: boolean;
            /**
             * @description `true` when items precede this page.
             * @example true
             */
            hasPreviousPage: boolean;
            /**
             * @description Page size, the `take` that was asked for.
             * @example 10
             */
            itemsPerPage: number;
            /**
             * @description Number of matching items after this page.
             * @example 103
             */
            remainingItems: number;
            /**
             * @description Number of items in this page.
             * @example 10
             */
            returnedItems: number;
            /**
             * @description Number of matching items across all pages.
             * @example 123
             */
            totalItems: number;
            /**
             * @description Number of pages at the current page size.
             * @example 13
             */
            totalPages: number;
        };
        /** @description Custom booking question: a phone-number question; the answer is in international format. */
        PhoneFieldInput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /** @description Question text shown to the booker above the field; omit to keep Cal.com's default wording. */
            label: string;
            /** @description Hint shown inside the empty field. */
            placeholder: string;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `phone`.
             * @example phone
             */
            type: string;
        };
        /** @description Custom booking question: a phone-number question; the answer is in international format. */
        PhoneFieldOutput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean | null;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Always `false`: a custom field.
             * @default false
             * @example false
             */
            isDefault: boolean;
            /** @description Question text shown to the booker above the field; omit to keep Cal.com's default wording. */
            label?: string | null;
            /** @description Hint shown inside the empty field. */
            placeholder?: string | null;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `phone`.
             * @example phone
             */
            type: string;
        };
        /** @description The main calendar of a connected account. */
        Primary: {
            /** @description Id of the connection the calendar belongs to. */
            credentialId: number;
            /** @description Id of the organization-wide delegated access in use, or `null`. */
            delegationCredentialId?: string | null;
            /** @description Email address of the account of the primary calendar. */
            email?: string | null;
            /** @description The calendar's id at its provider, often an email address. */
            externalId: string;
            /** @description Integration type, e.g. `google_calendar`. */
            integration?: string | null;
            /** @description `true` when Cal.com checks this calendar for conflicts. */
            isSelected: boolean;
            /** @description Name of the primary calendar as its provider shows it. */
            name?: string | null;
            /** @description `true` for the account's main calendar. */
            primary: boolean | null;
            /** @description `true` when Cal.com can read but not add events. */
            readOnly: boolean;
        };
        /** @description A user's profile inside an organization. */
        ProfileOutput: {
            /**
             * @description Profile id.
             * @example 1
             */
            id: number;
            /**
             * @description Id of the organization.
             * @example 1
             */
            organizationId: number;
            /**
             * @description User id of the profile's owner.
             * @example 1
             */
            userId: number;
            /**
             * @description Username inside the organization, which may differ from the global one; `null` if unset.
             * @example john_doe
             */
            username?: string | null;
        };
        /** @description Custom booking question: a group of radio buttons; the booker picks one option. */
        RadioGroupFieldInput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Select one option
             */
            label: string;
            /**
             * @description The choices offered to the booker.
             * @example [
             *       "Radio 1",
             *       "Radio 2"
             *     ]
             */
            options: string[];
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `radio`.
             * @example radio
             */
            type: string;
        };
        /** @description Custom booking question: a group of radio buttons; the booker picks one option. */
        RadioGroupFieldOutput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean | null;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Always `false`: a custom field.
             * @default false
             * @example false
             */
            isDefault: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Select one option
             */
            label?: string | null;
            /**
             * @description The choices offered to the booker.
             * @example [
             *       "Radio 1",
             *       "Radio 2"
             *     ]
             */
            options: string[];
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `radio`.
             * @example radio
             */
            type: string;
        };
        /** @description Bookable only between two dates. */
        RangeWindow_2024_06_14: {
            /**
             * @description Always `range` for this form.
             * @enum {string}
             */
            type: "businessDays" | "calendarDays" | "range";
            /**
             * @description First and last bookable date as `YYYY-MM-DD`, e.g. `["2030-09-05", "2030-09-09"]`.
             * @example [
             *       "2030-09-05",
             *       "2030-09-09"
             *     ]
             */
            value: string[];
        };
        /** @description Repeat rule of a recurring event type. */
        Recurrence_2024_06_14: {
            /**
             * @description `weekly`, `monthly` or `yearly`.
             * @enum {string}
             */
            frequency: "yearly" | "monthly" | "weekly";
            /**
             * @description Repeat every `interval` units of `frequency`, e.g. 2 with `weekly` means every other week.
             * @example 10
             */
            interval: number;
            /**
             * @description Largest number of occurrences in one booked series.
             * @example 10
             */
            occurrences: number;
        };
        /** @description One occurrence of a recurring booking. */
        RecurringBookingOutput_2024_08_13: {
            /**
             * @description `true` when the host was marked as a no-show.
             * @example true
             */
            absentHost: boolean;
            /** @description The people who booked, with their time zones and no-show flags. */
            attendees: components["schemas"]["BookingAttendee"][];
            /**
             * @description Answers to the booking questions, keyed by booking field slug; includes default fields such as `name`, `email` and `notes`.
             * @example {
             *       "customField": "customValue"
             *     }
             */
            bookingFieldsResponses: Record<string, unknown>;
            /**
             * @description Reason given when the booking was cancelled.
             * @example User requested cancellation
             */
            cancellationReason?: string | null;
            /**
             * @description Email of whoever cancelled the booking.
             * @example canceller@example.com
             */
            cancelledByEmail?: string | null;
            /**
             * @description When the booking was made, as an ISO 8601 instant in UTC.
             * @example 2024-08-13T15:30:00Z
             */
            createdAt: string;
            /**
             * @description Free-text description of the meeting, usually the attendee's notes.
             * @example Learn how to integrate scheduling into marketplace.
             */
            description: string | null;
            /**
             * @description Length of the meeting in minutes.
             * @example 60
             */
            duration: number;
            /**
             * @description End of the meeting as an ISO 8601 instant in UTC.
             * @example 2024-08-13T16:30:00Z
             */
            end: string;
            /** @description Id and slug of the event type that was booked. */
            eventType: components["schemas"]["EventType"] | null;
            /**
             * @deprecated
             * @description Deprecated: read `eventType.id`.
             * @example 50
             */
            eventTypeId: number | null;
            /**
             * @description Email addresses of the additional invitees.
             * @example [
             *       "guest1@example.com",
             *       "guest2@example.com"
             *     ]
             */
            guests?: string[] | null;
            /** @description The organizer(s) of the meeting. */
            hosts: components["schemas"]["BookingHost"][];
            /**
             * @description UID of the iCalendar event created for the booking in calendars.
             * @example ics_uid_123
             */
            icsUid?: string | null;
            /**
             * @description Numeric booking id. Booking operations take the `uid` instead.
             * @example 123
             */
            id: number;
            /**
             * @description Where the meeting happens: a video link, an address or a phone number, depending on the location chosen.
             * @example https://example.com/meeting
             */
            location: string | null;
            /**
             * @deprecated
             * @description Deprecated: read `location`.
             * @example https://example.com/recurring-meeting
             */
            meetingUrl?: string | null;
            /**
             * @description Key/value data stored with the booking by whoever created it.
             * @example {
             *       "key": "value"
             *     }
             */
            metadata?: Record<string, unknown> | null;
            /**
             * @description Rating the attendee gave the meeting afterwards, if any.
             * @example 4
             */
            rating?: number | null;
            /**
             * @description Uid shared by every occurrence of the recurring series.
             * @example recurring_uid_987
             */
            recurringBookingUid: string;
            /**
             * @description Email of whoever rescheduled the booking.
             * @example rescheduler@example.com
             */
            rescheduledByEmail?: string | null;
            /**
             * @description Uid of the earlier booking this one replaced when it was rescheduled.
             * @example previous_uid_123
             */
            rescheduledFromUid?: string | null;
            /**
             * @description Uid of the booking that replaced this one when it was rescheduled; this booking is then cancelled.
             * @example new_uid_456
             */
            rescheduledToUid?: string | null;
            /**
             * @description Reason given when the booking was rescheduled.
             * @example User rescheduled the event
             */
            reschedulingReason?: string | null;
            /**
             * @description Start of the meeting as an ISO 8601 instant in UTC.
             * @example 2024-08-13T15:30:00Z
             */
            start: string;
            /**
             * @description `accepted`: confirmed. `pending`: waiting for the host to confirm (bookings.confirm or bookings.decline). `cancelled`: cancelled or replaced by a reschedule. `rejected`: declined by the host.
             * @example accepted
             * @enum {string}
             */
            status: "cancelled" | "accepted" | "rejected" | "pending";
            /**
             * @description Title of the meeting as shown in calendar events and emails.
             * @example Consultation
             */
            title: string;
            /**
             * @description Unique booking identifier; the `{bookingUid}` of bookings.get, cancel, reschedule and the other booking paths.
             * @example booking_uid_123
             */
            uid: string;
            /**
             * @description When the booking last changed, as an ISO 8601 instant in UTC.
             * @example 2024-08-13T15:30:00Z
             */
            updatedAt: string | null;
        };
        /** @description Moves a booking to a new start time. Cal.com creates a new booking (new uid) and cancels the old one. */
        RescheduleBookingInput_2024_08_13: {
            /**
             * @description Code emailed to the attendee, if required.
             * @example 123456
             */
            emailVerificationCode?: string;
            /** @description Email of whoever reschedules. Matters when the event type requires confirmation: the owner's email confirms the new booking at once, an attendee's email (or none) leaves it pending. */
            rescheduledBy?: string;
            /**
             * @description Why; shown in the emails.
             * @example User requested reschedule
             */
            reschedulingReason?: string;
            /**
             * @description ISO 8601 instant in UTC, e.g. `2026-12-02T15:00:00Z`. Take it from slots.list.
             * @example 2024-08-13T10:00:00Z
             */
            start: string;
        };
        /** @description The new booking that replaces the rescheduled one, in `data`. */
        RescheduleBookingOutput_2024_08_13: {
            /** @description The result of the call. */
            data: components["schemas"]["BookingOutput_2024_08_13"] | components["schemas"]["RecurringBookingOutput_2024_08_13"] | components["schemas"]["CreateSeatedBookingOutput_2024_08_13"] | components["schemas"]["CreateRecurringSeatedBookingOutput_2024_08_13"];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description The built-in question for the reason, asked when a booking is rescheduled (slug `rescheduleReason`). */
        RescheduleReasonDefaultFieldInput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean;
            /** @description `true` keeps the question off the booking page. */
            hidden?: boolean;
            /** @description Question text shown to the booker above the field; omit to keep Cal.com's default wording. */
            label?: string;
            /** @description Hint shown inside the empty field. */
            placeholder?: string;
            /** @description Whether the booker must answer before booking. */
            required?: boolean;
            /**
             * @description Always `rescheduleReason`.
             * @example rescheduleReason
             */
            slug: string;
        };
        /** @description The built-in question for the reason, asked when a booking is rescheduled (slug `rescheduleReason`). */
        RescheduleReasonDefaultFieldOutput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean | null;
            /** @description `true` keeps the question off the booking page. */
            hidden?: boolean | null;
            /**
             * @description Always `true`: a built-in field.
             * @default true
             * @example true
             */
            isDefault: boolean;
            /** @description Question text shown to the booker above the field; omit to keep Cal.com's default wording. */
            label?: string | null;
            /** @description Hint shown inside the empty field. */
            placeholder?: string | null;
            /** @description Whether the booker must answer before booking. */
            required?: boolean | null;
            /**
             * @description Always `rescheduleReason`.
             * @default rescheduleReason
             * @example rescheduleReason
             */
            slug: string;
            /**
             * @description Always `textarea` (the input kind used for this question).
             * @default textarea
             */
            type: string;
        };
        /** @description Moves one attendee's seat of a seated booking to a new start time. */
        RescheduleSeatedBookingInput_2024_08_13: {
            /**
             * @description Code emailed to the attendee, if required.
             * @example 123456
             */
            emailVerificationCode?: string;
            /** @description Email of whoever reschedules. With event types requiring confirmation, the owner's email confirms at once; otherwise the booking waits for the owner. */
            rescheduledBy?: string;
            /**
             * @description Seat to move: the booking's `attendees[].seatUid`.
             * @example 3be561a9-31f1-4b8e-aefc-9d9a085f0dd1
             */
            seatUid: string;
            /**
             * @description ISO 8601 instant in UTC, e.g. `2026-12-02T15:00:00Z`.
             * @example 2024-08-13T10:00:00Z
             */
            start: string;
        };
        /** @description Holds a free slot for a few minutes so nobody else can book it while the booker finishes. */
        ReserveSlotInput_2024_09_04: {
            /**
             * @description Event type id, from eventTypes.list.
             * @example 1
             */
            eventTypeId: number;
            /**
             * @description Minutes to hold it; 5 when omitted. Honoured only for authenticated requests.
             * @example 5
             */
            reservationDuration?: number;
            /** @description Slot length in minutes, if several are offered. Defaults to the event type's length. */
            slotDuration?: number;
            /**
             * @description Slot start from slots.list, an ISO 8601 instant in UTC.
             * @example 2024-09-04T09:00:00Z
             */
            slotStart: string;
        };
        /** @description A slot on hold. */
        ReserveSlotOutput_2024_09_04: {
            /**
             * @description Id of the event type the slot belongs to.
             * @example 1
             */
            eventTypeId: number;
            /**
             * @description How many minutes the slot is held.
             * @example 5
             */
            reservationDuration: number;
            /**
             * @description Id of the hold; pass it as `{uid}` to slots.updateReservation or slots.deleteReservation.
             * @example e84be5a3-4696-49e3-acc7-b2f3999c3b94
             */
            reservationUid: string;
            /**
             * @description When the hold expires, as an ISO 8601 instant in UTC.
             * @example 2023-09-04T10:00:00Z
             */
            reservationUntil: string;
            /** @description Length of the slot in minutes. */
            slotDuration: number;
            /**
             * @description End of the held slot as an ISO 8601 instant in UTC.
             * @example 2024-09-04T10:00:00Z
             */
            slotEnd: string;
            /**
             * @description Start of the held slot as an ISO 8601 instant in UTC.
             * @example 2024-09-04T09:00:00Z
             */
            slotStart: string;
        };
        /** @description The hold just created or changed, in `data`. */
        ReserveSlotOutputResponse_2024_09_04: {
            /** @description The result of the call. */
            data: components["schemas"]["ReserveSlotOutput_2024_09_04"];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description How a routing form assigned a booking to team members. */
        Routing: {
            /**
             * @description Slug of the CRM app used for routing, e.g. `salesforce`.
             * @example salesforce
             */
            crmAppSlug?: string;
            /**
             * @description CRM record type that holds the owner used for assignment, e.g. `Account` or `Contact`.
             * @example Account
             */
            crmOwnerRecordType?: string;
            /**
             * @description Id of the queued routing-form response; present only when the response was queued.
             * @example 123
             */
            queuedResponseId?: string | null;
            /**
             * @description Id of the routing-form response that led to this booking.
             * @example 123
             */
            responseId?: number | null;
            /**
             * @description `true` skips assigning the booking to the contact owner from a connected CRM.
             * @example true
             */
            skipContactOwner?: boolean;
            /**
             * @description Email of the team member the booking is assigned to, e.g. the contact owner found in a CRM.
             * @example john.doe@example.com
             */
            teamMemberEmail?: string;
            /**
             * @description User ids of the team members the routing form selected as hosts.
             * @example [
             *       101,
             *       102
             *     ]
             */
            teamMemberIds: number[];
        };
        /** @description One block of weekly hours, repeated on each listed day. */
        ScheduleAvailabilityInput_2024_06_11: {
            /**
             * @description Weekdays the block applies to: `Monday` to `Sunday`.
             * @example [
             *       "Monday",
             *       "Tuesday"
             *     ]
             */
            days: ("Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday")[];
            /**
             * @description End of the block as `HH:mm` (24-hour) in the schedule's time zone, e.g. `17:00`; later than `startTime`.
             * @example 15:00
             */
            endTime: string;
            /**
             * @description Start of the block as `HH:mm` (24-hour) in the schedule's time zone, e.g. `09:00`.
             * @example 08:00
             */
            startTime: string;
        };
        /** @description An availability schedule. */
        ScheduleOutput_2024_06_11: {
            /**
             * @description Weekly hours.
             * @example [
             *       {
             *         "days": [
             *           "Monday",
             *           "Tuesday"
             *         ],
             *         "startTime": "17:00",
             *         "endTime": "19:00"
             *       },
             *       {
             *         "days": [
             *           "Wednesday",
             *           "Thursday"
             *         ],
             *         "startTime": "16:00",
             *         "endTime": "20:00"
             *       }
             *     ]
             */
            availability: components["schemas"]["ScheduleAvailabilityInput_2024_06_11"][];
            /**
             * @description Schedule id; pass it as `scheduleId` to event types and the schedule paths.
             * @example 254
             */
            id: number;
            /**
             * @description `true` for the owner's default schedule.
             * @example true
             */
            isDefault: boolean;
            /**
             * @description Schedule name, e.g. `Working hours`.
             * @example Catch up hours
             */
            name: string;
            /**
             * @description Hours on `YYYY-MM-DD` dates, replacing the weekly hours.
             * @example [
             *       {
             *         "date": "2024-05-20",
             *         "startTime": "18:00",
             *         "endTime": "21:00"
             *       }
             *     ]
             */
            overrides: components["schemas"]["ScheduleOverrideInput_2024_06_11"][];
            /**
             * @description User id of the schedule's owner.
             * @example 478
             */
            ownerId: number;
            /**
             * @description IANA time zone the hours are expressed in.
             * @example Europe/Rome
             */
            timeZone: string;
        };
        /** @description Hours for one date, replacing that day's weekly hours. */
        ScheduleOverrideInput_2024_06_11: {
            /**
             * @description The date as `YYYY-MM-DD`, in the schedule's time zone.
             * @example 2024-05-20
             */
            date: string;
            /**
             * @description End of the hours that day as `HH:mm` (24-hour) in the schedule's time zone.
             * @example 13:00
             */
            endTime: string;
            /**
             * @description Start of the hours that day as `HH:mm` (24-hour) in the schedule's time zone.
             * @example 12:00
             */
            startTime: string;
        };
        /** @description An attendee holding one seat of a seated booking. */
        SeatedAttendee: {
            /**
             * @description `true` when the attendee was marked as a no-show.
             * @example false
             */
            absent: boolean;
            /**
             * @description This attendee's answers to the booking questions, keyed by booking field slug.
             * @example {
             *       "customField": "customValue"
             *     }
             */
            bookingFieldsResponses: Record<string, unknown>;
            /**
             * @description The seat holder's email address as it should be shown to people; may differ from `email` for platform-managed users.
             * @example john@example.com
             */
            displayEmail: string;
            /**
             * @description Email address of the attendee holding the seat.
             * @example john@example.com
             */
            email: string;
            /**
             * @description Locale code of the attendee's emails, e.g. `en`, `de` or `pt-BR`.
             * @example en
             * @enum {string|null}
             */
            language?: "ar" | "ca" | "de" | "es" | "eu" | "he" | "id" | "ja" | "lv" | "pl" | "ro" | "sr" | "th" | "vi" | "az" | "cs" | "el" | "es-419" | "fi" | "hr" | "it" | "km" | "nl" | "pt" | "ru" | "sv" | "tr" | "zh-CN" | "bg" | "da" | "en" | "et" | "fr" | "hu" | "iw" | "ko" | "no" | "pt-BR" | "sk" | "ta" | "uk" | "zh-TW" | "bn" | null;
            /**
             * @description Key/value data stored with this seat.
             * @example {
             *       "key": "value"
             *     }
             */
            metadata?: Record<string, unknown> | null;
            /**
             * @description Full name of the attendee holding the seat.
             * @example John Doe
             */
            name: string;
            /**
             * @description Attendee's phone number in international format.
             * @example +1234567890
             */
            phoneNumber?: string | null;
            /**
             * @description Uid of this attendee's seat; pass it to cancel or reschedule only this seat.
             * @example 3be561a9-31f1-4b8e-aefc-9d9a085f0dd1
             */
            seatUid: string;
            /**
             * @description IANA time zone of the attendee, e.g. `America/New_York`.
             * @example America/New_York
             */
            timeZone: string;
        };
        /** @description Seated event type: several attendees share one slot, each taking a seat. */
        Seats_2024_06_14: {
            /**
             * @description Maximum attendees per slot.
             * @example 4
             */
            seatsPerTimeSlot: number;
            /**
             * @description `true` lets attendees see who else booked the slot.
             * @example true
             */
            showAttendeeInfo: boolean;
            /**
             * @description `true` shows bookers how many seats are left.
             * @example true
             */
            showAvailabilityCount: boolean;
        };
        /** @description Custom booking question: a drop-down from which the booker picks one option. */
        SelectFieldInput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Please select an option
             */
            label: string;
            /**
             * @description The choices offered to the booker.
             * @example [
             *       "Option 1",
             *       "Option 2"
             *     ]
             */
            options: string[];
            /**
             * @description Hint shown inside the empty field.
             * @example Select...
             */
            placeholder: string;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `select`.
             * @example select
             */
            type: string;
        };
        /** @description Custom booking question: a drop-down from which the booker picks one option. */
        SelectFieldOutput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean | null;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Always `false`: a custom field.
             * @default false
             * @example false
             */
            isDefault: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Please select an option
             */
            label?: string | null;
            /**
             * @description The choices offered to the booker.
             * @example [
             *       "Option 1",
             *       "Option 2"
             *     ]
             */
            options: string[];
            /**
             * @description Hint shown inside the empty field.
             * @example Select...
             */
            placeholder?: string | null;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `select`.
             * @example select
             */
            type: string;
        };
        /** @description A bookable slot with its end (when `format=range`). */
        SlotRange_2024_09_04: {
            /** @description For seated event types, how many seats are already taken. */
            attendeesCount?: number | null;
            /** @description For seated event types, the booking that holds this slot's seats. */
            bookingUid?: string | null;
            /**
             * Format: date-time
             * @description End of the slot.
             */
            end: string;
            /**
             * Format: date-time
             * @description Start of the slot, ISO 8601 with the offset of the requested time zone.
             */
            start: string;
        };
        /** @description A bookable start time (default format). */
        SlotStart_2024_09_04: {
            /** @description For seated event types, how many seats are already taken. */
            attendeesCount?: number | null;
            /** @description For seated event types, the booking that holds this slot's seats. */
            bookingUid?: string | null;
            /**
             * Format: date-time
             * @description Start of the slot, ISO 8601 with the offset of the requested time zone.
             */
            start: string;
        };
        /** @description A success envelope without data. */
        SuccessStatusOnly: {
            /**
             * @description `success` when the call succeeded.
             * @enum {string}
             */
            status: "success";
        };
        /** @description A host of a team event type. */
        TeamEventTypeHostOutput: {
            /** @description Address of the profile picture. */
            avatarUrl?: string | null;
            /** @description `true` when the host must attend every booking (round robin). */
            mandatory?: boolean | null;
            /** @description Full name. */
            name?: string | null;
            /** @description Round-robin priority: lowest, low, medium, high or highest. */
            priority?: string | null;
            /** @description Numeric id of the host. */
            userId: number;
            /** @description Username in public booking links. */
            username?: string | null;
        };
        TeamEventTypeOutput_2024_06_14: {
            /**
             * @description Minutes kept free after each meeting.
             * @example 0
             */
            afterEventBuffer?: number | null;
            /** @description `true` when rescheduling a cancelled booking creates a new booking; `null` when never set. */
            allowReschedulingCancelledBookings?: boolean | null;
            /** @description `true` lets attendees reschedule a booking whose time has already passed. */
            allowReschedulingPastBookings?: boolean | null;
            /** @description `true` when every team member, present and future, is a host. */
            assignAllTeamMembers?: boolean | null;
            /**
             * @description Minutes kept free before each meeting.
             * @example 0
             */
            beforeEventBuffer?: number | null;
            /** @description The cap on upcoming bookings per booker, if one is set. */
            bookerActiveBookingsLimit?: components["schemas"]["BookerActiveBookingsLimitOutput_2024_06_14"] | null;
            /** @description Booking page views offered and the one that opens first. */
            bookerLayouts?: components["schemas"]["BookerLayouts_2024_06_14"] | null;
            /** @description Questions the booking page asks, Cal.com's defaults and the team's own. */
            bookingFields: (components["schemas"]["NameDefaultFieldOutput_2024_06_14"] | components["schemas"]["EmailDefaultFieldOutput_2024_06_14"] | components["schemas"]["LocationDefaultFieldOutput_2024_06_14"] | components["schemas"]["RescheduleReasonDefaultFieldOutput_2024_06_14"] | components["schemas"]["TitleDefaultFieldOutput_2024_06_14"] | components["schemas"]["NotesDefaultFieldOutput_2024_06_14"] | components["schemas"]["GuestsDefaultFieldOutput_2024_06_14"] | components["schemas"]["PhoneFieldOutput_2024_06_14"] | components["schemas"]["AddressFieldOutput_2024_06_14"] | components["schemas"]["TextFieldOutput_2024_06_14"] | components["schemas"]["NumberFieldOutput_2024_06_14"] | components["schemas"]["TextAreaFieldOutput_2024_06_14"] | components["schemas"]["SelectFieldOutput_2024_06_14"] | components["schemas"]["MultiSelectFieldOutput_2024_06_14"] | components["schemas"]["MultiEmailFieldOutput_2024_06_14"] | components["schemas"]["CheckboxGroupFieldOutput_2024_06_14"] | components["schemas"]["RadioGroupFieldOutput_2024_06_14"] | components["schemas"]["BooleanFieldOutput_2024_06_14"] | components["schemas"]["UrlFieldOutput_2024_06_14"])[];
            /** @description Caps on the number of bookings per day, week, month or year. */
            bookingLimitsCount?: Record<string, unknown> | null;
            /** @description Caps on the total booked minutes per day, week, month or year. */
            bookingLimitsDuration?: Record<string, unknown> | null;
            /** @description `true` when only the owner or team/organization admins may book it through the API. */
            bookingRequiresAuthentication?: boolean | null;
            /** @description How far ahead the event type can be booked (a number of days or a date range); absent when unlimited. */
            bookingWindow?: components["schemas"]["BusinessDaysWindow_2024_06_14"] | components["schemas"]["CalendarDaysWindow_2024_06_14"] | components["schemas"]["RangeWindow_2024_06_14"] | components["schemas"]["Disabled_2024_06_14"] | null;
            /** @description Recording and transcription options for Cal Video meetings. */
            calVideoSettings?: components["schemas"]["CalVideoSettings"] | null;
            /** @description Colors marking this event type in the Cal.com app. */
            color?: components["schemas"]["EventTypeColor_2024_06_14"] | null;
            /** @description When bookings wait for the host's confirmation. */
            confirmationPolicy?: Record<string, unknown> | null;
            /** @description Currency of `price` as a three-letter code, e.g. `usd`. */
            currency: string;
            /** @description Template for the title of calendar events. */
            customName?: string | null;
            /**
             * @description Text shown on the booking page.
             * @example Discover the culinary wonders of Argentina by making the best flan ever!
             */
            description: string | null;
            /** @description Calendar that bookings of this event type are written to. */
            destinationCalendar?: components["schemas"]["DestinationCalendar_2024_06_14"] | null;
            /** @description Whether attendees may cancel: `{disabled: true}` removes the cancel option from emails and the booking page. */
            disableCancelling?: components["schemas"]["DisableCancellingOutput_2024_06_14"] | null;
            /** @description `true` when bookers cannot invite guests. */
            disableGuests: boolean;
            /** @description Whether attendees may reschedule: always off with `disabled: true`, or only within `minutesBefore` minutes of the start. */
            disableRescheduling?: components["schemas"]["DisableReschedulingOutput_2024_06_14"] | null;
            /** @description Which of Cal.com's emails are switched off for this event type. */
            emailSettings?: components["schemas"]["EmailSettings_2024_06_14"] | null;
            /** @description `true` passes the booking's details as query parameters to `successRedirectUrl`. */
            forwardParamsSuccessRedirect: boolean | null;
            /** @description `true` when the event type is left off the owner's public profile page. */
            hidden?: boolean | null;
            /** @description `true` when the calendar event is private (others see only a busy block). */
            hideCalendarEventDetails?: boolean | null;
            /** @description `true` when the booker's notes are kept out of the calendar event. */
            hideCalendarNotes?: boolean | null;
            /** @description `true` when the organizer's email is hidden from bookers. */
            hideOrganizerEmail?: boolean | null;
            /** @description Team members who host meetings of this event type, with their priority and weight for round-robin. */
            hosts: components["schemas"]["TeamEventTypeHostOutput"][];
            /**
             * @description Event type id; pass it as `eventTypeId` to bookings.create, slots.list and the event type paths.
             * @example 1
             */
            id: number;
            /** @description Language code of the booking page, e.g. `en`; `null` or empty follows the visitor's browser. */
            interfaceLanguage?: string | null;
            /** @description `true` for instant-meeting event types (team event types only). */
            isInstantEvent: boolean;
            /**
             * @description Meeting length in minutes.
             * @example 60
             */
            lengthInMinutes: number;
            /**
             * @description Lengths in minutes the booker may choose between, when there are several.
             * @example [
             *       15,
             *       30,
             *       60
             *     ]
             */
            lengthInMinutesOptions?: number[] | null;
            /** @description Where meetings of this event type can take place; the booker picks one when there are several. */
            locations: (components["schemas"]["OutputAddressLocation_2024_06_14"] | components["schemas"]["OutputLinkLocation_2024_06_14"] | components["schemas"]["OutputIntegrationLocation_2024_06_14"] | components["schemas"]["OutputPhoneLocation_2024_06_14"] | components["schemas"]["OutputOrganizersDefaultAppLocation_2024_06_14"] | components["schemas"]["OutputUnknownLocation_2024_06_14"])[];
            /** @description `true` when bookers cannot change the time zone the booking page shows. */
            lockTimeZoneToggleOnBookingPage: boolean;
            /** @description Extra key/value data stored with the event type. */
            metadata: Record<string, unknown>;
            /**
             * @description Minimum notice in minutes before a slot can be booked.
             * @example 0
             */
            minimumBookingNotice?: number | null;
            /** @description Minutes every offered start time is shifted by. */
            offsetStart?: number | null;
            /** @description `true` when only the earliest free slot of each day is offered. */
            onlyShowFirstAvailableSlot?: boolean | null;
            /** @description Id of the user who owns the event type; `null` for a team event type. */
            ownerId?: Record<string, unknown> | null;
            /** @description For a host's copy of a managed event type, the id of the team's event type it came from; `null` otherwise. */
            parentEventTypeId?: Record<string, unknown> | null;
            /** @description Price of a booking in the smallest unit of `currency` (e.g. cents); 0 when free. */
            price: number;
            /** @description Repeat rule of a recurring event type (frequency, interval, count); `null` for a one-off meeting. */
            recurrence: components["schemas"]["Recurrence_2024_06_14"] | null;
            /** @description `true` when bookers must confirm their email with a code. */
            requiresBookerEmailVerification?: boolean | null;
            /** @description `true` keeps the original round-robin host when a booking is rescheduled. */
            rescheduleWithSameRoundRobinHost?: boolean | null;
            /** @description Id of the availability schedule the event type uses; `null` uses each host's default schedule. */
            scheduleId: number | null;
            /**
             * @description How hosts are assigned: `roundRobin` (one host in turn), `collective` (all hosts) or `managed` (each member gets a copy).
             * @enum {string}
             */
            schedulingType: "roundRobin" | "collective" | "managed";
            /** @description Seat settings for seated event types. */
            seats?: components["schemas"]["Seats_2024_06_14"] | components["schemas"]["Disabled_2024_06_14"] | null;
            /** @description Number of attendees one time can hold for a seated event type; `null` when seats are off. */
            seatsPerTimeSlot?: number | null;
            /** @description `true` shows bookers how many seats are left; `null` when seats are off. */
            seatsShowAvailabilityCount?: boolean | null;
            /** @description `true` when offered times are ordered to keep the hosts' calendars compact; `null` when never set. */
            showOptimizedSlots?: boolean | null;
            /**
             * @description Minutes between offered start times; `null` uses the meeting length.
             * @example 60
             */
            slotInterval?: number | null;
            /**
             * @description URL segment of the booking page; with the owner's username it identifies the event type.
             * @example learn-the-secrets-of-masterchief
             */
            slug: string;
            /** @description URL the booker is sent to after booking instead of Cal.com's confirmation page; `null` when unset. */
            successRedirectUrl: string | null;
            /** @description The team that owns the event type: id, slug, name and branding. */
            team: components["schemas"]["EventTypeTeam"];
            /** @description Id of the team that owns the event type. */
            teamId: number;
            /**
             * @description Name shown to bookers.
             * @example Learn the secrets of masterchief!
             */
            title: string;
            /** @description `true` when invitations use the destination calendar's email as the organizer address. */
            useDestinationCalendarEmail?: boolean | null;
        };
        /** @description A team (or, when `isOrganization` is `true`, an organization). */
        TeamOutputDto: {
            /** @description URL of the square icon shown in place of Cal.com's. */
            appIconLogo?: string | null;
            /** @description URL of the logo shown in place of Cal.com's in the app. */
            appLogo?: string | null;
            /** @description URL of the banner image shown on the booking page. */
            bannerUrl?: string | null;
            /** @description Text of the team's public page. */
            bio?: string | null;
            /** @description Brand color for the light theme, as hex. */
            brandColor?: string | null;
            /** @description URL of the logo shown in Cal Video meetings. */
            calVideoLogo?: string | null;
            /** @description Brand color for the dark theme, as hex. */
            darkBrandColor?: string | null;
            /** @description `true` when the team page hides the option to book an individual member. */
            hideBookATeamMember?: boolean | null;
            /** @description `true` when Cal.com branding is removed from the team's pages. */
            hideBranding?: boolean | null;
            /** @description Team id; the `{teamId}` of the team paths. */
            id: number;
            /** @description `true` when this is an organization rather than a team. */
            isOrganization: boolean;
            /** @description `true` when only admins and owners can see the member list. */
            isPrivate?: boolean | null;
            /** @description URL of the team's logo image. */
            logoUrl?: string | null;
            /**
             * @description Key/value data stored with the team.
             * @example {
             *       "key": "value"
             *     }
             */
            metadata?: Record<string, unknown> | null;
            /** @description Display name of the team. */
            name: string;
            /** @description Id of the organization the team belongs to, if any. */
            parentId?: number | null;
            /** @description URL segment of the team's pages. */
            slug?: string | null;
            /** @description Theme of the team's pages: `light`, `dark`, or unset. */
            theme?: string | null;
            /** @description Clock: `12` or `24` hours. */
            timeFormat?: number | null;
            /**
             * @description IANA time zone of the team. Default `Europe/London`.
             * @default Europe/London
             */
            timeZone?: string | null;
            /**
             * @description First day of the week. Default `Sunday`.
             * @default Sunday
             */
            weekStart?: string | null;
        };
        /** @description Custom booking question: a multi-line text question. */
        TextAreaFieldInput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Please enter detailed information
             */
            label: string;
            /**
             * @description Hint shown inside the empty field.
             * @example e.g., Detailed description here...
             */
            placeholder: string;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `textarea`.
             * @example textarea
             */
            type: string;
        };
        /** @description Custom booking question: a multi-line text question. */
        TextAreaFieldOutput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean | null;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Always `false`: a custom field.
             * @default false
             * @example false
             */
            isDefault: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Please enter detailed information
             */
            label?: string | null;
            /**
             * @description Hint shown inside the empty field.
             * @example e.g., Detailed description here...
             */
            placeholder?: string | null;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `textarea`.
             * @example textarea
             */
            type: string;
        };
        /** @description Custom booking question: a single-line text question. */
        TextFieldInput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Please enter your text
             */
            label: string;
            /**
             * @description Hint shown inside the empty field.
             * @example e.g., Enter text here
             */
            placeholder: string;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `text`.
             * @example text
             */
            type: string;
        };
        /** @description Custom booking question: a single-line text question. */
        TextFieldOutput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean | null;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Always `false`: a custom field.
             * @default false
             * @example false
             */
            isDefault: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Please enter your text
             */
            label?: string | null;
            /**
             * @description Hint shown inside the empty field.
             * @example e.g., Enter text here
             */
            placeholder?: string | null;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `text`.
             * @example text
             */
            type: string;
        };
        /** @description The built-in question for what the meeting is about (slug `title`). */
        TitleDefaultFieldInput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean;
            /** @description `true` keeps the question off the booking page. */
            hidden?: boolean;
            /** @description Question text shown to the booker above the field; omit to keep Cal.com's default wording. */
            label?: string;
            /** @description Hint shown inside the empty field. */
            placeholder?: string;
            /** @description Whether the booker must answer before booking. */
            required?: boolean;
            /**
             * @description Always `title`.
             * @example title
             */
            slug: string;
        };
        /** @description The built-in question for what the meeting is about (slug `title`). */
        TitleDefaultFieldOutput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean | null;
            /** @description `true` keeps the question off the booking page. */
            hidden?: boolean | null;
            /**
             * @description Always `true`: a built-in field.
             * @default true
             * @example true
             */
            isDefault: boolean;
            /** @description Question text shown to the booker above the field; omit to keep Cal.com's default wording. */
            label?: string | null;
            /** @description Hint shown inside the empty field. */
            placeholder?: string | null;
            /** @description Whether the booker must answer before booking. */
            required?: boolean | null;
            /**
             * @description Always `title`.
             * @default title
             * @example title
             */
            slug: string;
            /**
             * @description Always `text` (the input kind used for this question).
             * @default text
             */
            type: string;
        };
        /** @description Changes to an event type. Only the fields sent change, but list fields (`bookingFields`, `locations`) are replaced as a whole. */
        UpdateEventTypeInput_2024_06_14: {
            /** @description Minutes kept free after each meeting. */
            afterEventBuffer?: number;
            /**
             * @description `true` turns a reschedule of a cancelled booking into a new booking instead of an error.
             * @default false
             */
            allowReschedulingCancelledBookings?: boolean;
            /**
             * @description `true` lets attendees reschedule a booking whose time has already passed.
             * @default false
             */
            allowReschedulingPastBookings?: boolean;
            /** @description Minutes kept free before each meeting. */
            beforeEventBuffer?: number;
            /** @description Caps how many upcoming bookings one booker may hold on this event type, or `{disabled: true}` for no cap. */
            bookerActiveBookingsLimit?: components["schemas"]["BookerActiveBookingsLimit_2024_06_14"] | components["schemas"]["Disabled_2024_06_14"];
            /** @description Booking page views offered to the booker and which one opens first. */
            bookerLayouts?: components["schemas"]["BookerLayouts_2024_06_14"];
            /** @description The complete list of booking questions, replacing the current one: fetch the event type first and send every field to keep. Built-in fields stay even when left out. */
            bookingFields?: (components["schemas"]["NameDefaultFieldInput_2024_06_14"] | components["schemas"]["EmailDefaultFieldInput_2024_06_14"] | components["schemas"]["TitleDefaultFieldInput_2024_06_14"] | components["schemas"]["LocationDefaultFieldInput_2024_06_14"] | components["schemas"]["NotesDefaultFieldInput_2024_06_14"] | components["schemas"]["GuestsDefaultFieldInput_2024_06_14"] | components["schemas"]["RescheduleReasonDefaultFieldInput_2024_06_14"] | components["schemas"]["PhoneFieldInput_2024_06_14"] | components["schemas"]["AddressFieldInput_2024_06_14"] | components["schemas"]["TextFieldInput_2024_06_14"] | components["schemas"]["NumberFieldInput_2024_06_14"] | components["schemas"]["TextAreaFieldInput_2024_06_14"] | components["schemas"]["SelectFieldInput_2024_06_14"] | components["schemas"]["MultiSelectFieldInput_2024_06_14"] | components["schemas"]["MultiEmailFieldInput_2024_06_14"] | components["schemas"]["CheckboxGroupFieldInput_2024_06_14"] | components["schemas"]["RadioGroupFieldInput_2024_06_14"] | components["schemas"]["BooleanFieldInput_2024_06_14"])[];
            /** @description Caps on the number of bookings per day, week, month or year; `{"disabled": true}` removes them. */
            bookingLimitsCount?: components["schemas"]["BaseBookingLimitsCount_2024_06_14"] | components["schemas"]["Disabled_2024_06_14"];
            /** @description Caps on the total booked minutes per day, week, month or year; `{"disabled": true}` removes them. */
            bookingLimitsDuration?: components["schemas"]["BaseBookingLimitsDuration_2024_06_14"] | components["schemas"]["Disabled_2024_06_14"];
            /**
             * @description `true` lets only authenticated callers who own the event type, or administer its team or organization, book it through the API. Default `false`.
             * @default false
             */
            bookingRequiresAuthentication?: boolean;
            /** @description How far ahead bookings are accepted: business days, calendar days or a date range; `{"disabled": true}` removes the limit. */
            bookingWindow?: components["schemas"]["BusinessDaysWindow_2024_06_14"] | components["schemas"]["CalendarDaysWindow_2024_06_14"] | components["schemas"]["RangeWindow_2024_06_14"] | components["schemas"]["Disabled_2024_06_14"];
            /** @description Recording and transcription options for Cal Video meetings of this event type. */
            calVideoSettings?: components["schemas"]["CalVideoSettings"];
            /** @description Colors marking this event type in the Cal.com app, for the light and dark themes. */
            color?: components["schemas"]["EventTypeColor_2024_06_14"];
            /** @description Makes bookings wait for the host's confirmation, always or only at short notice; `{"disabled": true}` turns it off. */
            confirmationPolicy?: components["schemas"]["BaseConfirmationPolicy_2024_06_14"] | components["schemas"]["Disabled_2024_06_14"];
            /**
             * @description Template for the title of calendar events, using variables such as `{Event type title}`, `{Organiser}` and `{Scheduler}`.
             * @example {Event type title} between {Organiser} and {Scheduler}
             */
            customName?: string;
            /**
             * @description Text shown on the booking page.
             * @example Discover the culinary wonders of the Argentina by making the best flan ever!
             */
            description?: string;
            /** @description Calendar that bookings of this event type are written to (values from calendars.list). */
            destinationCalendar?: components["schemas"]["DestinationCalendar_2024_06_14"];
            /**
             * @description Whether attendees may cancel: `{disabled: true}` removes the cancel option from emails and the booking page.
             * @example {
             *       "disabled": true
             *     }
             */
            disableCancelling?: components["schemas"]["DisableCancelling_2024_06_14"];
            /** @description `true` stops bookers adding guests. */
            disableGuests?: boolean;
            /**
             * @description Whether attendees may reschedule: always off with `disabled: true`, or only within `minutesBefore` minutes of the start.
             * @example {
             *       "disabled": false,
             *       "minutesBefore": 60
             *     }
             */
            disableRescheduling?: components["schemas"]["DisableRescheduling_2024_06_14"];
            /** @description `true`: unlisted on the profile page, still bookable. */
            hidden?: boolean;
            /** @description `true` makes the calendar event private, so people who can see the host's calendar see only a busy block. */
            hideCalendarEventDetails?: boolean;
            /** @description `true` keeps the booker's notes out of the calendar event. */
            hideCalendarNotes?: boolean;
            /** @description `true` hides the organizer's email address on the booking page, in emails and in calendar events. */
            hideOrganizerEmail?: boolean;
            /**
             * @description Language of the booking page, a code such as `en` or `pt-BR`; an empty string follows the visitor's browser.
             * @enum {string}
             */
            interfaceLanguage?: "" | "en" | "ar" | "az" | "bg" | "bn" | "ca" | "cs" | "da" | "de" | "el" | "es" | "es-419" | "eu" | "et" | "fi" | "fr" | "he" | "hu" | "it" | "ja" | "km" | "ko" | "nl" | "no" | "pl" | "pt-BR" | "pt" | "ro" | "ru" | "sk-SK" | "sr" | "sv" | "tr" | "uk" | "vi" | "zh-CN" | "zh-TW";
            /**
             * @description Meeting length in minutes.
             * @example 60
             */
            lengthInMinutes?: number;
            /** @description Lengths in minutes to pick from; must include `lengthInMinutes`. */
            lengthInMinutesOptions?: string[];
            /** @description All locations, replacing the current ones. */
            locations?: (components["schemas"]["InputAddressLocation_2024_06_14"] | components["schemas"]["InputLinkLocation_2024_06_14"] | components["schemas"]["InputIntegrationLocation_2024_06_14"] | components["schemas"]["InputPhoneLocation_2024_06_14"] | components["schemas"]["InputAttendeeAddressLocation_2024_06_14"] | components["schemas"]["InputAttendeePhoneLocation_2024_06_14"] | components["schemas"]["InputAttendeeDefinedLocation_2024_06_14"])[];
            /** @description `true` stops bookers from changing the time zone the booking page shows times in. */
            lockTimeZoneToggleOnBookingPage?: boolean;
            /** @description Minutes of notice a booking needs. */
            minimumBookingNotice?: number;
            /** @description Shifts every offered start time by this many minutes. */
            offsetStart?: number;
            /** @description `true` offers only the earliest free slot of each day. */
            onlyShowFirstAvailableSlot?: boolean;
            /** @description Makes the event type recurring; `{"disabled": true}` turns it off. */
            recurrence?: components["schemas"]["Recurrence_2024_06_14"] | components["schemas"]["Disabled_2024_06_14"];
            /** @description `true` makes bookers confirm their email with a code before booking. */
            requiresBookerEmailVerification?: boolean;
            /** @description Availability schedule id, from schedules.list. */
            scheduleId?: number;
            /** @description Lets several attendees book the same slot, each taking a seat; `{"disabled": true}` turns seats off. */
            seats?: components["schemas"]["Seats_2024_06_14"] | components["schemas"]["Disabled_2024_06_14"];
            /**
             * @description `true` orders the offered times so that the hosts' calendars stay compact.
             * @default false
             */
            showOptimizedSlots?: boolean;
            /** @description Minutes between offered start times. Defaults to the event length. */
            slotInterval?: number;
            /**
             * @description Booking page URL segment; old links break.
             * @example learn-the-secrets-of-masterchief
             */
            slug?: string;
            /**
             * @description URL the booker is sent to after booking, instead of Cal.com's confirmation page.
             * @example https://masterchief.com/argentina/flan/video/9129412
             */
            successRedirectUrl?: string;
            /**
             * @description Name shown to bookers.
             * @example Learn the secrets of masterchief!
             */
            title?: string;
            /** @description `true` uses the destination calendar's email address as the organizer address on invitations. */
            useDestinationCalendarEmail?: boolean;
        };
        /** @description The event type after the change, in `data`. */
        UpdateEventTypeOutput_2024_06_14: {
            /** @description The result of the call. */
            data: components["schemas"]["EventTypeOutput_2024_06_14"];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description Changes to the authenticated user's profile; only the fields sent change. */
        UpdateManagedUserInput: {
            /**
             * @description URL of the profile picture.
             * @example https://cal.com/api/avatar/2b735186-b01b-46d3-87da-019b8f61776b.png
             */
            avatarUrl?: string;
            /**
             * @description Profile page text.
             * @example I am a bio
             */
            bio?: string;
            /** @description Schedule id from schedules.list. */
            defaultScheduleId?: number;
            /** @description New account email. */
            email?: string;
            /**
             * @description Locale of the app and emails, e.g. `pt-BR`.
             * @example en
             * @enum {string}
             */
            locale?: "ar" | "ca" | "de" | "es" | "eu" | "he" | "id" | "ja" | "lv" | "pl" | "ro" | "sr" | "th" | "vi" | "az" | "cs" | "el" | "es-419" | "fi" | "hr" | "it" | "km" | "nl" | "pt" | "ru" | "sv" | "tr" | "zh-CN" | "bg" | "da" | "en" | "et" | "fr" | "hu" | "iw" | "ko" | "no" | "pt-BR" | "sk" | "ta" | "uk" | "zh-TW" | "bn";
            /**
             * @description Your own data, up to 50 keys. Keys up to 40 characters, values up to 500.
             * @example {
             *       "key": "value"
             *     }
             */
            metadata?: Record<string, unknown>;
            /** @description Display name. */
            name?: string;
            /**
             * @description Clock: `12` or `24` hours.
             * @example 12
             * @enum {number}
             */
            timeFormat?: 12 | 24;
            /** @description IANA time zone. */
            timeZone?: string;
            /**
             * @description First day of the week.
             * @example Monday
             * @enum {string}
             */
            weekStart?: "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday";
        };
        /** @description The profile after the change, in `data`. */
        UpdateMeOutput: {
            /** @description The result of the call. */
            data: components["schemas"]["MeOutput"];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description Changes to an organization member; only the fields sent change. */
        UpdateOrganizationUserInput: {
            /**
             * @description Theme of the Cal.com app for this user: `light` or `dark`; `null` follows the system.
             * @example light
             */
            appTheme?: string | null;
            /** @description `false`: pending until the user accepts. */
            autoAccept?: boolean;
            /**
             * @description URL of the profile picture.
             * @example https://example.com/avatar.jpg
             */
            avatarUrl?: string;
            /**
             * @description New text for the user's public profile page.
             * @example I am a bio
             */
            bio?: string;
            /**
             * @description Brand color for the light theme, as hex.
             * @example #FFFFFF
             */
            brandColor?: string;
            /**
             * @description Brand color for the dark theme, as hex.
             * @example #000000
             */
            darkBrandColor?: string;
            /**
             * @description Id of the user's default schedule.
             * @example 1
             */
            defaultScheduleId?: number;
            /**
             * @description New email of the user.
             * @example user@example.com
             */
            email?: string;
            /**
             * @description `true` removes Cal.com branding from the user's pages.
             * @example false
             */
            hideBranding?: boolean;
            /**
             * @description Locale of the app and emails, e.g. `en`.
             * @example en
             */
            locale?: string | null;
            /**
             * @description Your own data, up to 50 keys. Keys up to 40 characters, values up to 500.
             * @example {
             *       "key": "value"
             *     }
             */
            metadata?: Record<string, unknown>;
            /**
             * @description `ADMIN` manages members and teams; `OWNER` has full control.
             * @enum {string}
             */
            organizationRole?: "MEMBER" | "ADMIN" | "OWNER";
            /**
             * @description Theme of the user's booking pages: `light` or `dark`; `null` follows the visitor's system.
             * @example dark
             */
            theme?: string | null;
            /**
             * @description Clock: `12` or `24` hours.
             * @example 24
             */
            timeFormat?: number;
            /**
             * @description IANA time zone.
             * @example America/New_York
             */
            timeZone?: string;
            /**
             * @description Username in the organization.
             * @example user123
             */
            username?: string;
            /**
             * @description First day of the week for the user, e.g. `Monday`.
             * @example Monday
             */
            weekday?: string;
        };
        /** @description Changes to a team; only the fields sent change. */
        UpdateOrgTeamDto: {
            /** @description URL of a square icon shown in place of Cal.com's. */
            appIconLogo?: string;
            /** @description URL of a logo shown in place of Cal.com's in the app. */
            appLogo?: string;
            /**
             * @description URL of the banner image shown on the booking page.
             * @example https://i.cal.com/api/avatar/949be534-7a88-4185-967c-c020b0c0bef3.png
             */
            bannerUrl?: string;
            /** @description Team page text. */
            bio?: string;
            /** @description Team-wide caps on bookings per day, week, month or year. Typed as a string upstream, though Cal.com stores an object of per-period counts. */
            bookingLimits?: string;
            /** @description Brand color for the light theme, as hex, e.g. `#292929`. */
            brandColor?: string;
            /** @description URL of a logo shown in Cal Video meetings. */
            calVideoLogo?: string;
            /** @description Brand color for the dark theme, as hex. */
            darkBrandColor?: string;
            /** @description `true` hides the option to book an individual team member from the team page. */
            hideBookATeamMember?: boolean;
            /** @description `true` removes Cal.com branding from the team's pages. */
            hideBranding?: boolean;
            /** @description `true` counts bookings of managed event types towards the team's `bookingLimits`. */
            includeManagedEventsInLimits?: boolean;
            /** @description `true` shows the member list to admins and owners only. */
            isPrivate?: boolean;
            /**
             * @description URL of the team's logo image.
             * @example https://i.cal.com/api/avatar/b0b58752-68ad-4c0d-8024-4fa382a77752.png
             */
            logoUrl?: string;
            /**
             * @description Your own key/value data: at most 50 keys, keys up to 40 characters; values are strings (up to 500 characters), numbers or booleans.
             * @example {
             *       "key": "value"
             *     }
             */
            metadata?: Record<string, unknown>;
            /**
             * @description New display name of the team.
             * @example CalTeam
             */
            name?: string;
            /**
             * @description New team page URL segment; old links break.
             * @example caltel
             */
            slug?: string;
            /** @description Theme of the team's pages: `light` or `dark`. */
            theme?: string;
            /** @description Clock: `12` or `24` hours. */
            timeFormat?: number;
            /**
             * @description IANA time zone.
             * @example America/New_York
             */
            timeZone?: string;
            /**
             * @description First day of the week, e.g. `Monday`.
             * @example Monday
             */
            weekStart?: string;
        };
        /** @description Changes to a schedule; only the fields sent change. */
        UpdateScheduleInput_2024_06_11: {
            /**
             * @description All weekly hours (`HH:mm`), replacing the current ones.
             * @example [
             *       {
             *         "days": [
             *           "Monday",
             *           "Tuesday"
             *         ],
             *         "startTime": "09:00",
             *         "endTime": "10:00"
             *       }
             *     ]
             */
            availability?: components["schemas"]["ScheduleAvailabilityInput_2024_06_11"][];
            /**
             * @description `true` makes this the user's default schedule.
             * @example true
             */
            isDefault?: boolean;
            /**
             * @description New name of the schedule.
             * @example One-on-one coaching
             */
            name?: string;
            /**
             * @description All `YYYY-MM-DD` date overrides, replacing the current ones.
             * @example [
             *       {
             *         "date": "2024-05-20",
             *         "startTime": "12:00",
             *         "endTime": "14:00"
             *       }
             *     ]
             */
            overrides?: components["schemas"]["ScheduleOverrideInput_2024_06_11"][];
            /**
             * @description IANA time zone of the hours.
             * @example Europe/Rome
             */
            timeZone?: string;
        };
        /** @description The schedule after the change, in `data`. */
        UpdateScheduleOutput_2024_06_11: {
            /** @description The result of the call. */
            data: components["schemas"]["ScheduleOutput_2024_06_11"];
            /** @description Error details; absent when the call succeeded. */
            error?: Record<string, unknown> | null;
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description The team after the change, in `data`. */
        UpdateTeamOutput: {
            /** @description The result of the call. */
            data: components["schemas"]["TeamOutputDto"];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description Changes to a webhook subscription; only the fields sent change. */
        UpdateWebhookInputDto: {
            /** @description `false` pauses deliveries. */
            active?: boolean;
            /**
             * @description Custom body with `{{variable}}` placeholders; omit to keep the current template.
             * @example {"content":"A new event has been scheduled","type":"{{type}}","name":"{{title}}","organizer":"{{organizer.name}}","booker":"{{attendees.0.name}}"}
             */
            payloadTemplate?: string;
            /** @description New signing key for `X-Cal-Signature-256`. */
            secret?: string;
            /** @description HTTPS URL that receives the deliveries. */
            subscriberUrl?: string;
            /** @description All trigger names, replacing the current ones. */
            triggers?: ("BOOKING_CREATED" | "BOOKING_PAYMENT_INITIATED" | "BOOKING_PAID" | "BOOKING_RESCHEDULED" | "BOOKING_REQUESTED" | "BOOKING_CANCELLED" | "BOOKING_REJECTED" | "BOOKING_NO_SHOW_UPDATED" | "FORM_SUBMITTED" | "MEETING_ENDED" | "MEETING_STARTED" | "RECORDING_READY" | "INSTANT_MEETING" | "RECORDING_TRANSCRIPTION_GENERATED" | "OOO_CREATED" | "AFTER_HOSTS_CAL_VIDEO_NO_SHOW" | "AFTER_GUESTS_CAL_VIDEO_NO_SHOW" | "FORM_SUBMITTED_NO_EVENT" | "DELEGATION_CREDENTIAL_ERROR" | "WRONG_ASSIGNMENT_REPORT")[];
            /**
             * @description Payload format version of the deliveries; only `2021-10-20` exists so far.
             * @example 2021-10-20
             * @enum {string}
             */
            version?: "2021-10-20";
        };
        /** @description Custom booking question: a URL question. */
        UrlFieldInput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Please enter your text
             */
            label: string;
            /**
             * @description Hint shown inside the empty field.
             * @example e.g., Enter url here
             */
            placeholder: string;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `url`.
             * @example url
             */
            type: string;
        };
        /** @description Custom booking question: a URL question. */
        UrlFieldOutput_2024_06_14: {
            /** @description `true` makes the field read-only when the booking page URL prefills it with a query parameter named after the slug. */
            disableOnPrefill?: boolean | null;
            /** @description `true` keeps the field off the booking page while keeping it in the event type's settings. */
            hidden: boolean;
            /**
             * @description Always `false`: a custom field.
             * @default false
             * @example false
             */
            isDefault: boolean;
            /**
             * @description Question text shown to the booker above the field; omit to keep Cal.com's default wording.
             * @example Please enter your text
             */
            label?: string | null;
            /**
             * @description Hint shown inside the empty field.
             * @example e.g., Enter url here
             */
            placeholder?: string | null;
            /** @description Whether the booker must answer before booking. */
            required: boolean;
            /**
             * @description Key of this field's answer in `bookingFieldsResponses` and of the booking-page query parameter that prefills it; lowercase words joined by hyphens, unique within the event type.
             * @example some-slug
             */
            slug: string;
            /**
             * @description Always `url`.
             * @example url
             */
            type: string;
        };
        /** @description A webhook subscription of the authenticated user. */
        UserWebhookOutputDto: {
            /** @description `true` when deliveries are on. */
            active: boolean;
            /**
             * @description Webhook id; the `{webhookId}` of the webhook paths.
             * @example 5f0c2a6e-3b1d-4c8e-9a7f-2d4b6e8c1a90
             */
            id: string;
            /**
             * @description Custom body template, if one is set.
             * @example {"content":"A new event has been scheduled","type":"{{type}}","name":"{{title}}","organizer":"{{organizer.name}}","booker":"{{attendees.0.name}}"}
             */
            payloadTemplate: string | null;
            /** @description Key used to sign deliveries (`X-Cal-Signature-256`), if set. */
            secret?: string | null;
            /** @description URL that receives the POST requests. */
            subscriberUrl: string;
            /** @description Events delivered to `subscriberUrl`. */
            triggers: ("BOOKING_CREATED" | "BOOKING_PAYMENT_INITIATED" | "BOOKING_PAID" | "BOOKING_RESCHEDULED" | "BOOKING_REQUESTED" | "BOOKING_CANCELLED" | "BOOKING_REJECTED" | "BOOKING_NO_SHOW_UPDATED" | "FORM_SUBMITTED" | "MEETING_ENDED" | "MEETING_STARTED" | "RECORDING_READY" | "INSTANT_MEETING" | "RECORDING_TRANSCRIPTION_GENERATED" | "OOO_CREATED" | "AFTER_HOSTS_CAL_VIDEO_NO_SHOW" | "AFTER_GUESTS_CAL_VIDEO_NO_SHOW" | "FORM_SUBMITTED_NO_EVENT" | "DELEGATION_CREDENTIAL_ERROR" | "WRONG_ASSIGNMENT_REPORT")[];
            /** @description User id of the subscription's owner. */
            userId: number;
        };
        /** @description One webhook subscription in `data`. */
        UserWebhookOutputResponseDto: {
            /** @description The result of the call. */
            data: components["schemas"]["UserWebhookOutputDto"];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
        /** @description The user's webhook subscriptions in `data`. */
        UserWebhooksOutputResponseDto: {
            /** @description The result of the call. */
            data: components["schemas"]["UserWebhookOutputDto"][];
            /**
             * @description `success` when the call succeeded.
             * @example success
             * @enum {string}
             */
            status: "success" | "error";
        };
    };
    responses: {
        /** @description The request is invalid (a field is missing, malformed or not allowed). Fix it before resending. */
        BadRequest: {
            headers: {
                "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The credentials are valid but may not do this (missing scope or role). */
        Forbidden: {
            headers: {
                "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Cal.com failed to handle the request. Retrying later with backoff may succeed. */
        InternalServerError: {
            headers: {
                "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Nothing with this id exists, or the caller may not see it. */
        NotFound: {
            headers: {
                "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Rate limit exceeded (120 requests a minute by default). Wait as `Retry-After` says, then retry. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description No credentials, or they are invalid or expired. */
        Unauthorized: {
            headers: {
                "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait (or an HTTP date to wait until) before sending another request.
         * @example 30
         */
        "Retry-After": string;
        /**
         * @description Requests allowed per window (60 s) for this credential; 120 for an API key.
         * @example 120
         */
        "X-RateLimit-Limit-Default": number;
        /**
         * @description Requests left in the current window.
         * @example 116
         */
        "X-RateLimit-Remaining-Default": number;
        /**
         * @description Seconds until the window (or a block after too many requests) ends.
         * @example 53
         */
        "X-RateLimit-Reset-Default": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "bookings.list": {
        parameters: {
            query?: {
                /** @description Only bookings created after this ISO 8601 instant. */
                afterCreatedAt?: string;
                /** @description Only bookings starting after this ISO 8601 instant in UTC. */
                afterStart?: string;
                /** @description Only bookings updated after this ISO 8601 instant. */
                afterUpdatedAt?: string;
                /** @description Only bookings with this attendee email. */
                attendeeEmail?: string;
                /** @description Only bookings with this attendee name. */
                attendeeName?: string;
                /** @description Only bookings created before this ISO 8601 instant. */
                beforeCreatedAt?: string;
                /** @description Only bookings ending before this ISO 8601 instant in UTC. */
                beforeEnd?: string;
                /** @description Only bookings updated before this ISO 8601 instant. */
                beforeUpdatedAt?: string;
                /** @description Only the booking with this uid. */
                bookingUid?: string;
                /** @description Only bookings of this event type id. */
                eventTypeId?: string;
                /** @description Comma-separated event type ids, e.g. `100,200`. */
                eventTypeIds?: string;
                /** @description How many to skip. */
                skip?: number;
                /** @description Sort by creation time, `asc` or `desc`. */
                sortCreated?: "asc" | "desc";
                /** @description Sort by end time, `asc` or `desc`. */
                sortEnd?: "asc" | "desc";
                /** @description Sort by start time. */
                sortStart?: "asc" | "desc";
                /** @description Sort by last update, `asc` or `desc`. */
                sortUpdatedAt?: "asc" | "desc";
                /**
                 * @description Only bookings in these states; `unconfirmed` awaits the host. Several values are sent comma-separated.
                 * @example [
                 *       "upcoming"
                 *     ]
                 */
                status?: ("upcoming" | "recurring" | "past" | "cancelled" | "unconfirmed")[];
                /** @description Page size. */
                take?: number;
                /** @description Only bookings of event types of this team. */
                teamId?: string;
                /** @description Comma-separated team ids, e.g. `50,60`. */
                teamsIds?: string;
            };
            header: {
                /**
                 * @description API version of this endpoint family. Send `2026-02-25`; without it Cal.com falls back to legacy behaviour.
                 * @example 2026-02-25
                 */
                "cal-api-version": "2024-08-13" | "2026-02-25" | "2026-05-01";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetBookingsOutput_2024_08_13"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "bookings.create": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2026-02-25`; without it Cal.com falls back to legacy behaviour.
                 * @example 2026-02-25
                 */
                "cal-api-version": "2024-08-13" | "2026-02-25" | "2026-05-01";
            };
            path?: never;
            cookie?: never;
        };
        /** @description The attendee, the start time and the event type to book. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBookingInput_2024_08_13"] | components["schemas"]["CreateInstantBookingInput_2024_08_13"] | components["schemas"]["CreateRecurringBookingInput_2024_08_13"];
            };
        };
        responses: {
            /** @description Created. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateBookingOutput_2024_08_13"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateBookingOutput_2024_08_13"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "bookings.get": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2026-02-25`; without it Cal.com falls back to legacy behaviour.
                 * @example 2026-02-25
                 */
                "cal-api-version": "2024-08-13" | "2026-02-25" | "2026-05-01";
            };
            path: {
                /**
                 * @description The booking's uid (a string), not its numeric id.
                 * @example fkZ3Ppsm8SFGRYxHZGGcnN
                 */
                bookingUid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetBookingOutput_2024_08_13"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "bookings.cancel": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2026-02-25`; without it Cal.com falls back to legacy behaviour.
                 * @example 2026-02-25
                 */
                "cal-api-version": "2024-08-13" | "2026-02-25" | "2026-05-01";
            };
            path: {
                /**
                 * @description The uid of the booking to cancel.
                 * @example fkZ3Ppsm8SFGRYxHZGGcnN
                 */
                bookingUid: string;
            };
            cookie?: never;
        };
        /** @description An optional reason (shown to attendees), or the seat to release. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelBookingInput_2024_08_13"] | components["schemas"]["CancelSeatedBookingInput_2024_08_13"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelBookingOutput_2024_08_13"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "bookings.confirm": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2026-02-25`; without it Cal.com falls back to legacy behaviour.
                 * @example 2026-02-25
                 */
                "cal-api-version": "2024-08-13" | "2026-02-25" | "2026-05-01";
            };
            path: {
                /**
                 * @description The uid of the pending booking.
                 * @example fkZ3Ppsm8SFGRYxHZGGcnN
                 */
                bookingUid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetBookingOutput_2024_08_13"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "bookings.decline": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2026-02-25`; without it Cal.com falls back to legacy behaviour.
                 * @example 2026-02-25
                 */
                "cal-api-version": "2024-08-13" | "2026-02-25" | "2026-05-01";
            };
            path: {
                /**
                 * @description The uid of the pending booking.
                 * @example fkZ3Ppsm8SFGRYxHZGGcnN
                 */
                bookingUid: string;
            };
            cookie?: never;
        };
        /** @description An optional reason shown to the attendee. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineBookingInput_2024_08_13"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetBookingOutput_2024_08_13"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "bookings.markAbsent": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2026-02-25`; without it Cal.com falls back to legacy behaviour.
                 * @example 2026-02-25
                 */
                "cal-api-version": "2024-08-13" | "2026-02-25" | "2026-05-01";
            };
            path: {
                /**
                 * @description The uid of the booking that took place.
                 * @example fkZ3Ppsm8SFGRYxHZGGcnN
                 */
                bookingUid: string;
            };
            cookie?: never;
        };
        /** @description Who was absent. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkAbsentBookingInput_2024_08_13"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkAbsentBookingOutput_2024_08_13"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "bookings.reschedule": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2026-02-25`; without it Cal.com falls back to legacy behaviour.
                 * @example 2026-02-25
                 */
                "cal-api-version": "2024-08-13" | "2026-02-25" | "2026-05-01";
            };
            path: {
                /**
                 * @description The uid of the booking to move.
                 * @example fkZ3Ppsm8SFGRYxHZGGcnN
                 */
                bookingUid: string;
            };
            cookie?: never;
        };
        /** @description The new start time and an optional reason. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleBookingInput_2024_08_13"] | components["schemas"]["RescheduleSeatedBookingInput_2024_08_13"];
            };
        };
        responses: {
            /** @description Created. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RescheduleBookingOutput_2024_08_13"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RescheduleBookingOutput_2024_08_13"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "calendars.list": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-08-13`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-08-13
                 */
                "cal-api-version": "2024-08-13";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectedCalendarsOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "calendars.connect": {
        parameters: {
            query?: {
                /**
                 * @description Test flag passed through the connection flow; leave it out, or `false`, for a real connection.
                 * @example false
                 */
                isDryRun?: boolean;
                /** @description URL the browser returns to after consent. */
                redir?: string;
            };
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-08-13`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-08-13
                 */
                "cal-api-version": "2024-08-13";
            };
            path: {
                /**
                 * @description Provider to connect.
                 * @example google
                 */
                calendar: "office365" | "google";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCalendarConnectUrlOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "calendars.disconnect": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-08-13`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-08-13
                 */
                "cal-api-version": "2024-08-13";
            };
            path: {
                /**
                 * @description Provider of the connection.
                 * @example google
                 */
                calendar: "apple" | "google" | "office365";
            };
            cookie?: never;
        };
        /** @description The connection to remove, by its credential id. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteCalendarCredentialsInputBodyDto"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedCalendarCredentialsOutputResponseDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "calendars.busyTimes": {
        parameters: {
            query: {
                /**
                 * @description Calendars to read: `credentialId` and `externalId` from calendars.list, both required.
                 * @example [
                 *       {
                 *         "credentialId": 18,
                 *         "externalId": "ada@example.com"
                 *       }
                 *     ]
                 */
                calendarsToLoad: {
                    credentialId?: number;
                    externalId?: string;
                }[];
                /**
                 * @description First day to look at, `YYYY-MM-DD`.
                 * @example 2026-12-01
                 */
                dateFrom?: string;
                /**
                 * @description Last day to look at, `YYYY-MM-DD`.
                 * @example 2026-12-02
                 */
                dateTo?: string;
                /**
                 * @deprecated
                 * @description Deprecated by Cal.com: the former name of `timeZone`; send `timeZone` instead.
                 */
                loggedInUsersTz?: string;
                /**
                 * @description IANA time zone of the dates.
                 * @example Europe/London
                 */
                timeZone?: string;
            };
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-08-13`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-08-13
                 */
                "cal-api-version": "2024-08-13";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetBusyTimesOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "eventTypes.list": {
        parameters: {
            query?: {
                /** @description One event type's slug; needs `username`. */
                eventSlug?: string;
                /** @description Organization id of the user. Use this or `orgSlug`. */
                orgId?: number;
                /** @description Organization slug of the user. Use this or `orgId`. */
                orgSlug?: string;
                /** @description Order by creation time. */
                sortCreatedAt?: "asc" | "desc";
                /** @description Returns this user's event types. */
                username?: string;
                /** @description Comma-separated usernames; returns their joint (dynamic) event type. */
                usernames?: string;
            };
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-06-14`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-06-14
                 */
                "cal-api-version": "2024-06-14";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetEventTypesOutput_2024_06_14"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "eventTypes.create": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-06-14`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-06-14
                 */
                "cal-api-version": "2024-06-14";
            };
            path?: never;
            cookie?: never;
        };
        /** @description Title, slug and length of the new event type, plus any settings to change from the defaults. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventTypeInput_2024_06_14"];
            };
        };
        responses: {
            /** @description Created. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEventTypeOutput_2024_06_14"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEventTypeOutput_2024_06_14"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "eventTypes.get": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-06-14`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-06-14
                 */
                "cal-api-version": "2024-06-14";
            };
            path: {
                /**
                 * @description Event type id, from eventTypes.list.
                 * @example 42
                 */
                eventTypeId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetEventTypeOutput_2024_06_14"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "eventTypes.delete": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-06-14`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-06-14
                 */
                "cal-api-version": "2024-06-14";
            };
            path: {
                /**
                 * @description Event type to delete, from eventTypes.list.
                 * @example 42
                 */
                eventTypeId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteEventTypeOutput_2024_06_14"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "eventTypes.update": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-06-14`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-06-14
                 */
                "cal-api-version": "2024-06-14";
            };
            path: {
                /**
                 * @description Event type to change, from eventTypes.list.
                 * @example 42
                 */
                eventTypeId: number;
            };
            cookie?: never;
        };
        /** @description The settings to change; omitted fields keep their current value. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEventTypeInput_2024_06_14"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateEventTypeOutput_2024_06_14"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "me.get": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-08-13`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-08-13
                 */
                "cal-api-version": "2024-08-13";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetMeOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "me.update": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-08-13`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-08-13
                 */
                "cal-api-version": "2024-08-13";
            };
            path?: never;
            cookie?: never;
        };
        /** @description The profile fields to change; omitted fields keep their current value. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateManagedUserInput"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateMeOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "orgUsers.list": {
        parameters: {
            query?: {
                /** @description Only users holding these attribute options, as comma-separated option ids; how they combine is set by `attributeQueryOperator`. */
                assignedOptionIds?: string[];
                /** @description How `assignedOptionIds` combine: `AND` (every option, the default), `OR` (any of them) or `NONE` (none of them). */
                attributeQueryOperator?: "OR" | "AND" | "NONE";
                /** @description Only users with these emails. */
                emails?: string[];
                /** @description How many to skip. */
                skip?: number;
                /** @description Page size. */
                take?: number;
                /** @description Only members of these teams (ids from teams.list). */
                teamIds?: number[];
            };
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-08-13`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-08-13
                 */
                "cal-api-version": "2024-08-13";
            };
            path: {
                /**
                 * @description `organizationId` from me.get.
                 * @example 3
                 */
                orgId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOrganizationUsersResponseDTO"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "orgUsers.create": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-08-13`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-08-13
                 */
                "cal-api-version": "2024-08-13";
            };
            path: {
                /**
                 * @description `organizationId` from me.get.
                 * @example 3
                 */
                orgId: number;
            };
            cookie?: never;
        };
        /** @description The new member's email and optional username, role, time zone, locale and branding. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationUserInput"];
            };
        };
        responses: {
            /** @description Created. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOrganizationUserOutput"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOrganizationUserOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "orgUsers.delete": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-08-13`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-08-13
                 */
                "cal-api-version": "2024-08-13";
            };
            path: {
                /**
                 * @description `organizationId` from me.get.
                 * @example 3
                 */
                orgId: number;
                /**
                 * @description Member to delete, from orgUsers.list.
                 * @example 12
                 */
                userId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOrganizationUserOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "orgUsers.update": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-08-13`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-08-13
                 */
                "cal-api-version": "2024-08-13";
            };
            path: {
                /**
                 * @description `organizationId` from me.get.
                 * @example 3
                 */
                orgId: number;
                /**
                 * @description Member to change, from orgUsers.list.
                 * @example 12
                 */
                userId: number;
            };
            cookie?: never;
        };
        /** @description The account fields to change; omitted fields keep their current value. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationUserInput"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetOrganizationUserOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "schedules.list": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-06-11`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-06-11
                 */
                "cal-api-version": "2024-06-11";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSchedulesOutput_2024_06_11"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "schedules.create": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-06-11`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-06-11
                 */
                "cal-api-version": "2024-06-11";
            };
            path?: never;
            cookie?: never;
        };
        /** @description Name, time zone, default flag, weekly hours and date overrides of the new schedule. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScheduleInput_2024_06_11"];
            };
        };
        responses: {
            /** @description Created. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateScheduleOutput_2024_06_11"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateScheduleOutput_2024_06_11"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "schedules.get": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-06-11`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-06-11
                 */
                "cal-api-version": "2024-06-11";
            };
            path: {
                /**
                 * @description Schedule id, from schedules.list.
                 * @example 254
                 */
                scheduleId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetScheduleOutput_2024_06_11"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "schedules.delete": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-06-11`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-06-11
                 */
                "cal-api-version": "2024-06-11";
            };
            path: {
                /**
                 * @description Schedule to delete, from schedules.list.
                 * @example 254
                 */
                scheduleId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteScheduleOutput_2024_06_11"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "schedules.update": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-06-11`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-06-11
                 */
                "cal-api-version": "2024-06-11";
            };
            path: {
                /**
                 * @description Schedule to change, from schedules.list.
                 * @example 254
                 */
                scheduleId: number;
            };
            cookie?: never;
        };
        /** @description The fields to change; lists sent replace the stored ones. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateScheduleInput_2024_06_11"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateScheduleOutput_2024_06_11"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "slots.list": {
        parameters: {
            query: {
                /** @description Uid of a booking being rescheduled; its own time counts as free. */
                bookingUidToReschedule?: string;
                /** @description Slot length in minutes, if several are offered. For `usernames` searches, 30 when omitted. */
                duration?: number;
                /**
                 * @description Window end in UTC: `YYYY-MM-DD` (end of day) or an ISO 8601 instant.
                 * @example 2026-12-02
                 */
                end: string;
                /**
                 * @description Event type id, from eventTypes.list.
                 * @example 42
                 */
                eventTypeId?: number;
                /** @description Instead of `eventTypeId`: its slug, with `username` or `teamSlug`. */
                eventTypeSlug?: string;
                /** @description `range` adds each slot's `end` to its `start`. */
                format?: "time" | "range";
                /** @description Slug of the organization the user or team belongs to, when there is one. */
                organizationSlug?: string;
                /**
                 * @description Window start in UTC: `YYYY-MM-DD` (start of day) or an ISO 8601 instant.
                 * @example 2026-12-01
                 */
                start: string;
                /** @description Team owning a team `eventTypeSlug`. */
                teamSlug?: string;
                /** @description IANA time zone of the returned times. UTC when omitted. */
                timeZone?: string;
                /** @description Owner of a personal `eventTypeSlug`. */
                username?: string;
                /** @description Two or more comma-separated usernames, e.g. `ada,charles`, to find times when all of them are free (a dynamic group meeting). Add `organizationSlug` for organization members. */
                usernames?: string;
            };
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-09-04`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-09-04
                 */
                "cal-api-version": "2024-09-04";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSlotsOutput_2024_09_04"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "slots.reserve": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-09-04`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-09-04
                 */
                "cal-api-version": "2024-09-04";
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event type, the slot start and, optionally, how long to hold it. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReserveSlotInput_2024_09_04"];
            };
        };
        responses: {
            /** @description Created. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReserveSlotOutputResponse_2024_09_04"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReserveSlotOutputResponse_2024_09_04"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "slots.deleteReservation": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-09-04`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-09-04
                 */
                "cal-api-version": "2024-09-04";
            };
            path: {
                /**
                 * @description The `reservationUid` returned by slots.reserve.
                 * @example e84be5a3-4696-49e3-acc7-b2f3999c3b94
                 */
                uid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessStatusOnly"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "slots.updateReservation": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-09-04`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-09-04
                 */
                "cal-api-version": "2024-09-04";
            };
            path: {
                /**
                 * @description The `reservationUid` returned by slots.reserve.
                 * @example e84be5a3-4696-49e3-acc7-b2f3999c3b94
                 */
                uid: string;
            };
            cookie?: never;
        };
        /** @description The hold as it should now be. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReserveSlotInput_2024_09_04"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReserveSlotOutputResponse_2024_09_04"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "teams.list": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-08-13`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-08-13
                 */
                "cal-api-version": "2024-08-13";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTeamsOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "teams.create": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-08-13`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-08-13
                 */
                "cal-api-version": "2024-08-13";
            };
            path?: never;
            cookie?: never;
        };
        /** @description Name and optional slug, bio, branding and scheduling defaults of the new team. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeamInput"];
            };
        };
        responses: {
            /** @description Created. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTeamOutput"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTeamOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "teams.get": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-08-13`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-08-13
                 */
                "cal-api-version": "2024-08-13";
            };
            path: {
                /**
                 * @description Team id, from teams.list.
                 * @example 5
                 */
                teamId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTeamOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "teams.delete": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-08-13`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-08-13
                 */
                "cal-api-version": "2024-08-13";
            };
            path: {
                /**
                 * @description Team to delete, from teams.list.
                 * @example 5
                 */
                teamId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgTeamOutputResponseDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "teams.update": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2024-08-13`; without it Cal.com falls back to legacy behaviour.
                 * @example 2024-08-13
                 */
                "cal-api-version": "2024-08-13";
            };
            path: {
                /**
                 * @description Team to change, from teams.list.
                 * @example 5
                 */
                teamId: number;
            };
            cookie?: never;
        };
        /** @description The team settings to change; omitted fields keep their current value. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrgTeamDto"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTeamOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "webhooks.list": {
        parameters: {
            query?: {
                /** @description How many to skip. */
                skip?: number;
                /** @description Page size. 250 when omitted. */
                take?: number;
            };
            header: {
                /**
                 * @description API version of this endpoint family. Send `2021-10-20`; without it Cal.com falls back to legacy behaviour.
                 * @example 2021-10-20
                 */
                "cal-api-version": "2021-10-20";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Found. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserWebhooksOutputResponseDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "webhooks.create": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2021-10-20`; without it Cal.com falls back to legacy behaviour.
                 * @example 2021-10-20
                 */
                "cal-api-version": "2021-10-20";
            };
            path?: never;
            cookie?: never;
        };
        /** @description Target URL, trigger names, whether it is active, and an optional signing secret and body template. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookInputDto"];
            };
        };
        responses: {
            /** @description Created. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserWebhookOutputResponseDto"];
                };
            };
            /** @description Created. */
            201: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserWebhookOutputResponseDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "webhooks.delete": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2021-10-20`; without it Cal.com falls back to legacy behaviour.
                 * @example 2021-10-20
                 */
                "cal-api-version": "2021-10-20";
            };
            path: {
                /**
                 * @description Subscription to delete, from webhooks.list.
                 * @example 5f0c2a6e-3b1d-4c8e-9a7f-2d4b6e8c1a90
                 */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserWebhookOutputResponseDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    "webhooks.update": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description API version of this endpoint family. Send `2021-10-20`; without it Cal.com falls back to legacy behaviour.
                 * @example 2021-10-20
                 */
                "cal-api-version": "2021-10-20";
            };
            path: {
                /**
                 * @description Subscription to change, from webhooks.list.
                 * @example 5f0c2a6e-3b1d-4c8e-9a7f-2d4b6e8c1a90
                 */
                webhookId: string;
            };
            cookie?: never;
        };
        /** @description The subscription fields to change; omitted fields keep their current value. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookInputDto"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-RateLimit-Limit-Default": components["headers"]["X-RateLimit-Limit-Default"];
                    "X-RateLimit-Remaining-Default": components["headers"]["X-RateLimit-Remaining-Default"];
                    "X-RateLimit-Reset-Default": components["headers"]["X-RateLimit-Reset-Default"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserWebhookOutputResponseDto"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
