// Generated from spec/openapi.yaml by @calkit/generator; do not edit. Run `pnpm generate`.

import type { OpenAIChatTool } from "../../adapters/openai.js";

/** Chat Completions `tools` (strict mode): the data of `schemas/openai.json`, typed. */
const tools: OpenAIChatTool[] = [
  {
    "type": "function",
    "function": {
      "name": "cal_bookings_cancel",
      "description": "Cancels a booking, frees its slot and emails everyone. Destructive. Not idempotent. Fires BOOKING_CANCELLED.",
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
            "description": "Why; shown in the cancellation emails."
          },
          "cancelSubsequentBookings": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "Recurring bookings: `true` also cancels every later occurrence."
          },
          "seatUid": {
            "type": [
              "string",
              "null"
            ],
            "description": "Seat to cancel: the booking's `attendees[].seatUid`."
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
      "description": "Accepts a booking awaiting the host's confirmation; the attendee is notified. Not idempotent. Fires BOOKING_CREATED.",
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
      "description": "Creates a booking on an event type for one attendee at a given start time. Not idempotent. Fires BOOKING_CREATED or BOOKING_REQUESTED.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "start": {
            "type": "string",
            "description": "ISO 8601 instant in UTC, e.g. `2026-12-01T15:00:00Z`."
          },
          "attendee": {
            "type": "object",
            "description": "The person booking (IANA `timeZone`, locale `language`).",
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
            "description": "Answers to the event type's `bookingFields`, by slug. Pass a JSON object encoded as a string."
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
            "description": "Instead of `eventTypeId`: its slug, with `username` or `teamSlug`."
          },
          "username": {
            "type": [
              "string",
              "null"
            ],
            "description": "Owner of a personal `eventTypeSlug`."
          },
          "teamSlug": {
            "type": [
              "string",
              "null"
            ],
            "description": "Team owning a team `eventTypeSlug`."
          },
          "organizationSlug": {
            "type": [
              "string",
              "null"
            ],
            "description": "Organization of `username` or `teamSlug`, if any."
          },
          "guests": {
            "type": [
              "array",
              "null"
            ],
            "description": "Emails of extra people to invite.",
            "items": {
              "type": "string"
            }
          },
          "location": {
            "type": [
              "object",
              "null"
            ],
            "description": "One of the event type's locations, as an object (not a string). attendeeAddress needs address; attendeeDefined needs location; attendeePhone needs phone; integration needs integration.",
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
            "description": "Your own data, up to 50 keys. Pass a JSON object encoded as a string."
          },
          "lengthInMinutes": {
            "type": [
              "number",
              "null"
            ],
            "description": "Minutes, one of the event type's `lengthInMinutesOptions`."
          },
          "instant": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "`true`: an instant meeting."
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
      "description": "Rejects a booking awaiting the host's confirmation; the slot is freed and the attendee told. Destructive. Not idempotent. Fires BOOKING_REJECTED.",
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
            "description": "Why; shown in the email to the attendee."
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
      "description": "Returns one booking by uid.",
      "strict": true,
      "parameters": {
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
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_bookings_list",
      "description": "Lists bookings of the user and their teams.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "status": {
            "type": [
              "array",
              "null"
            ],
            "description": "Only bookings in these states; `unconfirmed` awaits the host.",
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
            "description": "Only bookings with this attendee email."
          },
          "attendeeName": {
            "type": [
              "string",
              "null"
            ],
            "description": "Only bookings with this attendee name."
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
            "description": "Only bookings starting after this ISO 8601 instant in UTC."
          },
          "beforeEnd": {
            "type": [
              "string",
              "null"
            ],
            "description": "Only bookings ending before this ISO 8601 instant in UTC."
          },
          "sortStart": {
            "type": [
              "string",
              "null"
            ],
            "description": "Sort by start time.",
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
            "description": "Page size."
          },
          "skip": {
            "type": [
              "number",
              "null"
            ],
            "description": "How many to skip."
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
      "description": "Records who missed a past booking. Fires BOOKING_NO_SHOW_UPDATED.",
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
            "description": "Attendees by email; `absent: true` is a no-show.",
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
      "description": "Moves a booking to a new start time; the moved booking gets a new uid. Not idempotent. Fires BOOKING_RESCHEDULED.",
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
            "description": "ISO 8601 instant in UTC, e.g. `2026-12-02T15:00:00Z`."
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
            "description": "Why; shown in the emails."
          },
          "emailVerificationCode": {
            "type": [
              "string",
              "null"
            ],
            "description": "Code emailed to the attendee, if required."
          },
          "seatUid": {
            "type": [
              "string",
              "null"
            ],
            "description": "Seat to move: the booking's `attendees[].seatUid`."
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
      "description": "Returns busy intervals of connected calendars between two dates.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "timeZone": {
            "type": [
              "string",
              "null"
            ],
            "description": "IANA time zone of the dates."
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
            "description": "Calendars to read: `credentialId` and `externalId` from calendars.list, both required.",
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
      "description": "Returns the consent link (`authUrl`) to connect a calendar.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "calendar": {
            "type": "string",
            "description": "Provider to connect.",
            "enum": [
              "office365",
              "google"
            ]
          },
          "redir": {
            "type": [
              "string",
              "null"
            ],
            "description": "URL the browser returns to after consent."
          }
        },
        "required": [
          "calendar",
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
      "description": "Removes a calendar connection (`id` = `credentialId` from calendars.list). Destructive. Not idempotent.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "calendar": {
            "type": "string",
            "description": "Provider of the connection.",
            "enum": [
              "apple",
              "google",
              "office365"
            ]
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
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_calendars_list",
      "description": "Lists connected calendars by connection, with `credentialId` and each `externalId`.",
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
      "description": "Creates a personal event type with a public booking page at `/<username>/<slug>`. Not idempotent.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "lengthInMinutes": {
            "type": "number",
            "description": "Meeting length in minutes."
          },
          "lengthInMinutesOptions": {
            "type": [
              "array",
              "null"
            ],
            "description": "Lengths in minutes to pick from; must include `lengthInMinutes`.",
            "items": {
              "type": "string"
            }
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
            "description": "`true` stops bookers adding guests."
          },
          "slotInterval": {
            "type": [
              "number",
              "null"
            ],
            "description": "Minutes between offered start times."
          },
          "minimumBookingNotice": {
            "type": [
              "number",
              "null"
            ],
            "description": "Minutes of notice a booking needs."
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
            "description": "Availability schedule id, from schedules.list."
          },
          "hidden": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "`true`: unlisted on the profile page, still bookable."
          },
          "locations": {
            "type": [
              "array",
              "null"
            ],
            "description": "Where meetings happen; the booker picks one.",
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
            "description": "Event type to delete, from eventTypes.list."
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
      "description": "Returns an event type by id with its settings.",
      "strict": true,
      "parameters": {
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
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_event_types_list",
      "description": "Lists the user's event types, or a user's public ones by `username`.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "username": {
            "type": [
              "string",
              "null"
            ],
            "description": "Returns this user's event types."
          },
          "eventSlug": {
            "type": [
              "string",
              "null"
            ],
            "description": "One event type's slug; needs `username`."
          },
          "usernames": {
            "type": [
              "string",
              "null"
            ],
            "description": "Comma-separated usernames; returns their joint (dynamic) event type."
          },
          "orgSlug": {
            "type": [
              "string",
              "null"
            ],
            "description": "Organization slug of the user."
          },
          "orgId": {
            "type": [
              "number",
              "null"
            ],
            "description": "Organization id of the user."
          },
          "sortCreatedAt": {
            "type": [
              "string",
              "null"
            ],
            "description": "Order by creation time.",
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
            "description": "Event type to change, from eventTypes.list."
          },
          "lengthInMinutes": {
            "type": [
              "number",
              "null"
            ],
            "description": "Meeting length in minutes."
          },
          "lengthInMinutesOptions": {
            "type": [
              "array",
              "null"
            ],
            "description": "Lengths in minutes to pick from; must include `lengthInMinutes`.",
            "items": {
              "type": "string"
            }
          },
          "title": {
            "type": [
              "string",
              "null"
            ],
            "description": "Name shown to bookers."
          },
          "slug": {
            "type": [
              "string",
              "null"
            ],
            "description": "Booking page URL segment; old links break."
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
            "description": "`true` stops bookers adding guests."
          },
          "slotInterval": {
            "type": [
              "number",
              "null"
            ],
            "description": "Minutes between offered start times."
          },
          "minimumBookingNotice": {
            "type": [
              "number",
              "null"
            ],
            "description": "Minutes of notice a booking needs."
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
            "description": "Availability schedule id, from schedules.list."
          },
          "hidden": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "`true`: unlisted on the profile page, still bookable."
          },
          "locations": {
            "type": [
              "array",
              "null"
            ],
            "description": "All locations, replacing the current ones.",
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
      "description": "Returns the caller's account: id, username, email, time zone, clock, default schedule.",
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
      "description": "Changes the caller's own account; only fields sent change.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "email": {
            "type": [
              "string",
              "null"
            ],
            "description": "New account email."
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
            "description": "Clock: `12` or `24` hours.",
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
            "description": "Schedule id from schedules.list."
          },
          "weekStart": {
            "type": [
              "string",
              "null"
            ],
            "description": "First day of the week.",
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
            "description": "IANA time zone."
          },
          "locale": {
            "type": [
              "string",
              "null"
            ],
            "description": "Locale of the app and emails, e.g. `pt-BR`."
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
            "description": "Profile page text."
          },
          "metadata": {
            "type": [
              "string",
              "null"
            ],
            "description": "Your own data, up to 50 keys. Pass a JSON object encoded as a string."
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
      "description": "Creates a user in the organization. Not idempotent. Needs role: organization owner or admin.",
      "strict": true,
      "parameters": {
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
            "type": [
              "string",
              "null"
            ],
            "description": "Username in the organization."
          },
          "timeZone": {
            "type": [
              "string",
              "null"
            ],
            "description": "IANA time zone."
          },
          "timeFormat": {
            "type": [
              "number",
              "null"
            ],
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
            "type": [
              "string",
              "null"
            ],
            "description": "`MEMBER` when omitted; `ADMIN` manages members and teams; `OWNER` has full control.",
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
            "description": "`false`: pending until they accept (default `true`)."
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
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_org_users_list",
      "description": "Lists an organization's users.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "orgId": {
            "type": "number",
            "description": "`organizationId` from me.get."
          },
          "take": {
            "type": [
              "number",
              "null"
            ],
            "description": "Page size.",
            "minimum": 1,
            "maximum": 1000
          },
          "skip": {
            "type": [
              "number",
              "null"
            ],
            "description": "How many to skip.",
            "minimum": 0
          },
          "emails": {
            "type": [
              "array",
              "null"
            ],
            "description": "Only users with these emails.",
            "items": {
              "type": "string"
            }
          },
          "teamIds": {
            "type": [
              "array",
              "null"
            ],
            "description": "Only members of these teams (ids from teams.list).",
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
            "description": "`organizationId` from me.get."
          },
          "userId": {
            "type": "number",
            "description": "Member to change, from orgUsers.list."
          },
          "email": {
            "type": [
              "string",
              "null"
            ],
            "description": "New email of the user."
          },
          "username": {
            "type": [
              "string",
              "null"
            ],
            "description": "Username in the organization."
          },
          "timeZone": {
            "type": [
              "string",
              "null"
            ],
            "description": "IANA time zone."
          },
          "timeFormat": {
            "type": [
              "number",
              "null"
            ],
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
            "type": [
              "string",
              "null"
            ],
            "description": "`ADMIN` manages members and teams; `OWNER` has full control.",
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
            "description": "`false`: pending until the user accepts."
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
      "description": "Creates an availability schedule. Not idempotent.",
      "strict": true,
      "parameters": {
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
            "type": [
              "array",
              "null"
            ],
            "description": "Weekly hours: days with a `HH:mm` start and end.",
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
              ],
              "additionalProperties": false
            }
          },
          "isDefault": {
            "type": "boolean",
            "description": "`true` makes it the user's default schedule."
          },
          "overrides": {
            "type": [
              "array",
              "null"
            ],
            "description": "Hours on `YYYY-MM-DD` dates, replacing the weekly hours.",
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
      "description": "Deletes one of the user's schedules. Destructive.",
      "strict": true,
      "parameters": {
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
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_schedules_get",
      "description": "Returns a schedule by id.",
      "strict": true,
      "parameters": {
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
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_schedules_list",
      "description": "Lists the user's availability schedules and which one is the default.",
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
            "description": "Schedule to change, from schedules.list."
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
            "description": "IANA time zone of the hours."
          },
          "availability": {
            "type": [
              "array",
              "null"
            ],
            "description": "All weekly hours (`HH:mm`), replacing the current ones.",
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
            "description": "All `YYYY-MM-DD` date overrides, replacing the current ones.",
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
      "description": "Returns bookable times of an event type between `start` and `end`, keyed by date.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "bookingUidToReschedule": {
            "type": [
              "string",
              "null"
            ],
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
            "type": [
              "string",
              "null"
            ],
            "description": "Team owning a team `eventTypeSlug`."
          },
          "username": {
            "type": [
              "string",
              "null"
            ],
            "description": "Owner of a personal `eventTypeSlug`."
          },
          "eventTypeSlug": {
            "type": [
              "string",
              "null"
            ],
            "description": "Instead of `eventTypeId`: its slug, with `username` or `teamSlug`."
          },
          "eventTypeId": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Event type id, from eventTypes.list."
          },
          "format": {
            "type": [
              "string",
              "null"
            ],
            "description": "`range` adds each slot's `end` to its `start`.",
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
            "description": "Slot length in minutes, if several are offered.",
            "minimum": 1
          },
          "timeZone": {
            "type": [
              "string",
              "null"
            ],
            "description": "IANA time zone of the returned times."
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
      "description": "Holds a free slot for a few minutes; books nothing. Not idempotent.",
      "strict": true,
      "parameters": {
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
            "type": [
              "number",
              "null"
            ],
            "description": "Slot length in minutes, if several are offered."
          },
          "reservationDuration": {
            "type": [
              "number",
              "null"
            ],
            "description": "Minutes to hold it; 5 when omitted."
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
            "description": "Event type id, from eventTypes.list."
          },
          "slotStart": {
            "type": "string",
            "description": "Slot start from slots.list, an ISO 8601 instant in UTC."
          },
          "slotDuration": {
            "type": [
              "number",
              "null"
            ],
            "description": "Slot length in minutes, if several are offered."
          },
          "reservationDuration": {
            "type": [
              "number",
              "null"
            ],
            "description": "Minutes to hold it; 5 when omitted."
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
      "description": "Creates a team owned by the user. Not idempotent.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string",
            "description": "Team name."
          },
          "slug": {
            "type": [
              "string",
              "null"
            ],
            "description": "Team page URL segment; from `name` when omitted."
          },
          "bio": {
            "type": [
              "string",
              "null"
            ],
            "description": "Team page text."
          },
          "isPrivate": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "`true` shows the member list to admins and owners only."
          },
          "timeFormat": {
            "type": [
              "number",
              "null"
            ],
            "description": "Clock: `12` or `24` hours."
          },
          "timeZone": {
            "type": [
              "string",
              "null"
            ],
            "description": "IANA time zone; `Europe/London` when omitted."
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
            "description": "Team to delete, from teams.list."
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
      "description": "Returns a team by id. Needs role: team member.",
      "strict": true,
      "parameters": {
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
    }
  },
  {
    "type": "function",
    "function": {
      "name": "cal_teams_list",
      "description": "Lists the teams the user belongs to.",
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
            "description": "Team to change, from teams.list."
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
            "description": "New team page URL segment; old links break."
          },
          "bio": {
            "type": [
              "string",
              "null"
            ],
            "description": "Team page text."
          },
          "isPrivate": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "`true` shows the member list to admins and owners only."
          },
          "timeFormat": {
            "type": [
              "number",
              "null"
            ],
            "description": "Clock: `12` or `24` hours."
          },
          "timeZone": {
            "type": [
              "string",
              "null"
            ],
            "description": "IANA time zone."
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
      "description": "Subscribes `subscriberUrl` to Cal.com events (`triggers`). Not idempotent.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "payloadTemplate": {
            "type": [
              "string",
              "null"
            ],
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
            "description": "Trigger names, e.g. `BOOKING_CREATED`.",
            "items": {
              "type": "string"
            }
          },
          "secret": {
            "type": [
              "string",
              "null"
            ],
            "description": "Key that signs deliveries (`X-Cal-Signature-256`)."
          }
        },
        "required": [
          "payloadTemplate",
          "active",
          "subscriberUrl",
          "triggers",
          "secret"
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
            "description": "Subscription to delete, from webhooks.list."
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
      "description": "Lists the user's webhook subscriptions.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "take": {
            "type": [
              "number",
              "null"
            ],
            "description": "Page size. 250 when omitted.",
            "minimum": 1,
            "maximum": 250
          },
          "skip": {
            "type": [
              "number",
              "null"
            ],
            "description": "How many to skip.",
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
      "description": "Changes a webhook subscription.",
      "strict": true,
      "parameters": {
        "type": "object",
        "properties": {
          "webhookId": {
            "type": "string",
            "description": "Subscription to change, from webhooks.list."
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
            "description": "`false` pauses deliveries."
          },
          "subscriberUrl": {
            "type": [
              "string",
              "null"
            ],
            "description": "HTTPS URL that receives the deliveries."
          },
          "triggers": {
            "type": [
              "array",
              "null"
            ],
            "description": "All trigger names, replacing the current ones.",
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
          }
        },
        "required": [
          "webhookId",
          "payloadTemplate",
          "active",
          "subscriberUrl",
          "triggers",
          "secret"
        ],
        "additionalProperties": false
      }
    }
  }
];

export default tools;
