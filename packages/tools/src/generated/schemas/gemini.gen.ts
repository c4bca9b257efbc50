// Generated from spec/openapi.yaml by @calkit/generator; do not edit. Run `pnpm generate`.

import type { GeminiTool } from "../../adapters/gemini.js";

/** One entry of `tools`: `{ functionDeclarations }`: the data of `schemas/gemini.json`, typed. */
const tools: GeminiTool = {
  "functionDeclarations": [
    {
      "name": "cal_bookings_cancel",
      "description": "Cancels a booking, frees its slot and emails everyone. Destructive. Not idempotent: do not repeat. Fires BOOKING_CANCELLED.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "bookingUid": {
            "type": "string",
            "description": "The uid of the booking to cancel."
          },
          "cancellationReason": {
            "type": "string",
            "description": "Why the booking is cancelled; included in the cancellation emails."
          },
          "cancelSubsequentBookings": {
            "type": "boolean",
            "description": "Recurring, non-seated bookings only: `true` also cancels every later occurrence after the one named in the path."
          },
          "seatUid": {
            "type": "string",
            "description": "Uid of the seat to cancel, as returned in the booking's `attendees[].seatUid` or `seatUid`."
          }
        },
        "required": [
          "bookingUid"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_bookings_confirm",
      "description": "Accepts a booking awaiting the host's confirmation; the attendee is notified. Not idempotent: do not repeat. Fires BOOKING_CREATED.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "bookingUid": {
            "type": "string",
            "description": "The uid of the pending booking."
          }
        },
        "required": [
          "bookingUid"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_bookings_create",
      "description": "Creates a booking on an event type for one attendee at a given start time. Not idempotent: do not repeat. Fires BOOKING_CREATED or BOOKING_REQUESTED.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "start": {
            "type": "string",
            "description": "Start of the meeting as an ISO 8601 instant in UTC, e.g. `2026-12-01T15:00:00Z`."
          },
          "attendee": {
            "type": "object",
            "properties": {
              "name": {
                "type": "string"
              },
              "email": {
                "type": "string"
              },
              "timeZone": {
                "type": "string"
              },
              "phoneNumber": {
                "type": "string"
              },
              "language": {
                "type": "string",
                "default": "en"
              }
            },
            "required": [
              "name",
              "timeZone"
            ],
            "description": "The person booking: name, email, IANA time zone and optionally language and phone number."
          },
          "bookingFieldsResponses": {
            "type": "array",
            "description": "Answers to the event type's booking questions, keyed by booking field slug (see the event type's `bookingFields`), e.g. `{\"notes\": \"Agenda attached\"}`. Pass it as a list of `{ key, value }` pairs.",
            "items": {
              "type": "object",
              "properties": {
                "key": {
                  "type": "string"
                },
                "value": {
                  "type": [
                    "string",
                    "number",
                    "boolean"
                  ]
                }
              },
              "required": [
                "key",
                "value"
              ],
              "additionalProperties": false
            }
          },
          "eventTypeId": {
            "type": "number",
            "description": "Id of the event type to book (from eventTypes.list)."
          },
          "eventTypeSlug": {
            "type": "string",
            "description": "Slug of the event type, used instead of `eventTypeId` together with `username` (personal event type) or `teamSlug` (team event type)."
          },
          "username": {
            "type": "string",
            "description": "Username of the event type's owner; with `eventTypeSlug` it identifies a personal event type."
          },
          "teamSlug": {
            "type": "string",
            "description": "Slug of the team that owns the event type; with `eventTypeSlug` it identifies a team event type."
          },
          "organizationSlug": {
            "type": "string",
            "description": "Slug of the organization the user or team belongs to."
          },
          "guests": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Email addresses of additional people to invite to the meeting."
          },
          "location": {
            "description": "Where the meeting happens: one of the event type's location options, always as an object with a `type` (not a bare string). attendeeAddress needs address; attendeeDefined needs location; attendeePhone needs phone; integration needs integration.",
            "type": "object",
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "address",
                  "attendeeAddress",
                  "attendeeDefined",
                  "attendeePhone",
                  "integration",
                  "link",
                  "phone",
                  "organizersDefaultApp"
                ]
              },
              "address": {
                "type": "string"
              },
              "location": {
                "type": "string"
              },
              "phone": {
                "type": "string"
              },
              "integration": {
                "type": "string"
              }
            },
            "required": [
              "type"
            ]
          },
          "metadata": {
            "type": "array",
            "description": "Your own key/value data stored on the booking: at most 50 keys, keys up to 40 characters, string values up to 500 characters. Pass it as a list of `{ key, value }` pairs.",
            "items": {
              "type": "object",
              "properties": {
                "key": {
                  "type": "string"
                },
                "value": {
                  "type": [
                    "string",
                    "number",
                    "boolean"
                  ]
                }
              },
              "required": [
                "key",
                "value"
              ],
              "additionalProperties": false
            }
          },
          "lengthInMinutes": {
            "type": "number",
            "description": "Meeting length in minutes, for event types offering several lengths (`lengthInMinutesOptions`)."
          },
          "instant": {
            "type": "boolean",
            "description": "Must be `true`: marks the request as an instant meeting."
          },
          "recurrenceCount": {
            "type": "number",
            "description": "Number of occurrences to book."
          }
        },
        "required": [
          "start",
          "attendee"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_bookings_decline",
      "description": "Rejects a booking awaiting the host's confirmation; the slot is freed and the attendee told. Destructive. Not idempotent: do not repeat. Fires BOOKING_REJECTED.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "bookingUid": {
            "type": "string",
            "description": "The uid of the pending booking."
          },
          "reason": {
            "type": "string",
            "description": "Why the booking is declined; included in the email to the attendee."
          }
        },
        "required": [
          "bookingUid"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_bookings_get",
      "description": "Returns one booking by uid: times, status, hosts, attendees, location, form answers. Read-only.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "bookingUid": {
            "type": "string",
            "description": "The booking's uid (a string such as `fkZ3Ppsm8SFGRYxHZGGcnN`), not its numeric id."
          }
        },
        "required": [
          "bookingUid"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_bookings_list",
      "description": "Lists bookings of the user and their teams, with filters and take/skip paging. Read-only.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "status": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "upcoming",
                "recurring",
                "past",
                "cancelled",
                "unconfirmed"
              ]
            },
            "description": "Only bookings in these states: `upcoming`, `recurring`, `past`, `cancelled`, `unconfirmed` (awaiting the host's confirmation)."
          },
          "attendeeEmail": {
            "type": "string",
            "description": "Only bookings with an attendee of this email address."
          },
          "attendeeName": {
            "type": "string",
            "description": "Only bookings with an attendee of this name."
          },
          "bookingUid": {
            "type": "string",
            "description": "Only the booking with this uid."
          },
          "eventTypeId": {
            "type": "string",
            "description": "Only bookings of this event type id."
          },
          "teamId": {
            "type": "string",
            "description": "Only bookings of event types of this team."
          },
          "afterStart": {
            "type": "string",
            "description": "Only bookings starting after this ISO 8601 instant (UTC), e.g. `2026-12-01T00:00:00Z`."
          },
          "beforeEnd": {
            "type": "string",
            "description": "Only bookings ending before this ISO 8601 instant (UTC)."
          },
          "sortStart": {
            "enum": [
              "asc",
              "desc"
            ],
            "type": "string",
            "description": "Sort by start time, `asc` or `desc`."
          },
          "take": {
            "default": 100,
            "type": "number",
            "description": "Page size (how many bookings to return)."
          },
          "skip": {
            "default": 0,
            "type": "number",
            "description": "How many bookings to skip before the page starts (offset)."
          }
        },
        "required": [],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_bookings_mark_absent",
      "description": "Records who missed a past booking: the host and/or attendees by email. Fires BOOKING_NO_SHOW_UPDATED.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "bookingUid": {
            "type": "string",
            "description": "The uid of the booking that took place."
          },
          "host": {
            "type": "boolean",
            "description": "`true` marks the host as a no-show."
          },
          "attendees": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "email": {
                  "type": "string"
                },
                "absent": {
                  "type": "boolean"
                }
              },
              "required": [
                "email",
                "absent"
              ]
            },
            "description": "Attendees to mark, each identified by email, with `absent: true` (no-show) or `false` (attended)."
          }
        },
        "required": [
          "bookingUid"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_bookings_reschedule",
      "description": "Moves a booking to a new start time (ISO 8601, UTC). Not idempotent: do not repeat. Fires BOOKING_RESCHEDULED.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "bookingUid": {
            "type": "string",
            "description": "The uid of the booking to move."
          },
          "start": {
            "type": "string",
            "description": "New start as an ISO 8601 instant in UTC, e.g. `2026-12-02T15:00:00Z`."
          },
          "rescheduledBy": {
            "type": "string",
            "description": "Email of whoever reschedules."
          },
          "reschedulingReason": {
            "type": "string",
            "description": "Why the booking is moved; included in the emails."
          },
          "emailVerificationCode": {
            "type": "string",
            "description": "Code emailed to the attendee; required when the event type requires booker email verification."
          },
          "seatUid": {
            "type": "string",
            "description": "Uid of the seat to move, as returned in the booking's `attendees[].seatUid`."
          }
        },
        "required": [
          "bookingUid",
          "start"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_calendars_busy_times",
      "description": "Returns busy intervals of connected calendars between two dates. Read-only.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "timeZone": {
            "type": "string",
            "description": "IANA time zone the dates are read in, e.g. `Europe/London`."
          },
          "dateFrom": {
            "type": "string",
            "description": "First day to look at, `YYYY-MM-DD`."
          },
          "dateTo": {
            "type": "string",
            "description": "Last day to look at, `YYYY-MM-DD`."
          },
          "calendarsToLoad": {
            "type": "array",
            "minItems": 1,
            "items": {
              "type": "object",
              "properties": {
                "credentialId": {
                  "type": "integer"
                },
                "externalId": {
                  "type": "string"
                }
              }
            },
            "description": "The calendars to read, each as its connection's `credentialId` and the calendar's `externalId` (both from calendars.list); both fields are required for every entry."
          }
        },
        "required": [
          "calendarsToLoad"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_calendars_connect",
      "description": "Returns the consent link (`authUrl`) to connect a Google or Office 365 calendar. Read-only.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "calendar": {
            "enum": [
              "office365",
              "google"
            ],
            "type": "string",
            "description": "Which provider to connect, `google` or `office365`."
          },
          "isDryRun": {
            "type": "boolean",
            "description": "Test flag passed through the connection flow; leave it out, or `false`, for a real connection."
          },
          "redir": {
            "type": "string",
            "description": "Where to send the user's browser after access is granted, e.g. `https://app.example.com/settings/calendars`."
          }
        },
        "required": [
          "calendar"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_calendars_disconnect",
      "description": "Removes a calendar connection (`id` = `credentialId` from calendars.list). Destructive. Not idempotent: do not repeat.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "calendar": {
            "enum": [
              "apple",
              "google",
              "office365"
            ],
            "type": "string",
            "description": "Provider of the connection, `google`, `office365` or `apple`."
          },
          "id": {
            "type": "integer",
            "description": "Credential id of the connection to remove (`credentialId` from calendars.list)."
          }
        },
        "required": [
          "calendar",
          "id"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_calendars_list",
      "description": "Lists connected calendars by connection, with `credentialId` and each `externalId`. Read-only.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {},
        "required": [],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_event_types_create",
      "description": "Creates a personal event type with a public booking page at `/<username>/<slug>`. Not idempotent: do not repeat.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "lengthInMinutes": {
            "type": "number",
            "description": "Default length of a meeting, in minutes."
          },
          "lengthInMinutesOptions": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Lengths in minutes the booker may choose between; must include `lengthInMinutes`."
          },
          "title": {
            "type": "string",
            "description": "Name of the event type shown to bookers, e.g. `30 Minute Meeting`."
          },
          "slug": {
            "type": "string",
            "description": "URL segment of the booking page (`cal.com/<username>/<slug>`); lowercase words joined by hyphens, unique per owner."
          },
          "description": {
            "type": "string",
            "description": "Text shown on the booking page."
          },
          "disableGuests": {
            "type": "boolean",
            "description": "`true` stops bookers from inviting guests by email."
          },
          "slotInterval": {
            "type": "number",
            "description": "Minutes between offered start times; defaults to the event length."
          },
          "minimumBookingNotice": {
            "type": "number",
            "description": "Minimum notice in minutes: slots starting sooner than this from now are not offered."
          },
          "beforeEventBuffer": {
            "type": "number",
            "description": "Minutes kept free before each meeting."
          },
          "afterEventBuffer": {
            "type": "number",
            "description": "Minutes kept free after each meeting."
          },
          "scheduleId": {
            "type": "number",
            "description": "Id of the availability schedule to use (from schedules.list)."
          },
          "hidden": {
            "type": "boolean",
            "description": "`true` leaves the event type off the owner's public profile page; it stays bookable by direct link."
          },
          "locations": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "type": {
                  "type": "string",
                  "enum": [
                    "address",
                    "link",
                    "integration",
                    "phone",
                    "attendeeAddress",
                    "attendeePhone",
                    "attendeeDefined"
                  ]
                },
                "address": {
                  "type": "string"
                },
                "public": {
                  "type": "boolean"
                },
                "link": {
                  "type": "string"
                },
                "integration": {
                  "type": "string"
                },
                "phone": {
                  "type": "string"
                }
              },
              "required": [
                "type"
              ],
              "description": "address needs address, public; link needs link, public; integration needs integration; phone needs phone, public."
            },
            "description": "Where meetings take place; with several, the booker picks one."
          }
        },
        "required": [
          "lengthInMinutes",
          "title",
          "slug"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_event_types_delete",
      "description": "Deletes an event type and takes its booking page offline. Destructive.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "eventTypeId": {
            "type": "integer",
            "description": "Numeric id of the event type to delete, from eventTypes.list."
          }
        },
        "required": [
          "eventTypeId"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_event_types_get",
      "description": "Returns an event type by id with its settings (lengths, locations, form, limits, schedule). Read-only.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "eventTypeId": {
            "type": "integer",
            "description": "Numeric id of the event type, from eventTypes.list."
          }
        },
        "required": [
          "eventTypeId"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_event_types_list",
      "description": "Lists the user's event types, or a user's public ones by `username`. Read-only.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "username": {
            "type": "string",
            "description": "Owner's username, e.g. `ada`; returns that user's event types."
          },
          "eventSlug": {
            "type": "string",
            "description": "Slug of a single event type, e.g. `30min`; only meaningful together with `username`."
          },
          "usernames": {
            "type": "string",
            "description": "Two or more comma-separated usernames, e.g. `ada,charles`; returns the dynamic event type used to book them together."
          },
          "orgSlug": {
            "type": "string",
            "description": "Slug of the organization the user belongs to, e.g. `acme`."
          },
          "orgId": {
            "type": "number",
            "description": "Numeric id of the organization the user belongs to."
          },
          "sortCreatedAt": {
            "enum": [
              "asc",
              "desc"
            ],
            "type": "string",
            "description": "Order by creation time, `asc` (oldest first) or `desc`; without it the order is unspecified."
          }
        },
        "required": [],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_event_types_update",
      "description": "Changes an event type; only fields sent change and lists sent replace.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "eventTypeId": {
            "type": "integer",
            "description": "Numeric id of the event type to change, from eventTypes.list."
          },
          "lengthInMinutes": {
            "type": "number",
            "description": "Default length of a meeting, in minutes."
          },
          "lengthInMinutesOptions": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Lengths in minutes the booker may choose between; must include `lengthInMinutes`."
          },
          "title": {
            "type": "string",
            "description": "Name of the event type shown to bookers."
          },
          "slug": {
            "type": "string",
            "description": "URL segment of the booking page; changing it breaks links to the old URL."
          },
          "description": {
            "type": "string",
            "description": "Text shown on the booking page."
          },
          "disableGuests": {
            "type": "boolean",
            "description": "`true` stops bookers from inviting guests by email."
          },
          "slotInterval": {
            "type": "number",
            "description": "Minutes between offered start times; defaults to the event length."
          },
          "minimumBookingNotice": {
            "type": "number",
            "description": "Minimum notice in minutes: slots starting sooner than this from now are not offered."
          },
          "beforeEventBuffer": {
            "type": "number",
            "description": "Minutes kept free before each meeting."
          },
          "afterEventBuffer": {
            "type": "number",
            "description": "Minutes kept free after each meeting."
          },
          "scheduleId": {
            "type": "number",
            "description": "Id of the availability schedule to use (from schedules.list)."
          },
          "hidden": {
            "type": "boolean",
            "description": "`true` leaves the event type off the owner's public profile page; it stays bookable by direct link."
          },
          "locations": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "type": {
                  "type": "string",
                  "enum": [
                    "address",
                    "link",
                    "integration",
                    "phone",
                    "attendeeAddress",
                    "attendeePhone",
                    "attendeeDefined"
                  ]
                },
                "address": {
                  "type": "string"
                },
                "public": {
                  "type": "boolean"
                },
                "link": {
                  "type": "string"
                },
                "integration": {
                  "type": "string"
                },
                "phone": {
                  "type": "string"
                }
              },
              "required": [
                "type"
              ],
              "description": "address needs address, public; link needs link, public; integration needs integration; phone needs phone, public."
            },
            "description": "The complete list of locations, replacing the current one."
          }
        },
        "required": [
          "eventTypeId"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_me_get",
      "description": "Returns the caller's account: id, username, email, time zone, clock, default schedule. Read-only.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {},
        "required": [],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_me_update",
      "description": "Changes settings of the authenticated user's own account; only the fields sent change.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "email": {
            "type": "string",
            "description": "New email address for your account."
          },
          "name": {
            "type": "string",
            "description": "Display name."
          },
          "timeFormat": {
            "type": "number",
            "enum": [
              12,
              24
            ],
            "description": "Clock format: `12` or `24` hours."
          },
          "defaultScheduleId": {
            "type": "number",
            "description": "Id of the schedule to make the default (from schedules.list)."
          },
          "weekStart": {
            "type": "string",
            "enum": [
              "Monday",
              "Tuesday",
              "Wednesday",
              "Thursday",
              "Friday",
              "Saturday",
              "Sunday"
            ],
            "description": "First day of the week: `Monday` to `Sunday`."
          },
          "timeZone": {
            "type": "string",
            "description": "IANA time zone, e.g. `America/New_York`."
          },
          "locale": {
            "type": "string",
            "description": "Language of the app and emails, as a locale code such as `en`, `de` or `pt-BR`."
          },
          "avatarUrl": {
            "type": "string",
            "description": "URL of the profile picture."
          },
          "bio": {
            "type": "string",
            "description": "Short text shown on the public profile page."
          },
          "metadata": {
            "type": "array",
            "description": "Your own key/value data: at most 50 keys, keys up to 40 characters, values up to 500 characters. Pass it as a list of `{ key, value }` pairs.",
            "items": {
              "type": "object",
              "properties": {
                "key": {
                  "type": "string"
                },
                "value": {
                  "type": [
                    "string",
                    "number",
                    "boolean"
                  ]
                }
              },
              "required": [
                "key",
                "value"
              ],
              "additionalProperties": false
            }
          }
        },
        "required": [],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_org_users_create",
      "description": "Creates a user in the organization with a role (MEMBER by default). Not idempotent: do not repeat. Needs role: organization owner or admin.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "orgId": {
            "type": "integer",
            "description": "Numeric id of the organization (`organizationId` in me.get)."
          },
          "email": {
            "type": "string",
            "description": "Email address of the new user; also their sign-in address."
          },
          "username": {
            "type": "string",
            "description": "Username inside the organization; their booking pages live under it."
          },
          "timeZone": {
            "type": "string",
            "description": "IANA time zone of the user, e.g. `America/New_York`."
          },
          "timeFormat": {
            "type": "number",
            "description": "Clock format: `12` or `24` hours."
          },
          "locale": {
            "type": [
              "string",
              "null"
            ],
            "default": "en",
            "description": "Language of the app and emails, e.g. `en`."
          },
          "organizationRole": {
            "type": "string",
            "default": "MEMBER",
            "enum": [
              "MEMBER",
              "ADMIN",
              "OWNER"
            ],
            "description": "Role in the organization: `MEMBER` (default), `ADMIN` (manages members and teams) or `OWNER` (full control)."
          },
          "autoAccept": {
            "type": "boolean",
            "default": true,
            "description": "`true` (default) makes the user an accepted member at once; `false` leaves the membership pending until they accept."
          }
        },
        "required": [
          "orgId",
          "email"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_org_users_delete",
      "description": "Deletes a member's whole account (not just the membership); their pages go offline. Destructive. Needs role: organization owner or admin.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "orgId": {
            "type": "number",
            "description": "Numeric id of the organization (`organizationId` in me.get)."
          },
          "userId": {
            "type": "number",
            "description": "Numeric id of the member to delete, from orgUsers.list."
          }
        },
        "required": [
          "orgId",
          "userId"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_org_users_list",
      "description": "Lists the users of an organization with profile, time zone and locale. Read-only.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "orgId": {
            "type": "number",
            "description": "Numeric id of the organization (`organizationId` in me.get)."
          },
          "take": {
            "minimum": 1,
            "maximum": 1000,
            "type": "number",
            "description": "Page size: how many users to return, 1 to 1000."
          },
          "skip": {
            "minimum": 0,
            "type": "number",
            "description": "How many users to skip before the page starts (offset)."
          },
          "emails": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Only users with these email addresses, comma-separated, e.g. `ada@example.com,mary@example.com`."
          },
          "teamIds": {
            "type": "array",
            "items": {
              "type": "number"
            },
            "description": "Only members of these teams of the organization, comma-separated team ids, e.g. `5,8`."
          }
        },
        "required": [
          "orgId"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_org_users_update",
      "description": "Changes a member's account settings; only fields sent change.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "orgId": {
            "type": "number",
            "description": "Numeric id of the organization (`organizationId` in me.get)."
          },
          "userId": {
            "type": "number",
            "description": "Numeric id of the member to change, from orgUsers.list."
          },
          "email": {
            "type": "string",
            "description": "New email address of the user."
          },
          "username": {
            "type": "string",
            "description": "Username inside the organization; their booking pages live under it."
          },
          "timeZone": {
            "type": "string",
            "description": "IANA time zone of the user, e.g. `America/New_York`."
          },
          "timeFormat": {
            "type": "number",
            "description": "Clock format: `12` or `24` hours."
          },
          "locale": {
            "type": [
              "string",
              "null"
            ],
            "description": "Language of the app and emails, e.g. `en`."
          },
          "organizationRole": {
            "type": "string",
            "enum": [
              "MEMBER",
              "ADMIN",
              "OWNER"
            ],
            "description": "Role in the organization: `MEMBER`, `ADMIN` (manages members and teams) or `OWNER` (full control)."
          },
          "autoAccept": {
            "type": "boolean",
            "description": "`true` makes the membership accepted at once; `false` leaves it pending until the user accepts."
          }
        },
        "required": [
          "orgId",
          "userId"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_schedules_create",
      "description": "Creates an availability schedule for the authenticated user. Not idempotent: do not repeat.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "description": "Name of the schedule, e.g. `Working hours`."
          },
          "timeZone": {
            "type": "string",
            "description": "IANA time zone the hours are expressed in, e.g. `Europe/Rome`."
          },
          "availability": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "days": {
                  "type": "array",
                  "items": {
                    "type": "string",
                    "enum": [
                      "Monday",
                      "Tuesday",
                      "Wednesday",
                      "Thursday",
                      "Friday",
                      "Saturday",
                      "Sunday"
                    ]
                  }
                },
                "startTime": {
                  "type": "string",
                  "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
                },
                "endTime": {
                  "type": "string",
                  "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
                }
              },
              "required": [
                "days",
                "startTime",
                "endTime"
              ]
            },
            "description": "Weekly hours: each item gives days and a `HH:mm` start and end."
          },
          "isDefault": {
            "type": "boolean",
            "description": "`true` makes this the user's default schedule, used by event types without a `scheduleId`."
          },
          "overrides": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "date": {
                  "type": "string"
                },
                "startTime": {
                  "type": "string",
                  "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
                },
                "endTime": {
                  "type": "string",
                  "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
                }
              },
              "required": [
                "date",
                "startTime",
                "endTime"
              ]
            },
            "description": "Hours for specific dates, replacing the weekly hours on those dates."
          }
        },
        "required": [
          "name",
          "timeZone",
          "isDefault"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_schedules_delete",
      "description": "Permanently deletes one of the authenticated user's schedules. Destructive.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "scheduleId": {
            "type": "integer",
            "description": "Numeric id of the schedule to delete, from schedules.list."
          }
        },
        "required": [
          "scheduleId"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_schedules_get",
      "description": "Returns a schedule by id: time zone, weekly `HH:MM` hours, date overrides. Read-only.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "scheduleId": {
            "type": "integer",
            "description": "Numeric id of the schedule, from schedules.list."
          }
        },
        "required": [
          "scheduleId"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_schedules_list",
      "description": "Lists the user's availability schedules and which one is the default. Read-only.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {},
        "required": [],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_schedules_update",
      "description": "Changes a schedule; only fields sent change and lists sent replace.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "scheduleId": {
            "type": "integer",
            "description": "Numeric id of the schedule to change, from schedules.list."
          },
          "name": {
            "type": "string",
            "description": "New name of the schedule."
          },
          "timeZone": {
            "type": "string",
            "description": "IANA time zone the hours are expressed in, e.g. `Europe/Rome`."
          },
          "availability": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "days": {
                  "type": "array",
                  "items": {
                    "type": "string",
                    "enum": [
                      "Monday",
                      "Tuesday",
                      "Wednesday",
                      "Thursday",
                      "Friday",
                      "Saturday",
                      "Sunday"
                    ]
                  }
                },
                "startTime": {
                  "type": "string",
                  "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
                },
                "endTime": {
                  "type": "string",
                  "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
                }
              },
              "required": [
                "days",
                "startTime",
                "endTime"
              ]
            },
            "description": "The complete weekly hours, replacing the current ones."
          },
          "isDefault": {
            "type": "boolean",
            "description": "`true` makes this the user's default schedule."
          },
          "overrides": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "date": {
                  "type": "string"
                },
                "startTime": {
                  "type": "string",
                  "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
                },
                "endTime": {
                  "type": "string",
                  "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
                }
              },
              "required": [
                "date",
                "startTime",
                "endTime"
              ]
            },
            "description": "The complete list of date overrides, replacing the current ones."
          }
        },
        "required": [
          "scheduleId"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_slots_delete_reservation",
      "description": "Releases a slot hold before it expires. Destructive.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "uid": {
            "type": "string",
            "description": "The `reservationUid` returned by slots.reserve."
          }
        },
        "required": [
          "uid"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_slots_list",
      "description": "Returns bookable times of an event type between `start` and `end`, keyed by date. Read-only.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "bookingUidToReschedule": {
            "type": "string",
            "description": "Uid of a booking being moved: its current time is then counted as free, so it can be offered again."
          },
          "start": {
            "type": "string",
            "description": "Beginning of the search window in UTC: a date (`2026-12-01`, meaning the start of that day) or an ISO 8601 instant (`2026-12-01T09:00:00Z`)."
          },
          "end": {
            "type": "string",
            "description": "End of the search window in UTC: a date (`2026-12-02`, meaning the end of that day) or an ISO 8601 instant."
          },
          "teamSlug": {
            "type": "string",
            "description": "Slug of the team that owns `eventTypeSlug` (team event types)."
          },
          "username": {
            "type": "string",
            "description": "Username of the person who owns `eventTypeSlug` (personal event types)."
          },
          "eventTypeSlug": {
            "type": "string",
            "description": "Slug of the event type, e.g. `30min`; needs `username` or `teamSlug` as well."
          },
          "eventTypeId": {
            "type": "integer",
            "description": "Numeric id of the event type, from eventTypes.list."
          },
          "format": {
            "type": "string",
            "enum": [
              "time",
              "range"
            ],
            "description": "`time` (the default) returns only each slot's `start`; `range` returns `start` and `end`."
          },
          "duration": {
            "type": "integer",
            "minimum": 1,
            "description": "Slot length in minutes, for event types that offer several lengths, or for `usernames` searches (30 when omitted)."
          },
          "timeZone": {
            "type": "string",
            "description": "IANA time zone for the returned slot times, e.g. `Europe/London`."
          }
        },
        "required": [
          "start",
          "end"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_slots_reserve",
      "description": "Holds a free slot for a few minutes while a booking is being made; books nothing. Not idempotent: do not repeat.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "eventTypeId": {
            "type": "number",
            "description": "Id of the event type whose slot to hold (from eventTypes.list)."
          },
          "slotStart": {
            "type": "string",
            "description": "Start of the slot as an ISO 8601 instant in UTC, e.g. `2026-12-01T15:00:00Z`; take it from slots.list."
          },
          "slotDuration": {
            "type": "number",
            "description": "Slot length in minutes, for event types offering several lengths."
          },
          "reservationDuration": {
            "type": "number",
            "description": "How many minutes to hold the slot; default 5."
          }
        },
        "required": [
          "eventTypeId",
          "slotStart"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_slots_update_reservation",
      "description": "Moves a slot hold to another time or changes how long it lasts.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "uid": {
            "type": "string",
            "description": "The `reservationUid` returned by slots.reserve."
          },
          "eventTypeId": {
            "type": "number",
            "description": "Id of the event type whose slot to hold (from eventTypes.list)."
          },
          "slotStart": {
            "type": "string",
            "description": "Start of the slot as an ISO 8601 instant in UTC, e.g. `2026-12-01T15:00:00Z`; take it from slots.list."
          },
          "slotDuration": {
            "type": "number",
            "description": "Slot length in minutes, for event types offering several lengths."
          },
          "reservationDuration": {
            "type": "number",
            "description": "How many minutes to hold the slot; default 5."
          }
        },
        "required": [
          "uid",
          "eventTypeId",
          "slotStart"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_teams_create",
      "description": "Creates a team owned by the user; only `name` is required. Not idempotent: do not repeat.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "Display name of the new team, e.g. `Sales`."
          },
          "slug": {
            "type": "string",
            "description": "URL segment of the team's pages (`cal.com/team/<slug>`); generated from `name` when omitted."
          },
          "bio": {
            "type": "string",
            "description": "Short text shown on the team page."
          },
          "isPrivate": {
            "type": "boolean",
            "description": "`true` hides the member list from everyone but the team's admins and owners."
          },
          "timeFormat": {
            "type": "number",
            "description": "Clock format: `12` or `24` hours."
          },
          "timeZone": {
            "type": "string",
            "default": "Europe/London",
            "description": "IANA time zone of the team, used for its default schedule (Monday to Friday, 09:00 to 17:00)."
          },
          "weekStart": {
            "type": "string",
            "default": "Sunday",
            "description": "First day of the week, e.g. `Monday`."
          }
        },
        "required": [
          "name"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_teams_delete",
      "description": "Deletes a team, its memberships and team event types; members' accounts stay. Destructive. Needs role: team owner.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "teamId": {
            "type": "number",
            "description": "Numeric id of the team to delete, from teams.list."
          }
        },
        "required": [
          "teamId"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_teams_get",
      "description": "Returns a team by id: name, slug, bio, privacy, branding, defaults. Read-only. Needs role: team member.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "teamId": {
            "type": "number",
            "description": "Numeric id of the team, from teams.list."
          }
        },
        "required": [
          "teamId"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_teams_list",
      "description": "Lists the teams the user belongs to. Read-only.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {},
        "required": [],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_teams_update",
      "description": "Changes a team's settings; only the fields sent change. Needs role: team owner or admin.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "teamId": {
            "type": "number",
            "description": "Numeric id of the team to change, from teams.list."
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "New display name of the team."
          },
          "slug": {
            "type": "string",
            "description": "New URL segment of the team's pages; old links stop working."
          },
          "bio": {
            "type": "string",
            "description": "Short text shown on the team page."
          },
          "isPrivate": {
            "type": "boolean",
            "description": "`true` hides the member list from everyone but the team's admins and owners."
          },
          "timeFormat": {
            "type": "number",
            "description": "Clock format: `12` or `24` hours."
          },
          "timeZone": {
            "type": "string",
            "description": "IANA time zone of the team, e.g. `America/New_York`."
          },
          "weekStart": {
            "type": "string",
            "description": "First day of the week, e.g. `Monday`."
          }
        },
        "required": [
          "teamId"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_webhooks_create",
      "description": "Subscribes `subscriberUrl` to Cal.com events (`triggers`, e.g. BOOKING_CREATED). Not idempotent: do not repeat.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "payloadTemplate": {
            "type": "string",
            "description": "Custom body with `{{variable}}` placeholders such as `{{title}}` or `{{organizer.name}}`; omit to receive Cal.com's standard payload."
          },
          "active": {
            "type": "boolean",
            "description": "`true` delivers events; `false` pauses the subscription."
          },
          "subscriberUrl": {
            "type": "string",
            "description": "HTTPS URL that receives the POST requests."
          },
          "triggers": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Events to deliver, e.g. `BOOKING_CREATED`, `BOOKING_RESCHEDULED`, `BOOKING_CANCELLED`, `BOOKING_REQUESTED`, `MEETING_ENDED`."
          },
          "secret": {
            "type": "string",
            "description": "Signing key: each delivery then carries `X-Cal-Signature-256`, the hex HMAC-SHA256 of the raw body under this key."
          },
          "version": {
            "type": "string",
            "enum": [
              "2021-10-20"
            ],
            "description": "Payload format version of the deliveries; only `2021-10-20` exists so far."
          }
        },
        "required": [
          "active",
          "subscriberUrl",
          "triggers"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_webhooks_delete",
      "description": "Deletes a webhook subscription; deliveries stop. Destructive.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "webhookId": {
            "type": "string",
            "description": "Id of the subscription to delete, from webhooks.list."
          }
        },
        "required": [
          "webhookId"
        ],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_webhooks_list",
      "description": "Lists the user's webhook subscriptions with URL, triggers and state. Read-only.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "take": {
            "minimum": 1,
            "maximum": 250,
            "default": 250,
            "type": "number",
            "description": "Page size: how many subscriptions to return, 1 to 250 (250 when omitted)."
          },
          "skip": {
            "minimum": 0,
            "default": 0,
            "type": "number",
            "description": "How many subscriptions to skip before the page starts (offset)."
          }
        },
        "required": [],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_webhooks_update",
      "description": "Changes a webhook subscription; `triggers`, when sent, replaces the list.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "webhookId": {
            "type": "string",
            "description": "Id of the subscription to change, from webhooks.list."
          },
          "payloadTemplate": {
            "type": "string",
            "description": "Custom body with `{{variable}}` placeholders; omit to keep the current template."
          },
          "active": {
            "type": "boolean",
            "description": "`true` delivers events; `false` pauses the subscription."
          },
          "subscriberUrl": {
            "type": "string",
            "description": "HTTPS URL that receives the POST requests."
          },
          "triggers": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "The complete list of events to deliver, replacing the current one."
          },
          "secret": {
            "type": "string",
            "description": "New signing key for `X-Cal-Signature-256`."
          },
          "version": {
            "type": "string",
            "enum": [
              "2021-10-20"
            ],
            "description": "Payload format version of the deliveries; only `2021-10-20` exists so far."
          }
        },
        "required": [
          "webhookId"
        ],
        "additionalProperties": false
      }
    }
  ]
};

export default tools;
