// Generated from spec/openapi.yaml by @calkit/generator; do not edit. Run `pnpm generate`.

import type { JsonSchemaBundle } from "../json-schema.js";
import type { components } from "./webhooks.schema.gen.js";

type Schemas = components["schemas"];

/**
 * The body of every delivery: `triggerEvent`, `createdAt` (ISO 8601) and the trigger's `payload`.
 */
export type CalWebhookEnvelope = Schemas["CalWebhookEnvelope"];

/**
 * The `payload` of BOOKING_CANCELLED deliveries (#/components/schemas/CalWebhookBookingCancelledPayload).
 */
export type BookingCancelledPayload = Schemas["CalWebhookBookingCancelledPayload"];
/**
 * BOOKING_CANCELLED: Booking cancelled.
 *
 * Sent when a booking is cancelled by the host, an attendee or through the API. Carries the
 * booking as it was, the reason given, who cancelled, and whether the host asked the attendee to
 * book another time instead.
 *
 * Schema: #/components/schemas/CalWebhookBookingCancelledEvent.
 */
export type BookingCancelledEvent = Omit<CalWebhookEnvelope, "triggerEvent" | "payload"> & {
  triggerEvent: "BOOKING_CANCELLED";
  payload: BookingCancelledPayload;
};

/**
 * The `payload` of BOOKING_CREATED deliveries (#/components/schemas/CalWebhookBookingPayload).
 */
export type BookingCreatedPayload = Schemas["CalWebhookBookingPayload"];
/**
 * BOOKING_CREATED: Booking created.
 *
 * Sent when a booking is made on one of the subscriber's event types, and again when the host
 * confirms a booking that was waiting for confirmation. Carries the booking's calendar event:
 * title, event type slug, start and end, organizer, attendees with their time zones, location,
 * form answers, metadata and the uid to act on it with the bookings operations.
 *
 * Schema: #/components/schemas/CalWebhookBookingCreatedEvent.
 */
export type BookingCreatedEvent = Omit<CalWebhookEnvelope, "triggerEvent" | "payload"> & {
  triggerEvent: "BOOKING_CREATED";
  payload: BookingCreatedPayload;
};

/**
 * The `payload` of BOOKING_NO_SHOW_UPDATED deliveries (#/components/schemas/CalWebhookNoShowPayload).
 */
export type BookingNoShowUpdatedPayload = Schemas["CalWebhookNoShowPayload"];
/**
 * BOOKING_NO_SHOW_UPDATED: Attendance recorded.
 *
 * Sent when attendees of a past booking are marked absent, or present again, by the host, by
 * bookings.markAbsent or by Cal Video's automatic no-show detection. Carries the booking's uid
 * and, for each attendee whose status changed, the email and the new value.
 *
 * Schema: #/components/schemas/CalWebhookBookingNoShowUpdatedEvent.
 */
export type BookingNoShowUpdatedEvent = Omit<CalWebhookEnvelope, "triggerEvent" | "payload"> & {
  triggerEvent: "BOOKING_NO_SHOW_UPDATED";
  payload: BookingNoShowUpdatedPayload;
};

/**
 * The `payload` of BOOKING_PAID deliveries (#/components/schemas/CalWebhookBookingPaidPayload).
 */
export type BookingPaidPayload = Schemas["CalWebhookBookingPaidPayload"];
/**
 * BOOKING_PAID: Booking paid.
 *
 * Sent when the payment for a booking of a paid event type succeeds. Carries the booking's
 * calendar event with the price, the payment id and the payment record.
 *
 * Schema: #/components/schemas/CalWebhookBookingPaidEvent.
 */
export type BookingPaidEvent = Omit<CalWebhookEnvelope, "triggerEvent" | "payload"> & {
  triggerEvent: "BOOKING_PAID";
  payload: BookingPaidPayload;
};

/**
 * The `payload` of BOOKING_REJECTED deliveries (#/components/schemas/CalWebhookBookingRejectedPayload).
 */
export type BookingRejectedPayload = Schemas["CalWebhookBookingRejectedPayload"];
/**
 * BOOKING_REJECTED: Booking declined.
 *
 * Sent when the host declines a booking that was waiting for confirmation; the slot is free again.
 * Carries the booking as requested and the reason the host gave.
 *
 * Schema: #/components/schemas/CalWebhookBookingRejectedEvent.
 */
export type BookingRejectedEvent = Omit<CalWebhookEnvelope, "triggerEvent" | "payload"> & {
  triggerEvent: "BOOKING_REJECTED";
  payload: BookingRejectedPayload;
};

/**
 * The `payload` of BOOKING_REQUESTED deliveries (#/components/schemas/CalWebhookBookingPayload).
 */
export type BookingRequestedPayload = Schemas["CalWebhookBookingPayload"];
/**
 * BOOKING_REQUESTED: Booking requested.
 *
 * Sent when someone books an event type that needs the host's confirmation. The booking is
 * `PENDING` until the host confirms it (BOOKING_CREATED follows) or declines it (BOOKING_REJECTED
 * follows). Carries the same calendar event as BOOKING_CREATED.
 *
 * Schema: #/components/schemas/CalWebhookBookingRequestedEvent.
 */
export type BookingRequestedEvent = Omit<CalWebhookEnvelope, "triggerEvent" | "payload"> & {
  triggerEvent: "BOOKING_REQUESTED";
  payload: BookingRequestedPayload;
};

/**
 * The `payload` of BOOKING_RESCHEDULED deliveries (#/components/schemas/CalWebhookBookingRescheduledPayload).
 */
