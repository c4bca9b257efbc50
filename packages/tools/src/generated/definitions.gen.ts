// Generated from spec/openapi.yaml by @calkit/generator; do not edit. Run `pnpm generate`.

import type { ToolDefinition } from "../types.js";

/** Every tool name, one per operation. */
export type ToolName =
  | "cal_bookings_cancel"
  | "cal_bookings_confirm"
  | "cal_bookings_create"
  | "cal_bookings_decline"
  | "cal_bookings_get"
  | "cal_bookings_list"
  | "cal_bookings_mark_absent"
  | "cal_bookings_reschedule"
  | "cal_calendars_busy_times"
  | "cal_calendars_connect"
  | "cal_calendars_disconnect"
  | "cal_calendars_list"
  | "cal_event_types_create"
  | "cal_event_types_delete"
  | "cal_event_types_get"
  | "cal_event_types_list"
  | "cal_event_types_update"
  | "cal_me_get"
  | "cal_me_update"
  | "cal_org_users_create"
  | "cal_org_users_delete"
  | "cal_org_users_list"
  | "cal_org_users_update"
  | "cal_schedules_create"
  | "cal_schedules_delete"
  | "cal_schedules_get"
  | "cal_schedules_list"
  | "cal_schedules_update"
  | "cal_slots_delete_reservation"
  | "cal_slots_list"
  | "cal_slots_reserve"
  | "cal_slots_update_reservation"
  | "cal_teams_create"
  | "cal_teams_delete"
  | "cal_teams_get"
  | "cal_teams_list"
  | "cal_teams_update"
  | "cal_webhooks_create"
  | "cal_webhooks_delete"
  | "cal_webhooks_list"
  | "cal_webhooks_update";

