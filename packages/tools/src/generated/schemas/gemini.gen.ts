// Generated from spec/openapi.yaml by @calkit/generator; do not edit. Run `pnpm generate`.

import type { GeminiTool } from "../../adapters/gemini.js";

/** One entry of `tools`: `{ functionDeclarations }`: the data of `schemas/gemini.json`, typed. */
const tools: GeminiTool = {
  "functionDeclarations": [
    {
      "name": "cal_bookings_cancel",
      "description": "Cancels a booking, frees its slot and emails everyone. Destructive. Not idempotent: do not repeat. Fires BOOKING_CANCELLED.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "bookingUid": {
            "type": "STRING",
            "description": "The uid of the booking to cancel."
          },
          "cancellationReason": {
            "type": "STRING",
            "description": "Why the booking is cancelled; included in the cancellation emails."
          },
          "cancelSubsequentBookings": {
            "type": "BOOLEAN",
            "description": "Recurring, non-seated bookings only: `true` also cancels every later occurrence after the one named in the path."
          },
          "seatUid": {
            "type": "STRING",
            "description": "Uid of the seat to cancel, as returned in the booking's `attendees[].seatUid` or `seatUid`."
          }
        },
        "required": [
          "bookingUid"
        ]
      }
    },
    {
      "name": "cal_bookings_confirm",
      "description": "Accepts a booking awaiting the host's confirmation; the attendee is notified. Not idempotent: do not repeat. Fires BOOKING_CREATED.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "bookingUid": {
            "type": "STRING",
            "description": "The uid of the pending booking."
          }
        },
        "required": [
          "bookingUid"
        ]
      }
    },
    {
      "name": "cal_bookings_create",
      "description": "Creates a booking on an event type for one attendee at a given start time. Not idempotent: do not repeat. Fires BOOKING_CREATED or BOOKING_REQUESTED.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "start": {
            "type": "STRING",
            "description": "Start of the meeting as an ISO 8601 instant in UTC, e.g. `2026-12-01T15:00:00Z`."
          },
          "attendee": {
            "type": "OBJECT",
            "description": "The person booking: name, email, IANA time zone and optionally language and phone number.",
            "properties": {
              "name": {
                "type": "STRING"
              },
              "email": {
                "type": "STRING"
              },
              "timeZone": {
                "type": "STRING"
              },
              "phoneNumber": {
                "type": "STRING"
              },
              "language": {
                "type": "STRING"
              }
            },
            "required": [
              "name",
              "timeZone"
            ]
          },
          "bookingFieldsResponses": {
            "type": "STRING",
            "description": "Answers to the event type's booking questions, keyed by booking field slug (see the event type's `bookingFields`), e.g. `{\"notes\": \"Agenda attached\"}`. Pass a JSON object encoded as a string."
          },
          "eventTypeId": {
            "type": "NUMBER",
            "description": "Id of the event type to book (from eventTypes.list)."
          },
          "eventTypeSlug": {
            "type": "STRING",
            "description": "Slug of the event type, used instead of `eventTypeId` together with `username` (personal event type) or `teamSlug` (team event type)."
          },
          "username": {
            "type": "STRING",
            "description": "Username of the event type's owner; with `eventTypeSlug` it identifies a personal event type."
          },
          "teamSlug": {
            "type": "STRING",
            "description": "Slug of the team that owns the event type; with `eventTypeSlug` it identifies a team event type."
          },
          "organizationSlug": {
            "type": "STRING",
            "description": "Slug of the organization the user or team belongs to."
          },
          "guests": {
            "type": "ARRAY",
            "description": "Email addresses of additional people to invite to the meeting.",
            "items": {
              "type": "STRING"
            }
          },
          "location": {
            "type": "OBJECT",
            "description": "Where the meeting happens: one of the event type's location options, always as an object with a `type` (not a bare string). attendeeAddress needs address; attendeeDefined needs location; attendeePhone needs phone; integration needs integration.",
            "properties": {
              "type": {
                "type": "STRING",
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
                "type": "STRING"
              },
              "location": {
                "type": "STRING"
              },
              "phone": {
                "type": "STRING"
              },
              "integration": {
                "type": "STRING"
              }
            },
            "required": [
              "type"
            ]
          },
          "metadata": {
            "type": "STRING",
            "description": "Your own key/value data stored on the booking: at most 50 keys, keys up to 40 characters, string values up to 500 characters. Pass a JSON object encoded as a string."
          },
          "lengthInMinutes": {
            "type": "NUMBER",
            "description": "Meeting length in minutes, for event types offering several lengths (`lengthInMinutesOptions`)."
          },
          "instant": {
            "type": "BOOLEAN",
            "description": "Must be `true`: marks the request as an instant meeting."
          },
          "recurrenceCount": {
            "type": "NUMBER",
            "description": "Number of occurrences to book."
          }
        },
        "required": [
          "start",
          "attendee"
        ]
      }
    },
    {
      "name": "cal_bookings_decline",
      "description": "Rejects a booking awaiting the host's confirmation; the slot is freed and the attendee told. Destructive. Not idempotent: do not repeat. Fires BOOKING_REJECTED.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "bookingUid": {
            "type": "STRING",
            "description": "The uid of the pending booking."
          },
          "reason": {
            "type": "STRING",
            "description": "Why the booking is declined; included in the email to the attendee."
          }
        },
        "required": [
          "bookingUid"
        ]
      }
    },
    {
      "name": "cal_bookings_get",
      "description": "Returns one booking by uid: times, status, hosts, attendees, location, form answers. Read-only.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "bookingUid": {
            "type": "STRING",
            "description": "The booking's uid (a string such as `fkZ3Ppsm8SFGRYxHZGGcnN`), not its numeric id."
          }
        },
        "required": [
          "bookingUid"
        ]
      }
    },
    {
      "name": "cal_bookings_list",
      "description": "Lists bookings of the user and their teams, with filters and take/skip paging. Read-only.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "status": {
            "type": "ARRAY",
            "description": "Only bookings in these states: `upcoming`, `recurring`, `past`, `cancelled`, `unconfirmed` (awaiting the host's confirmation).",
            "items": {
              "type": "STRING",
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
            "type": "STRING",
            "description": "Only bookings with an attendee of this email address."
          },
          "attendeeName": {
            "type": "STRING",
            "description": "Only bookings with an attendee of this name."
          },
          "bookingUid": {
            "type": "STRING",
            "description": "Only the booking with this uid."
          },
          "eventTypeId": {
            "type": "STRING",
            "description": "Only bookings of this event type id."
          },
          "teamId": {
            "type": "STRING",
            "description": "Only bookings of event types of this team."
          },
          "afterStart": {
            "type": "STRING",
            "description": "Only bookings starting after this ISO 8601 instant (UTC), e.g. `2026-12-01T00:00:00Z`."
          },
          "beforeEnd": {
            "type": "STRING",
            "description": "Only bookings ending before this ISO 8601 instant (UTC)."
          },
          "sortStart": {
            "type": "STRING",
            "enum": [
              "asc",
              "desc"
            ],
            "description": "Sort by start time, `asc` or `desc`."
          },
          "take": {
            "type": "NUMBER",
            "description": "Page size (how many bookings to return)."
          },
          "skip": {
            "type": "NUMBER",
            "description": "How many bookings to skip before the page starts (offset)."
          }
        }
      }
    },
    {
      "name": "cal_bookings_mark_absent",
      "description": "Records who missed a past booking: the host and/or attendees by email. Fires BOOKING_NO_SHOW_UPDATED.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "bookingUid": {
            "type": "STRING",
            "description": "The uid of the booking that took place."
          },
          "host": {
            "type": "BOOLEAN",
            "description": "`true` marks the host as a no-show."
          },
          "attendees": {
            "type": "ARRAY",
            "description": "Attendees to mark, each identified by email, with `absent: true` (no-show) or `false` (attended).",
            "items": {
              "type": "OBJECT",
              "properties": {
                "email": {
                  "type": "STRING"
                },
                "absent": {
                  "type": "BOOLEAN"
                }
              },
              "required": [
                "email",
                "absent"
              ]
            }
          }
        },
        "required": [
          "bookingUid"
        ]
      }
    },
    {
      "name": "cal_bookings_reschedule",
      "description": "Moves a booking to a new start time (ISO 8601, UTC). Not idempotent: do not repeat. Fires BOOKING_RESCHEDULED.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "bookingUid": {
            "type": "STRING",
            "description": "The uid of the booking to move."
          },
          "start": {
            "type": "STRING",
            "description": "New start as an ISO 8601 instant in UTC, e.g. `2026-12-02T15:00:00Z`."
          },
          "rescheduledBy": {
            "type": "STRING",
            "description": "Email of whoever reschedules."
          },
          "reschedulingReason": {
            "type": "STRING",
            "description": "Why the booking is moved; included in the emails."
          },
          "emailVerificationCode": {
            "type": "STRING",
            "description": "Code emailed to the attendee; required when the event type requires booker email verification."
          },
          "seatUid": {
            "type": "STRING",
            "description": "Uid of the seat to move, as returned in the booking's `attendees[].seatUid`."
          }
        },
        "required": [
          "bookingUid",
          "start"
        ]
      }
    },
    {
      "name": "cal_calendars_busy_times",
      "description": "Returns busy intervals of connected calendars between two dates. Read-only.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "timeZone": {
            "type": "STRING",
            "description": "IANA time zone the dates are read in, e.g. `Europe/London`."
          },
          "dateFrom": {
            "type": "STRING",
            "description": "First day to look at, `YYYY-MM-DD`."
          },
          "dateTo": {
            "type": "STRING",
            "description": "Last day to look at, `YYYY-MM-DD`."
          },
          "calendarsToLoad": {
            "type": "ARRAY",
            "description": "The calendars to read, each as its connection's `credentialId` and the calendar's `externalId` (both from calendars.list); both fields are required for every entry.",
            "items": {
              "type": "OBJECT",
              "properties": {
                "credentialId": {
                  "type": "INTEGER"
                },
                "externalId": {
                  "type": "STRING"
                }
              }
            },
            "minItems": "1"
          }
        },
        "required": [
          "calendarsToLoad"
        ]
      }
    },
    {
      "name": "cal_calendars_connect",
      "description": "Returns the consent link (`authUrl`) to connect a Google or Office 365 calendar. Read-only.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "calendar": {
            "type": "STRING",
            "enum": [
              "office365",
              "google"
            ],
            "description": "Which provider to connect, `google` or `office365`."
          },
          "isDryRun": {
            "type": "BOOLEAN",
            "description": "Test flag passed through the connection flow; leave it out, or `false`, for a real connection."
          },
          "redir": {
            "type": "STRING",
            "description": "Where to send the user's browser after access is granted, e.g. `https://app.example.com/settings/calendars`."
          }
        },
        "required": [
          "calendar"
        ]
      }
    },
    {
      "name": "cal_calendars_disconnect",
      "description": "Removes a calendar connection (`id` = `credentialId` from calendars.list). Destructive. Not idempotent: do not repeat.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "calendar": {
            "type": "STRING",
            "enum": [
              "apple",
              "google",
              "office365"
            ],
            "description": "Provider of the connection, `google`, `office365` or `apple`."
          },
          "id": {
            "type": "INTEGER",
            "description": "Credential id of the connection to remove (`credentialId` from calendars.list)."
          }
        },
        "required": [
          "calendar",
          "id"
        ]
      }
    },
    {
      "name": "cal_calendars_list",
      "description": "Lists connected calendars by connection, with `credentialId` and each `externalId`. Read-only."
    },
    {
      "name": "cal_event_types_create",
      "description": "Creates a personal event type with a public booking page at `/<username>/<slug>`. Not idempotent: do not repeat.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "lengthInMinutes": {
            "type": "NUMBER",
            "description": "Default length of a meeting, in minutes."
          },
          "lengthInMinutesOptions": {
            "type": "ARRAY",
            "description": "Lengths in minutes the booker may choose between; must include `lengthInMinutes`.",
            "items": {
              "type": "STRING"
            }
          },
          "title": {
            "type": "STRING",
            "description": "Name of the event type shown to bookers, e.g. `30 Minute Meeting`."
          },
          "slug": {
            "type": "STRING",
            "description": "URL segment of the booking page (`cal.com/<username>/<slug>`); lowercase words joined by hyphens, unique per owner."
          },
          "description": {
            "type": "STRING",
            "description": "Text shown on the booking page."
          },
          "disableGuests": {
            "type": "BOOLEAN",
            "description": "`true` stops bookers from inviting guests by email."
          },
          "slotInterval": {
            "type": "NUMBER",
            "description": "Minutes between offered start times; defaults to the event length."
          },
          "minimumBookingNotice": {
            "type": "NUMBER",
            "description": "Minimum notice in minutes: slots starting sooner than this from now are not offered."
          },
          "beforeEventBuffer": {
            "type": "NUMBER",
            "description": "Minutes kept free before each meeting."
          },
          "afterEventBuffer": {
            "type": "NUMBER",
            "description": "Minutes kept free after each meeting."
          },
          "scheduleId": {
            "type": "NUMBER",
            "description": "Id of the availability schedule to use (from schedules.list)."
          },
          "hidden": {
            "type": "BOOLEAN",
            "description": "`true` leaves the event type off the owner's public profile page; it stays bookable by direct link."
          },
          "locations": {
            "type": "ARRAY",
            "description": "Where meetings take place; with several, the booker picks one.",
            "items": {
              "type": "OBJECT",
              "description": "address needs address, public; link needs link, public; integration needs integration; phone needs phone, public.",
              "properties": {
                "type": {
                  "type": "STRING",
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
                  "type": "STRING"
                },
                "public": {
                  "type": "BOOLEAN"
                },
                "link": {
                  "type": "STRING"
                },
                "integration": {
                  "type": "STRING"
                },
                "phone": {
                  "type": "STRING"
                }
              },
              "required": [
                "type"
              ]
            }
          }
        },
        "required": [
          "lengthInMinutes",
          "title",
          "slug"
        ]
      }
    },
    {
      "name": "cal_event_types_delete",
      "description": "Deletes an event type and takes its booking page offline. Destructive.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "eventTypeId": {
            "type": "INTEGER",
            "description": "Numeric id of the event type to delete, from eventTypes.list."
          }
        },
        "required": [
          "eventTypeId"
        ]
      }
    },
    {
      "name": "cal_event_types_get",
      "description": "Returns an event type by id with its settings (lengths, locations, form, limits, schedule). Read-only.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "eventTypeId": {
            "type": "INTEGER",
            "description": "Numeric id of the event type, from eventTypes.list."
          }
        },
        "required": [
          "eventTypeId"
        ]
      }
    },
    {
      "name": "cal_event_types_list",
      "description": "Lists the user's event types, or a user's public ones by `username`. Read-only.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "username": {
            "type": "STRING",
            "description": "Owner's username, e.g. `ada`; returns that user's event types."
          },
          "eventSlug": {
            "type": "STRING",
            "description": "Slug of a single event type, e.g. `30min`; only meaningful together with `username`."
          },
          "usernames": {
            "type": "STRING",
            "description": "Two or more comma-separated usernames, e.g. `ada,charles`; returns the dynamic event type used to book them together."
          },
          "orgSlug": {
            "type": "STRING",
            "description": "Slug of the organization the user belongs to, e.g. `acme`."
          },
          "orgId": {
            "type": "NUMBER",
            "description": "Numeric id of the organization the user belongs to."
          },
          "sortCreatedAt": {
            "type": "STRING",
            "enum": [
              "asc",
              "desc"
            ],
            "description": "Order by creation time, `asc` (oldest first) or `desc`; without it the order is unspecified."
          }
        }
      }
    },
    {
      "name": "cal_event_types_update",
      "description": "Changes an event type; only fields sent change and lists sent replace.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "eventTypeId": {
            "type": "INTEGER",
            "description": "Numeric id of the event type to change, from eventTypes.list."
          },
          "lengthInMinutes": {
            "type": "NUMBER",
            "description": "Default length of a meeting, in minutes."
          },
          "lengthInMinutesOptions": {
            "type": "ARRAY",
            "description": "Lengths in minutes the booker may choose between; must include `lengthInMinutes`.",
            "items": {
              "type": "STRING"
            }
          },
          "title": {
            "type": "STRING",
            "description": "Name of the event type shown to bookers."
          },
          "slug": {
            "type": "STRING",
            "description": "URL segment of the booking page; changing it breaks links to the old URL."
          },
          "description": {
            "type": "STRING",
            "description": "Text shown on the booking page."
          },
          "disableGuests": {
            "type": "BOOLEAN",
            "description": "`true` stops bookers from inviting guests by email."
          },
          "slotInterval": {
            "type": "NUMBER",
            "description": "Minutes between offered start times; defaults to the event length."
          },
          "minimumBookingNotice": {
            "type": "NUMBER",
            "description": "Minimum notice in minutes: slots starting sooner than this from now are not offered."
          },
          "beforeEventBuffer": {
            "type": "NUMBER",
            "description": "Minutes kept free before each meeting."
          },
          "afterEventBuffer": {
            "type": "NUMBER",
            "description": "Minutes kept free after each meeting."
          },
          "scheduleId": {
            "type": "NUMBER",
            "description": "Id of the availability schedule to use (from schedules.list)."
          },
          "hidden": {
            "type": "BOOLEAN",
            "description": "`true` leaves the event type off the owner's public profile page; it stays bookable by direct link."
          },
          "locations": {
            "type": "ARRAY",
            "description": "The complete list of locations, replacing the current one.",
            "items": {
              "type": "OBJECT",
              "description": "address needs address, public; link needs link, public; integration needs integration; phone needs phone, public.",
              "properties": {
                "type": {
                  "type": "STRING",
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
                  "type": "STRING"
                },
                "public": {
                  "type": "BOOLEAN"
                },
                "link": {
                  "type": "STRING"
                },
                "integration": {
                  "type": "STRING"
                },
                "phone": {
                  "type": "STRING"
                }
              },
              "required": [
                "type"
              ]
            }
          }
        },
        "required": [
          "eventTypeId"
        ]
      }
    },
    {
      "name": "cal_me_get",
      "description": "Returns the caller's account: id, username, email, time zone, clock, default schedule. Read-only."
    },
    {
      "name": "cal_me_update",
      "description": "Changes settings of the authenticated user's own account; only the fields sent change.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "email": {
            "type": "STRING",
            "description": "New email address for your account."
          },
          "name": {
            "type": "STRING",
            "description": "Display name."
          },
          "timeFormat": {
            "type": "NUMBER",
            "description": "Clock format: `12` or `24` hours. One of: 12, 24."
          },
          "defaultScheduleId": {
            "type": "NUMBER",
            "description": "Id of the schedule to make the default (from schedules.list)."
          },
          "weekStart": {
            "type": "STRING",
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
            "type": "STRING",
            "description": "IANA time zone, e.g. `America/New_York`."
          },
          "locale": {
            "type": "STRING",
            "description": "Language of the app and emails, as a locale code such as `en`, `de` or `pt-BR`."
          },
          "avatarUrl": {
            "type": "STRING",
            "description": "URL of the profile picture."
          },
          "bio": {
            "type": "STRING",
            "description": "Short text shown on the public profile page."
          },
          "metadata": {
            "type": "STRING",
            "description": "Your own key/value data: at most 50 keys, keys up to 40 characters, values up to 500 characters. Pass a JSON object encoded as a string."
          }
        }
      }
    },
    {
      "name": "cal_org_users_create",
      "description": "Creates a user in the organization with a role (MEMBER by default). Not idempotent: do not repeat. Needs role: organization owner or admin.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "orgId": {
            "type": "INTEGER",
            "description": "Numeric id of the organization (`organizationId` in me.get)."
          },
          "email": {
            "type": "STRING",
            "description": "Email address of the new user; also their sign-in address."
          },
          "username": {
            "type": "STRING",
            "description": "Username inside the organization; their booking pages live under it."
          },
          "timeZone": {
            "type": "STRING",
            "description": "IANA time zone of the user, e.g. `America/New_York`."
          },
          "timeFormat": {
            "type": "NUMBER",
            "description": "Clock format: `12` or `24` hours."
          },
          "locale": {
            "type": "STRING",
            "description": "Language of the app and emails, e.g. `en`.",
            "nullable": true
          },
          "organizationRole": {
            "type": "STRING",
            "enum": [
              "MEMBER",
              "ADMIN",
              "OWNER"
            ],
            "description": "Role in the organization: `MEMBER` (default), `ADMIN` (manages members and teams) or `OWNER` (full control)."
          },
          "autoAccept": {
            "type": "BOOLEAN",
            "description": "`true` (default) makes the user an accepted member at once; `false` leaves the membership pending until they accept."
          }
        },
        "required": [
          "orgId",
          "email"
        ]
      }
    },
    {
      "name": "cal_org_users_delete",
      "description": "Deletes a member's whole account (not just the membership); their pages go offline. Destructive. Needs role: organization owner or admin.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "orgId": {
            "type": "NUMBER",
            "description": "Numeric id of the organization (`organizationId` in me.get)."
          },
          "userId": {
            "type": "NUMBER",
            "description": "Numeric id of the member to delete, from orgUsers.list."
          }
        },
        "required": [
          "orgId",
          "userId"
        ]
      }
    },
    {
      "name": "cal_org_users_list",
      "description": "Lists the users of an organization with profile, time zone and locale. Read-only.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "orgId": {
            "type": "NUMBER",
            "description": "Numeric id of the organization (`organizationId` in me.get)."
          },
          "take": {
            "type": "NUMBER",
            "description": "Page size: how many users to return, 1 to 1000.",
            "minimum": 1,
            "maximum": 1000
          },
          "skip": {
            "type": "NUMBER",
            "description": "How many users to skip before the page starts (offset).",
            "minimum": 0
          },
          "emails": {
            "type": "ARRAY",
            "description": "Only users with these email addresses, comma-separated, e.g. `ada@example.com,mary@example.com`.",
            "items": {
              "type": "STRING"
            }
          },
          "teamIds": {
            "type": "ARRAY",
            "description": "Only members of these teams of the organization, comma-separated team ids, e.g. `5,8`.",
            "items": {
              "type": "NUMBER"
            }
          }
        },
        "required": [
          "orgId"
        ]
      }
    },
    {
      "name": "cal_org_users_update",
      "description": "Changes a member's account settings; only fields sent change.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "orgId": {
            "type": "NUMBER",
            "description": "Numeric id of the organization (`organizationId` in me.get)."
          },
          "userId": {
            "type": "NUMBER",
            "description": "Numeric id of the member to change, from orgUsers.list."
          },
          "email": {
            "type": "STRING",
            "description": "New email address of the user."
          },
          "username": {
            "type": "STRING",
            "description": "Username inside the organization; their booking pages live under it."
          },
          "timeZone": {
            "type": "STRING",
            "description": "IANA time zone of the user, e.g. `America/New_York`."
          },
          "timeFormat": {
            "type": "NUMBER",
            "description": "Clock format: `12` or `24` hours."
          },
          "locale": {
            "type": "STRING",
            "description": "Language of the app and emails, e.g. `en`.",
            "nullable": true
          },
          "organizationRole": {
            "type": "STRING",
            "enum": [
              "MEMBER",
              "ADMIN",
              "OWNER"
            ],
            "description": "Role in the organization: `MEMBER`, `ADMIN` (manages members and teams) or `OWNER` (full control)."
          },
          "autoAccept": {
            "type": "BOOLEAN",
            "description": "`true` makes the membership accepted at once; `false` leaves it pending until the user accepts."
          }
        },
        "required": [
          "orgId",
          "userId"
        ]
      }
    },
    {
      "name": "cal_schedules_create",
      "description": "Creates an availability schedule for the authenticated user. Not idempotent: do not repeat.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "name": {
            "type": "STRING",
            "description": "Name of the schedule, e.g. `Working hours`."
          },
          "timeZone": {
            "type": "STRING",
            "description": "IANA time zone the hours are expressed in, e.g. `Europe/Rome`."
          },
          "availability": {
            "type": "ARRAY",
            "description": "Weekly hours: each item gives days and a `HH:mm` start and end.",
            "items": {
              "type": "OBJECT",
              "properties": {
                "days": {
                  "type": "ARRAY",
                  "items": {
                    "type": "STRING",
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
                  "type": "STRING",
                  "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
                },
                "endTime": {
                  "type": "STRING",
                  "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
                }
              },
              "required": [
                "days",
                "startTime",
                "endTime"
              ]
            }
          },
          "isDefault": {
            "type": "BOOLEAN",
            "description": "`true` makes this the user's default schedule, used by event types without a `scheduleId`."
          },
          "overrides": {
            "type": "ARRAY",
            "description": "Hours for specific dates, replacing the weekly hours on those dates.",
            "items": {
              "type": "OBJECT",
              "properties": {
                "date": {
                  "type": "STRING"
                },
                "startTime": {
                  "type": "STRING",
                  "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
                },
                "endTime": {
                  "type": "STRING",
                  "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
                }
              },
              "required": [
                "date",
                "startTime",
                "endTime"
              ]
            }
          }
        },
        "required": [
          "name",
          "timeZone",
          "isDefault"
        ]
      }
    },
    {
      "name": "cal_schedules_delete",
      "description": "Permanently deletes one of the authenticated user's schedules. Destructive.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "scheduleId": {
            "type": "INTEGER",
            "description": "Numeric id of the schedule to delete, from schedules.list."
          }
        },
        "required": [
          "scheduleId"
        ]
      }
    },
    {
      "name": "cal_schedules_get",
      "description": "Returns a schedule by id: time zone, weekly `HH:MM` hours, date overrides. Read-only.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "scheduleId": {
            "type": "INTEGER",
            "description": "Numeric id of the schedule, from schedules.list."
          }
        },
        "required": [
          "scheduleId"
        ]
      }
    },
    {
      "name": "cal_schedules_list",
      "description": "Lists the user's availability schedules and which one is the default. Read-only."
    },
    {
      "name": "cal_schedules_update",
      "description": "Changes a schedule; only fields sent change and lists sent replace.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "scheduleId": {
            "type": "INTEGER",
            "description": "Numeric id of the schedule to change, from schedules.list."
          },
          "name": {
            "type": "STRING",
            "description": "New name of the schedule."
          },
          "timeZone": {
            "type": "STRING",
            "description": "IANA time zone the hours are expressed in, e.g. `Europe/Rome`."
          },
          "availability": {
            "type": "ARRAY",
            "description": "The complete weekly hours, replacing the current ones.",
            "items": {
              "type": "OBJECT",
              "properties": {
                "days": {
                  "type": "ARRAY",
                  "items": {
                    "type": "STRING",
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
                  "type": "STRING",
                  "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
                },
                "endTime": {
                  "type": "STRING",
                  "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
                }
              },
              "required": [
                "days",
                "startTime",
                "endTime"
              ]
            }
          },
          "isDefault": {
            "type": "BOOLEAN",
            "description": "`true` makes this the user's default schedule."
          },
          "overrides": {
            "type": "ARRAY",
            "description": "The complete list of date overrides, replacing the current ones.",
            "items": {
              "type": "OBJECT",
              "properties": {
                "date": {
                  "type": "STRING"
                },
                "startTime": {
                  "type": "STRING",
                  "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
                },
                "endTime": {
                  "type": "STRING",
                  "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
                }
              },
              "required": [
                "date",
                "startTime",
                "endTime"
              ]
            }
          }
        },
        "required": [
          "scheduleId"
        ]
      }
    },
    {
      "name": "cal_slots_delete_reservation",
      "description": "Releases a slot hold before it expires. Destructive.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "uid": {
            "type": "STRING",
            "description": "The `reservationUid` returned by slots.reserve."
          }
        },
        "required": [
          "uid"
        ]
      }
    },
    {
      "name": "cal_slots_list",
      "description": "Returns bookable times of an event type between `start` and `end`, keyed by date. Read-only.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "bookingUidToReschedule": {
            "type": "STRING",
            "description": "Uid of a booking being moved: its current time is then counted as free, so it can be offered again."
          },
          "start": {
            "type": "STRING",
            "description": "Beginning of the search window in UTC: a date (`2026-12-01`, meaning the start of that day) or an ISO 8601 instant (`2026-12-01T09:00:00Z`)."
          },
          "end": {
            "type": "STRING",
            "description": "End of the search window in UTC: a date (`2026-12-02`, meaning the end of that day) or an ISO 8601 instant."
          },
          "teamSlug": {
            "type": "STRING",
            "description": "Slug of the team that owns `eventTypeSlug` (team event types)."
          },
          "username": {
            "type": "STRING",
            "description": "Username of the person who owns `eventTypeSlug` (personal event types)."
          },
          "eventTypeSlug": {
            "type": "STRING",
            "description": "Slug of the event type, e.g. `30min`; needs `username` or `teamSlug` as well."
          },
          "eventTypeId": {
            "type": "INTEGER",
            "description": "Numeric id of the event type, from eventTypes.list."
          },
          "format": {
            "type": "STRING",
            "enum": [
              "time",
              "range"
            ],
            "description": "`time` (the default) returns only each slot's `start`; `range` returns `start` and `end`."
          },
          "duration": {
            "type": "INTEGER",
            "description": "Slot length in minutes, for event types that offer several lengths, or for `usernames` searches (30 when omitted).",
            "minimum": 1
          },
          "timeZone": {
            "type": "STRING",
            "description": "IANA time zone for the returned slot times, e.g. `Europe/London`."
          }
        },
        "required": [
          "start",
          "end"
        ]
      }
    },
    {
      "name": "cal_slots_reserve",
      "description": "Holds a free slot for a few minutes while a booking is being made; books nothing. Not idempotent: do not repeat.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "eventTypeId": {
            "type": "NUMBER",
            "description": "Id of the event type whose slot to hold (from eventTypes.list)."
          },
          "slotStart": {
            "type": "STRING",
            "description": "Start of the slot as an ISO 8601 instant in UTC, e.g. `2026-12-01T15:00:00Z`; take it from slots.list."
          },
          "slotDuration": {
            "type": "NUMBER",
            "description": "Slot length in minutes, for event types offering several lengths."
          },
          "reservationDuration": {
            "type": "NUMBER",
            "description": "How many minutes to hold the slot; default 5."
          }
        },
        "required": [
          "eventTypeId",
          "slotStart"
        ]
      }
    },
    {
      "name": "cal_slots_update_reservation",
      "description": "Moves a slot hold to another time or changes how long it lasts.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "uid": {
            "type": "STRING",
            "description": "The `reservationUid` returned by slots.reserve."
          },
          "eventTypeId": {
            "type": "NUMBER",
            "description": "Id of the event type whose slot to hold (from eventTypes.list)."
          },
          "slotStart": {
            "type": "STRING",
            "description": "Start of the slot as an ISO 8601 instant in UTC, e.g. `2026-12-01T15:00:00Z`; take it from slots.list."
          },
          "slotDuration": {
            "type": "NUMBER",
            "description": "Slot length in minutes, for event types offering several lengths."
          },
          "reservationDuration": {
            "type": "NUMBER",
            "description": "How many minutes to hold the slot; default 5."
          }
        },
        "required": [
          "uid",
          "eventTypeId",
          "slotStart"
        ]
      }
    },
    {
      "name": "cal_teams_create",
      "description": "Creates a team owned by the user; only `name` is required. Not idempotent: do not repeat.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "name": {
            "type": "STRING",
            "description": "Display name of the new team, e.g. `Sales`.",
            "minLength": "1"
          },
          "slug": {
            "type": "STRING",
            "description": "URL segment of the team's pages (`cal.com/team/<slug>`); generated from `name` when omitted."
          },
          "bio": {
            "type": "STRING",
            "description": "Short text shown on the team page."
          },
          "isPrivate": {
            "type": "BOOLEAN",
            "description": "`true` hides the member list from everyone but the team's admins and owners."
          },
          "timeFormat": {
            "type": "NUMBER",
            "description": "Clock format: `12` or `24` hours."
          },
          "timeZone": {
            "type": "STRING",
            "description": "IANA time zone of the team, used for its default schedule (Monday to Friday, 09:00 to 17:00)."
          },
          "weekStart": {
            "type": "STRING",
            "description": "First day of the week, e.g. `Monday`."
          }
        },
        "required": [
          "name"
        ]
      }
    },
    {
      "name": "cal_teams_delete",
      "description": "Deletes a team, its memberships and team event types; members' accounts stay. Destructive. Needs role: team owner.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "teamId": {
            "type": "NUMBER",
            "description": "Numeric id of the team to delete, from teams.list."
          }
        },
        "required": [
          "teamId"
        ]
      }
    },
    {
      "name": "cal_teams_get",
      "description": "Returns a team by id: name, slug, bio, privacy, branding, defaults. Read-only. Needs role: team member.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "teamId": {
            "type": "NUMBER",
            "description": "Numeric id of the team, from teams.list."
          }
        },
        "required": [
          "teamId"
        ]
      }
    },
    {
      "name": "cal_teams_list",
      "description": "Lists the teams the user belongs to. Read-only."
    },
    {
      "name": "cal_teams_update",
      "description": "Changes a team's settings; only the fields sent change. Needs role: team owner or admin.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "teamId": {
            "type": "NUMBER",
            "description": "Numeric id of the team to change, from teams.list."
          },
          "name": {
            "type": "STRING",
            "description": "New display name of the team.",
            "minLength": "1"
          },
          "slug": {
            "type": "STRING",
            "description": "New URL segment of the team's pages; old links stop working."
          },
          "bio": {
            "type": "STRING",
            "description": "Short text shown on the team page."
          },
          "isPrivate": {
            "type": "BOOLEAN",
            "description": "`true` hides the member list from everyone but the team's admins and owners."
          },
          "timeFormat": {
            "type": "NUMBER",
            "description": "Clock format: `12` or `24` hours."
          },
          "timeZone": {
            "type": "STRING",
            "description": "IANA time zone of the team, e.g. `America/New_York`."
          },
          "weekStart": {
            "type": "STRING",
            "description": "First day of the week, e.g. `Monday`."
          }
        },
        "required": [
          "teamId"
        ]
      }
    },
    {
      "name": "cal_webhooks_create",
      "description": "Subscribes `subscriberUrl` to Cal.com events (`triggers`, e.g. BOOKING_CREATED). Not idempotent: do not repeat.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "payloadTemplate": {
            "type": "STRING",
            "description": "Custom body with `{{variable}}` placeholders such as `{{title}}` or `{{organizer.name}}`; omit to receive Cal.com's standard payload."
          },
          "active": {
            "type": "BOOLEAN",
            "description": "`true` delivers events; `false` pauses the subscription."
          },
          "subscriberUrl": {
            "type": "STRING",
            "description": "HTTPS URL that receives the POST requests."
          },
          "triggers": {
            "type": "ARRAY",
            "description": "Events to deliver, e.g. `BOOKING_CREATED`, `BOOKING_RESCHEDULED`, `BOOKING_CANCELLED`, `BOOKING_REQUESTED`, `MEETING_ENDED`.",
            "items": {
              "type": "STRING"
            }
          },
          "secret": {
            "type": "STRING",
            "description": "Signing key: each delivery then carries `X-Cal-Signature-256`, the hex HMAC-SHA256 of the raw body under this key."
          },
          "version": {
            "type": "STRING",
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
        ]
      }
    },
    {
      "name": "cal_webhooks_delete",
      "description": "Deletes a webhook subscription; deliveries stop. Destructive.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "webhookId": {
            "type": "STRING",
            "description": "Id of the subscription to delete, from webhooks.list."
          }
        },
        "required": [
          "webhookId"
        ]
      }
    },
    {
      "name": "cal_webhooks_list",
      "description": "Lists the user's webhook subscriptions with URL, triggers and state. Read-only.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "take": {
            "type": "NUMBER",
            "description": "Page size: how many subscriptions to return, 1 to 250 (250 when omitted).",
            "minimum": 1,
            "maximum": 250
          },
          "skip": {
            "type": "NUMBER",
            "description": "How many subscriptions to skip before the page starts (offset).",
            "minimum": 0
          }
        }
      }
    },
    {
      "name": "cal_webhooks_update",
      "description": "Changes a webhook subscription; `triggers`, when sent, replaces the list.",
      "parameters": {
        "type": "OBJECT",
        "properties": {
          "webhookId": {
            "type": "STRING",
            "description": "Id of the subscription to change, from webhooks.list."
          },
          "payloadTemplate": {
            "type": "STRING",
            "description": "Custom body with `{{variable}}` placeholders; omit to keep the current template."
          },
          "active": {
            "type": "BOOLEAN",
            "description": "`true` delivers events; `false` pauses the subscription."
          },
          "subscriberUrl": {
            "type": "STRING",
            "description": "HTTPS URL that receives the POST requests."
          },
          "triggers": {
            "type": "ARRAY",
            "description": "The complete list of events to deliver, replacing the current one.",
            "items": {
              "type": "STRING"
            }
          },
          "secret": {
            "type": "STRING",
            "description": "New signing key for `X-Cal-Signature-256`."
          },
          "version": {
            "type": "STRING",
            "enum": [
              "2021-10-20"
            ],
            "description": "Payload format version of the deliveries; only `2021-10-20` exists so far."
          }
        },
        "required": [
          "webhookId"
        ]
      }
    }
  ]
};

export default tools;