export type BookingRescheduledPayload = Schemas["CalWebhookBookingRescheduledPayload"];
/**
 * BOOKING_RESCHEDULED: Booking rescheduled.
 *
 * Sent when a booking moves to a new time. Cal.com creates a new booking for the new time, so the
 * payload carries the new uid, id and times, and `rescheduleUid`, `rescheduleId` and the old start
 * and end point at the booking that was replaced.
 *
 * Schema: #/components/schemas/CalWebhookBookingRescheduledEvent.
 */
export type BookingRescheduledEvent = Omit<CalWebhookEnvelope, "triggerEvent" | "payload"> & {
  triggerEvent: "BOOKING_RESCHEDULED";
  payload: BookingRescheduledPayload;
};

/**
 * The `payload` of FORM_SUBMITTED deliveries (#/components/schemas/CalWebhookFormSubmittedPayload).
 */
export type FormSubmittedPayload = Schemas["CalWebhookFormSubmittedPayload"];
/**
 * FORM_SUBMITTED: Routing form submitted.
 *
 * Sent when someone submits one of the subscriber's routing forms, whether or not a booking
 * follows. Carries the form's id and name, the owning team, and the answers keyed by field label
 * (each answer is also repeated as a top-level key of the payload).
 *
 * Schema: #/components/schemas/CalWebhookFormSubmittedEvent.
 */
export type FormSubmittedEvent = Omit<CalWebhookEnvelope, "triggerEvent" | "payload"> & {
  triggerEvent: "FORM_SUBMITTED";
  payload: FormSubmittedPayload;
};

/**
 * The `payload` of MEETING_ENDED deliveries (#/components/schemas/CalWebhookMeetingPayload).
 */
export type MeetingEndedPayload = Schemas["CalWebhookMeetingPayload"];
/**
 * MEETING_ENDED: Meeting ended.
 *
 * Sent at the scheduled end of a booking that has a video meeting, for subscriptions that existed
 * when the booking was made; useful for follow-ups. Carries the same stored booking as
 * MEETING_STARTED, and older Cal.com versions send it unwrapped in the same way.
 *
 * Schema: #/components/schemas/CalWebhookMeetingEndedEvent.
 */
export type MeetingEndedEvent = Omit<CalWebhookEnvelope, "triggerEvent" | "payload"> & {
  triggerEvent: "MEETING_ENDED";
  payload: MeetingEndedPayload;
};

/**
 * The `payload` of MEETING_STARTED deliveries (#/components/schemas/CalWebhookMeetingPayload).
 */
export type MeetingStartedPayload = Schemas["CalWebhookMeetingPayload"];
/**
 * MEETING_STARTED: Meeting started.
 *
 * Sent at the scheduled start of a booking that has a video meeting, for subscriptions that
 * existed when the booking was made. Carries Cal.com's stored booking (id, uid, title, times,
 * organizer as `user`, attendees). Older Cal.com versions send the booking's fields at the top
 * level of the body instead of under `payload`; @calkit/webhooks accepts both.
 *
 * Schema: #/components/schemas/CalWebhookMeetingStartedEvent.
 */
export type MeetingStartedEvent = Omit<CalWebhookEnvelope, "triggerEvent" | "payload"> & {
  triggerEvent: "MEETING_STARTED";
  payload: MeetingStartedPayload;
};

/**
 * The `payload` of OOO_CREATED deliveries (#/components/schemas/CalWebhookOooCreatedPayload).
 */
export type OooCreatedPayload = Schemas["CalWebhookOooCreatedPayload"];
/**
 * OOO_CREATED: Out of office created.
 *
 * Sent when a user of the subscription adds an out-of-office period. Carries the entry: its start
 * and end, the reason and note, the user who is away, and the user their bookings are forwarded to
 * (null when nobody is).
 *
 * Schema: #/components/schemas/CalWebhookOooCreatedEvent.
 */
export type OooCreatedEvent = Omit<CalWebhookEnvelope, "triggerEvent" | "payload"> & {
  triggerEvent: "OOO_CREATED";
  payload: OooCreatedPayload;
};

/**
 * The `payload` of RECORDING_READY deliveries (#/components/schemas/CalWebhookRecordingReadyPayload).
 */
export type RecordingReadyPayload = Schemas["CalWebhookRecordingReadyPayload"];
/**
 * RECORDING_READY: Recording ready.
 *
 * Sent when Cal Video has processed the recording of a meeting. Carries `downloadLink` (which
 * embeds an access token, so keep it out of logs) and the calendar event of the booking that was
 * recorded.
 *
 * Schema: #/components/schemas/CalWebhookRecordingReadyEvent.
 */
export type RecordingReadyEvent = Omit<CalWebhookEnvelope, "triggerEvent" | "payload"> & {
  triggerEvent: "RECORDING_READY";
  payload: RecordingReadyPayload;
};

/**
 * Each typed trigger's delivery, keyed by trigger name.
 */
export interface CalWebhookEventMap {
  BOOKING_CANCELLED: BookingCancelledEvent;
  BOOKING_CREATED: BookingCreatedEvent;
  BOOKING_NO_SHOW_UPDATED: BookingNoShowUpdatedEvent;
  BOOKING_PAID: BookingPaidEvent;
  BOOKING_REJECTED: BookingRejectedEvent;
  BOOKING_REQUESTED: BookingRequestedEvent;
  BOOKING_RESCHEDULED: BookingRescheduledEvent;
  FORM_SUBMITTED: FormSubmittedEvent;
  MEETING_ENDED: MeetingEndedEvent;
  MEETING_STARTED: MeetingStartedEvent;
  OOO_CREATED: OooCreatedEvent;
  RECORDING_READY: RecordingReadyEvent;
}

/**
 * A trigger whose deliveries this package types and validates.
 */
