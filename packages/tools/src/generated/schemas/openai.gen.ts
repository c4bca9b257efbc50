// Generated from spec/openapi.yaml by @calkit/generator; do not edit. Run `pnpm generate`.

import type { OpenAIChatTool } from "../../adapters/openai.js";

/** Chat Completions `tools` (strict mode): the data of `schemas/openai.json`, typed. */
const tools: OpenAIChatTool[] = [
  {
    "type": "function",
    "function": {
      "name": "cal_bookings_cancel",
      "description": "Cancels a booking, frees its slot and emails everyone. Destructive. Not idempotent: do not repeat. Fires BOOKING_CANCELLED.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "bookingUid": {
            "type": "string",
            "description": "The uid of the booking to cancel."
          },
          "cancellationReason": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why the booking is cancelled; included in the cancellation emails."
          },
          "cancelSubsequentBookings": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "Recurring, non-seated bookings only: `true` also cancels every later occurrence after the one named in the path."
          },
          "seatUid": {
            "type": [
              "string",
              "null"
            ],
            "description": "Uid of the seat to cancel, as returned in the booking's `attendees[].seatUid` or `seatUid`."
          }
        },
        "required": [
          "bookingUid",
          "cancellationReason",
          "cancelSubsequentBookings",
          "seatUid"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_bookings_confirm",
      "description": "Accepts a booking awaiting the host's confirmation; the attendee is notified. Not idempotent: do not repeat. Fires BOOKING_CREATED.",
      "strict": true,
      "parameters": {
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
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_bookings_create",
      "description": "Creates a booking on an event type for one attendee at a given start time. Not idempotent: do not repeat. Fires BOOKING_CREATED or BOOKING_REQUESTED.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "start": {
            "type": "string",
            "description": "Start of the meeting as an ISO 8601 instant in UTC, e.g. `2026-12-01T15:00:00Z`."
          },
          "attendee": {
            "type": "object",
            "description": "The person booking: name, email, IANA time zone and optionally language and phone number.",
            "properties": {
              "name": {
                "type": "string"
              },
              "email": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "timeZone": {
                "type": "string"
              },
              "phoneNumber": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "language": {
                "type": [
                  "string",
                  "null"
                ]
              }
            },
            "required": [
              "name",
              "email",
              "timeZone",
              "phoneNumber",
              "language"
            ],
            "additionalProperties": false
          },
          "bookingFieldsResponses": {
            "type": [
              "string",
              "null"
            ],
            "description": "Answers to the event type's booking questions, keyed by booking field slug (see the event type's `bookingFields`), e.g. `{\"notes\": \"Agenda attached\"}`. Pass a JSON object encoded as a string."
          },
          "eventTypeId": {
            "type": [
              "number",
              "null"
            ],
            "description": "Id of the event type to book (from eventTypes.list)."
          },
          "eventTypeSlug": {
            "type": [
              "string",
              "null"
            ],
            "description": "Slug of the event type, used instead of `eventTypeId` together with `username` (personal event type) or `teamSlug` (team event type)."
          },
          "username": {
            "type": [
              "string",
              "null"
            ],
            "description": "Username of the event type's owner; with `eventTypeSlug` it identifies a personal event type."
          },
          "teamSlug": {
            "type": [
              "string",
              "null"
            ],
            "description": "Slug of the team that owns the event type; with `eventTypeSlug` it identifies a team event type."
          },
          "organizationSlug": {
            "type": [
              "string",
              "null"
            ],
            "description": "Slug of the organization the user or team belongs to."
          },
          "guests": {
            "type": [
              "array",
              "null"
            ],
            "description": "Email addresses of additional people to invite to the meeting.",
            "items": {
              "type": "string"
            }
          },
          "location": {
            "type": [
              "object",
              "null"
            ],
            "description": "Where the meeting happens: one of the event type's location options, always as an object with a `type` (not a bare string). attendeeAddress needs address; attendeeDefined needs location; attendeePhone needs phone; integration needs integration.",
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
                "type": [
                  "string",
                  "null"
                ]
              },
              "location": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "phone": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "integration": {
                "type": [
                  "string",
                  "null"
                ]
              }
            },
            "required": [
              "type",
              "address",
              "location",
              "phone",
              "integration"
            ],
            "additionalProperties": false
          },
          "metadata": {
            "type": [
              "string",
              "null"
            ],
            "description": "Your own key/value data stored on the booking: at most 50 keys, keys up to 40 characters, string values up to 500 characters. Pass a JSON object encoded as a string."
          },
          "lengthInMinutes": {
            "type": [
              "number",
              "null"
            ],
            "description": "Meeting length in minutes, for event types offering several lengths (`lengthInMinutesOptions`)."
          },
          "instant": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "Must be `true`: marks the request as an instant meeting."
          },
          "recurrenceCount": {
            "type": [
              "number",
              "null"
            ],
            "description": "Number of occurrences to book."
          }
        },
        "required": [
          "start",
          "attendee",
          "bookingFieldsResponses",
          "eventTypeId",
          "eventTypeSlug",
          "username",
          "teamSlug",
          "organizationSlug",
          "guests",
          "location",
          "metadata",
          "lengthInMinutes",
          "instant",
          "recurrenceCount"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_bookings_decline",
      "description": "Rejects a booking awaiting the host's confirmation; the slot is freed and the attendee told. Destructive. Not idempotent: do not repeat. Fires BOOKING_REJECTED.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "bookingUid": {
            "type": "string",
            "description": "The uid of the pending booking."
          },
          "reason": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why the booking is declined; included in the email to the attendee."
          }
        },
        "required": [
          "bookingUid",
          "reason"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_bookings_get",
      "description": "Returns one booking by uid: times, status, hosts, attendees, location, form answers. Read-only.",
      "strict": true,
      "parameters": {
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
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_bookings_list",
      "description": "Lists bookings of the user and their teams, with filters and take/skip paging. Read-only.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "status": {
            "type": [
              "array",
              "null"
            ],
            "description": "Only bookings in these states: `upcoming`, `recurring`, `past`, `cancelled`, `unconfirmed` (awaiting the host's confirmation).",
            "items": {
              "type": "string",
              "enum": [
                "upcoming",
                "recurring",
                "past",
                "cancelled",
                "unconfirmed"
              ]
            }
          },
          "attendeeEmail": {
            "type": [
              "string",
              "null"
            ],
            "description": "Only bookings with an attendee of this email address."
          },
          "attendeeName": {
            "type": [
              "string",
              "null"
            ],
            "description": "Only bookings with an attendee of this name."
          },
          "bookingUid": {
            "type": [
              "string",
              "null"
            ],
            "description": "Only the booking with this uid."
          },
          "eventTypeId": {
            "type": [
              "string",
              "null"
            ],
            "description": "Only bookings of this event type id."
          },
          "teamId": {
            "type": [
              "string",
              "null"
            ],
            "description": "Only bookings of event types of this team."
          },
          "afterStart": {
            "type": [
              "string",
              "null"
            ],
            "description": "Only bookings starting after this ISO 8601 instant (UTC), e.g. `2026-12-01T00:00:00Z`."
          },
          "beforeEnd": {
            "type": [
              "string",
              "null"
            ],
            "description": "Only bookings ending before this ISO 8601 instant (UTC)."
          },
          "sortStart": {
            "type": [
              "string",
              "null"
            ],
            "description": "Sort by start time, `asc` or `desc`.",
            "enum": [
              "asc",
              "desc",
              null
            ]
          },
          "take": {
            "type": [
              "number",
              "null"
            ],
            "description": "Page size (how many bookings to return)."
          },
          "skip": {
            "type": [
              "number",
              "null"
            ],
            "description": "How many bookings to skip before the page starts (offset)."
          }
        },
        "required": [
          "status",
          "attendeeEmail",
          "attendeeName",
          "bookingUid",
          "eventTypeId",
          "teamId",
          "afterStart",
          "beforeEnd",
          "sortStart",
          "take",
          "skip"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_bookings_mark_absent",
      "description": "Records who missed a past booking: the host and/or attendees by email. Fires BOOKING_NO_SHOW_UPDATED.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "bookingUid": {
            "type": "string",
            "description": "The uid of the booking that took place."
          },
          "host": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "`true` marks the host as a no-show."
          },
          "attendees": {
            "type": [
              "array",
              "null"
            ],
            "description": "Attendees to mark, each identified by email, with `absent: true` (no-show) or `false` (attended).",
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
              ],
              "additionalProperties": false
            }
          }
        },
        "required": [
          "bookingUid",
          "host",
          "attendees"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_bookings_reschedule",
      "description": "Moves a booking to a new start time (ISO 8601, UTC). Not idempotent: do not repeat. Fires BOOKING_RESCHEDULED.",
      "strict": true,
      "parameters": {
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
            "type": [
              "string",
              "null"
            ],
            "description": "Email of whoever reschedules."
          },
          "reschedulingReason": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why the booking is moved; included in the emails."
          },
          "emailVerificationCode": {
            "type": [
              "string",
              "null"
            ],
            "description": "Code emailed to the attendee; required when the event type requires booker email verification."
          },
          "seatUid": {
            "type": [
              "string",
              "null"
            ],
            "description": "Uid of the seat to move, as returned in the booking's `attendees[].seatUid`."
          }
        },
        "required": [
          "bookingUid",
          "start",
          "rescheduledBy",
          "reschedulingReason",
          "emailVerificationCode",
          "seatUid"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_calendars_busy_times",
      "description": "Returns busy intervals of connected calendars between two dates. Read-only.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "timeZone": {
            "type": [
              "string",
              "null"
            ],
            "description": "IANA time zone the dates are read in, e.g. `Europe/London`."
          },
          "dateFrom": {
            "type": [
              "string",
              "null"
            ],
            "description": "First day to look at, `YYYY-MM-DD`."
          },
          "dateTo": {
            "type": [
              "string",
              "null"
            ],
            "description": "Last day to look at, `YYYY-MM-DD`."
          },
          "calendarsToLoad": {
            "type": "array",
            "description": "The calendars to read, each as its connection's `credentialId` and the calendar's `externalId` (both from calendars.list); both fields are required for every entry.",
            "minItems": 1,
            "items": {
              "type": "object",
              "properties": {
                "credentialId": {
                  "type": [
                    "integer",
                    "null"
                  ]
                },
                "externalId": {
                  "type": [
                    "string",
                    "null"
                  ]
                }
              },
              "required": [
                "credentialId",
                "externalId"
              ],
              "additionalProperties": false
            }
          }
        },
        "required": [
          "timeZone",
          "dateFrom",
          "dateTo",
          "calendarsToLoad"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_calendars_connect",
      "description": "Returns the consent link (`authUrl`) to connect a Google or Office 365 calendar. Read-only.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "calendar": {
            "type": "string",
            "description": "Which provider to connect, `google` or `office365`.",
            "enum": [
              "office365",
              "google"
            ]
          },
          "isDryRun": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "Test flag passed through the connection flow; leave it out, or `false`, for a real connection."
          },
          "redir": {
            "type": [
              "string",
              "null"
            ],
            "description": "Where to send the user's browser after access is granted, e.g. `https://app.example.com/settings/calendars`."
          }
        },
        "required": [
          "calendar",
          "isDryRun",
          "redir"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_calendars_disconnect",
      "description": "Removes a calendar connection (`id` = `credentialId` from calendars.list). Destructive. Not idempotent: do not repeat.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "calendar": {
            "type": "string",
            "description": "Provider of the connection, `google`, `office365` or `apple`.",
            "enum": [
              "apple",
              "google",
              "office365"
            ]
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
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_calendars_list",
      "description": "Lists connected calendars by connection, with `credentialId` and each `externalId`. Read-only.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {},
        "required": [],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_event_types_create",
      "description": "Creates a personal event type with a public booking page at `/<username>/<slug>`. Not idempotent: do not repeat.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "lengthInMinutes": {
            "type": "number",
            "description": "Default length of a meeting, in minutes."
          },
          "lengthInMinutesOptions": {
            "type": [
              "array",
              "null"
            ],
            "description": "Lengths in minutes the booker may choose between; must include `lengthInMinutes`.",
            "items": {
              "type": "string"
            }
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
            "type": [
              "string",
              "null"
            ],
            "description": "Text shown on the booking page."
          },
          "disableGuests": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "`true` stops bookers from inviting guests by email."
          },
          "slotInterval": {
            "type": [
              "number",
              "null"
            ],
            "description": "Minutes between offered start times; defaults to the event length."
          },
          "minimumBookingNotice": {
            "type": [
              "number",
              "null"
            ],
            "description": "Minimum notice in minutes: slots starting sooner than this from now are not offered."
          },
          "beforeEventBuffer": {
            "type": [
              "number",
              "null"
            ],
            "description": "Minutes kept free before each meeting."
          },
          "afterEventBuffer": {
            "type": [
              "number",
              "null"
            ],
            "description": "Minutes kept free after each meeting."
          },
          "scheduleId": {
            "type": [
              "number",
              "null"
            ],
            "description": "Id of the availability schedule to use (from schedules.list)."
          },
          "hidden": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "`true` leaves the event type off the owner's public profile page; it stays bookable by direct link."
          },
          "locations": {
            "type": [
              "array",
              "null"
            ],
            "description": "Where meetings take place; with several, the booker picks one.",
            "items": {
              "type": "object",
              "description": "address needs address, public; link needs link, public; integration needs integration; phone needs phone, public.",
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
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "public": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "link": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "integration": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "phone": {
                  "type": [
                    "string",
                    "null"
                  ]
                }
              },
              "required": [
                "type",
                "address",
                "public",
                "link",
                "integration",
                "phone"
              ],
              "additionalProperties": false
            }
          }
        },
        "required": [
          "lengthInMinutes",
          "lengthInMinutesOptions",
          "title",
          "slug",
          "description",
          "disableGuests",
          "slotInterval",
          "minimumBookingNotice",
          "beforeEventBuffer",
          "afterEventBuffer",
          "scheduleId",
          "hidden",
          "locations"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_event_types_delete",
      "description": "Deletes an event type and takes its booking page offline. Destructive.",
      "strict": true,
      "parameters": {
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
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_event_types_get",
      "description": "Returns an event type by id with its settings (lengths, locations, form, limits, schedule). Read-only.",
      "strict": true,
      "parameters": {
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
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_event_types_list",
      "description": "Lists the user's event types, or a user's public ones by `username`. Read-only.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "username": {
            "type": [
              "string",
              "null"
            ],
            "description": "Owner's username, e.g. `ada`; returns that user's event types."
          },
          "eventSlug": {
            "type": [
              "string",
              "null"
            ],
            "description": "Slug of a single event type, e.g. `30min`; only meaningful together with `username`."
          },
          "usernames": {
            "type": [
              "string",
              "null"
            ],
            "description": "Two or more comma-separated usernames, e.g. `ada,charles`; returns the dynamic event type used to book them together."
          },
          "orgSlug": {
            "type": [
              "string",
              "null"
            ],
            "description": "Slug of the organization the user belongs to, e.g. `acme`."
          },
          "orgId": {
            "type": [
              "number",
              "null"
            ],
            "description": "Numeric id of the organization the user belongs to."
          },
          "sortCreatedAt": {
            "type": [
              "string",
              "null"
            ],
            "description": "Order by creation time, `asc` (oldest first) or `desc`; without it the order is unspecified.",
            "enum": [
              "asc",
              "desc",
              null
            ]
          }
        },
        "required": [
          "username",
          "eventSlug",
          "usernames",
          "orgSlug",
          "orgId",
          "sortCreatedAt"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_event_types_update",
      "description": "Changes an event type; only fields sent change and lists sent replace.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "eventTypeId": {
            "type": "integer",
            "description": "Numeric id of the event type to change, from eventTypes.list."
          },
          "lengthInMinutes": {
            "type": [
              "number",
              "null"
            ],
            "description": "Default length of a meeting, in minutes."
          },
          "lengthInMinutesOptions": {
            "type": [
              "array",
              "null"
            ],
            "description": "Lengths in minutes the booker may choose between; must include `lengthInMinutes`.",
            "items": {
              "type": "string"
            }
          },
          "title": {
            "type": [
              "string",
              "null"
            ],
            "description": "Name of the event type shown to bookers."
          },
          "slug": {
            "type": [
              "string",
              "null"
            ],
            "description": "URL segment of the booking page; changing it breaks links to the old URL."
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "description": "Text shown on the booking page."
          },
          "disableGuests": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "`true` stops bookers from inviting guests by email."
          },
          "slotInterval": {
            "type": [
              "number",
              "null"
            ],
            "description": "Minutes between offered start times; defaults to the event length."
          },
          "minimumBookingNotice": {
            "type": [
              "number",
              "null"
            ],
            "description": "Minimum notice in minutes: slots starting sooner than this from now are not offered."
          },
          "beforeEventBuffer": {
            "type": [
              "number",
              "null"
            ],
            "description": "Minutes kept free before each meeting."
          },
          "afterEventBuffer": {
            "type": [
              "number",
              "null"
            ],
            "description": "Minutes kept free after each meeting."
          },
          "scheduleId": {
            "type": [
              "number",
              "null"
            ],
            "description": "Id of the availability schedule to use (from schedules.list)."
          },
          "hidden": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "`true` leaves the event type off the owner's public profile page; it stays bookable by direct link."
          },
          "locations": {
            "type": [
              "array",
              "null"
            ],
            "description": "The complete list of locations, replacing the current one.",
            "items": {
              "type": "object",
              "description": "address needs address, public; link needs link, public; integration needs integration; phone needs phone, public.",
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
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "public": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "link": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "integration": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "phone": {
                  "type": [
                    "string",
                    "null"
                  ]
                }
              },
              "required": [
                "type",
                "address",
                "public",
                "link",
                "integration",
                "phone"
              ],
              "additionalProperties": false
            }
          }
        },
        "required": [
          "eventTypeId",
          "lengthInMinutes",
          "lengthInMinutesOptions",
          "title",
          "slug",
          "description",
          "disableGuests",
          "slotInterval",
          "minimumBookingNotice",
          "beforeEventBuffer",
          "afterEventBuffer",
          "scheduleId",
          "hidden",
          "locations"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_me_get",
      "description": "Returns the caller's account: id, username, email, time zone, clock, default schedule. Read-only.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {},
        "required": [],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_me_update",
      "description": "Changes settings of the authenticated user's own account; only the fields sent change.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "email": {
            "type": [
              "string",
              "null"
            ],
            "description": "New email address for your account."
          },
          "name": {
            "type": [
              "string",
              "null"
            ],
            "description": "Display name."
          },
          "timeFormat": {
            "type": [
              "number",
              "null"
            ],
            "description": "Clock format: `12` or `24` hours.",
            "enum": [
              12,
              24,
              null
            ]
          },
          "defaultScheduleId": {
            "type": [
              "number",
              "null"
            ],
            "description": "Id of the schedule to make the default (from schedules.list)."
          },
          "weekStart": {
            "type": [
              "string",
              "null"
            ],
            "description": "First day of the week: `Monday` to `Sunday`.",
            "enum": [
              "Monday",
              "Tuesday",
              "Wednesday",
              "Thursday",
              "Friday",
              "Saturday",
              "Sunday",
              null
            ]
          },
          "timeZone": {
            "type": [
              "string",
              "null"
            ],
            "description": "IANA time zone, e.g. `America/New_York`."
          },
          "locale": {
            "type": [
              "string",
              "null"
            ],
            "description": "Language of the app and emails, as a locale code such as `en`, `de` or `pt-BR`."
          },
          "avatarUrl": {
            "type": [
              "string",
              "null"
            ],
            "description": "URL of the profile picture."
          },
          "bio": {
            "type": [
              "string",
              "null"
            ],
            "description": "Short text shown on the public profile page."
          },
          "metadata": {
            "type": [
              "string",
              "null"
            ],
            "description": "Your own key/value data: at most 50 keys, keys up to 40 characters, values up to 500 characters. Pass a JSON object encoded as a string."
          }
        },
        "required": [
          "email",
          "name",
          "timeFormat",
          "defaultScheduleId",
          "weekStart",
          "timeZone",
          "locale",
          "avatarUrl",
          "bio",
          "metadata"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_org_users_create",
      "description": "Creates a user in the organization with a role (MEMBER by default). Not idempotent: do not repeat. Needs role: organization owner or admin.",
      "strict": true,
      "parameters": {
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
            "type": [
              "string",
              "null"
            ],
            "description": "Username inside the organization; their booking pages live under it."
          },
          "timeZone": {
            "type": [
              "string",
              "null"
            ],
            "description": "IANA time zone of the user, e.g. `America/New_York`."
          },
          "timeFormat": {
            "type": [
              "number",
              "null"
            ],
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
            "type": [
              "string",
              "null"
            ],
            "description": "Role in the organization: `MEMBER` (default), `ADMIN` (manages members and teams) or `OWNER` (full control).",
            "enum": [
              "MEMBER",
              "ADMIN",
              "OWNER",
              null
            ]
          },
          "autoAccept": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "`true` (default) makes the user an accepted member at once; `false` leaves the membership pending until they accept."
          }
        },
        "required": [
          "orgId",
          "email",
          "username",
          "timeZone",
          "timeFormat",
          "locale",
          "organizationRole",
          "autoAccept"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_org_users_delete",
      "description": "Deletes a member's whole account (not just the membership); their pages go offline. Destructive. Needs role: organization owner or admin.",
      "strict": true,
      "parameters": {
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
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_org_users_list",
      "description": "Lists the users of an organization with profile, time zone and locale. Read-only.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "orgId": {
            "type": "number",
            "description": "Numeric id of the organization (`organizationId` in me.get)."
          },
          "take": {
            "type": [
              "number",
              "null"
            ],
            "description": "Page size: how many users to return, 1 to 1000.",
            "minimum": 1,
            "maximum": 1000
          },
          "skip": {
            "type": [
              "number",
              "null"
            ],
            "description": "How many users to skip before the page starts (offset).",
            "minimum": 0
          },
          "emails": {
            "type": [
              "array",
              "null"
            ],
            "description": "Only users with these email addresses, comma-separated, e.g. `ada@example.com,mary@example.com`.",
            "items": {
              "type": "string"
            }
          },
          "teamIds": {
            "type": [
              "array",
              "null"
            ],
            "description": "Only members of these teams of the organization, comma-separated team ids, e.g. `5,8`.",
            "items": {
              "type": "number"
            }
          }
        },
        "required": [
          "orgId",
          "take",
          "skip",
          "emails",
          "teamIds"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_org_users_update",
      "description": "Changes a member's account settings; only fields sent change.",
      "strict": true,
      "parameters": {
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
            "type": [
              "string",
              "null"
            ],
            "description": "New email address of the user."
          },
          "username": {
            "type": [
              "string",
              "null"
            ],
            "description": "Username inside the organization; their booking pages live under it."
          },
          "timeZone": {
            "type": [
              "string",
              "null"
            ],
            "description": "IANA time zone of the user, e.g. `America/New_York`."
          },
          "timeFormat": {
            "type": [
              "number",
              "null"
            ],
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
            "type": [
              "string",
              "null"
            ],
            "description": "Role in the organization: `MEMBER`, `ADMIN` (manages members and teams) or `OWNER` (full control).",
            "enum": [
              "MEMBER",
              "ADMIN",
              "OWNER",
              null
            ]
          },
          "autoAccept": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "`true` makes the membership accepted at once; `false` leaves it pending until the user accepts."
          }
        },
        "required": [
          "orgId",
          "userId",
          "email",
          "username",
          "timeZone",
          "timeFormat",
          "locale",
          "organizationRole",
          "autoAccept"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_schedules_create",
      "description": "Creates an availability schedule for the authenticated user. Not idempotent: do not repeat.",
      "strict": true,
      "parameters": {
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
            "type": [
              "array",
              "null"
            ],
            "description": "Weekly hours: each item gives days and a `HH:mm` start and end.",
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
              ],
              "additionalProperties": false
            }
          },
          "isDefault": {
            "type": "boolean",
            "description": "`true` makes this the user's default schedule, used by event types without a `scheduleId`."
          },
          "overrides": {
            "type": [
              "array",
              "null"
            ],
            "description": "Hours for specific dates, replacing the weekly hours on those dates.",
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
              ],
              "additionalProperties": false
            }
          }
        },
        "required": [
          "name",
          "timeZone",
          "availability",
          "isDefault",
          "overrides"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_schedules_delete",
      "description": "Permanently deletes one of the authenticated user's schedules. Destructive.",
      "strict": true,
      "parameters": {
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
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_schedules_get",
      "description": "Returns a schedule by id: time zone, weekly `HH:MM` hours, date overrides. Read-only.",
      "strict": true,
      "parameters": {
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
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_schedules_list",
      "description": "Lists the user's availability schedules and which one is the default. Read-only.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {},
        "required": [],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_schedules_update",
      "description": "Changes a schedule; only fields sent change and lists sent replace.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "scheduleId": {
            "type": "integer",
            "description": "Numeric id of the schedule to change, from schedules.list."
          },
          "name": {
            "type": [
              "string",
              "null"
            ],
            "description": "New name of the schedule."
          },
          "timeZone": {
            "type": [
              "string",
              "null"
            ],
            "description": "IANA time zone the hours are expressed in, e.g. `Europe/Rome`."
          },
          "availability": {
            "type": [
              "array",
              "null"
            ],
            "description": "The complete weekly hours, replacing the current ones.",
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
              ],
              "additionalProperties": false
            }
          },
          "isDefault": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "`true` makes this the user's default schedule."
          },
          "overrides": {
            "type": [
              "array",
              "null"
            ],
            "description": "The complete list of date overrides, replacing the current ones.",
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
              ],
              "additionalProperties": false
            }
          }
        },
        "required": [
          "scheduleId",
          "name",
          "timeZone",
          "availability",
          "isDefault",
          "overrides"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_slots_delete_reservation",
      "description": "Releases a slot hold before it expires. Destructive.",
      "strict": true,
      "parameters": {
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
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_slots_list",
      "description": "Returns bookable times of an event type between `start` and `end`, keyed by date. Read-only.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "bookingUidToReschedule": {
            "type": [
              "string",
              "null"
            ],
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
            "type": [
              "string",
              "null"
            ],
            "description": "Slug of the team that owns `eventTypeSlug` (team event types)."
          },
          "username": {
            "type": [
              "string",
              "null"
            ],
            "description": "Username of the person who owns `eventTypeSlug` (personal event types)."
          },
          "eventTypeSlug": {
            "type": [
              "string",
              "null"
            ],
            "description": "Slug of the event type, e.g. `30min`; needs `username` or `teamSlug` as well."
          },
          "eventTypeId": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Numeric id of the event type, from eventTypes.list."
          },
          "format": {
            "type": [
              "string",
              "null"
            ],
            "description": "`time` (the default) returns only each slot's `start`; `range` returns `start` and `end`.",
            "enum": [
              "time",
              "range",
              null
            ]
          },
          "duration": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Slot length in minutes, for event types that offer several lengths, or for `usernames` searches (30 when omitted).",
            "minimum": 1
          },
          "timeZone": {
            "type": [
              "string",
              "null"
            ],
            "description": "IANA time zone for the returned slot times, e.g. `Europe/London`."
          }
        },
        "required": [
          "bookingUidToReschedule",
          "start",
          "end",
          "teamSlug",
          "username",
          "eventTypeSlug",
          "eventTypeId",
          "format",
          "duration",
          "timeZone"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_slots_reserve",
      "description": "Holds a free slot for a few minutes while a booking is being made; books nothing. Not idempotent: do not repeat.",
      "strict": true,
      "parameters": {
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
            "type": [
              "number",
              "null"
            ],
            "description": "Slot length in minutes, for event types offering several lengths."
          },
          "reservationDuration": {
            "type": [
              "number",
              "null"
            ],
            "description": "How many minutes to hold the slot; default 5."
          }
        },
        "required": [
          "eventTypeId",
          "slotStart",
          "slotDuration",
          "reservationDuration"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_slots_update_reservation",
      "description": "Moves a slot hold to another time or changes how long it lasts.",
      "strict": true,
      "parameters": {
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
            "type": [
              "number",
              "null"
            ],
            "description": "Slot length in minutes, for event types offering several lengths."
          },
          "reservationDuration": {
            "type": [
              "number",
              "null"
            ],
            "description": "How many minutes to hold the slot; default 5."
          }
        },
        "required": [
          "uid",
          "eventTypeId",
          "slotStart",
          "slotDuration",
          "reservationDuration"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_teams_create",
      "description": "Creates a team owned by the user; only `name` is required. Not idempotent: do not repeat.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "description": "Display name of the new team, e.g. `Sales`."
          },
          "slug": {
            "type": [
              "string",
              "null"
            ],
            "description": "URL segment of the team's pages (`cal.com/team/<slug>`); generated from `name` when omitted."
          },
          "bio": {
            "type": [
              "string",
              "null"
            ],
            "description": "Short text shown on the team page."
          },
          "isPrivate": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "`true` hides the member list from everyone but the team's admins and owners."
          },
          "timeFormat": {
            "type": [
              "number",
              "null"
            ],
            "description": "Clock format: `12` or `24` hours."
          },
          "timeZone": {
            "type": [
              "string",
              "null"
            ],
            "description": "IANA time zone of the team, used for its default schedule (Monday to Friday, 09:00 to 17:00)."
          },
          "weekStart": {
            "type": [
              "string",
              "null"
            ],
            "description": "First day of the week, e.g. `Monday`."
          }
        },
        "required": [
          "name",
          "slug",
          "bio",
          "isPrivate",
          "timeFormat",
          "timeZone",
          "weekStart"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_teams_delete",
      "description": "Deletes a team, its memberships and team event types; members' accounts stay. Destructive. Needs role: team owner.",
      "strict": true,
      "parameters": {
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
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_teams_get",
      "description": "Returns a team by id: name, slug, bio, privacy, branding, defaults. Read-only. Needs role: team member.",
      "strict": true,
      "parameters": {
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
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_teams_list",
      "description": "Lists the teams the user belongs to. Read-only.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {},
        "required": [],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_teams_update",
      "description": "Changes a team's settings; only the fields sent change. Needs role: team owner or admin.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "teamId": {
            "type": "number",
            "description": "Numeric id of the team to change, from teams.list."
          },
          "name": {
            "type": [
              "string",
              "null"
            ],
            "description": "New display name of the team."
          },
          "slug": {
            "type": [
              "string",
              "null"
            ],
            "description": "New URL segment of the team's pages; old links stop working."
          },
          "bio": {
            "type": [
              "string",
              "null"
            ],
            "description": "Short text shown on the team page."
          },
          "isPrivate": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "`true` hides the member list from everyone but the team's admins and owners."
          },
          "timeFormat": {
            "type": [
              "number",
              "null"
            ],
            "description": "Clock format: `12` or `24` hours."
          },
          "timeZone": {
            "type": [
              "string",
              "null"
            ],
            "description": "IANA time zone of the team, e.g. `America/New_York`."
          },
          "weekStart": {
            "type": [
              "string",
              "null"
            ],
            "description": "First day of the week, e.g. `Monday`."
          }
        },
        "required": [
          "teamId",
          "name",
          "slug",
          "bio",
          "isPrivate",
          "timeFormat",
          "timeZone",
          "weekStart"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_webhooks_create",
      "description": "Subscribes `subscriberUrl` to Cal.com events (`triggers`, e.g. BOOKING_CREATED). Not idempotent: do not repeat.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "payloadTemplate": {
            "type": [
              "string",
              "null"
            ],
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
            "description": "Events to deliver, e.g. `BOOKING_CREATED`, `BOOKING_RESCHEDULED`, `BOOKING_CANCELLED`, `BOOKING_REQUESTED`, `MEETING_ENDED`.",
            "items": {
              "type": "string"
            }
          },
          "secret": {
            "type": [
              "string",
              "null"
            ],
            "description": "Signing key: each delivery then carries `X-Cal-Signature-256`, the hex HMAC-SHA256 of the raw body under this key."
          },
          "version": {
            "type": [
              "string",
              "null"
            ],
            "description": "Payload format version of the deliveries; only `2021-10-20` exists so far.",
            "enum": [
              "2021-10-20",
              null
            ]
          }
        },
        "required": [
          "payloadTemplate",
          "active",
          "subscriberUrl",
          "triggers",
          "secret",
          "version"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_webhooks_delete",
      "description": "Deletes a webhook subscription; deliveries stop. Destructive.",
      "strict": true,
      "parameters": {
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
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_webhooks_list",
      "description": "Lists the user's webhook subscriptions with URL, triggers and state. Read-only.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "take": {
            "type": [
              "number",
              "null"
            ],
            "description": "Page size: how many subscriptions to return, 1 to 250 (250 when omitted).",
            "minimum": 1,
            "maximum": 250
          },
          "skip": {
            "type": [
              "number",
              "null"
            ],
            "description": "How many subscriptions to skip before the page starts (offset).",
            "minimum": 0
          }
        },
        "required": [
          "take",
          "skip"
        ],
        "additionalProperties": false
      }
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_webhooks_update",
      "description": "Changes a webhook subscription; `triggers`, when sent, replaces the list.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "webhookId": {
            "type": "string",
            "description": "Id of the subscription to change, from webhooks.list."
          },
          "payloadTemplate": {
            "type": [
              "string",
              "null"
            ],
            "description": "Custom body with `{{variable}}` placeholders; omit to keep the current template."
          },
          "active": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "`true` delivers events; `false` pauses the subscription."
          },
          "subscriberUrl": {
            "type": [
              "string",
              "null"
            ],
            "description": "HTTPS URL that receives the POST requests."
          },
          "triggers": {
            "type": [
              "array",
              "null"
            ],
            "description": "The complete list of events to deliver, replacing the current one.",
            "items": {
              "type": "string"
            }
          },
          "secret": {
            "type": [
              "string",
              "null"
            ],
            "description": "New signing key for `X-Cal-Signature-256`."
          },
          "version": {
            "type": [
              "string",
              "null"
            ],
            "description": "Payload format version of the deliveries; only `2021-10-20` exists so far.",
            "enum": [
              "2021-10-20",
              null
            ]
          }
        },
        "required": [
          "webhookId",
          "payloadTemplate",
          "active",
          "subscriberUrl",
          "triggers",
          "secret",
          "version"
        ],
        "additionalProperties": false
      }
    }
  }
];

export default tools;