/** The neutral definition of every tool, sorted by operation id. */
export const toolDefinitions: readonly ToolDefinition[] = [
  {
    "name": "cal_bookings_cancel",
    "operationId": "bookings.cancel",
    "title": "Cancel a booking",
    "description": "Cancels a booking, frees its slot and emails everyone. Destructive. Not idempotent. Fires BOOKING_CANCELLED.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "anyOf": [
            {
              "type": "object",
              "properties": {
                "id": {
                  "type": "number"
                },
                "uid": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "description": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "hosts": {
                  "type": "array",
                  "items": {
                    "type": "object"
                  }
                },
                "status": {
                  "type": "string"
                },
                "cancellationReason": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "cancelledByEmail": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "reschedulingReason": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "rescheduledByEmail": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "rescheduledFromUid": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "rescheduledToUid": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "start": {
                  "type": "string"
                },
                "end": {
                  "type": "string"
                },
                "duration": {
                  "type": "number"
                },
                "eventType": {
                  "type": [
                    "object",
                    "null"
                  ],
                  "properties": {
                    "id": {
                      "type": "number"
                    },
                    "slug": {
                      "type": "string"
                    }
                  }
                },
                "location": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "absentHost": {
                  "type": "boolean"
                },
                "createdAt": {
                  "type": "string"
                },
                "updatedAt": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "metadata": {
                  "type": [
                    "object",
                    "null"
                  ]
                },
                "rating": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "icsUid": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "attendees": {
                  "type": "array",
                  "items": {
                    "type": "object"
                  }
                },
                "guests": {
                  "type": [
                    "array",
                    "null"
                  ],
                  "items": {
                    "type": "string"
                  }
                },
                "bookingFieldsResponses": {
                  "type": "object"
                },
                "recurringBookingUid": {
                  "type": "string"
                }
              }
            },
            {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "number"
                  },
                  "uid": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "hosts": {
                    "type": "array"
                  },
                  "status": {
                    "type": "string"
                  },
                  "cancellationReason": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "cancelledByEmail": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "reschedulingReason": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "rescheduledByEmail": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "rescheduledFromUid": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "rescheduledToUid": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "start": {
                    "type": "string"
                  },
                  "end": {
                    "type": "string"
                  },
                  "duration": {
                    "type": "number"
                  },
                  "eventType": {},
                  "location": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "absentHost": {
                    "type": "boolean"
                  },
                  "createdAt": {
                    "type": "string"
                  },
                  "updatedAt": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "metadata": {
                    "type": [
                      "object",
                      "null"
                    ]
                  },
                  "rating": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "icsUid": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "attendees": {
                    "type": "array"
                  },
                  "guests": {
                    "type": [
                      "array",
                      "null"
                    ]
                  },
                  "bookingFieldsResponses": {
                    "type": "object"
                  },
                  "recurringBookingUid": {
                    "type": "string"
                  }
                }
              }
            }
          ]
        }
      }
    },
    "annotations": {
      "title": "Cancel a booking",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": false,
      "openWorldHint": true
    },
    "resource": "bookings",
    "access": "write",
    "scope": "BOOKING_WRITE",
    "auth": "optional",
    "arguments": {
      "path": [
        "bookingUid"
      ],
      "query": [],
      "body": [
        "cancellationReason",
        "cancelSubsequentBookings",
        "seatUid"
      ]
    }
  },
  {
    "name": "cal_bookings_confirm",
    "operationId": "bookings.confirm",
    "title": "Confirm a pending booking",
    "description": "Accepts a booking awaiting the host's confirmation; the attendee is notified. Not idempotent. Fires BOOKING_CREATED.",
    "inputSchema": {
      "type": "object",
      "properties": {
        "bookingUid": {
          "type": "string",
          "description": "The uid of the pending booking."
        }
      },
      "required": [
        "bookingUid"
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "anyOf": [
            {
              "type": "object",
              "properties": {
                "id": {
                  "type": "number"
                },
                "uid": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "description": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "hosts": {
                  "type": "array",
                  "items": {
                    "type": "object"
                  }
                },
                "status": {
                  "type": "string"
                },
                "cancellationReason": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "cancelledByEmail": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "reschedulingReason": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "rescheduledByEmail": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "rescheduledFromUid": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "rescheduledToUid": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "start": {
                  "type": "string"
                },
                "end": {
                  "type": "string"
                },
                "duration": {
                  "type": "number"
                },
                "eventType": {
                  "type": [
                    "object",
                    "null"
                  ],
                  "properties": {
                    "id": {
                      "type": "number"
                    },
                    "slug": {
                      "type": "string"
                    }
                  }
                },
                "location": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "absentHost": {
                  "type": "boolean"
                },
                "createdAt": {
                  "type": "string"
                },
                "updatedAt": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "metadata": {
                  "type": [
                    "object",
                    "null"
                  ]
                },
                "rating": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "icsUid": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "attendees": {
                  "type": "array",
                  "items": {
                    "type": "object"
                  }
                },
                "guests": {
                  "type": [
                    "array",
                    "null"
                  ],
                  "items": {
                    "type": "string"
                  }
                },
                "bookingFieldsResponses": {
                  "type": "object"
                },
                "recurringBookingUid": {
                  "type": "string"
                }
              }
            },
            {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "number"
                  },
                  "uid": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "hosts": {
                    "type": "array"
                  },
                  "status": {
                    "type": "string"
                  },
                  "cancellationReason": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "cancelledByEmail": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "reschedulingReason": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "rescheduledByEmail": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "rescheduledFromUid": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "rescheduledToUid": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "start": {
                    "type": "string"
                  },
                  "end": {
                    "type": "string"
                  },
                  "duration": {
                    "type": "number"
                  },
                  "eventType": {},
                  "location": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "absentHost": {
                    "type": "boolean"
                  },
                  "createdAt": {
                    "type": "string"
                  },
                  "updatedAt": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "metadata": {
                    "type": [
                      "object",
                      "null"
                    ]
                  },
                  "rating": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "icsUid": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "attendees": {
                    "type": "array"
                  },
                  "guests": {
                    "type": [
                      "array",
                      "null"
                    ]
                  },
                  "bookingFieldsResponses": {
                    "type": "object"
                  },
                  "recurringBookingUid": {
                    "type": "string"
                  }
                }
              }
            }
          ]
        }
      }
    },
    "annotations": {
      "title": "Confirm a pending booking",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": true
    },
    "resource": "bookings",
    "access": "write",
    "scope": "BOOKING_WRITE",
    "auth": "required",
    "arguments": {
      "path": [
        "bookingUid"
      ],
      "query": [],
      "body": []
    }
  },
  {
    "name": "cal_bookings_create",
    "operationId": "bookings.create",
    "title": "Book a meeting",
    "description": "Creates a booking on an event type for one attendee at a given start time. Not idempotent. Fires BOOKING_CREATED or BOOKING_REQUESTED.",
    "inputSchema": {
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
          "type": "object",
          "description": "Answers to the event type's `bookingFields`, by slug."
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
          "type": "object",
          "description": "Your own data, up to 50 keys."
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "anyOf": [
            {
              "type": "object",
              "properties": {
                "id": {
                  "type": "number"
                },
                "uid": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "description": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "hosts": {
                  "type": "array",
                  "items": {
                    "type": "object"
                  }
                },
                "status": {
                  "type": "string"
                },
                "cancellationReason": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "cancelledByEmail": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "reschedulingReason": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "rescheduledByEmail": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "rescheduledFromUid": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "rescheduledToUid": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "start": {
                  "type": "string"
                },
                "end": {
                  "type": "string"
                },
                "duration": {
                  "type": "number"
                },
                "eventType": {
                  "type": [
                    "object",
                    "null"
                  ],
                  "properties": {
                    "id": {
                      "type": "number"
                    },
                    "slug": {
                      "type": "string"
                    }
                  }
                },
                "location": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "absentHost": {
                  "type": "boolean"
                },
                "createdAt": {
                  "type": "string"
                },
                "updatedAt": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "metadata": {
                  "type": [
                    "object",
                    "null"
                  ]
                },
                "rating": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "icsUid": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "attendees": {
                  "type": "array",
                  "items": {
                    "type": "object"
                  }
                },
                "guests": {
                  "type": [
                    "array",
                    "null"
                  ],
                  "items": {
                    "type": "string"
                  }
                },
                "bookingFieldsResponses": {
                  "type": "object"
                },
                "seatUid": {
                  "type": "string"
                }
              }
            },
            {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "number"
                  },
                  "uid": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "hosts": {
                    "type": "array"
                  },
                  "status": {
                    "type": "string"
                  },
                  "cancellationReason": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "cancelledByEmail": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "reschedulingReason": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "rescheduledByEmail": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "rescheduledFromUid": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "rescheduledToUid": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "start": {
                    "type": "string"
                  },
                  "end": {
                    "type": "string"
                  },
                  "duration": {
                    "type": "number"
                  },
                  "eventType": {},
                  "location": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "absentHost": {
                    "type": "boolean"
                  },
                  "createdAt": {
                    "type": "string"
                  },
                  "updatedAt": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "metadata": {
                    "type": [
                      "object",
                      "null"
                    ]
                  },
                  "rating": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "icsUid": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "attendees": {
                    "type": "array"
                  },
                  "guests": {
                    "type": [
                      "array",
                      "null"
                    ]
                  },
                  "bookingFieldsResponses": {
                    "type": "object"
                  },
                  "recurringBookingUid": {
                    "type": "string"
                  },
                  "seatUid": {
                    "type": "string"
                  }
                }
              }
            }
          ]
        }
      }
    },
    "annotations": {
      "title": "Book a meeting",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": true
    },
    "resource": "bookings",
    "access": "write",
    "scope": "BOOKING_WRITE",
    "auth": "optional",
    "arguments": {
      "path": [],
      "query": [],
      "body": [
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
      ]
    }
  },
  {
    "name": "cal_bookings_decline",
    "operationId": "bookings.decline",
    "title": "Decline a pending booking",
    "description": "Rejects a booking awaiting the host's confirmation; the slot is freed and the attendee told. Destructive. Not idempotent. Fires BOOKING_REJECTED.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "anyOf": [
            {
              "type": "object",
              "properties": {
                "id": {
                  "type": "number"
                },
                "uid": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "description": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "hosts": {
                  "type": "array",
                  "items": {
                    "type": "object"
                  }
                },
                "status": {
                  "type": "string"
                },
                "cancellationReason": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "cancelledByEmail": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "reschedulingReason": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "rescheduledByEmail": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "rescheduledFromUid": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "rescheduledToUid": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "start": {
                  "type": "string"
                },
                "end": {
                  "type": "string"
                },
                "duration": {
                  "type": "number"
                },
                "eventType": {
                  "type": [
                    "object",
                    "null"
                  ],
                  "properties": {
                    "id": {
                      "type": "number"
                    },
                    "slug": {
                      "type": "string"
                    }
                  }
                },
                "location": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "absentHost": {
                  "type": "boolean"
                },
                "createdAt": {
                  "type": "string"
                },
                "updatedAt": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "metadata": {
                  "type": [
                    "object",
                    "null"
                  ]
                },
                "rating": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "icsUid": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "attendees": {
                  "type": "array",
                  "items": {
                    "type": "object"
                  }
                },
                "guests": {
                  "type": [
                    "array",
                    "null"
                  ],
                  "items": {
                    "type": "string"
                  }
                },
                "bookingFieldsResponses": {
                  "type": "object"
                },
                "recurringBookingUid": {
                  "type": "string"
                }
              }
            },
            {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "number"
                  },
                  "uid": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "hosts": {
                    "type": "array"
                  },
                  "status": {
                    "type": "string"
                  },
                  "cancellationReason": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "cancelledByEmail": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "reschedulingReason": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "rescheduledByEmail": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "rescheduledFromUid": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "rescheduledToUid": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "start": {
                    "type": "string"
                  },
                  "end": {
                    "type": "string"
                  },
                  "duration": {
                    "type": "number"
                  },
                  "eventType": {},
                  "location": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "absentHost": {
                    "type": "boolean"
                  },
                  "createdAt": {
                    "type": "string"
                  },
                  "updatedAt": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "metadata": {
                    "type": [
                      "object",
                      "null"
                    ]
                  },
                  "rating": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "icsUid": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "attendees": {
                    "type": "array"
                  },
                  "guests": {
                    "type": [
                      "array",
                      "null"
                    ]
                  },
                  "bookingFieldsResponses": {
                    "type": "object"
                  },
                  "recurringBookingUid": {
                    "type": "string"
                  }
                }
              }
            }
          ]
        }
      }
    },
    "annotations": {
      "title": "Decline a pending booking",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": false,
      "openWorldHint": true
    },
    "resource": "bookings",
    "access": "write",
    "scope": "BOOKING_WRITE",
    "auth": "required",
    "arguments": {
      "path": [
        "bookingUid"
      ],
      "query": [],
      "body": [
        "reason"
      ]
    }
  },
  {
    "name": "cal_bookings_get",
    "operationId": "bookings.get",
    "title": "Get a booking",
    "description": "Returns one booking by uid.",
    "inputSchema": {
      "type": "object",
      "properties": {
        "bookingUid": {
          "type": "string",
          "description": "The booking's uid (a string), not its numeric id."
        }
      },
      "required": [
        "bookingUid"
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "anyOf": [
            {
              "type": "object",
              "properties": {
                "id": {
                  "type": "number"
                },
                "uid": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "description": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "hosts": {
                  "type": "array",
                  "items": {
                    "type": "object"
                  }
                },
                "status": {
                  "type": "string"
                },
                "cancellationReason": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "cancelledByEmail": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "reschedulingReason": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "rescheduledByEmail": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "rescheduledFromUid": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "rescheduledToUid": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "start": {
                  "type": "string"
                },
                "end": {
                  "type": "string"
                },
                "duration": {
                  "type": "number"
                },
                "eventType": {
                  "type": [
                    "object",
                    "null"
                  ],
                  "properties": {
                    "id": {
                      "type": "number"
                    },
                    "slug": {
                      "type": "string"
                    }
                  }
                },
                "location": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "absentHost": {
                  "type": "boolean"
                },
                "createdAt": {
                  "type": "string"
                },
                "updatedAt": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "metadata": {
                  "type": [
                    "object",
                    "null"
                  ]
                },
                "rating": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "icsUid": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "attendees": {
                  "type": "array",
                  "items": {
                    "type": "object"
                  }
                },
                "guests": {
                  "type": [
                    "array",
                    "null"
                  ],
                  "items": {
                    "type": "string"
                  }
                },
                "bookingFieldsResponses": {
                  "type": "object"
                },
                "recurringBookingUid": {
                  "type": "string"
                }
              }
            },
            {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "number"
                  },
                  "uid": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "description": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "hosts": {
                    "type": "array"
                  },
                  "status": {
                    "type": "string"
                  },
                  "cancellationReason": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "cancelledByEmail": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "reschedulingReason": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "rescheduledByEmail": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "rescheduledFromUid": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "rescheduledToUid": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "start": {
                    "type": "string"
                  },
                  "end": {
                    "type": "string"
                  },
                  "duration": {
                    "type": "number"
                  },
                  "eventType": {},
                  "location": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "absentHost": {
                    "type": "boolean"
                  },
                  "createdAt": {
                    "type": "string"
                  },
                  "updatedAt": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "metadata": {
                    "type": [
                      "object",
                      "null"
                    ]
                  },
                  "rating": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "icsUid": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "attendees": {
                    "type": "array"
                  },
                  "guests": {
                    "type": [
                      "array",
                      "null"
                    ]
                  },
                  "bookingFieldsResponses": {
                    "type": "object"
                  },
                  "recurringBookingUid": {
                    "type": "string"
                  }
                }
              }
            }
          ]
        }
      }
    },
    "annotations": {
      "title": "Get a booking",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "bookings",
    "access": "read",
    "scope": "BOOKING_READ",
    "auth": "optional",
    "arguments": {
      "path": [
        "bookingUid"
      ],
      "query": [],
      "body": []
    }
  },
  {
    "name": "cal_bookings_list",
    "operationId": "bookings.list",
    "title": "List bookings",
    "description": "Lists bookings of the user and their teams.",
    "inputSchema": {
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
      }
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "id": {
                "type": "number"
              },
              "uid": {
                "type": "string"
              },
              "title": {
                "type": "string"
              },
              "description": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "hosts": {
                "type": "array"
              },
              "status": {
                "type": "string"
              },
              "cancellationReason": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "cancelledByEmail": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "reschedulingReason": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "rescheduledByEmail": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "rescheduledFromUid": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "rescheduledToUid": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "start": {
                "type": "string"
              },
              "end": {
                "type": "string"
              },
              "duration": {
                "type": "number"
              },
              "eventType": {},
              "location": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "absentHost": {
                "type": "boolean"
              },
              "createdAt": {
                "type": "string"
              },
              "updatedAt": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "metadata": {
                "type": [
                  "object",
                  "null"
                ]
              },
              "rating": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "icsUid": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "attendees": {
                "type": "array"
              },
              "guests": {
                "type": [
                  "array",
                  "null"
                ]
              },
              "bookingFieldsResponses": {
                "type": "object"
              },
              "recurringBookingUid": {
                "type": "string"
              }
            }
          }
        },
        "pagination": {
          "type": "object",
          "properties": {
            "totalItems": {
              "type": "number",
              "minimum": 0
            },
            "remainingItems": {
              "type": "number",
              "minimum": 0
            },
            "returnedItems": {
              "type": "number"
            },
            "itemsPerPage": {
              "type": "number",
              "minimum": 1
            },
            "currentPage": {
              "type": "number",
              "minimum": 1
            },
            "totalPages": {
              "type": "number",
              "minimum": 0
            },
            "hasNextPage": {
              "type": "boolean"
            },
            "hasPreviousPage": {
              "type": "boolean"
            },
            "nextCursor": {
              "type": [
                "string",
                "null"
              ]
            },
            "hasMore": {
              "type": "boolean"
            }
          }
        }
      }
    },
    "annotations": {
      "title": "List bookings",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "bookings",
    "access": "read",
    "scope": "BOOKING_READ",
    "auth": "required",
    "arguments": {
      "path": [],
      "query": [
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
      "body": []
    }
  },
  {
    "name": "cal_bookings_mark_absent",
    "operationId": "bookings.markAbsent",
    "title": "Record no-shows",
    "description": "Records who missed a past booking. Fires BOOKING_NO_SHOW_UPDATED.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "id": {
              "type": "number"
            },
            "uid": {
              "type": "string"
            },
            "title": {
              "type": "string"
            },
            "description": {
              "type": [
                "string",
                "null"
              ]
            },
            "hosts": {
              "type": "array",
              "items": {
                "type": "object"
              }
            },
            "status": {
              "type": "string"
            },
            "cancellationReason": {
              "type": [
                "string",
                "null"
              ]
            },
            "cancelledByEmail": {
              "type": [
                "string",
                "null"
              ]
            },
            "reschedulingReason": {
              "type": [
                "string",
                "null"
              ]
            },
            "rescheduledByEmail": {
              "type": [
                "string",
                "null"
              ]
            },
            "rescheduledFromUid": {
              "type": [
                "string",
                "null"
              ]
            },
            "rescheduledToUid": {
              "type": [
                "string",
                "null"
              ]
            },
            "start": {
              "type": "string"
            },
            "end": {
              "type": "string"
            },
            "duration": {
              "type": "number"
            },
            "eventType": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "id": {
                  "type": "number"
                },
                "slug": {
                  "type": "string"
                }
              }
            },
            "location": {
              "type": [
                "string",
                "null"
              ]
            },
            "absentHost": {
              "type": "boolean"
            },
            "createdAt": {
              "type": "string"
            },
            "updatedAt": {
              "type": [
                "string",
                "null"
              ]
            },
            "metadata": {
              "type": [
                "object",
                "null"
              ]
            },
            "rating": {
              "type": [
                "number",
                "null"
              ]
            },
            "icsUid": {
              "type": [
                "string",
                "null"
              ]
            },
            "attendees": {
              "type": "array",
              "items": {
                "type": "object"
              }
            },
            "guests": {
              "type": [
                "array",
                "null"
              ],
              "items": {
                "type": "string"
              }
            },
            "bookingFieldsResponses": {
              "type": "object"
            },
            "recurringBookingUid": {
              "type": "string"
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Record no-shows",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "bookings",
    "access": "write",
    "scope": "BOOKING_WRITE",
    "auth": "required",
    "arguments": {
      "path": [
        "bookingUid"
      ],
      "query": [],
      "body": [
        "host",
        "attendees"
      ]
    }
  },
  {
    "name": "cal_bookings_reschedule",
    "operationId": "bookings.reschedule",
    "title": "Reschedule a booking",
    "description": "Moves a booking to a new start time; the moved booking gets a new uid. Not idempotent. Fires BOOKING_RESCHEDULED.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "id": {
              "type": "number"
            },
            "uid": {
              "type": "string"
            },
            "title": {
              "type": "string"
            },
            "description": {
              "type": [
                "string",
                "null"
              ]
            },
            "hosts": {
              "type": "array",
              "items": {
                "type": "object"
              }
            },
            "status": {
              "type": "string"
            },
            "cancellationReason": {
              "type": [
                "string",
                "null"
              ]
            },
            "cancelledByEmail": {
              "type": [
                "string",
                "null"
              ]
            },
            "reschedulingReason": {
              "type": [
                "string",
                "null"
              ]
            },
            "rescheduledByEmail": {
              "type": [
                "string",
                "null"
              ]
            },
            "rescheduledFromUid": {
              "type": [
                "string",
                "null"
              ]
            },
            "rescheduledToUid": {
              "type": [
                "string",
                "null"
              ]
            },
            "start": {
              "type": "string"
            },
            "end": {
              "type": "string"
            },
            "duration": {
              "type": "number"
            },
            "eventType": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "id": {
                  "type": "number"
                },
                "slug": {
                  "type": "string"
                }
              }
            },
            "location": {
              "type": [
                "string",
                "null"
              ]
            },
            "absentHost": {
              "type": "boolean"
            },
            "createdAt": {
              "type": "string"
            },
            "updatedAt": {
              "type": [
                "string",
                "null"
              ]
            },
            "metadata": {
              "type": [
                "object",
                "null"
              ]
            },
            "rating": {
              "type": [
                "number",
                "null"
              ]
            },
            "icsUid": {
              "type": [
                "string",
                "null"
              ]
            },
            "attendees": {
              "type": "array",
              "items": {
                "type": "object"
              }
            },
            "guests": {
              "type": [
                "array",
                "null"
              ],
              "items": {
                "type": "string"
              }
            },
            "bookingFieldsResponses": {
              "type": "object"
            },
            "recurringBookingUid": {
              "type": "string"
            },
            "seatUid": {
              "type": "string"
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Reschedule a booking",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": true
    },
    "resource": "bookings",
    "access": "write",
    "scope": "BOOKING_WRITE",
    "auth": "optional",
    "arguments": {
      "path": [
        "bookingUid"
      ],
      "query": [],
      "body": [
        "start",
        "rescheduledBy",
        "reschedulingReason",
        "emailVerificationCode",
        "seatUid"
      ]
    }
  },
  {
    "name": "cal_calendars_busy_times",
    "operationId": "calendars.busyTimes",
    "title": "Get calendar busy times",
    "description": "Returns busy intervals of connected calendars between two dates.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "start": {
                "type": "string"
              },
              "end": {
                "type": "string"
              },
              "source": {
                "type": [
                  "string",
                  "null"
                ]
              }
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Get calendar busy times",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "calendars",
    "access": "read",
    "scope": "APPS_READ",
    "auth": "required",
    "arguments": {
      "path": [],
      "query": [
        "timeZone",
        "dateFrom",
        "dateTo",
        "calendarsToLoad"
      ],
      "body": []
    }
  },
  {
    "name": "cal_calendars_connect",
    "operationId": "calendars.connect",
    "title": "Start connecting a calendar",
    "description": "Returns the consent link (`authUrl`) to connect a calendar.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "authUrl": {
              "type": "string",
              "format": "uri"
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Start connecting a calendar",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "calendars",
    "access": "read",
    "scope": "APPS_READ",
    "auth": "required",
    "arguments": {
      "path": [
        "calendar"
      ],
      "query": [
        "redir"
      ],
      "body": []
    }
  },
  {
    "name": "cal_calendars_disconnect",
    "operationId": "calendars.disconnect",
    "title": "Disconnect a calendar",
    "description": "Removes a calendar connection (`id` = `credentialId` from calendars.list). Destructive. Not idempotent.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "id": {
              "type": "number"
            },
            "type": {
              "type": "string"
            },
            "userId": {
              "type": [
                "number",
                "null"
              ]
            },
            "teamId": {
              "type": [
                "number",
                "null"
              ]
            },
            "appId": {
              "type": [
                "string",
                "null"
              ]
            },
            "invalid": {
              "type": [
                "boolean",
                "null"
              ]
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Disconnect a calendar",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": false,
      "openWorldHint": true
    },
    "resource": "calendars",
    "access": "write",
    "scope": "APPS_WRITE",
    "auth": "required",
    "arguments": {
      "path": [
        "calendar"
      ],
      "query": [],
      "body": [
        "id"
      ]
    }
  },
  {
    "name": "cal_calendars_list",
    "operationId": "calendars.list",
    "title": "List connected calendars",
    "description": "Lists connected calendars by connection, with `credentialId` and each `externalId`.",
    "inputSchema": {
      "type": "object",
      "properties": {}
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "connectedCalendars": {
              "type": "array",
              "items": {
                "type": "object"
              }
            },
            "destinationCalendar": {
              "type": "object",
              "properties": {
                "id": {
                  "type": "integer"
                },
                "integration": {
                  "type": "string"
                },
                "externalId": {
                  "type": "string"
                },
                "primaryEmail": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "userId": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "eventTypeId": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "credentialId": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "delegationCredentialId": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "name": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "primary": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "readOnly": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "email": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "integrationTitle": {
                  "type": [
                    "string",
                    "null"
                  ]
                }
              }
            }
          }
        }
      }
    },
    "annotations": {
      "title": "List connected calendars",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "calendars",
    "access": "read",
    "scope": "APPS_READ",
    "auth": "required",
    "arguments": {
      "path": [],
      "query": [],
      "body": []
    }
  },
  {
    "name": "cal_event_types_create",
    "operationId": "eventTypes.create",
    "title": "Create an event type",
    "description": "Creates a personal event type with a public booking page at `/<username>/<slug>`. Not idempotent.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "id": {
              "type": "number"
            },
            "lengthInMinutes": {
              "type": "number"
            },
            "lengthInMinutesOptions": {
              "type": [
                "array",
                "null"
              ],
              "items": {
                "type": "number"
              }
            },
            "title": {
              "type": "string"
            },
            "slug": {
              "type": "string"
            },
            "description": {
              "type": [
                "string",
                "null"
              ]
            },
            "locations": {
              "type": "array"
            },
            "bookingFields": {
              "type": "array"
            },
            "disableGuests": {
              "type": "boolean"
            },
            "slotInterval": {
              "type": [
                "number",
                "null"
              ]
            },
            "minimumBookingNotice": {
              "type": [
                "number",
                "null"
              ]
            },
            "beforeEventBuffer": {
              "type": [
                "number",
                "null"
              ]
            },
            "afterEventBuffer": {
              "type": [
                "number",
                "null"
              ]
            },
            "recurrence": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "interval": {
                  "type": "number"
                },
                "occurrences": {
                  "type": "number"
                },
                "frequency": {
                  "type": "string"
                }
              }
            },
            "metadata": {
              "type": "object"
            },
            "price": {
              "type": "number"
            },
            "currency": {
              "type": "string"
            },
            "lockTimeZoneToggleOnBookingPage": {
              "type": "boolean"
            },
            "seatsPerTimeSlot": {
              "type": [
                "number",
                "null"
              ]
            },
            "forwardParamsSuccessRedirect": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "successRedirectUrl": {
              "type": [
                "string",
                "null"
              ]
            },
            "isInstantEvent": {
              "type": "boolean"
            },
            "seatsShowAvailabilityCount": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "scheduleId": {
              "type": [
                "number",
                "null"
              ]
            },
            "bookingLimitsCount": {
              "type": [
                "object",
                "null"
              ]
            },
            "bookerActiveBookingsLimit": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "maximumActiveBookings": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "offerReschedule": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "disabled": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                }
              }
            },
            "onlyShowFirstAvailableSlot": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "bookingLimitsDuration": {
              "type": [
                "object",
                "null"
              ]
            },
            "bookingWindow": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "type": {
                  "type": "string"
                },
                "value": {
                  "type": "number"
                },
                "rolling": {
                  "type": "boolean"
                },
                "disabled": {
                  "type": "boolean"
                }
              }
            },
            "bookerLayouts": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "defaultLayout": {
                  "type": "string"
                },
                "enabledLayouts": {
                  "type": "array"
                }
              }
            },
            "confirmationPolicy": {
              "type": [
                "object",
                "null"
              ]
            },
            "requiresBookerEmailVerification": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "hideCalendarNotes": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "color": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "lightThemeHex": {
                  "type": "string"
                },
                "darkThemeHex": {
                  "type": "string"
                }
              }
            },
            "seats": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "seatsPerTimeSlot": {
                  "type": "number"
                },
                "showAttendeeInfo": {
                  "type": "boolean"
                },
                "showAvailabilityCount": {
                  "type": "boolean"
                },
                "disabled": {
                  "type": "boolean"
                }
              }
            },
            "offsetStart": {
              "type": [
                "number",
                "null"
              ]
            },
            "customName": {
              "type": [
                "string",
                "null"
              ]
            },
            "destinationCalendar": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "integration": {
                  "type": "string"
                },
                "externalId": {
                  "type": "string"
                }
              }
            },
            "useDestinationCalendarEmail": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "hideCalendarEventDetails": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "hideOrganizerEmail": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "calVideoSettings": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "disableRecordingForOrganizer": {
                  "type": "boolean"
                },
                "disableRecordingForGuests": {
                  "type": "boolean"
                },
                "redirectUrlOnExit": {
                  "type": "object"
                },
                "enableAutomaticRecordingForOrganizer": {
                  "type": "boolean"
                },
                "enableAutomaticTranscription": {
                  "type": "boolean"
                },
                "disableTranscriptionForGuests": {
                  "type": "boolean"
                },
                "disableTranscriptionForOrganizer": {
                  "type": "boolean"
                },
                "sendTranscriptionEmails": {
                  "type": "boolean"
                }
              }
            },
            "hidden": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "bookingRequiresAuthentication": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "disableCancelling": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "disabled": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                }
              }
            },
            "disableRescheduling": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "disabled": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "minutesBefore": {
                  "type": [
                    "number",
                    "null"
                  ]
                }
              }
            },
            "interfaceLanguage": {
              "type": [
                "string",
                "null"
              ]
            },
            "allowReschedulingPastBookings": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "allowReschedulingCancelledBookings": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "showOptimizedSlots": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "ownerId": {
              "type": "number"
            },
            "users": {
              "type": "array",
              "items": {
                "type": "object"
              }
            },
            "bookingUrl": {
              "type": "string",
              "format": "uri"
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Create an event type",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": true
    },
    "resource": "eventTypes",
    "access": "write",
    "scope": "EVENT_TYPE_WRITE",
    "auth": "required",
    "arguments": {
      "path": [],
      "query": [],
      "body": [
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
      ]
    }
  },
  {
    "name": "cal_event_types_delete",
    "operationId": "eventTypes.delete",
    "title": "Delete an event type",
    "description": "Deletes an event type and takes its booking page offline. Destructive.",
    "inputSchema": {
      "type": "object",
      "properties": {
        "eventTypeId": {
          "type": "integer",
          "description": "Event type to delete, from eventTypes.list."
        }
      },
      "required": [
        "eventTypeId"
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "id": {
              "type": "number"
            },
            "lengthInMinutes": {
              "type": "number"
            },
            "title": {
              "type": "string"
            },
            "slug": {
              "type": "string"
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Delete an event type",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "eventTypes",
    "access": "write",
    "scope": "EVENT_TYPE_WRITE",
    "auth": "required",
    "arguments": {
      "path": [
        "eventTypeId"
      ],
      "query": [],
      "body": []
    }
  },
  {
    "name": "cal_event_types_get",
    "operationId": "eventTypes.get",
    "title": "Get an event type",
    "description": "Returns an event type by id with its settings.",
    "inputSchema": {
      "type": "object",
      "properties": {
        "eventTypeId": {
          "type": "integer",
          "description": "Event type id, from eventTypes.list."
        }
      },
      "required": [
        "eventTypeId"
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "id": {
              "type": "number"
            },
            "lengthInMinutes": {
              "type": "number"
            },
            "lengthInMinutesOptions": {
              "type": [
                "array",
                "null"
              ],
              "items": {
                "type": "number"
              }
            },
            "title": {
              "type": "string"
            },
            "slug": {
              "type": "string"
            },
            "description": {
              "type": [
                "string",
                "null"
              ]
            },
            "locations": {
              "type": "array"
            },
            "bookingFields": {
              "type": "array"
            },
            "disableGuests": {
              "type": "boolean"
            },
            "slotInterval": {
              "type": [
                "number",
                "null"
              ]
            },
            "minimumBookingNotice": {
              "type": [
                "number",
                "null"
              ]
            },
            "beforeEventBuffer": {
              "type": [
                "number",
                "null"
              ]
            },
            "afterEventBuffer": {
              "type": [
                "number",
                "null"
              ]
            },
            "recurrence": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "interval": {
                  "type": "number"
                },
                "occurrences": {
                  "type": "number"
                },
                "frequency": {
                  "type": "string"
                }
              }
            },
            "metadata": {
              "type": "object"
            },
            "price": {
              "type": "number"
            },
            "currency": {
              "type": "string"
            },
            "lockTimeZoneToggleOnBookingPage": {
              "type": "boolean"
            },
            "seatsPerTimeSlot": {
              "type": [
                "number",
                "null"
              ]
            },
            "forwardParamsSuccessRedirect": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "successRedirectUrl": {
              "type": [
                "string",
                "null"
              ]
            },
            "isInstantEvent": {
              "type": "boolean"
            },
            "seatsShowAvailabilityCount": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "scheduleId": {
              "type": [
                "number",
                "null"
              ]
            },
            "bookingLimitsCount": {
              "type": [
                "object",
                "null"
              ]
            },
            "bookerActiveBookingsLimit": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "maximumActiveBookings": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "offerReschedule": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "disabled": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                }
              }
            },
            "onlyShowFirstAvailableSlot": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "bookingLimitsDuration": {
              "type": [
                "object",
                "null"
              ]
            },
            "bookingWindow": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "type": {
                  "type": "string"
                },
                "value": {
                  "type": "number"
                },
                "rolling": {
                  "type": "boolean"
                },
                "disabled": {
                  "type": "boolean"
                }
              }
            },
            "bookerLayouts": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "defaultLayout": {
                  "type": "string"
                },
                "enabledLayouts": {
                  "type": "array"
                }
              }
            },
            "confirmationPolicy": {
              "type": [
                "object",
                "null"
              ]
            },
            "requiresBookerEmailVerification": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "hideCalendarNotes": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "color": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "lightThemeHex": {
                  "type": "string"
                },
                "darkThemeHex": {
                  "type": "string"
                }
              }
            },
            "seats": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "seatsPerTimeSlot": {
                  "type": "number"
                },
                "showAttendeeInfo": {
                  "type": "boolean"
                },
                "showAvailabilityCount": {
                  "type": "boolean"
                },
                "disabled": {
                  "type": "boolean"
                }
              }
            },
            "offsetStart": {
              "type": [
                "number",
                "null"
              ]
            },
            "customName": {
              "type": [
                "string",
                "null"
              ]
            },
            "destinationCalendar": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "integration": {
                  "type": "string"
                },
                "externalId": {
                  "type": "string"
                }
              }
            },
            "useDestinationCalendarEmail": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "hideCalendarEventDetails": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "hideOrganizerEmail": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "calVideoSettings": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "disableRecordingForOrganizer": {
                  "type": "boolean"
                },
                "disableRecordingForGuests": {
                  "type": "boolean"
                },
                "redirectUrlOnExit": {
                  "type": "object"
                },
                "enableAutomaticRecordingForOrganizer": {
                  "type": "boolean"
                },
                "enableAutomaticTranscription": {
                  "type": "boolean"
                },
                "disableTranscriptionForGuests": {
                  "type": "boolean"
                },
                "disableTranscriptionForOrganizer": {
                  "type": "boolean"
                },
                "sendTranscriptionEmails": {
                  "type": "boolean"
                }
              }
            },
            "hidden": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "bookingRequiresAuthentication": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "disableCancelling": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "disabled": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                }
              }
            },
            "disableRescheduling": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "disabled": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "minutesBefore": {
                  "type": [
                    "number",
                    "null"
                  ]
                }
              }
            },
            "interfaceLanguage": {
              "type": [
                "string",
                "null"
              ]
            },
            "allowReschedulingPastBookings": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "allowReschedulingCancelledBookings": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "showOptimizedSlots": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "ownerId": {
              "type": "number"
            },
            "users": {
              "type": "array",
              "items": {
                "type": "object"
              }
            },
            "bookingUrl": {
              "type": "string",
              "format": "uri"
            },
            "teamId": {
              "type": "number"
            },
            "parentEventTypeId": {
              "type": [
                "object",
                "null"
              ]
            },
            "hosts": {
              "type": "array",
              "items": {
                "type": "object"
              }
            },
            "assignAllTeamMembers": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "schedulingType": {
              "type": "string"
            },
            "team": {
              "type": "object",
              "properties": {
                "id": {
                  "type": "number"
                },
                "slug": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "bannerUrl": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "name": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "logoUrl": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "weekStart": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "brandColor": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "darkBrandColor": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "theme": {
                  "type": [
                    "string",
                    "null"
                  ]
                }
              }
            },
            "emailSettings": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "disableEmailsToAttendees": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "disableEmailsToHosts": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                }
              }
            },
            "rescheduleWithSameRoundRobinHost": {
              "type": [
                "boolean",
                "null"
              ]
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Get an event type",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "eventTypes",
    "access": "read",
    "scope": "EVENT_TYPE_READ",
    "auth": "required",
    "arguments": {
      "path": [
        "eventTypeId"
      ],
      "query": [],
      "body": []
    }
  },
  {
    "name": "cal_event_types_list",
    "operationId": "eventTypes.list",
    "title": "List event types",
    "description": "Lists the user's event types, or a user's public ones by `username`.",
    "inputSchema": {
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
      }
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "id": {
                "type": "number"
              },
              "lengthInMinutes": {
                "type": "number"
              },
              "lengthInMinutesOptions": {
                "type": [
                  "array",
                  "null"
                ]
              },
              "title": {
                "type": "string"
              },
              "slug": {
                "type": "string"
              },
              "description": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "locations": {
                "type": "array"
              },
              "bookingFields": {
                "type": "array"
              },
              "disableGuests": {
                "type": "boolean"
              },
              "slotInterval": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "minimumBookingNotice": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "beforeEventBuffer": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "afterEventBuffer": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "recurrence": {},
              "metadata": {
                "type": "object"
              },
              "price": {
                "type": "number"
              },
              "currency": {
                "type": "string"
              },
              "lockTimeZoneToggleOnBookingPage": {
                "type": "boolean"
              },
              "seatsPerTimeSlot": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "forwardParamsSuccessRedirect": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "successRedirectUrl": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "isInstantEvent": {
                "type": "boolean"
              },
              "seatsShowAvailabilityCount": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "scheduleId": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "bookingLimitsCount": {
                "type": [
                  "object",
                  "null"
                ]
              },
              "bookerActiveBookingsLimit": {},
              "onlyShowFirstAvailableSlot": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "bookingLimitsDuration": {
                "type": [
                  "object",
                  "null"
                ]
              },
              "bookingWindow": {},
              "bookerLayouts": {},
              "confirmationPolicy": {
                "type": [
                  "object",
                  "null"
                ]
              },
              "requiresBookerEmailVerification": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "hideCalendarNotes": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "color": {},
              "seats": {},
              "offsetStart": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "customName": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "destinationCalendar": {},
              "useDestinationCalendarEmail": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "hideCalendarEventDetails": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "hideOrganizerEmail": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "calVideoSettings": {},
              "hidden": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "bookingRequiresAuthentication": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "disableCancelling": {},
              "disableRescheduling": {},
              "interfaceLanguage": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "allowReschedulingPastBookings": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "allowReschedulingCancelledBookings": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "showOptimizedSlots": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "ownerId": {
                "type": "number"
              },
              "users": {
                "type": "array"
              },
              "bookingUrl": {
                "type": "string"
              }
            }
          }
        }
      }
    },
    "annotations": {
      "title": "List event types",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "eventTypes",
    "access": "read",
    "scope": "EVENT_TYPE_READ",
    "auth": "optional",
    "arguments": {
      "path": [],
      "query": [
        "username",
        "eventSlug",
        "usernames",
        "orgSlug",
        "orgId",
        "sortCreatedAt"
      ],
      "body": []
    }
  },
  {
    "name": "cal_event_types_update",
    "operationId": "eventTypes.update",
    "title": "Update an event type",
    "description": "Changes an event type; only fields sent change and lists sent replace.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "id": {
              "type": "number"
            },
            "lengthInMinutes": {
              "type": "number"
            },
            "lengthInMinutesOptions": {
              "type": [
                "array",
                "null"
              ],
              "items": {
                "type": "number"
              }
            },
            "title": {
              "type": "string"
            },
            "slug": {
              "type": "string"
            },
            "description": {
              "type": [
                "string",
                "null"
              ]
            },
            "locations": {
              "type": "array"
            },
            "bookingFields": {
              "type": "array"
            },
            "disableGuests": {
              "type": "boolean"
            },
            "slotInterval": {
              "type": [
                "number",
                "null"
              ]
            },
            "minimumBookingNotice": {
              "type": [
                "number",
                "null"
              ]
            },
            "beforeEventBuffer": {
              "type": [
                "number",
                "null"
              ]
            },
            "afterEventBuffer": {
              "type": [
                "number",
                "null"
              ]
            },
            "recurrence": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "interval": {
                  "type": "number"
                },
                "occurrences": {
                  "type": "number"
                },
                "frequency": {
                  "type": "string"
                }
              }
            },
            "metadata": {
              "type": "object"
            },
            "price": {
              "type": "number"
            },
            "currency": {
              "type": "string"
            },
            "lockTimeZoneToggleOnBookingPage": {
              "type": "boolean"
            },
            "seatsPerTimeSlot": {
              "type": [
                "number",
                "null"
              ]
            },
            "forwardParamsSuccessRedirect": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "successRedirectUrl": {
              "type": [
                "string",
                "null"
              ]
            },
            "isInstantEvent": {
              "type": "boolean"
            },
            "seatsShowAvailabilityCount": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "scheduleId": {
              "type": [
                "number",
                "null"
              ]
            },
            "bookingLimitsCount": {
              "type": [
                "object",
                "null"
              ]
            },
            "bookerActiveBookingsLimit": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "maximumActiveBookings": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "offerReschedule": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "disabled": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                }
              }
            },
            "onlyShowFirstAvailableSlot": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "bookingLimitsDuration": {
              "type": [
                "object",
                "null"
              ]
            },
            "bookingWindow": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "type": {
                  "type": "string"
                },
                "value": {
                  "type": "number"
                },
                "rolling": {
                  "type": "boolean"
                },
                "disabled": {
                  "type": "boolean"
                }
              }
            },
            "bookerLayouts": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "defaultLayout": {
                  "type": "string"
                },
                "enabledLayouts": {
                  "type": "array"
                }
              }
            },
            "confirmationPolicy": {
              "type": [
                "object",
                "null"
              ]
            },
            "requiresBookerEmailVerification": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "hideCalendarNotes": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "color": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "lightThemeHex": {
                  "type": "string"
                },
                "darkThemeHex": {
                  "type": "string"
                }
              }
            },
            "seats": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "seatsPerTimeSlot": {
                  "type": "number"
                },
                "showAttendeeInfo": {
                  "type": "boolean"
                },
                "showAvailabilityCount": {
                  "type": "boolean"
                },
                "disabled": {
                  "type": "boolean"
                }
              }
            },
            "offsetStart": {
              "type": [
                "number",
                "null"
              ]
            },
            "customName": {
              "type": [
                "string",
                "null"
              ]
            },
            "destinationCalendar": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "integration": {
                  "type": "string"
                },
                "externalId": {
                  "type": "string"
                }
              }
            },
            "useDestinationCalendarEmail": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "hideCalendarEventDetails": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "hideOrganizerEmail": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "calVideoSettings": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "disableRecordingForOrganizer": {
                  "type": "boolean"
                },
                "disableRecordingForGuests": {
                  "type": "boolean"
                },
                "redirectUrlOnExit": {
                  "type": "object"
                },
                "enableAutomaticRecordingForOrganizer": {
                  "type": "boolean"
                },
                "enableAutomaticTranscription": {
                  "type": "boolean"
                },
                "disableTranscriptionForGuests": {
                  "type": "boolean"
                },
                "disableTranscriptionForOrganizer": {
                  "type": "boolean"
                },
                "sendTranscriptionEmails": {
                  "type": "boolean"
                }
              }
            },
            "hidden": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "bookingRequiresAuthentication": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "disableCancelling": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "disabled": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                }
              }
            },
            "disableRescheduling": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "disabled": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "minutesBefore": {
                  "type": [
                    "number",
                    "null"
                  ]
                }
              }
            },
            "interfaceLanguage": {
              "type": [
                "string",
                "null"
              ]
            },
            "allowReschedulingPastBookings": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "allowReschedulingCancelledBookings": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "showOptimizedSlots": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "ownerId": {
              "type": "number"
            },
            "users": {
              "type": "array",
              "items": {
                "type": "object"
              }
            },
            "bookingUrl": {
              "type": "string",
              "format": "uri"
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Update an event type",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "eventTypes",
    "access": "write",
    "scope": "EVENT_TYPE_WRITE",
    "auth": "required",
    "arguments": {
      "path": [
        "eventTypeId"
      ],
      "query": [],
      "body": [
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
      ]
    }
  },
  {
    "name": "cal_me_get",
    "operationId": "me.get",
    "title": "Get my profile",
    "description": "Returns the caller's account: id, username, email, time zone, clock, default schedule.",
    "inputSchema": {
      "type": "object",
      "properties": {}
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "id": {
              "type": "number"
            },
            "username": {
              "type": "string"
            },
            "email": {
              "type": "string"
            },
            "name": {
              "type": [
                "string",
                "null"
              ]
            },
            "avatarUrl": {
              "type": [
                "string",
                "null"
              ]
            },
            "bio": {
              "type": [
                "string",
                "null"
              ]
            },
            "timeFormat": {
              "type": "number"
            },
            "defaultScheduleId": {
              "type": [
                "number",
                "null"
              ]
            },
            "weekStart": {
              "type": "string"
            },
            "timeZone": {
              "type": "string"
            },
            "organizationId": {
              "type": [
                "number",
                "null"
              ]
            },
            "organization": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "isPlatform": {
                  "type": "boolean"
                },
                "id": {
                  "type": "number"
                }
              }
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Get my profile",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "me",
    "access": "read",
    "scope": "PROFILE_READ",
    "auth": "required",
    "arguments": {
      "path": [],
      "query": [],
      "body": []
    }
  },
  {
    "name": "cal_me_update",
    "operationId": "me.update",
    "title": "Update my profile",
    "description": "Changes the caller's own account; only fields sent change.",
    "inputSchema": {
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
          "type": "object",
          "description": "Your own data, up to 50 keys."
        }
      }
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "id": {
              "type": "number"
            },
            "username": {
              "type": "string"
            },
            "email": {
              "type": "string"
            },
            "name": {
              "type": [
                "string",
                "null"
              ]
            },
            "avatarUrl": {
              "type": [
                "string",
                "null"
              ]
            },
            "bio": {
              "type": [
                "string",
                "null"
              ]
            },
            "timeFormat": {
              "type": "number"
            },
            "defaultScheduleId": {
              "type": [
                "number",
                "null"
              ]
            },
            "weekStart": {
              "type": "string"
            },
            "timeZone": {
              "type": "string"
            },
            "organizationId": {
              "type": [
                "number",
                "null"
              ]
            },
            "organization": {
              "type": [
                "object",
                "null"
              ],
              "properties": {
                "isPlatform": {
                  "type": "boolean"
                },
                "id": {
                  "type": "number"
                }
              }
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Update my profile",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "me",
    "access": "write",
    "scope": "PROFILE_WRITE",
    "auth": "required",
    "arguments": {
      "path": [],
      "query": [],
      "body": [
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
      ]
    }
  },
  {
    "name": "cal_org_users_create",
    "operationId": "orgUsers.create",
    "title": "Add an organization member",
    "description": "Creates a user in the organization. Not idempotent. Needs role: organization owner or admin.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "id": {
              "type": "number"
            },
            "username": {
              "type": [
                "string",
                "null"
              ]
            },
            "name": {
              "type": [
                "string",
                "null"
              ]
            },
            "email": {
              "type": "string"
            },
            "emailVerified": {
              "format": "date-time",
              "type": [
                "string",
                "null"
              ]
            },
            "bio": {
              "type": [
                "string",
                "null"
              ]
            },
            "avatarUrl": {
              "type": [
                "string",
                "null"
              ]
            },
            "timeZone": {
              "type": "string"
            },
            "weekStart": {
              "type": "string"
            },
            "appTheme": {
              "type": [
                "string",
                "null"
              ]
            },
            "theme": {
              "type": [
                "string",
                "null"
              ]
            },
            "defaultScheduleId": {
              "type": [
                "number",
                "null"
              ]
            },
            "locale": {
              "type": [
                "string",
                "null"
              ]
            },
            "timeFormat": {
              "type": [
                "number",
                "null"
              ]
            },
            "hideBranding": {
              "type": "boolean"
            },
            "brandColor": {
              "type": [
                "string",
                "null"
              ]
            },
            "darkBrandColor": {
              "type": [
                "string",
                "null"
              ]
            },
            "allowDynamicBooking": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "createdDate": {
              "format": "date-time",
              "type": "string"
            },
            "verified": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "invitedTo": {
              "type": [
                "number",
                "null"
              ]
            },
            "metadata": {
              "type": [
                "object",
                "null"
              ]
            },
            "profile": {
              "type": "object",
              "properties": {
                "id": {
                  "type": "number"
                },
                "organizationId": {
                  "type": "number"
                },
                "userId": {
                  "type": "number"
                },
                "username": {
                  "type": [
                    "string",
                    "null"
                  ]
                }
              }
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Add an organization member",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": true
    },
    "resource": "orgUsers",
    "access": "write",
    "scope": "ORG_USERS_WRITE",
    "auth": "required",
    "arguments": {
      "path": [
        "orgId"
      ],
      "query": [],
      "body": [
        "email",
        "username",
        "timeZone",
        "timeFormat",
        "locale",
        "organizationRole",
        "autoAccept"
      ]
    }
  },
  {
    "name": "cal_org_users_delete",
    "operationId": "orgUsers.delete",
    "title": "Remove an organization member",
    "description": "Deletes a member's whole account (not just the membership); their pages go offline. Destructive. Needs role: organization owner or admin.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "id": {
              "type": "number"
            },
            "username": {
              "type": [
                "string",
                "null"
              ]
            },
            "name": {
              "type": [
                "string",
                "null"
              ]
            },
            "email": {
              "type": "string"
            },
            "emailVerified": {
              "format": "date-time",
              "type": [
                "string",
                "null"
              ]
            },
            "bio": {
              "type": [
                "string",
                "null"
              ]
            },
            "avatarUrl": {
              "type": [
                "string",
                "null"
              ]
            },
            "timeZone": {
              "type": "string"
            },
            "weekStart": {
              "type": "string"
            },
            "appTheme": {
              "type": [
                "string",
                "null"
              ]
            },
            "theme": {
              "type": [
                "string",
                "null"
              ]
            },
            "defaultScheduleId": {
              "type": [
                "number",
                "null"
              ]
            },
            "locale": {
              "type": [
                "string",
                "null"
              ]
            },
            "timeFormat": {
              "type": [
                "number",
                "null"
              ]
            },
            "hideBranding": {
              "type": "boolean"
            },
            "brandColor": {
              "type": [
                "string",
                "null"
              ]
            },
            "darkBrandColor": {
              "type": [
                "string",
                "null"
              ]
            },
            "allowDynamicBooking": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "createdDate": {
              "format": "date-time",
              "type": "string"
            },
            "verified": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "invitedTo": {
              "type": [
                "number",
                "null"
              ]
            },
            "metadata": {
              "type": [
                "object",
                "null"
              ]
            },
            "profile": {
              "type": "object",
              "properties": {
                "id": {
                  "type": "number"
                },
                "organizationId": {
                  "type": "number"
                },
                "userId": {
                  "type": "number"
                },
                "username": {
                  "type": [
                    "string",
                    "null"
                  ]
                }
              }
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Remove an organization member",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "orgUsers",
    "access": "write",
    "scope": "ORG_USERS_WRITE",
    "auth": "required",
    "arguments": {
      "path": [
        "orgId",
        "userId"
      ],
      "query": [],
      "body": []
    }
  },
  {
    "name": "cal_org_users_list",
    "operationId": "orgUsers.list",
    "title": "List organization members",
    "description": "Lists an organization's users.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "id": {
                "type": "number"
              },
              "username": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "name": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "email": {
                "type": "string"
              },
              "emailVerified": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "bio": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "avatarUrl": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "timeZone": {
                "type": "string"
              },
              "weekStart": {
                "type": "string"
              },
              "appTheme": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "theme": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "defaultScheduleId": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "locale": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "timeFormat": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "hideBranding": {
                "type": "boolean"
              },
              "brandColor": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "darkBrandColor": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "allowDynamicBooking": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "createdDate": {
                "type": "string"
              },
              "verified": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "invitedTo": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "metadata": {
                "type": [
                  "object",
                  "null"
                ]
              },
              "profile": {
                "type": "object"
              }
            }
          }
        }
      }
    },
    "annotations": {
      "title": "List organization members",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "orgUsers",
    "access": "read",
    "scope": "ORG_USERS_READ",
    "auth": "required",
    "arguments": {
      "path": [
        "orgId"
      ],
      "query": [
        "take",
        "skip",
        "emails",
        "teamIds"
      ],
      "body": []
    }
  },
  {
    "name": "cal_org_users_update",
    "operationId": "orgUsers.update",
    "title": "Update an organization member",
    "description": "Changes a member's account settings; only fields sent change.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "id": {
              "type": "number"
            },
            "username": {
              "type": [
                "string",
                "null"
              ]
            },
            "name": {
              "type": [
                "string",
                "null"
              ]
            },
            "email": {
              "type": "string"
            },
            "emailVerified": {
              "format": "date-time",
              "type": [
                "string",
                "null"
              ]
            },
            "bio": {
              "type": [
                "string",
                "null"
              ]
            },
            "avatarUrl": {
              "type": [
                "string",
                "null"
              ]
            },
            "timeZone": {
              "type": "string"
            },
            "weekStart": {
              "type": "string"
            },
            "appTheme": {
              "type": [
                "string",
                "null"
              ]
            },
            "theme": {
              "type": [
                "string",
                "null"
              ]
            },
            "defaultScheduleId": {
              "type": [
                "number",
                "null"
              ]
            },
            "locale": {
              "type": [
                "string",
                "null"
              ]
            },
            "timeFormat": {
              "type": [
                "number",
                "null"
              ]
            },
            "hideBranding": {
              "type": "boolean"
            },
            "brandColor": {
              "type": [
                "string",
                "null"
              ]
            },
            "darkBrandColor": {
              "type": [
                "string",
                "null"
              ]
            },
            "allowDynamicBooking": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "createdDate": {
              "format": "date-time",
              "type": "string"
            },
            "verified": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "invitedTo": {
              "type": [
                "number",
                "null"
              ]
            },
            "metadata": {
              "type": [
                "object",
                "null"
              ]
            },
            "profile": {
              "type": "object",
              "properties": {
                "id": {
                  "type": "number"
                },
                "organizationId": {
                  "type": "number"
                },
                "userId": {
                  "type": "number"
                },
                "username": {
                  "type": [
                    "string",
                    "null"
                  ]
                }
              }
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Update an organization member",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "orgUsers",
    "access": "write",
    "scope": "ORG_USERS_WRITE",
    "auth": "required",
    "arguments": {
      "path": [
        "orgId",
        "userId"
      ],
      "query": [],
      "body": [
        "email",
        "username",
        "timeZone",
        "timeFormat",
        "locale",
        "organizationRole",
        "autoAccept"
      ]
    }
  },
  {
    "name": "cal_schedules_create",
    "operationId": "schedules.create",
    "title": "Create a schedule",
    "description": "Creates an availability schedule. Not idempotent.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "id": {
              "type": "number"
            },
            "ownerId": {
              "type": "number"
            },
            "name": {
              "type": "string"
            },
            "timeZone": {
              "type": "string"
            },
            "availability": {
              "type": "array",
              "items": {
                "type": "object"
              }
            },
            "isDefault": {
              "type": "boolean"
            },
            "overrides": {
              "type": "array",
              "items": {
                "type": "object"
              }
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Create a schedule",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": true
    },
    "resource": "schedules",
    "access": "write",
    "scope": "SCHEDULE_WRITE",
    "auth": "required",
    "arguments": {
      "path": [],
      "query": [],
      "body": [
        "name",
        "timeZone",
        "availability",
        "isDefault",
        "overrides"
      ]
    }
  },
  {
    "name": "cal_schedules_delete",
    "operationId": "schedules.delete",
    "title": "Delete a schedule",
    "description": "Deletes one of the user's schedules. Destructive.",
    "inputSchema": {
      "type": "object",
      "properties": {
        "scheduleId": {
          "type": "integer",
          "description": "Schedule to delete, from schedules.list."
        }
      },
      "required": [
        "scheduleId"
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {}
    },
    "annotations": {
      "title": "Delete a schedule",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "schedules",
    "access": "write",
    "scope": "SCHEDULE_WRITE",
    "auth": "required",
    "arguments": {
      "path": [
        "scheduleId"
      ],
      "query": [],
      "body": []
    }
  },
  {
    "name": "cal_schedules_get",
    "operationId": "schedules.get",
    "title": "Get a schedule",
    "description": "Returns a schedule by id.",
    "inputSchema": {
      "type": "object",
      "properties": {
        "scheduleId": {
          "type": "integer",
          "description": "Schedule id, from schedules.list."
        }
      },
      "required": [
        "scheduleId"
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": [
            "object",
            "null"
          ],
          "properties": {
            "id": {
              "type": "number"
            },
            "ownerId": {
              "type": "number"
            },
            "name": {
              "type": "string"
            },
            "timeZone": {
              "type": "string"
            },
            "availability": {
              "type": "array",
              "items": {
                "type": "object"
              }
            },
            "isDefault": {
              "type": "boolean"
            },
            "overrides": {
              "type": "array",
              "items": {
                "type": "object"
              }
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Get a schedule",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "schedules",
    "access": "read",
    "scope": "SCHEDULE_READ",
    "auth": "required",
    "arguments": {
      "path": [
        "scheduleId"
      ],
      "query": [],
      "body": []
    }
  },
  {
    "name": "cal_schedules_list",
    "operationId": "schedules.list",
    "title": "List schedules",
    "description": "Lists the user's availability schedules and which one is the default.",
    "inputSchema": {
      "type": "object",
      "properties": {}
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "id": {
                "type": "number"
              },
              "ownerId": {
                "type": "number"
              },
              "name": {
                "type": "string"
              },
              "timeZone": {
                "type": "string"
              },
              "availability": {
                "type": "array"
              },
              "isDefault": {
                "type": "boolean"
              },
              "overrides": {
                "type": "array"
              }
            }
          }
        }
      }
    },
    "annotations": {
      "title": "List schedules",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "schedules",
    "access": "read",
    "scope": "SCHEDULE_READ",
    "auth": "required",
    "arguments": {
      "path": [],
      "query": [],
      "body": []
    }
  },
  {
    "name": "cal_schedules_update",
    "operationId": "schedules.update",
    "title": "Update a schedule",
    "description": "Changes a schedule; only fields sent change and lists sent replace.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "id": {
              "type": "number"
            },
            "ownerId": {
              "type": "number"
            },
            "name": {
              "type": "string"
            },
            "timeZone": {
              "type": "string"
            },
            "availability": {
              "type": "array",
              "items": {
                "type": "object"
              }
            },
            "isDefault": {
              "type": "boolean"
            },
            "overrides": {
              "type": "array",
              "items": {
                "type": "object"
              }
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Update a schedule",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "schedules",
    "access": "write",
    "scope": "SCHEDULE_WRITE",
    "auth": "required",
    "arguments": {
      "path": [
        "scheduleId"
      ],
      "query": [],
      "body": [
        "name",
        "timeZone",
        "availability",
        "isDefault",
        "overrides"
      ]
    }
  },
  {
    "name": "cal_slots_delete_reservation",
    "operationId": "slots.deleteReservation",
    "title": "Release a slot hold",
    "description": "Releases a slot hold before it expires. Destructive.",
    "inputSchema": {
      "type": "object",
      "properties": {
        "uid": {
          "type": "string",
          "description": "The `reservationUid` returned by slots.reserve."
        }
      },
      "required": [
        "uid"
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {}
    },
    "annotations": {
      "title": "Release a slot hold",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "slots",
    "access": "write",
    "scope": null,
    "auth": "none",
    "arguments": {
      "path": [
        "uid"
      ],
      "query": [],
      "body": []
    }
  },
  {
    "name": "cal_slots_list",
    "operationId": "slots.list",
    "title": "Find free time slots",
    "description": "Returns bookable times of an event type between `start` and `end`, keyed by date.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "additionalProperties": {
            "type": "array"
          }
        }
      }
    },
    "annotations": {
      "title": "Find free time slots",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "slots",
    "access": "read",
    "scope": null,
    "auth": "none",
    "arguments": {
      "path": [],
      "query": [
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
      "body": []
    }
  },
  {
    "name": "cal_slots_reserve",
    "operationId": "slots.reserve",
    "title": "Hold a time slot",
    "description": "Holds a free slot for a few minutes; books nothing. Not idempotent.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "eventTypeId": {
              "type": "number"
            },
            "slotStart": {
              "type": "string"
            },
            "slotEnd": {
              "type": "string"
            },
            "slotDuration": {
              "type": "number"
            },
            "reservationUid": {
              "type": "string"
            },
            "reservationDuration": {
              "type": "number"
            },
            "reservationUntil": {
              "type": "string"
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Hold a time slot",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": true
    },
    "resource": "slots",
    "access": "write",
    "scope": null,
    "auth": "optional",
    "arguments": {
      "path": [],
      "query": [],
      "body": [
        "eventTypeId",
        "slotStart",
        "slotDuration",
        "reservationDuration"
      ]
    }
  },
  {
    "name": "cal_slots_update_reservation",
    "operationId": "slots.updateReservation",
    "title": "Change a slot hold",
    "description": "Moves a slot hold to another time or changes how long it lasts.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "eventTypeId": {
              "type": "number"
            },
            "slotStart": {
              "type": "string"
            },
            "slotEnd": {
              "type": "string"
            },
            "slotDuration": {
              "type": "number"
            },
            "reservationUid": {
              "type": "string"
            },
            "reservationDuration": {
              "type": "number"
            },
            "reservationUntil": {
              "type": "string"
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Change a slot hold",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "slots",
    "access": "write",
    "scope": null,
    "auth": "none",
    "arguments": {
      "path": [
        "uid"
      ],
      "query": [],
      "body": [
        "eventTypeId",
        "slotStart",
        "slotDuration",
        "reservationDuration"
      ]
    }
  },
  {
    "name": "cal_teams_create",
    "operationId": "teams.create",
    "title": "Create a team",
    "description": "Creates a team owned by the user. Not idempotent.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "message": {
              "type": "string"
            },
            "paymentLink": {
              "type": "string"
            },
            "pendingTeam": {
              "type": "object",
              "properties": {
                "id": {
                  "type": "number"
                },
                "parentId": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "name": {
                  "type": "string"
                },
                "slug": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "logoUrl": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "calVideoLogo": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "appLogo": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "appIconLogo": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "bio": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "hideBranding": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "isOrganization": {
                  "type": "boolean"
                },
                "isPrivate": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "hideBookATeamMember": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "metadata": {
                  "type": [
                    "object",
                    "null"
                  ]
                },
                "theme": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "brandColor": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "darkBrandColor": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "bannerUrl": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "timeFormat": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "timeZone": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "weekStart": {
                  "type": [
                    "string",
                    "null"
                  ]
                }
              }
            },
            "id": {
              "type": "number"
            },
            "parentId": {
              "type": [
                "number",
                "null"
              ]
            },
            "name": {
              "type": "string"
            },
            "slug": {
              "type": [
                "string",
                "null"
              ]
            },
            "logoUrl": {
              "type": [
                "string",
                "null"
              ]
            },
            "calVideoLogo": {
              "type": [
                "string",
                "null"
              ]
            },
            "appLogo": {
              "type": [
                "string",
                "null"
              ]
            },
            "appIconLogo": {
              "type": [
                "string",
                "null"
              ]
            },
            "bio": {
              "type": [
                "string",
                "null"
              ]
            },
            "hideBranding": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "isOrganization": {
              "type": "boolean"
            },
            "isPrivate": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "hideBookATeamMember": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "metadata": {
              "type": [
                "object",
                "null"
              ]
            },
            "theme": {
              "type": [
                "string",
                "null"
              ]
            },
            "brandColor": {
              "type": [
                "string",
                "null"
              ]
            },
            "darkBrandColor": {
              "type": [
                "string",
                "null"
              ]
            },
            "bannerUrl": {
              "type": [
                "string",
                "null"
              ]
            },
            "timeFormat": {
              "type": [
                "number",
                "null"
              ]
            },
            "timeZone": {
              "type": [
                "string",
                "null"
              ],
              "default": "Europe/London"
            },
            "weekStart": {
              "type": [
                "string",
                "null"
              ],
              "default": "Sunday"
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Create a team",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": true
    },
    "resource": "teams",
    "access": "write",
    "scope": "TEAM_WRITE",
    "auth": "required",
    "arguments": {
      "path": [],
      "query": [],
      "body": [
        "name",
        "slug",
        "bio",
        "isPrivate",
        "timeFormat",
        "timeZone",
        "weekStart"
      ]
    }
  },
  {
    "name": "cal_teams_delete",
    "operationId": "teams.delete",
    "title": "Delete a team",
    "description": "Deletes a team, its memberships and team event types; members' accounts stay. Destructive. Needs role: team owner.",
    "inputSchema": {
      "type": "object",
      "properties": {
        "teamId": {
          "type": "number",
          "description": "Team to delete, from teams.list."
        }
      },
      "required": [
        "teamId"
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "id": {
              "type": "number"
            },
            "parentId": {
              "type": [
                "number",
                "null"
              ]
            },
            "name": {
              "type": "string",
              "minLength": 1
            },
            "slug": {
              "type": [
                "string",
                "null"
              ]
            },
            "logoUrl": {
              "type": [
                "string",
                "null"
              ]
            },
            "calVideoLogo": {
              "type": [
                "string",
                "null"
              ]
            },
            "appLogo": {
              "type": [
                "string",
                "null"
              ]
            },
            "appIconLogo": {
              "type": [
                "string",
                "null"
              ]
            },
            "bio": {
              "type": [
                "string",
                "null"
              ]
            },
            "hideBranding": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "isOrganization": {
              "type": "boolean"
            },
            "isPrivate": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "hideBookATeamMember": {
              "type": [
                "boolean",
                "null"
              ],
              "default": false
            },
            "metadata": {
              "type": [
                "object",
                "null"
              ]
            },
            "theme": {
              "type": [
                "string",
                "null"
              ]
            },
            "brandColor": {
              "type": [
                "string",
                "null"
              ]
            },
            "darkBrandColor": {
              "type": [
                "string",
                "null"
              ]
            },
            "bannerUrl": {
              "type": [
                "string",
                "null"
              ]
            },
            "timeFormat": {
              "type": [
                "number",
                "null"
              ]
            },
            "timeZone": {
              "type": [
                "string",
                "null"
              ],
              "default": "Europe/London"
            },
            "weekStart": {
              "type": [
                "string",
                "null"
              ],
              "default": "Sunday"
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Delete a team",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "teams",
    "access": "write",
    "scope": "TEAM_WRITE",
    "auth": "required",
    "arguments": {
      "path": [
        "teamId"
      ],
      "query": [],
      "body": []
    }
  },
  {
    "name": "cal_teams_get",
    "operationId": "teams.get",
    "title": "Get a team",
    "description": "Returns a team by id. Needs role: team member.",
    "inputSchema": {
      "type": "object",
      "properties": {
        "teamId": {
          "type": "number",
          "description": "Team id, from teams.list."
        }
      },
      "required": [
        "teamId"
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "id": {
              "type": "number"
            },
            "parentId": {
              "type": [
                "number",
                "null"
              ]
            },
            "name": {
              "type": "string"
            },
            "slug": {
              "type": [
                "string",
                "null"
              ]
            },
            "logoUrl": {
              "type": [
                "string",
                "null"
              ]
            },
            "calVideoLogo": {
              "type": [
                "string",
                "null"
              ]
            },
            "appLogo": {
              "type": [
                "string",
                "null"
              ]
            },
            "appIconLogo": {
              "type": [
                "string",
                "null"
              ]
            },
            "bio": {
              "type": [
                "string",
                "null"
              ]
            },
            "hideBranding": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "isOrganization": {
              "type": "boolean"
            },
            "isPrivate": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "hideBookATeamMember": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "metadata": {
              "type": [
                "object",
                "null"
              ]
            },
            "theme": {
              "type": [
                "string",
                "null"
              ]
            },
            "brandColor": {
              "type": [
                "string",
                "null"
              ]
            },
            "darkBrandColor": {
              "type": [
                "string",
                "null"
              ]
            },
            "bannerUrl": {
              "type": [
                "string",
                "null"
              ]
            },
            "timeFormat": {
              "type": [
                "number",
                "null"
              ]
            },
            "timeZone": {
              "type": [
                "string",
                "null"
              ],
              "default": "Europe/London"
            },
            "weekStart": {
              "type": [
                "string",
                "null"
              ],
              "default": "Sunday"
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Get a team",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "teams",
    "access": "read",
    "scope": "TEAM_READ",
    "auth": "required",
    "arguments": {
      "path": [
        "teamId"
      ],
      "query": [],
      "body": []
    }
  },
  {
    "name": "cal_teams_list",
    "operationId": "teams.list",
    "title": "List my teams",
    "description": "Lists the teams the user belongs to.",
    "inputSchema": {
      "type": "object",
      "properties": {}
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "id": {
                "type": "number"
              },
              "parentId": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "name": {
                "type": "string"
              },
              "slug": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "logoUrl": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "calVideoLogo": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "appLogo": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "appIconLogo": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "bio": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "hideBranding": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "isOrganization": {
                "type": "boolean"
              },
              "isPrivate": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "hideBookATeamMember": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "metadata": {
                "type": [
                  "object",
                  "null"
                ]
              },
              "theme": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "brandColor": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "darkBrandColor": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "bannerUrl": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "timeFormat": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "timeZone": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "weekStart": {
                "type": [
                  "string",
                  "null"
                ]
              }
            }
          }
        }
      }
    },
    "annotations": {
      "title": "List my teams",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "teams",
    "access": "read",
    "scope": "TEAM_READ",
    "auth": "required",
    "arguments": {
      "path": [],
      "query": [],
      "body": []
    }
  },
  {
    "name": "cal_teams_update",
    "operationId": "teams.update",
    "title": "Update a team",
    "description": "Changes a team's settings; only the fields sent change. Needs role: team owner or admin.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "id": {
              "type": "number"
            },
            "parentId": {
              "type": [
                "number",
                "null"
              ]
            },
            "name": {
              "type": "string"
            },
            "slug": {
              "type": [
                "string",
                "null"
              ]
            },
            "logoUrl": {
              "type": [
                "string",
                "null"
              ]
            },
            "calVideoLogo": {
              "type": [
                "string",
                "null"
              ]
            },
            "appLogo": {
              "type": [
                "string",
                "null"
              ]
            },
            "appIconLogo": {
              "type": [
                "string",
                "null"
              ]
            },
            "bio": {
              "type": [
                "string",
                "null"
              ]
            },
            "hideBranding": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "isOrganization": {
              "type": "boolean"
            },
            "isPrivate": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "hideBookATeamMember": {
              "type": [
                "boolean",
                "null"
              ]
            },
            "metadata": {
              "type": [
                "object",
                "null"
              ]
            },
            "theme": {
              "type": [
                "string",
                "null"
              ]
            },
            "brandColor": {
              "type": [
                "string",
                "null"
              ]
            },
            "darkBrandColor": {
              "type": [
                "string",
                "null"
              ]
            },
            "bannerUrl": {
              "type": [
                "string",
                "null"
              ]
            },
            "timeFormat": {
              "type": [
                "number",
                "null"
              ]
            },
            "timeZone": {
              "type": [
                "string",
                "null"
              ],
              "default": "Europe/London"
            },
            "weekStart": {
              "type": [
                "string",
                "null"
              ],
              "default": "Sunday"
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Update a team",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "teams",
    "access": "write",
    "scope": "TEAM_WRITE",
    "auth": "required",
    "arguments": {
      "path": [
        "teamId"
      ],
      "query": [],
      "body": [
        "name",
        "slug",
        "bio",
        "isPrivate",
        "timeFormat",
        "timeZone",
        "weekStart"
      ]
    }
  },
  {
    "name": "cal_webhooks_create",
    "operationId": "webhooks.create",
    "title": "Subscribe a webhook",
    "description": "Subscribes `subscriberUrl` to Cal.com events (`triggers`). Not idempotent.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "payloadTemplate": {
              "type": [
                "string",
                "null"
              ]
            },
            "userId": {
              "type": "number"
            },
            "id": {
              "type": "string"
            },
            "triggers": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "subscriberUrl": {
              "type": "string"
            },
            "active": {
              "type": "boolean"
            },
            "secret": {
              "type": [
                "string",
                "null"
              ]
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Subscribe a webhook",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": false,
      "openWorldHint": true
    },
    "resource": "webhooks",
    "access": "write",
    "scope": "WEBHOOK_WRITE",
    "auth": "required",
    "arguments": {
      "path": [],
      "query": [],
      "body": [
        "payloadTemplate",
        "active",
        "subscriberUrl",
        "triggers",
        "secret"
      ]
    }
  },
  {
    "name": "cal_webhooks_delete",
    "operationId": "webhooks.delete",
    "title": "Delete a webhook subscription",
    "description": "Deletes a webhook subscription; deliveries stop. Destructive.",
    "inputSchema": {
      "type": "object",
      "properties": {
        "webhookId": {
          "type": "string",
          "description": "Subscription to delete, from webhooks.list."
        }
      },
      "required": [
        "webhookId"
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "payloadTemplate": {
              "type": [
                "string",
                "null"
              ]
            },
            "userId": {
              "type": "number"
            },
            "id": {
              "type": "string"
            },
            "triggers": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "subscriberUrl": {
              "type": "string"
            },
            "active": {
              "type": "boolean"
            },
            "secret": {
              "type": [
                "string",
                "null"
              ]
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Delete a webhook subscription",
      "readOnlyHint": false,
      "destructiveHint": true,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "webhooks",
    "access": "write",
    "scope": "WEBHOOK_WRITE",
    "auth": "required",
    "arguments": {
      "path": [
        "webhookId"
      ],
      "query": [],
      "body": []
    }
  },
  {
    "name": "cal_webhooks_list",
    "operationId": "webhooks.list",
    "title": "List webhook subscriptions",
    "description": "Lists the user's webhook subscriptions.",
    "inputSchema": {
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
      }
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "payloadTemplate": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "userId": {
                "type": "number"
              },
              "id": {
                "type": "string"
              },
              "triggers": {
                "type": "array"
              },
              "subscriberUrl": {
                "type": "string"
              },
              "active": {
                "type": "boolean"
              },
              "secret": {
                "type": [
                  "string",
                  "null"
                ]
              }
            }
          }
        }
      }
    },
    "annotations": {
      "title": "List webhook subscriptions",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "webhooks",
    "access": "read",
    "scope": "WEBHOOK_READ",
    "auth": "required",
    "arguments": {
      "path": [],
      "query": [
        "take",
        "skip"
      ],
      "body": []
    }
  },
  {
    "name": "cal_webhooks_update",
    "operationId": "webhooks.update",
    "title": "Update a webhook subscription",
    "description": "Changes a webhook subscription.",
    "inputSchema": {
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
      ]
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "properties": {
            "payloadTemplate": {
              "type": [
                "string",
                "null"
              ]
            },
            "userId": {
              "type": "number"
            },
            "id": {
              "type": "string"
            },
            "triggers": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "subscriberUrl": {
              "type": "string"
            },
            "active": {
              "type": "boolean"
            },
            "secret": {
              "type": [
                "string",
                "null"
              ]
            }
          }
        }
      }
    },
    "annotations": {
      "title": "Update a webhook subscription",
      "readOnlyHint": false,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    },
    "resource": "webhooks",
    "access": "write",
    "scope": "WEBHOOK_WRITE",
    "auth": "required",
    "arguments": {
      "path": [
        "webhookId"
      ],
      "query": [],
      "body": [
        "payloadTemplate",
        "active",
        "subscriberUrl",
        "triggers",
        "secret"
      ]
    }
  }
];