export type KnownTrigger = keyof CalWebhookEventMap;

/**
 * Any typed delivery; switch on `triggerEvent` to narrow it.
 */
export type CalWebhookEvent = CalWebhookEventMap[KnownTrigger];

/**
 * The triggers whose deliveries this package types and validates, sorted.
 */
export const knownTriggers = [
  "BOOKING_CANCELLED",
  "BOOKING_CREATED",
  "BOOKING_NO_SHOW_UPDATED",
  "BOOKING_PAID",
  "BOOKING_REJECTED",
  "BOOKING_REQUESTED",
  "BOOKING_RESCHEDULED",
  "FORM_SUBMITTED",
  "MEETING_ENDED",
  "MEETING_STARTED",
  "OOO_CREATED",
  "RECORDING_READY"
] as const satisfies readonly KnownTrigger[];

/**
 * Every trigger the webhooks API accepts in a subscription's `triggers`, in the API's order (components/schemas/CreateWebhookInputDto/properties/triggers/items/enum).
 */
export const subscriptionTriggers = [
  "BOOKING_CREATED",
  "BOOKING_PAYMENT_INITIATED",
  "BOOKING_PAID",
  "BOOKING_RESCHEDULED",
  "BOOKING_REQUESTED",
  "BOOKING_CANCELLED",
  "BOOKING_REJECTED",
  "BOOKING_NO_SHOW_UPDATED",
  "FORM_SUBMITTED",
  "MEETING_ENDED",
  "MEETING_STARTED",
  "RECORDING_READY",
  "INSTANT_MEETING",
  "RECORDING_TRANSCRIPTION_GENERATED",
  "OOO_CREATED",
  "AFTER_HOSTS_CAL_VIDEO_NO_SHOW",
  "AFTER_GUESTS_CAL_VIDEO_NO_SHOW",
  "FORM_SUBMITTED_NO_EVENT",
  "DELEGATION_CREDENTIAL_ERROR",
  "WRONG_ASSIGNMENT_REPORT"
] as const;

/**
 * A trigger name a webhook subscription accepts.
 */
export type SubscriptionTrigger = (typeof subscriptionTriggers)[number];

/**
 * One-line summary of each typed trigger, from the spec.
 */
export const triggerSummaries: Readonly<Record<KnownTrigger, string>> = {
  "BOOKING_CANCELLED": "Booking cancelled",
  "BOOKING_CREATED": "Booking created",
  "BOOKING_NO_SHOW_UPDATED": "Attendance recorded",
  "BOOKING_PAID": "Booking paid",
  "BOOKING_REJECTED": "Booking declined",
  "BOOKING_REQUESTED": "Booking requested",
  "BOOKING_RESCHEDULED": "Booking rescheduled",
  "FORM_SUBMITTED": "Routing form submitted",
  "MEETING_ENDED": "Meeting ended",
  "MEETING_STARTED": "Meeting started",
  "OOO_CREATED": "Out of office created",
  "RECORDING_READY": "Recording ready"
};

/**
 * The `$defs` entry of `webhookSchemas` that a delivery of each typed trigger must satisfy.
 */
export const eventSchemaNames: Readonly<Record<KnownTrigger, string>> = {
  "BOOKING_CANCELLED": "CalWebhookBookingCancelledEvent",
  "BOOKING_CREATED": "CalWebhookBookingCreatedEvent",
  "BOOKING_NO_SHOW_UPDATED": "CalWebhookBookingNoShowUpdatedEvent",
  "BOOKING_PAID": "CalWebhookBookingPaidEvent",
  "BOOKING_REJECTED": "CalWebhookBookingRejectedEvent",
  "BOOKING_REQUESTED": "CalWebhookBookingRequestedEvent",
  "BOOKING_RESCHEDULED": "CalWebhookBookingRescheduledEvent",
  "FORM_SUBMITTED": "CalWebhookFormSubmittedEvent",
  "MEETING_ENDED": "CalWebhookMeetingEndedEvent",
  "MEETING_STARTED": "CalWebhookMeetingStartedEvent",
  "OOO_CREATED": "CalWebhookOooCreatedEvent",
  "RECORDING_READY": "CalWebhookRecordingReadyEvent"
};

/**
 * The `$defs` entry every delivery must satisfy, whatever its trigger.
 */
export const envelopeSchemaName = "CalWebhookEnvelope";

/**
 * The delivery schemas (JSON Schema 2020-12, references as `#/$defs/<name>`), for runtime validation.
 */
