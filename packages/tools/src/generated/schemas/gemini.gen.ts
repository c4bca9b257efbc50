// Generated from spec/openapi.yaml by @calkit/generator; do not edit. Run `pnpm generate`.

import type { GeminiTool } from "../../adapters/gemini.js";

/** One entry of `tools`: `{ functionDeclarations }`: the data of `schemas/gemini.json`, typed. */
const tools: GeminiTool = {
  "functionDeclarations": [
    {
      "name": "cal_bookings_cancel",
      "description": "Cancels a booking, frees its slot and emails everyone. Destructive. Not idempotent. Fires BOOKING_CANCELLED.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "bookingUid": {
            "type": "string",
            "description": "The uid of the booking to cancel."
          },
          "cancellationReason": {
            "type": "string",
            "description": "Why; shown in the cancellation emails."
          },
          "cancelSubsequentBookings": {
            "type": "boolean",
            "description": "Recurring bookings: `true` also cancels every later occurrence."
          },
          "seatUid": {
            "type": "string",
            "description": "Seat to cancel: the booking's `attendees[].seatUid`."
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
      "description": "Accepts a booking awaiting the host's confirmation; the attendee is notified. Not idempotent. Fires BOOKING_CREATED.",
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
      "description": "Creates a booking on an event type for one attendee at a given start time. Not idempotent. Fires BOOKING_CREATED or BOOKING_REQUESTED.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "start": {
            "type": "string",
            "description": "ISO 8601 instant in UTC, e.g. `2026-12-01T15:00:00Z`."
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
                "type": "string"
              }
            },
            "required": [
              "name",
              "timeZone"
            ],
            "description": "The person booking (IANA `timeZone`, locale `language`)."
          },
          "bookingFieldsResponses": {
            "type": "array",
            "description": "Answers to the event type's `bookingFields`, by slug.",
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
              ]
            }
          },
          "eventTypeId": {
            "type": "number",
            "description": "Id of the event type to book (from eventTypes.list)."
          },
          "eventTypeSlug": {
            "type": "string",
            "description": "Instead of `eventTypeId`: its slug, with `username` or `teamSlug`."
          },
          "username": {
            "type": "string",
            "description": "Owner of a personal `eventTypeSlug`."
          },
          "teamSlug": {
            "type": "string",
            "description": "Team owning a team `eventTypeSlug`."
          },
          "organizationSlug": {
            "type": "string",
            "description": "Organization of `username` or `teamSlug`, if any."
          },
          "guests": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Emails of extra people to invite."
          },
          "location": {
            "description": "One of the event type's locations, as an object (not a string). attendeeAddress needs address; attendeeDefined needs location; attendeePhone needs phone; integration needs integration.",
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
            "description": "Your own data, up to 50 keys.",
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
              ]
            }
          },
          "lengthInMinutes": {
            "type": "number",
            "description": "Minutes, one of the event type's `lengthInMinutesOptions`."
          },
          "instant": {
            "type": "boolean",
            "description": "`true`: an instant meeting."
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
      "description": "Rejects a booking awaiting the host's confirmation; the slot is freed and the attendee told. Destructive. Not idempotent. Fires BOOKING_REJECTED.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "bookingUid": {
            "type": "string",
            "description": "The uid of the pending booking."
          },
          "reason": {
            "type": "string",
            "description": "Why; shown in the email to the attendee."
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
      "description": "Returns one booking by uid.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "bookingUid": {
            "type": "string",
            "description": "The booking's uid (a string), not its numeric id."
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
      "description": "Lists bookings of the user and their teams.",
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
            "description": "Only bookings in these states; `unconfirmed` awaits the host."
          },
          "attendeeEmail": {
            "type": "string",
            "description": "Only bookings with this attendee email."
          },
          "attendeeName": {
            "type": "string",
            "description": "Only bookings with this attendee name."
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
            "description": "Only bookings starting after this ISO 8601 instant in UTC."
          },
          "beforeEnd": {
            "type": "string",
            "description": "Only bookings ending before this ISO 8601 instant in UTC."
          },
          "sortStart": {
            "enum": [
              "asc",
              "desc"
            ],
            "type": "string",
            "description": "Sort by start time."
          },
          "take": {
            "type": "number",
            "description": "Page size."
          },
          "skip": {
            "type": "number",
            "description": "How many to skip."
          }
        },
        "required": [],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_bookings_mark_absent",
      "description": "Records who missed a past booking. Fires BOOKING_NO_SHOW_UPDATED.",
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
            "description": "Attendees by email; `absent: true` is a no-show."
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
      "description": "Moves a booking to a new start time; the moved booking gets a new uid. Not idempotent. Fires BOOKING_RESCHEDULED.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "bookingUid": {
            "type": "string",
            "description": "The uid of the booking to move."
          },
          "start": {
            "type": "string",
            "description": "ISO 8601 instant in UTC, e.g. `2026-12-02T15:00:00Z`."
          },
          "rescheduledBy": {
            "type": "string",
            "description": "Email of whoever reschedules."
          },
          "reschedulingReason": {
            "type": "string",
            "description": "Why; shown in the emails."
          },
          "emailVerificationCode": {
            "type": "string",
            "description": "Code emailed to the attendee, if required."
          },
          "seatUid": {
            "type": "string",
            "description": "Seat to move: the booking's `attendees[].seatUid`."
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
      "description": "Returns busy intervals of connected calendars between two dates.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "timeZone": {
            "type": "string",
            "description": "IANA time zone of the dates."
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
            "description": "Calendars to read: `credentialId` and `externalId` from calendars.list, both required."
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
      "description": "Returns the consent link (`authUrl`) to connect a calendar.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "calendar": {
            "enum": [
              "office365",
              "google"
            ],
            "type": "string",
            "description": "Provider to connect."
          },
          "redir": {
            "type": "string",
            "description": "URL the browser returns to after consent."
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
      "description": "Removes a calendar connection (`id` = `credentialId` from calendars.list). Destructive. Not idempotent.",
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
            "description": "Provider of the connection."
          },
          "id": {
            "type": "integer",
            "description": "`credentialId` from calendars.list."
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
      "description": "Lists connected calendars by connection, with `credentialId` and each `externalId`.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {},
        "required": [],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_event_types_create",
      "description": "Creates a personal event type with a public booking page at `/<username>/<slug>`. Not idempotent.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "lengthInMinutes": {
            "type": "number",
            "description": "Meeting length in minutes."
          },
          "lengthInMinutesOptions": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Lengths in minutes to pick from; must include `lengthInMinutes`."
          },
          "title": {
            "type": "string",
            "description": "Name shown to bookers."
          },
          "slug": {
            "type": "string",
            "description": "Booking page URL segment, unique per owner."
          },
          "description": {
            "type": "string",
            "description": "Text shown on the booking page."
          },
          "disableGuests": {
            "type": "boolean",
            "description": "`true` stops bookers adding guests."
          },
          "slotInterval": {
            "type": "number",
            "description": "Minutes between offered start times."
          },
          "minimumBookingNotice": {
            "type": "number",
            "description": "Minutes of notice a booking needs."
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
            "description": "Availability schedule id, from schedules.list."
          },
          "hidden": {
            "type": "boolean",
            "description": "`true`: unlisted on the profile page, still bookable."
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
            "description": "Where meetings happen; the booker picks one."
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
            "description": "Event type to delete, from eventTypes.list."
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
      "description": "Returns an event type by id with its settings.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "eventTypeId": {
            "type": "integer",
            "description": "Event type id, from eventTypes.list."
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
      "description": "Lists the user's event types, or a user's public ones by `username`.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "username": {
            "type": "string",
            "description": "Returns this user's event types."
          },
          "eventSlug": {
            "type": "string",
            "description": "One event type's slug; needs `username`."
          },
          "usernames": {
            "type": "string",
            "description": "Comma-separated usernames; returns their joint (dynamic) event type."
          },
          "orgSlug": {
            "type": "string",
            "description": "Organization slug of the user."
          },
          "orgId": {
            "type": "number",
            "description": "Organization id of the user."
          },
          "sortCreatedAt": {
            "enum": [
              "asc",
              "desc"
            ],
            "type": "string",
            "description": "Order by creation time."
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
            "description": "Event type to change, from eventTypes.list."
          },
          "lengthInMinutes": {
            "type": "number",
            "description": "Meeting length in minutes."
          },
          "lengthInMinutesOptions": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Lengths in minutes to pick from; must include `lengthInMinutes`."
          },
          "title": {
            "type": "string",
            "description": "Name shown to bookers."
          },
          "slug": {
            "type": "string",
            "description": "Booking page URL segment; old links break."
          },
          "description": {
            "type": "string",
            "description": "Text shown on the booking page."
          },
          "disableGuests": {
            "type": "boolean",
            "description": "`true` stops bookers adding guests."
          },
          "slotInterval": {
            "type": "number",
            "description": "Minutes between offered start times."
          },
          "minimumBookingNotice": {
            "type": "number",
            "description": "Minutes of notice a booking needs."
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
            "description": "Availability schedule id, from schedules.list."
          },
          "hidden": {
            "type": "boolean",
            "description": "`true`: unlisted on the profile page, still bookable."
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
            "description": "All locations, replacing the current ones."
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
      "description": "Returns the caller's account: id, username, email, time zone, clock, default schedule.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {},
        "required": [],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_me_update",
      "description": "Changes the caller's own account; only fields sent change.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "email": {
            "type": "string",
            "description": "New account email."
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
            "description": "Clock: `12` or `24` hours."
          },
          "defaultScheduleId": {
            "type": "number",
            "description": "Schedule id from schedules.list."
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
            "description": "First day of the week."
          },
          "timeZone": {
            "type": "string",
            "description": "IANA time zone."
          },
          "locale": {
            "type": "string",
            "description": "Locale of the app and emails, e.g. `pt-BR`."
          },
          "avatarUrl": {
            "type": "string",
            "description": "URL of the profile picture."
          },
          "bio": {
            "type": "string",
            "description": "Profile page text."
          },
          "metadata": {
            "type": "array",
            "description": "Your own data, up to 50 keys.",
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
              ]
            }
          }
        },
        "required": [],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_org_users_create",
      "description": "Creates a user in the organization. Not idempotent. Needs role: organization owner or admin.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "orgId": {
            "type": "integer",
            "description": "`organizationId` from me.get."
          },
          "email": {
            "type": "string",
            "description": "Sign-in email of the new user."
          },
          "username": {
            "type": "string",
            "description": "Username in the organization."
          },
          "timeZone": {
            "type": "string",
            "description": "IANA time zone."
          },
          "timeFormat": {
            "type": "number",
            "description": "Clock: `12` or `24` hours."
          },
          "locale": {
            "type": [
              "string",
              "null"
            ],
            "description": "Locale of the app and emails, e.g. `en`."
          },
          "organizationRole": {
            "type": "string",
            "enum": [
              "MEMBER",
              "ADMIN",
              "OWNER"
            ],
            "description": "`MEMBER` when omitted; `ADMIN` manages members and teams; `OWNER` has full control."
          },
          "autoAccept": {
            "type": "boolean",
            "description": "`false`: pending until they accept (default `true`)."
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
            "description": "`organizationId` from me.get."
          },
          "userId": {
            "type": "number",
            "description": "Member to delete, from orgUsers.list."
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
      "description": "Lists an organization's users.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "orgId": {
            "type": "number",
            "description": "`organizationId` from me.get."
          },
          "take": {
            "minimum": 1,
            "maximum": 1000,
            "type": "number",
            "description": "Page size."
          },
          "skip": {
            "minimum": 0,
            "type": "number",
            "description": "How many to skip."
          },
          "emails": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Only users with these emails."
          },
          "teamIds": {
            "type": "array",
            "items": {
              "type": "number"
            },
            "description": "Only members of these teams (ids from teams.list)."
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
            "description": "`organizationId` from me.get."
          },
          "userId": {
            "type": "number",
            "description": "Member to change, from orgUsers.list."
          },
          "email": {
            "type": "string",
            "description": "New email of the user."
          },
          "username": {
            "type": "string",
            "description": "Username in the organization."
          },
          "timeZone": {
            "type": "string",
            "description": "IANA time zone."
          },
          "timeFormat": {
            "type": "number",
            "description": "Clock: `12` or `24` hours."
          },
          "locale": {
            "type": [
              "string",
              "null"
            ],
            "description": "Locale of the app and emails, e.g. `en`."
          },
          "organizationRole": {
            "type": "string",
            "enum": [
              "MEMBER",
              "ADMIN",
              "OWNER"
            ],
            "description": "`ADMIN` manages members and teams; `OWNER` has full control."
          },
          "autoAccept": {
            "type": "boolean",
            "description": "`false`: pending until the user accepts."
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
      "description": "Creates an availability schedule. Not idempotent.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "description": "Schedule name, e.g. `Working hours`."
          },
          "timeZone": {
            "type": "string",
            "description": "IANA time zone of the hours."
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
                  "type": "string"
                },
                "endTime": {
                  "type": "string"
                }
              },
              "required": [
                "days",
                "startTime",
                "endTime"
              ]
            },
            "description": "Weekly hours: days with a `HH:mm` start and end."
          },
          "isDefault": {
            "type": "boolean",
            "description": "`true` makes it the user's default schedule."
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
                  "type": "string"
                },
                "endTime": {
                  "type": "string"
                }
              },
              "required": [
                "date",
                "startTime",
                "endTime"
              ]
            },
            "description": "Hours on `YYYY-MM-DD` dates, replacing the weekly hours."
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
      "description": "Deletes one of the user's schedules. Destructive.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "scheduleId": {
            "type": "integer",
            "description": "Schedule to delete, from schedules.list."
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
      "description": "Returns a schedule by id.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "scheduleId": {
            "type": "integer",
            "description": "Schedule id, from schedules.list."
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
      "description": "Lists the user's availability schedules and which one is the default.",
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
            "description": "Schedule to change, from schedules.list."
          },
          "name": {
            "type": "string",
            "description": "New name of the schedule."
          },
          "timeZone": {
            "type": "string",
            "description": "IANA time zone of the hours."
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
                  "type": "string"
                },
                "endTime": {
                  "type": "string"
                }
              },
              "required": [
                "days",
                "startTime",
                "endTime"
              ]
            },
            "description": "All weekly hours (`HH:mm`), replacing the current ones."
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
                  "type": "string"
                },
                "endTime": {
                  "type": "string"
                }
              },
              "required": [
                "date",
                "startTime",
                "endTime"
              ]
            },
            "description": "All `YYYY-MM-DD` date overrides, replacing the current ones."
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
      "description": "Returns bookable times of an event type between `start` and `end`, keyed by date.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "bookingUidToReschedule": {
            "type": "string",
            "description": "Uid of a booking being rescheduled; its own time counts as free."
          },
          "start": {
            "type": "string",
            "description": "Window start in UTC: `YYYY-MM-DD` (start of day) or an ISO 8601 instant."
          },
          "end": {
            "type": "string",
            "description": "Window end in UTC: `YYYY-MM-DD` (end of day) or an ISO 8601 instant."
          },
          "teamSlug": {
            "type": "string",
            "description": "Team owning a team `eventTypeSlug`."
          },
          "username": {
            "type": "string",
            "description": "Owner of a personal `eventTypeSlug`."
          },
          "eventTypeSlug": {
            "type": "string",
            "description": "Instead of `eventTypeId`: its slug, with `username` or `teamSlug`."
          },
          "eventTypeId": {
            "type": "integer",
            "description": "Event type id, from eventTypes.list."
          },
          "format": {
            "type": "string",
            "enum": [
              "time",
              "range"
            ],
            "description": "`range` adds each slot's `end` to its `start`."
          },
          "duration": {
            "type": "integer",
            "minimum": 1,
            "description": "Slot length in minutes, if several are offered."
          },
          "timeZone": {
            "type": "string",
            "description": "IANA time zone of the returned times."
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
      "description": "Holds a free slot for a few minutes; books nothing. Not idempotent.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "eventTypeId": {
            "type": "number",
            "description": "Event type id, from eventTypes.list."
          },
          "slotStart": {
            "type": "string",
            "description": "Slot start from slots.list, an ISO 8601 instant in UTC."
          },
          "slotDuration": {
            "type": "number",
            "description": "Slot length in minutes, if several are offered."
          },
          "reservationDuration": {
            "type": "number",
            "description": "Minutes to hold it; 5 when omitted."
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
            "description": "Event type id, from eventTypes.list."
          },
          "slotStart": {
            "type": "string",
            "description": "Slot start from slots.list, an ISO 8601 instant in UTC."
          },
          "slotDuration": {
            "type": "number",
            "description": "Slot length in minutes, if several are offered."
          },
          "reservationDuration": {
            "type": "number",
            "description": "Minutes to hold it; 5 when omitted."
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
      "description": "Creates a team owned by the user. Not idempotent.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "Team name."
          },
          "slug": {
            "type": "string",
            "description": "Team page URL segment; from `name` when omitted."
          },
          "bio": {
            "type": "string",
            "description": "Team page text."
          },
          "isPrivate": {
            "type": "boolean",
            "description": "`true` shows the member list to admins and owners only."
          },
          "timeFormat": {
            "type": "number",
            "description": "Clock: `12` or `24` hours."
          },
          "timeZone": {
            "type": "string",
            "description": "IANA time zone; `Europe/London` when omitted."
          },
          "weekStart": {
            "type": "string",
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
            "description": "Team to delete, from teams.list."
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
      "description": "Returns a team by id. Needs role: team member.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "teamId": {
            "type": "number",
            "description": "Team id, from teams.list."
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
      "description": "Lists the teams the user belongs to.",
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
            "description": "Team to change, from teams.list."
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "New display name of the team."
          },
          "slug": {
            "type": "string",
            "description": "New team page URL segment; old links break."
          },
          "bio": {
            "type": "string",
            "description": "Team page text."
          },
          "isPrivate": {
            "type": "boolean",
            "description": "`true` shows the member list to admins and owners only."
          },
          "timeFormat": {
            "type": "number",
            "description": "Clock: `12` or `24` hours."
          },
          "timeZone": {
            "type": "string",
            "description": "IANA time zone."
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
      "description": "Subscribes `subscriberUrl` to Cal.com events (`triggers`). Not idempotent.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "payloadTemplate": {
            "type": "string",
            "description": "Custom body with `{{variable}}` placeholders; omit for the standard payload."
          },
          "active": {
            "type": "boolean",
            "description": "`false` pauses deliveries."
          },
          "subscriberUrl": {
            "type": "string",
            "description": "HTTPS URL that receives the deliveries."
          },
          "triggers": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Trigger names, e.g. `BOOKING_CREATED`."
          },
          "secret": {
            "type": "string",
            "description": "Key that signs deliveries (`X-Cal-Signature-256`)."
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
            "description": "Subscription to delete, from webhooks.list."
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
      "description": "Lists the user's webhook subscriptions.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "take": {
            "minimum": 1,
            "maximum": 250,
            "type": "number",
            "description": "Page size. 250 when omitted."
          },
          "skip": {
            "minimum": 0,
            "type": "number",
            "description": "How many to skip."
          }
        },
        "required": [],
        "additionalProperties": false
      }
    },
    {
      "name": "cal_webhooks_update",
      "description": "Changes a webhook subscription.",
      "parametersJsonSchema": {
        "type": "object",
        "properties": {
          "webhookId": {
            "type": "string",
            "description": "Subscription to change, from webhooks.list."
          },
          "payloadTemplate": {
            "type": "string",
            "description": "Custom body with `{{variable}}` placeholders; omit to keep the current template."
          },
          "active": {
            "type": "boolean",
            "description": "`false` pauses deliveries."
          },
          "subscriberUrl": {
            "type": "string",
            "description": "HTTPS URL that receives the deliveries."
          },
          "triggers": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "All trigger names, replacing the current ones."
          },
          "secret": {
            "type": "string",
            "description": "New signing key for `X-Cal-Signature-256`."
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
