// Generated from spec/openapi.yaml by @calkit/generator; do not edit. Run `pnpm generate`.

/** Plain-English phrases per operation, from the spec's x-cal.audit: what was done, being done, and came of it. */
export const auditPhrases: Readonly<Record<string, { readonly done: string; readonly doing: string; readonly result: string }>> = {
  "bookings.cancel": {
    "done": "cancelled booking {bookingUid}",
    "doing": "cancelling booking {bookingUid}",
    "result": "booking {bookingUid} is cancelled"
  },
  "bookings.confirm": {
    "done": "confirmed booking {bookingUid}",
    "doing": "confirming booking {bookingUid}",
    "result": "booking {bookingUid} is accepted"
  },
  "bookings.create": {
    "done": "booked a [{result.duration}-minute ]meeting on event type [{eventTypeId}][{eventTypeSlug}] for {start|time}",
    "doing": "booking a meeting on event type [{eventTypeId}][{eventTypeSlug}] for {start|time}",
    "result": "created booking {result.uid}"
  },
  "bookings.decline": {
    "done": "declined booking {bookingUid}",
    "doing": "declining booking {bookingUid}",
    "result": "booking {bookingUid} is rejected"
  },
  "bookings.get": {
    "done": "looked up booking {bookingUid}",
    "doing": "looking up booking {bookingUid}",
    "result": "found it ({result.status})"
  },
  "bookings.list": {
    "done": "listed bookings[ ({status})]",
    "doing": "listing bookings",
    "result": "got {result.count} bookings"
  },
  "bookings.markAbsent": {
    "done": "recorded no-shows on booking {bookingUid}",
    "doing": "recording no-shows on booking {bookingUid}",
    "result": "no-shows recorded"
  },
  "bookings.reschedule": {
    "done": "moved booking {bookingUid} to {start|time}",
    "doing": "moving booking {bookingUid} to {start|time}",
    "result": "new booking {result.uid}"
  },
  "calendars.busyTimes": {
    "done": "read busy times from {dateFrom} to {dateTo}",
    "doing": "reading busy times",
    "result": "got {result.count} busy intervals"
  },
  "calendars.connect": {
    "done": "asked for the {calendar} calendar connect link",
    "doing": "asking for the {calendar} calendar connect link",
    "result": "got the consent link"
  },
  "calendars.disconnect": {
    "done": "disconnected the {calendar} calendar (credential {id})",
    "doing": "disconnecting the {calendar} calendar",
    "result": "calendar disconnected"
  },
  "calendars.list": {
    "done": "listed connected calendars",
    "doing": "listing connected calendars",
    "result": "done"
  },
  "eventTypes.create": {
    "done": "created event type \"{title}\"[ ({lengthInMinutes} minutes)]",
    "doing": "creating event type \"{title}\"",
    "result": "created event type {result.id}"
  },
  "eventTypes.delete": {
    "done": "deleted event type {eventTypeId}",
    "doing": "deleting event type {eventTypeId}",
    "result": "event type {eventTypeId} is gone"
  },
  "eventTypes.get": {
    "done": "looked up event type {eventTypeId}",
    "doing": "looking up event type {eventTypeId}",
    "result": "found \"{result.title}\""
  },
  "eventTypes.list": {
    "done": "listed event types",
    "doing": "listing event types",
    "result": "got {result.count} event types"
  },
  "eventTypes.update": {
    "done": "changed event type {eventTypeId}",
    "doing": "changing event type {eventTypeId}",
    "result": "event type {eventTypeId} updated"
  },
  "me.get": {
    "done": "read the profile",
    "doing": "reading the profile",
    "result": "done"
  },
  "me.update": {
    "done": "changed the profile",
    "doing": "changing the profile",
    "result": "profile updated"
  },
  "orgUsers.create": {
    "done": "added {email} to organization {orgId}",
    "doing": "adding {email} to organization {orgId}",
    "result": "created user {result.id}"
  },
  "orgUsers.delete": {
    "done": "removed user {userId} from organization {orgId}",
    "doing": "removing user {userId} from organization {orgId}",
    "result": "user {userId} is gone"
  },
  "orgUsers.list": {
    "done": "listed the users of organization {orgId}",
    "doing": "listing the users of organization {orgId}",
    "result": "got {result.count} users"
  },
  "orgUsers.update": {
    "done": "changed user {userId} of organization {orgId}",
    "doing": "changing user {userId} of organization {orgId}",
    "result": "user {userId} updated"
  },
  "schedules.create": {
    "done": "created schedule \"{name}\"",
    "doing": "creating schedule \"{name}\"",
    "result": "created schedule {result.id}"
  },
  "schedules.delete": {
    "done": "deleted schedule {scheduleId}",
    "doing": "deleting schedule {scheduleId}",
    "result": "schedule {scheduleId} is gone"
  },
  "schedules.get": {
    "done": "looked up schedule {scheduleId}",
    "doing": "looking up schedule {scheduleId}",
    "result": "found \"{result.name}\""
  },
  "schedules.list": {
    "done": "listed schedules",
    "doing": "listing schedules",
    "result": "got {result.count} schedules"
  },
  "schedules.update": {
    "done": "changed schedule {scheduleId}",
    "doing": "changing schedule {scheduleId}",
    "result": "schedule {scheduleId} updated"
  },
  "slots.deleteReservation": {
    "done": "released slot reservation {uid}",
    "doing": "releasing slot reservation {uid}",
    "result": "the slot is free again"
  },
  "slots.list": {
    "done": "looked for free slots from {start} to {end}[ on event type {eventTypeId}]",
    "doing": "looking for free slots from {start} to {end}",
    "result": "found slots on {result.count} days"
  },
  "slots.reserve": {
    "done": "held the slot at {slotStart|time} on event type {eventTypeId}",
    "doing": "holding the slot at {slotStart|time} on event type {eventTypeId}",
    "result": "reservation {result.reservationUid} until {result.reservationUntil|time}"
  },
  "slots.updateReservation": {
    "done": "changed slot reservation {uid}",
    "doing": "changing slot reservation {uid}",
    "result": "reservation {uid} updated"
  },
  "teams.create": {
    "done": "created team \"{name}\"",
    "doing": "creating team \"{name}\"",
    "result": "created team {result.id}"
  },
  "teams.delete": {
    "done": "deleted team {teamId}",
    "doing": "deleting team {teamId}",
    "result": "team {teamId} is gone"
  },
  "teams.get": {
    "done": "looked up team {teamId}",
    "doing": "looking up team {teamId}",
    "result": "found \"{result.name}\""
  },
  "teams.list": {
    "done": "listed teams",
    "doing": "listing teams",
    "result": "got {result.count} teams"
  },
  "teams.update": {
    "done": "changed team {teamId}",
    "doing": "changing team {teamId}",
    "result": "team {teamId} updated"
  },
  "webhooks.create": {
    "done": "subscribed {subscriberUrl} to {triggers}",
    "doing": "subscribing {subscriberUrl} to {triggers}",
    "result": "created webhook {result.id}"
  },
  "webhooks.delete": {
    "done": "deleted webhook {webhookId}",
    "doing": "deleting webhook {webhookId}",
    "result": "webhook {webhookId} is gone"
  },
  "webhooks.list": {
    "done": "listed webhooks",
    "doing": "listing webhooks",
    "result": "got {result.count} webhooks"
  },
  "webhooks.update": {
    "done": "changed webhook {webhookId}",
    "doing": "changing webhook {webhookId}",
    "result": "webhook {webhookId} updated"
  }
};