export const webhookSchemas: JsonSchemaBundle = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$defs": {
    "CalWebhookBookingCancelledEvent": {
      "allOf": [
        {
          "$ref": "#/$defs/CalWebhookEnvelope"
        },
        {
          "type": "object",
          "required": [
            "triggerEvent",
            "payload"
          ],
          "properties": {
            "triggerEvent": {
              "const": "BOOKING_CANCELLED"
            },
            "payload": {
              "$ref": "#/$defs/CalWebhookBookingCancelledPayload"
            }
          }
        }
      ]
    },
    "CalWebhookBookingCancelledPayload": {
      "description": "The booking as it was, with why and by whom it was cancelled.",
      "allOf": [
        {
          "$ref": "#/$defs/CalWebhookBookingPayload"
        },
        {
          "type": "object",
          "properties": {
            "cancellationReason": {
              "type": [
                "string",
                "null"
              ],
              "description": "The reason given when cancelling, if any."
            },
            "cancelledBy": {
              "type": "string",
              "description": "Email of whoever cancelled."
            },
            "requestReschedule": {
              "type": "boolean",
              "description": "True when the host cancelled to ask the attendee to pick another time."
            },
            "cancelledDates": {
              "type": [
                "array",
                "null"
              ],
              "description": "For recurring bookings, the start times of the occurrences cancelled.",
              "items": {
                "type": "string"
              }
            }
          }
        }
      ]
    },
    "CalWebhookBookingCreatedEvent": {
      "allOf": [
        {
          "$ref": "#/$defs/CalWebhookEnvelope"
        },
        {
          "type": "object",
          "required": [
            "triggerEvent",
            "payload"
          ],
          "properties": {
            "triggerEvent": {
              "const": "BOOKING_CREATED"
            },
            "payload": {
              "$ref": "#/$defs/CalWebhookBookingPayload"
            }
          }
        }
      ]
    },
    "CalWebhookBookingDetails": {
      "type": "object",
      "description": "The optional fields of a booking delivery: everything Cal.com adds about the booking beyond its title, times, people and uid. Which of them appear depends on the trigger and on the event type.",
      "properties": {
        "bookingId": {
          "type": "integer",
          "description": "Numeric id of the booking."
        },
        "eventTypeId": {
          "type": [
            "integer",
            "null"
          ],
          "description": "Id of the booked event type."
        },
        "status": {
          "type": "string",
          "description": "The booking's status in upper case: `ACCEPTED`, `PENDING` (waiting for the host), `CANCELLED`, `REJECTED` or `AWAITING_HOST`."
        },
        "description": {
          "type": [
            "string",
            "null"
          ],
          "description": "The booking's description; Cal.com fills it with the booker's notes when empty."
        },
        "additionalNotes": {
          "type": [
            "string",
            "null"
          ],
          "description": "Notes the booker typed into the booking form."
        },
        "location": {
          "type": [
            "string",
            "null"
          ],
          "description": "Where the meeting happens: an address, a phone number, a link, or an app id such as `integrations:daily` for Cal Video (its link is then in `metadata.videoCallUrl`)."
        },
        "metadata": {
          "type": "object",
          "description": "Metadata stored on the booking: `videoCallUrl` for Cal Video and Google Meet, plus any keys the booking was created with."
        },
        "responses": {
          "anyOf": [
            {
              "$ref": "#/$defs/CalWebhookBookingResponses"
            },
            {
              "type": "null"
            }
          ],
          "description": "Every answer to the booking form, built-in fields included."
        },
        "userFieldsResponses": {
          "anyOf": [
            {
              "$ref": "#/$defs/CalWebhookBookingResponses"
            },
            {
              "type": "null"
            }
          ],
          "description": "Only the answers to questions the event type's owner added."
        },
        "customInputs": {
          "type": [
            "object",
            "null"
          ],
          "description": "Answers to legacy custom inputs (older event types)."
        },
        "eventTitle": {
          "type": [
            "string",
            "null"
          ],
          "description": "Title of the event type, e.g. `30 Minute Meeting`."
        },
        "eventDescription": {
          "type": [
            "string",
            "null"
          ],
          "description": "Description of the event type."
        },
        "requiresConfirmation": {
          "type": [
            "boolean",
            "null"
          ],
          "description": "Whether the event type needs the host to confirm each booking."
        },
        "price": {
          "type": [
            "number",
            "null"
          ],
          "description": "Price of the event type in the currency's smallest unit (cents for USD); 0 when free."
        },
        "currency": {
          "type": [
            "string",
            "null"
          ],
          "description": "Currency code of the price, e.g. `usd`."
        },
        "length": {
          "type": [
            "integer",
            "null"
          ],
          "description": "Length of the meeting in minutes."
        },
        "bookerUrl": {
          "type": "string",
          "description": "Base URL of the booking pages the booking was made on."
        },
        "team": {
          "type": "object",
          "description": "For team event types, the team and the members taking part.",
          "properties": {
            "id": {
              "type": "integer",
              "description": "Team id."
            },
            "name": {
              "type": "string",
              "description": "Team name."
            },
            "members": {
              "type": "array",
              "description": "Team members attending, with name, email and time zone.",
              "items": {
                "type": "object"
              }
            }
          }
        },
        "schedulingType": {
          "type": [
            "string",
            "null"
          ],
          "description": "`ROUND_ROBIN`, `COLLECTIVE` or `MANAGED` for team event types; null otherwise."
        },
        "videoCallData": {
          "type": "object",
          "description": "The video meeting created for the booking (`type`, `id`, `password`, `url`).",
          "properties": {
            "type": {
              "type": "string",
              "description": "Video app, e.g. `daily_video`."
            },
            "id": {
              "type": "string",
              "description": "Meeting id at the video provider."
            },
            "password": {
              "type": "string",
              "description": "Meeting password or access token, if any."
            },
            "url": {
              "type": "string",
              "description": "Link to join."
            }
          }
        },
        "destinationCalendar": {
          "description": "The calendar(s) the booking was written to; an object, a list or null depending on the Cal.com version."
        },
        "appsStatus": {
          "type": "array",
          "description": "How each installed app (calendars, video) handled the booking.",
          "items": {
            "type": "object"
          }
        },
        "iCalUID": {
          "type": [
            "string",
            "null"
          ],
          "description": "iCalendar UID of the calendar event."
        },
        "iCalSequence": {
          "type": [
            "integer",
            "null"
          ],
          "description": "iCalendar sequence number; grows with every change of the event."
        },
        "organizationId": {
          "type": [
            "integer",
            "null"
          ],
          "description": "Organization the organizer belongs to, if any."
        },
        "smsReminderNumber": {
          "type": [
            "string",
            "null"
          ],
          "description": "Phone number that receives SMS reminders, if one was given."
        },
        "recurringEvent": {
          "type": [
            "object",
            "null"
          ],
          "description": "Recurrence rule of a recurring booking (`freq`, `count`, `interval`)."
        },
        "hideCalendarNotes": {
          "type": "boolean",
          "description": "Whether notes are kept out of the calendar event."
        },
        "seatsPerTimeSlot": {
          "type": [
            "integer",
            "null"
          ],
          "description": "Seats per slot for seated event types."
        }
      }
    },
    "CalWebhookBookingNoShowUpdatedEvent": {
      "allOf": [
        {
          "$ref": "#/$defs/CalWebhookEnvelope"
        },
        {
          "type": "object",
          "required": [
            "triggerEvent",
            "payload"
          ],
          "properties": {
            "triggerEvent": {
              "const": "BOOKING_NO_SHOW_UPDATED"
            },
            "payload": {
              "$ref": "#/$defs/CalWebhookNoShowPayload"
            }
          }
        }
      ]
    },
    "CalWebhookBookingPaidEvent": {
      "allOf": [
        {
          "$ref": "#/$defs/CalWebhookEnvelope"
        },
        {
          "type": "object",
          "required": [
            "triggerEvent",
            "payload"
          ],
          "properties": {
            "triggerEvent": {
              "const": "BOOKING_PAID"
            },
            "payload": {
              "$ref": "#/$defs/CalWebhookBookingPaidPayload"
            }
          }
        }
      ]
    },
    "CalWebhookBookingPaidPayload": {
      "description": "The booking whose payment succeeded, with the payment record.",
      "allOf": [
        {
          "$ref": "#/$defs/CalWebhookBookingPayload"
        },
        {
          "type": "object",
          "properties": {
            "paymentId": {
              "type": "integer",
              "description": "Id of the payment record."
            },
            "paymentData": {
              "type": "object",
              "description": "The payment record: `amount` (smallest currency unit), `currency`, `success`, `refunded`, the payment app (`appId`) and its `externalId`.",
              "properties": {
                "id": {
                  "type": "integer",
                  "description": "Payment id."
                },
                "amount": {
                  "type": "number",
                  "description": "Amount paid in the currency's smallest unit."
                },
                "currency": {
                  "type": "string",
                  "description": "Currency code."
                },
                "success": {
                  "type": "boolean",
                  "description": "Whether the payment went through."
                },
                "refunded": {
                  "type": "boolean",
                  "description": "Whether it was refunded since."
                },
                "appId": {
                  "type": [
                    "string",
                    "null"
                  ],
                  "description": "Payment app, e.g. `stripe`."
                },
                "externalId": {
                  "type": "string",
                  "description": "The payment's id at the payment provider."
                }
              }
            },
            "paymentInfo": {
              "type": [
                "object",
                "null"
              ],
              "description": "Payment link and amount as shown to the booker."
            }
          }
        }
      ]
    },
    "CalWebhookBookingPayload": {
      "description": "A booking as Cal.com describes it in booking deliveries: its title, times, organizer, attendees and uid, plus the optional details. BOOKING_CREATED and BOOKING_REQUESTED carry exactly this; the other booking triggers add their own fields.",
      "allOf": [
        {
          "$ref": "#/$defs/CalWebhookBookingDetails"
        },
        {
          "type": "object",
          "required": [
            "type",
            "title",
            "startTime",
            "endTime",
            "organizer",
            "attendees",
            "uid"
          ],
          "properties": {
            "type": {
              "type": "string",
              "description": "Slug of the booked event type, e.g. `30min`."
            },
            "title": {
              "type": "string",
              "description": "The booking's title as it appears in calendars."
            },
            "startTime": {
              "type": "string",
              "format": "date-time",
              "description": "Start of the meeting (ISO 8601)."
            },
            "endTime": {
              "type": "string",
              "format": "date-time",
              "description": "End of the meeting (ISO 8601)."
            },
            "organizer": {
              "$ref": "#/$defs/CalWebhookPerson"
            },
            "attendees": {
              "type": "array",
              "description": "The booker first, then any guests.",
              "items": {
                "$ref": "#/$defs/CalWebhookPerson"
              }
            },
            "uid": {
              "type": "string",
              "description": "The booking's uid, as used by bookings.get, bookings.cancel and the others."
            }
          }
        }
      ]
    },
    "CalWebhookBookingRejectedEvent": {
      "allOf": [
        {
          "$ref": "#/$defs/CalWebhookEnvelope"
        },
        {
          "type": "object",
          "required": [
            "triggerEvent",
            "payload"
          ],
          "properties": {
            "triggerEvent": {
              "const": "BOOKING_REJECTED"
            },
            "payload": {
              "$ref": "#/$defs/CalWebhookBookingRejectedPayload"
            }
          }
        }
      ]
    },
    "CalWebhookBookingRejectedPayload": {
      "description": "The pending booking the host declined, with the reason they gave.",
      "allOf": [
        {
          "$ref": "#/$defs/CalWebhookBookingPayload"
        },
        {
          "type": "object",
          "properties": {
            "rejectionReason": {
              "type": [
                "string",
                "null"
              ],
              "description": "The reason given when declining, if any."
            }
          }
        }
      ]
    },
    "CalWebhookBookingRequestedEvent": {
      "allOf": [
        {
          "$ref": "#/$defs/CalWebhookEnvelope"
        },
        {
          "type": "object",
          "required": [
            "triggerEvent",
            "payload"
          ],
          "properties": {
            "triggerEvent": {
              "const": "BOOKING_REQUESTED"
            },
            "payload": {
              "$ref": "#/$defs/CalWebhookBookingPayload"
            }
          }
        }
      ]
    },
    "CalWebhookBookingRescheduledEvent": {
      "allOf": [
        {
          "$ref": "#/$defs/CalWebhookEnvelope"
        },
        {
          "type": "object",
          "required": [
            "triggerEvent",
            "payload"
          ],
          "properties": {
            "triggerEvent": {
              "const": "BOOKING_RESCHEDULED"
            },
            "payload": {
              "$ref": "#/$defs/CalWebhookBookingRescheduledPayload"
            }
          }
        }
      ]
    },
    "CalWebhookBookingRescheduledPayload": {
      "description": "The booking at its new time (new uid and id), with a pointer back to the booking it replaces.",
      "allOf": [
        {
          "$ref": "#/$defs/CalWebhookBookingPayload"
        },
        {
          "type": "object",
          "properties": {
            "rescheduleId": {
              "type": "integer",
              "description": "Numeric id of the booking that was moved."
            },
            "rescheduleUid": {
              "type": "string",
              "description": "Uid of the booking that was moved (now marked as rescheduled)."
            },
            "rescheduleStartTime": {
              "type": "string",
              "format": "date-time",
              "description": "Start of the meeting before it moved."
            },
            "rescheduleEndTime": {
              "type": "string",
              "format": "date-time",
              "description": "End of the meeting before it moved."
            },
            "rescheduledBy": {
              "type": "string",
              "description": "Email of whoever moved the booking."
            }
          }
        }
      ]
    },
    "CalWebhookBookingResponses": {
      "type": "object",
      "description": "Answers to the booking form, keyed by field name (`name`, `email`, `notes`, `guests`, `location` and any custom question).",
      "additionalProperties": {
        "type": "object",
        "properties": {
          "label": {
            "type": "string",
            "description": "The question's label (Cal.com's translation key for built-in fields)."
          },
          "value": {
            "description": "What the booker answered; a string, list, number or object depending on the field."
          },
          "isHidden": {
            "type": "boolean",
            "description": "Whether the field is hidden on the booking page."
          }
        }
      }
    },
    "CalWebhookEnvelope": {
      "type": "object",
      "description": "The body of every delivery: which trigger fired, when Cal.com produced the delivery, and the trigger's own data in `payload`. Extra top-level keys may appear (routing-form deliveries copy their answers there) and can be ignored.",
      "required": [
        "triggerEvent",
        "createdAt",
        "payload"
      ],
      "properties": {
        "triggerEvent": {
          "type": "string",
          "pattern": "^[A-Z][A-Z0-9_]*$",
          "description": "Name of the trigger that fired, e.g. `BOOKING_CREATED`."
        },
        "createdAt": {
          "type": "string",
          "format": "date-time",
          "description": "When Cal.com produced this delivery (ISO 8601, UTC)."
        },
        "payload": {
          "type": "object",
          "description": "The trigger's data; its shape depends on `triggerEvent`."
        }
      }
    },
    "CalWebhookFormSubmittedEvent": {
      "allOf": [
        {
          "$ref": "#/$defs/CalWebhookEnvelope"
        },
        {
          "type": "object",
          "required": [
            "triggerEvent",
            "payload"
          ],
          "properties": {
            "triggerEvent": {
              "const": "FORM_SUBMITTED"
            },
            "payload": {
              "$ref": "#/$defs/CalWebhookFormSubmittedPayload"
            }
          }
        }
      ]
    },
    "CalWebhookFormSubmittedPayload": {
      "type": "object",
      "description": "A routing form's submission. Cal.com also copies each answer to a top-level key named after its field, for older integrations.",
      "required": [
        "formId",
        "formName",
        "responses"
      ],
      "properties": {
        "formId": {
          "type": "string",
          "description": "Id of the routing form."
        },
        "formName": {
          "type": "string",
          "description": "Name of the routing form."
        },
        "teamId": {
          "type": [
            "integer",
            "null"
          ],
          "description": "Team owning the form, or null for a personal form."
        },
        "responses": {
          "type": "object",
          "description": "Answers keyed by field identifier (the field's label unless one was set).",
          "additionalProperties": {
            "type": "object",
            "properties": {
              "value": {
                "description": "The answer as typed or chosen (older representation)."
              },
              "response": {
                "description": "The answer; for select fields the chosen options as `{label, id}`."
              }
            }
          }
        }
      },
      "additionalProperties": {
        "description": "The same answers again, each under its field identifier, as plain values."
      }
    },
    "CalWebhookLanguage": {
      "type": "object",
      "description": "A person's language as Cal.com serialises it.",
      "required": [
        "locale"
      ],
      "properties": {
        "locale": {
          "type": "string",
          "description": "Language code such as `en` or `pt-BR`."
        }
      }
    },
    "CalWebhookMeetingEndedEvent": {
      "allOf": [
        {
          "$ref": "#/$defs/CalWebhookEnvelope"
        },
        {
          "type": "object",
          "required": [
            "triggerEvent",
            "payload"
          ],
          "properties": {
            "triggerEvent": {
              "const": "MEETING_ENDED"
            },
            "payload": {
              "$ref": "#/$defs/CalWebhookMeetingPayload"
            }
          }
        }
      ]
    },
    "CalWebhookMeetingPayload": {
      "type": "object",
      "description": "The booking record of a video meeting that started or ended: Cal.com's stored booking with its organizer (`user`) and attendees, rather than the calendar event of the booking triggers.",
      "required": [
        "id",
        "uid",
        "title",
        "startTime",
        "endTime"
      ],
      "properties": {
        "id": {
          "type": "integer",
          "description": "Numeric id of the booking."
        },
        "uid": {
          "type": "string",
          "description": "The booking's uid."
        },
        "title": {
          "type": "string",
          "description": "The booking's title."
        },
        "description": {
          "type": [
            "string",
            "null"
          ],
          "description": "The booking's description."
        },
        "startTime": {
          "type": "string",
          "format": "date-time",
          "description": "Scheduled start (ISO 8601)."
        },
        "endTime": {
          "type": "string",
          "format": "date-time",
          "description": "Scheduled end (ISO 8601)."
        },
        "location": {
          "type": [
            "string",
            "null"
          ],
          "description": "Where the meeting happens, e.g. `integrations:daily` for Cal Video."
        },
        "status": {
          "type": "string",
          "description": "The booking's status in upper case, e.g. `ACCEPTED`."
        },
        "eventTypeId": {
          "type": [
            "integer",
            "null"
          ],
          "description": "Id of the booked event type."
        },
        "userId": {
          "type": [
            "integer",
            "null"
          ],
          "description": "Cal.com user id of the organizer."
        },
        "userPrimaryEmail": {
          "type": [
            "string",
            "null"
          ],
          "description": "The organizer's primary email address."
        },
        "user": {
          "type": [
            "object",
            "null"
          ],
          "description": "The organizer.",
          "properties": {
            "email": {
              "type": "string",
              "description": "Email address."
            },
            "name": {
              "type": [
                "string",
                "null"
              ],
              "description": "Display name."
            },
            "timeZone": {
              "type": "string",
              "description": "IANA time zone."
            },
            "username": {
              "type": [
                "string",
                "null"
              ],
              "description": "Cal.com username."
            }
          }
        },
        "attendees": {
          "type": "array",
          "description": "The booking's attendees as stored.",
          "items": {
            "type": "object",
            "properties": {
              "id": {
                "type": "integer",
                "description": "Attendee record id."
              },
              "email": {
                "type": "string",
                "description": "Email address."
              },
              "name": {
                "type": "string",
                "description": "Display name."
              },
              "timeZone": {
                "type": "string",
                "description": "IANA time zone."
              },
              "locale": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Language code."
              },
              "noShow": {
                "type": [
                  "boolean",
                  "null"
                ],
                "description": "Whether the attendee was marked absent."
              }
            }
          }
        },
        "responses": {
          "type": [
            "object",
            "null"
          ],
          "description": "Answers to the booking form as stored on the booking."
        },
        "metadata": {
          "type": [
            "object",
            "null"
          ],
          "description": "Metadata stored on the booking, e.g. `videoCallUrl`."
        },
        "createdAt": {
          "type": "string",
          "format": "date-time",
          "description": "When the booking was made."
        },
        "updatedAt": {
          "type": [
            "string",
            "null"
          ],
          "description": "When the booking last changed."
        },
        "isRecorded": {
          "type": "boolean",
          "description": "Whether the Cal Video meeting is being recorded."
        }
      }
    },
    "CalWebhookMeetingStartedEvent": {
      "allOf": [
        {
          "$ref": "#/$defs/CalWebhookEnvelope"
        },
        {
          "type": "object",
          "required": [
            "triggerEvent",
            "payload"
          ],
          "properties": {
            "triggerEvent": {
              "const": "MEETING_STARTED"
            },
            "payload": {
              "$ref": "#/$defs/CalWebhookMeetingPayload"
            }
          }
        }
      ]
    },
    "CalWebhookNoShowPayload": {
      "type": "object",
      "description": "Who was marked absent (or present again) at a past booking.",
      "required": [
        "message",
        "bookingUid",
        "attendees"
      ],
      "properties": {
        "message": {
          "type": "string",
          "description": "Cal.com's one-line summary of the change."
        },
        "bookingUid": {
          "type": "string",
          "description": "Uid of the booking concerned."
        },
        "bookingId": {
          "type": "integer",
          "description": "Numeric id of the booking, when Cal.com includes it."
        },
        "attendees": {
          "type": "array",
          "description": "Each attendee whose attendance changed, with the new value.",
          "items": {
            "type": "object",
            "required": [
              "email",
              "noShow"
            ],
            "properties": {
              "email": {
                "type": "string",
                "description": "The attendee's email address."
              },
              "noShow": {
                "type": "boolean",
                "description": "True when marked absent, false when marked present again."
              }
            }
          }
        }
      }
    },
    "CalWebhookOooCreatedEvent": {
      "allOf": [
        {
          "$ref": "#/$defs/CalWebhookEnvelope"
        },
        {
          "type": "object",
          "required": [
            "triggerEvent",
            "payload"
          ],
          "properties": {
            "triggerEvent": {
              "const": "OOO_CREATED"
            },
            "payload": {
              "$ref": "#/$defs/CalWebhookOooCreatedPayload"
            }
          }
        }
      ]
    },
    "CalWebhookOooCreatedPayload": {
      "type": "object",
      "description": "The out-of-office entry that was created.",
      "required": [
        "oooEntry"
      ],
      "properties": {
        "oooEntry": {
          "$ref": "#/$defs/CalWebhookOooEntry"
        }
      }
    },
    "CalWebhookOooEntry": {
      "type": "object",
      "description": "An out-of-office period of a user.",
      "required": [
        "id",
        "start",
        "end",
        "user"
      ],
      "properties": {
        "id": {
          "type": "integer",
          "description": "Id of the entry."
        },
        "uuid": {
          "type": "string",
          "description": "Stable unique id of the entry."
        },
        "start": {
          "type": "string",
          "format": "date-time",
          "description": "First moment of the absence."
        },
        "end": {
          "type": "string",
          "format": "date-time",
          "description": "Last moment of the absence."
        },
        "createdAt": {
          "type": "string",
          "format": "date-time",
          "description": "When the entry was created."
        },
        "updatedAt": {
          "type": "string",
          "format": "date-time",
          "description": "When the entry last changed."
        },
        "notes": {
          "type": [
            "string",
            "null"
          ],
          "description": "Free-text note of the user."
        },
        "reasonId": {
          "type": [
            "integer",
            "null"
          ],
          "description": "Id of the reason chosen."
        },
        "reason": {
          "type": "object",
          "description": "The reason chosen, as an emoji and a translation key such as `ooo_reasons_vacation`.",
          "properties": {
            "emoji": {
              "type": "string",
              "description": "Emoji shown with the reason."
            },
            "reason": {
              "type": "string",
              "description": "The reason's translation key."
            }
          }
        },
        "user": {
          "type": "object",
          "description": "The user who is away.",
          "required": [
            "id",
            "email",
            "timeZone"
          ],
          "properties": {
            "id": {
              "type": "integer",
              "description": "Cal.com user id."
            },
            "name": {
              "type": [
                "string",
                "null"
              ],
              "description": "Display name."
            },
            "username": {
              "type": [
                "string",
                "null"
              ],
              "description": "Cal.com username."
            },
            "email": {
              "type": "string",
              "description": "Email address."
            },
            "timeZone": {
              "type": "string",
              "description": "IANA time zone."
            }
          }
        },
        "toUser": {
          "description": "The user bookings are forwarded to during the absence, or null when none.",
          "anyOf": [
            {
              "type": "null"
            },
            {
              "type": "object",
              "required": [
                "id"
              ],
              "properties": {
                "id": {
                  "type": "integer",
                  "description": "Cal.com user id."
                },
                "name": {
                  "type": [
                    "string",
                    "null"
                  ],
                  "description": "Display name."
                },
                "username": {
                  "type": [
                    "string",
                    "null"
                  ],
                  "description": "Cal.com username."
                },
                "email": {
                  "type": "string",
                  "description": "Email address."
                },
                "timeZone": {
                  "type": "string",
                  "description": "IANA time zone."
                }
              }
            }
          ]
        }
      }
    },
    "CalWebhookPerson": {
      "type": "object",
      "description": "An organizer or attendee of a booking. Guests added by the booker appear as attendees whose name may be empty.",
      "required": [
        "name",
        "email",
        "timeZone",
        "language"
      ],
      "properties": {
        "id": {
          "type": "integer",
          "description": "Cal.com user id of an organizer; attendee record id where Cal.com adds one."
        },
        "name": {
          "type": "string",
          "description": "Display name."
        },
        "email": {
          "type": "string",
          "description": "Email address."
        },
        "username": {
          "type": "string",
          "description": "Cal.com username (organizers only)."
        },
        "usernameInOrg": {
          "type": "string",
          "description": "Username inside the organization, for organization members."
        },
        "timeZone": {
          "type": "string",
          "description": "IANA time zone the person sees the meeting in, e.g. `Europe/London`."
        },
        "language": {
          "$ref": "#/$defs/CalWebhookLanguage"
        },
        "locale": {
          "type": [
            "string",
            "null"
          ],
          "description": "Locale code, when Cal.com sends it beside `language`."
        },
        "timeFormat": {
          "type": [
            "string",
            "integer",
            "null"
          ],
          "description": "Preferred clock format of an organizer (`h:mma`, or 12 / 24)."
        },
        "utcOffset": {
          "type": [
            "integer",
            "null"
          ],
          "description": "Minutes between the person's time zone and UTC at the start of the meeting."
        },
        "phoneNumber": {
          "type": [
            "string",
            "null"
          ],
          "description": "Phone number, when the booking form asked for one."
        },
        "firstName": {
          "type": "string",
          "description": "First word of the attendee's name (empty for unnamed guests)."
        },
        "lastName": {
          "type": "string",
          "description": "The rest of the attendee's name."
        }
      }
    },
    "CalWebhookRecordingReadyEvent": {
      "allOf": [
        {
          "$ref": "#/$defs/CalWebhookEnvelope"
        },
        {
          "type": "object",
          "required": [
            "triggerEvent",
            "payload"
          ],
          "properties": {
            "triggerEvent": {
              "const": "RECORDING_READY"
            },
            "payload": {
              "$ref": "#/$defs/CalWebhookRecordingReadyPayload"
            }
          }
        }
      ]
    },
    "CalWebhookRecordingReadyPayload": {
      "description": "A Cal Video recording that can now be downloaded, with the calendar event of its booking (the booking fields may be missing from some Cal.com versions).",
      "allOf": [
        {
          "$ref": "#/$defs/CalWebhookBookingDetails"
        },
        {
          "type": "object",
          "required": [
            "downloadLink"
          ],
          "properties": {
            "type": {
              "type": "string",
              "description": "Slug of the booked event type, e.g. `30min`."
            },
            "title": {
              "type": "string",
              "description": "The booking's title as it appears in calendars."
            },
            "startTime": {
              "type": "string",
              "format": "date-time",
              "description": "Start of the meeting (ISO 8601)."
            },
            "endTime": {
              "type": "string",
              "format": "date-time",
              "description": "End of the meeting (ISO 8601)."
            },
            "organizer": {
              "$ref": "#/$defs/CalWebhookPerson"
            },
            "attendees": {
              "type": "array",
              "description": "The booker first, then any guests.",
              "items": {
                "$ref": "#/$defs/CalWebhookPerson"
              }
            },
            "uid": {
              "type": "string",
              "description": "The booking's uid, as used by bookings.get, bookings.cancel and the others."
            },
            "downloadLink": {
              "type": "string",
              "description": "Link to download the recording. It embeds an access token: treat it as a secret and do not log it."
            }
          }
        }
      ]
    }
  }
};
