// Generated from spec/openapi.yaml by @calkit/generator; do not edit. Run `pnpm generate`.

import type { McpTool } from "../../adapters/mcp.js";

/** What `tools/list` returns as `tools`: the data of `schemas/mcp.json`, typed. */
const tools: McpTool[] = [
  {
    "name": "cal_bookings_cancel",
    "title": "Cancel a booking",
    "description": "Cancels a booking, frees its slot and emails everyone. Destructive. Not idempotent: do not repeat. Fires BOOKING_CANCELLED.",
    "inputSchema": {
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
                  "anyOf": [
                    {
                      "type": "null"
                    },
                    {
                      "type": "object",
                      "properties": {
                        "id": {
                          "type": "number"
                        },
                        "slug": {
                          "type": "string"
                        }
                      }
                    }
                  ]
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
    }
  },
  {
    "name": "cal_bookings_confirm",
    "title": "Confirm a pending booking",
    "description": "Accepts a booking awaiting the host's confirmation; the attendee is notified. Not idempotent: do not repeat. Fires BOOKING_CREATED.",
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
      ],
      "additionalProperties": false
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
                  "anyOf": [
                    {
                      "type": "null"
                    },
                    {
                      "type": "object",
                      "properties": {
                        "id": {
                          "type": "number"
                        },
                        "slug": {
                          "type": "string"
                        }
                      }
                    }
                  ]
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
    }
  },
  {
    "name": "cal_bookings_create",
    "title": "Book a meeting",
    "description": "Creates a booking on an event type for one attendee at a given start time. Not idempotent: do not repeat. Fires BOOKING_CREATED or BOOKING_REQUESTED.",
    "inputSchema": {
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
                  "anyOf": [
                    {
                      "type": "null"
                    },
                    {
                      "type": "object",
                      "properties": {
                        "id": {
                          "type": "number"
                        },
                        "slug": {
                          "type": "string"
                        }
                      }
                    }
                  ]
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
    }
  },
  {
    "name": "cal_bookings_decline",
    "title": "Decline a pending booking",
    "description": "Rejects a booking awaiting the host's confirmation; the slot is freed and the attendee told. Destructive. Not idempotent: do not repeat. Fires BOOKING_REJECTED.",
    "inputSchema": {
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
                  "anyOf": [
                    {
                      "type": "null"
                    },
                    {
                      "type": "object",
                      "properties": {
                        "id": {
                          "type": "number"
                        },
                        "slug": {
                          "type": "string"
                        }
                      }
                    }
                  ]
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
    }
  },
  {
    "name": "cal_bookings_get",
    "title": "Get a booking",
    "description": "Returns one booking by uid: times, status, hosts, attendees, location, form answers. Read-only.",
    "inputSchema": {
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
                  "anyOf": [
                    {
                      "type": "null"
                    },
                    {
                      "type": "object",
                      "properties": {
                        "id": {
                          "type": "number"
                        },
                        "slug": {
                          "type": "string"
                        }
                      }
                    }
                  ]
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
    }
  },
  {
    "name": "cal_bookings_list",
    "title": "List bookings",
    "description": "Lists bookings of the user and their teams, with filters and take/skip paging. Read-only.",
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
    }
  },
  {
    "name": "cal_bookings_mark_absent",
    "title": "Record no-shows",
    "description": "Records who missed a past booking: the host and/or attendees by email. Fires BOOKING_NO_SHOW_UPDATED.",
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
          "description": "Attendees to mark, each identified by email, with `absent: true` (no-show) or `false` (attended)."
        }
      },
      "required": [
        "bookingUid"
      ],
      "additionalProperties": false
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
                  "properties": {
                    "id": {
                      "type": "number"
                    },
                    "slug": {
                      "type": "string"
                    }
                  }
                }
              ]
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
    }
  },
  {
    "name": "cal_bookings_reschedule",
    "title": "Reschedule a booking",
    "description": "Moves a booking to a new start time (ISO 8601, UTC). Not idempotent: do not repeat. Fires BOOKING_RESCHEDULED.",
    "inputSchema": {
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
                  "properties": {
                    "id": {
                      "type": "number"
                    },
                    "slug": {
                      "type": "string"
                    }
                  }
                }
              ]
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
    }
  },
  {
    "name": "cal_calendars_busy_times",
    "title": "Get calendar busy times",
    "description": "Returns busy intervals of connected calendars between two dates. Read-only.",
    "inputSchema": {
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
    }
  },
  {
    "name": "cal_calendars_connect",
    "title": "Start connecting a calendar",
    "description": "Returns the consent link (`authUrl`) to connect a Google or Office 365 calendar. Read-only.",
    "inputSchema": {
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
    }
  },
  {
    "name": "cal_calendars_disconnect",
    "title": "Disconnect a calendar",
    "description": "Removes a calendar connection (`id` = `credentialId` from calendars.list). Destructive. Not idempotent: do not repeat.",
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
    }
  },
  {
    "name": "cal_calendars_list",
    "title": "List connected calendars",
    "description": "Lists connected calendars by connection, with `credentialId` and each `externalId`. Read-only.",
    "inputSchema": {
      "type": "object",
      "properties": {},
      "required": [],
      "additionalProperties": false
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
    }
  },
  {
    "name": "cal_event_types_create",
    "title": "Create an event type",
    "description": "Creates a personal event type with a public booking page at `/<username>/<slug>`. Not idempotent: do not repeat.",
    "inputSchema": {
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
              "type": "array",
              "items": {}
            },
            "bookingFields": {
              "type": "array",
              "items": {}
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
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
                }
              ]
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
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
                }
              ]
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
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
                }
              ]
            },
            "bookerLayouts": {
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
                  "properties": {
                    "defaultLayout": {
                      "type": "string"
                    },
                    "enabledLayouts": {
                      "type": "array"
                    }
                  }
                }
              ]
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
                  "properties": {
                    "lightThemeHex": {
                      "type": "string"
                    },
                    "darkThemeHex": {
                      "type": "string"
                    }
                  }
                }
              ]
            },
            "seats": {
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
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
                }
              ]
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
                  "properties": {
                    "integration": {
                      "type": "string"
                    },
                    "externalId": {
                      "type": "string"
                    }
                  }
                }
              ]
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
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
                }
              ]
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
                  "properties": {
                    "disabled": {
                      "type": [
                        "boolean",
                        "null"
                      ]
                    }
                  }
                }
              ]
            },
            "disableRescheduling": {
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
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
                }
              ]
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
    }
  },
  {
    "name": "cal_event_types_delete",
    "title": "Delete an event type",
    "description": "Deletes an event type and takes its booking page offline. Destructive.",
    "inputSchema": {
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
    }
  },
  {
    "name": "cal_event_types_get",
    "title": "Get an event type",
    "description": "Returns an event type by id with its settings (lengths, locations, form, limits, schedule). Read-only.",
    "inputSchema": {
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
              "type": "array",
              "items": {}
            },
            "bookingFields": {
              "type": "array",
              "items": {}
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
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
                }
              ]
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
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
                }
              ]
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
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
                }
              ]
            },
            "bookerLayouts": {
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
                  "properties": {
                    "defaultLayout": {
                      "type": "string"
                    },
                    "enabledLayouts": {
                      "type": "array"
                    }
                  }
                }
              ]
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
                  "properties": {
                    "lightThemeHex": {
                      "type": "string"
                    },
                    "darkThemeHex": {
                      "type": "string"
                    }
                  }
                }
              ]
            },
            "seats": {
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
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
                }
              ]
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
                  "properties": {
                    "integration": {
                      "type": "string"
                    },
                    "externalId": {
                      "type": "string"
                    }
                  }
                }
              ]
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
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
                }
              ]
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
                  "properties": {
                    "disabled": {
                      "type": [
                        "boolean",
                        "null"
                      ]
                    }
                  }
                }
              ]
            },
            "disableRescheduling": {
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
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
                }
              ]
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
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
                }
              ]
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
    }
  },
  {
    "name": "cal_event_types_list",
    "title": "List event types",
    "description": "Lists the user's event types, or a user's public ones by `username`. Read-only.",
    "inputSchema": {
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
    }
  },
  {
    "name": "cal_event_types_update",
    "title": "Update an event type",
    "description": "Changes an event type; only fields sent change and lists sent replace.",
    "inputSchema": {
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
              "type": "array",
              "items": {}
            },
            "bookingFields": {
              "type": "array",
              "items": {}
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
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
                }
              ]
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
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
                }
              ]
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
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
                }
              ]
            },
            "bookerLayouts": {
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
                  "properties": {
                    "defaultLayout": {
                      "type": "string"
                    },
                    "enabledLayouts": {
                      "type": "array"
                    }
                  }
                }
              ]
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
                  "properties": {
                    "lightThemeHex": {
                      "type": "string"
                    },
                    "darkThemeHex": {
                      "type": "string"
                    }
                  }
                }
              ]
            },
            "seats": {
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
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
                }
              ]
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
                  "properties": {
                    "integration": {
                      "type": "string"
                    },
                    "externalId": {
                      "type": "string"
                    }
                  }
                }
              ]
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
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
                }
              ]
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
                  "properties": {
                    "disabled": {
                      "type": [
                        "boolean",
                        "null"
                      ]
                    }
                  }
                }
              ]
            },
            "disableRescheduling": {
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
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
                }
              ]
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
    }
  },
  {
    "name": "cal_me_get",
    "title": "Get my profile",
    "description": "Returns the caller's account: id, username, email, time zone, clock, default schedule. Read-only.",
    "inputSchema": {
      "type": "object",
      "properties": {},
      "required": [],
      "additionalProperties": false
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
                  "properties": {
                    "isPlatform": {
                      "type": "boolean"
                    },
                    "id": {
                      "type": "number"
                    }
                  }
                }
              ]
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
    }
  },
  {
    "name": "cal_me_update",
    "title": "Update my profile",
    "description": "Changes settings of the authenticated user's own account; only the fields sent change.",
    "inputSchema": {
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
              "anyOf": [
                {
                  "type": "null"
                },
                {
                  "type": "object",
                  "properties": {
                    "isPlatform": {
                      "type": "boolean"
                    },
                    "id": {
                      "type": "number"
                    }
                  }
                }
              ]
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
    }
  },
  {
    "name": "cal_org_users_create",
    "title": "Add an organization member",
    "description": "Creates a user in the organization with a role (MEMBER by default). Not idempotent: do not repeat. Needs role: organization owner or admin.",
    "inputSchema": {
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
    }
  },
  {
    "name": "cal_org_users_delete",
    "title": "Remove an organization member",
    "description": "Deletes a member's whole account (not just the membership); their pages go offline. Destructive. Needs role: organization owner or admin.",
    "inputSchema": {
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
    }
  },
  {
    "name": "cal_org_users_list",
    "title": "List organization members",
    "description": "Lists the users of an organization with profile, time zone and locale. Read-only.",
    "inputSchema": {
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
    }
  },
  {
    "name": "cal_org_users_update",
    "title": "Update an organization member",
    "description": "Changes a member's account settings; only fields sent change.",
    "inputSchema": {
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
    }
  },
  {
    "name": "cal_schedules_create",
    "title": "Create a schedule",
    "description": "Creates an availability schedule for the authenticated user. Not idempotent: do not repeat.",
    "inputSchema": {
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
    }
  },
  {
    "name": "cal_schedules_delete",
    "title": "Delete a schedule",
    "description": "Permanently deletes one of the authenticated user's schedules. Destructive.",
    "inputSchema": {
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
    }
  },
  {
    "name": "cal_schedules_get",
    "title": "Get a schedule",
    "description": "Returns a schedule by id: time zone, weekly `HH:MM` hours, date overrides. Read-only.",
    "inputSchema": {
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
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "anyOf": [
            {
              "type": "null"
            },
            {
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
          ]
        }
      }
    },
    "annotations": {
      "title": "Get a schedule",
      "readOnlyHint": true,
      "destructiveHint": false,
      "idempotentHint": true,
      "openWorldHint": true
    }
  },
  {
    "name": "cal_schedules_list",
    "title": "List schedules",
    "description": "Lists the user's availability schedules and which one is the default. Read-only.",
    "inputSchema": {
      "type": "object",
      "properties": {},
      "required": [],
      "additionalProperties": false
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
    }
  },
  {
    "name": "cal_schedules_update",
    "title": "Update a schedule",
    "description": "Changes a schedule; only fields sent change and lists sent replace.",
    "inputSchema": {
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
    }
  },
  {
    "name": "cal_slots_delete_reservation",
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
      ],
      "additionalProperties": false
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
    }
  },
  {
    "name": "cal_slots_list",
    "title": "Find free time slots",
    "description": "Returns bookable times of an event type between `start` and `end`, keyed by date. Read-only.",
    "inputSchema": {
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
    },
    "outputSchema": {
      "type": "object",
      "properties": {
        "data": {
          "type": "object",
          "additionalProperties": {
            "type": "array",
            "items": {}
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
    }
  },
  {
    "name": "cal_slots_reserve",
    "title": "Hold a time slot",
    "description": "Holds a free slot for a few minutes while a booking is being made; books nothing. Not idempotent: do not repeat.",
    "inputSchema": {
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
    }
  },
  {
    "name": "cal_slots_update_reservation",
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
    }
  },
  {
    "name": "cal_teams_create",
    "title": "Create a team",
    "description": "Creates a team owned by the user; only `name` is required. Not idempotent: do not repeat.",
    "inputSchema": {
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
    }
  },
  {
    "name": "cal_teams_delete",
    "title": "Delete a team",
    "description": "Deletes a team, its memberships and team event types; members' accounts stay. Destructive. Needs role: team owner.",
    "inputSchema": {
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
    }
  },
  {
    "name": "cal_teams_get",
    "title": "Get a team",
    "description": "Returns a team by id: name, slug, bio, privacy, branding, defaults. Read-only. Needs role: team member.",
    "inputSchema": {
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
    }
  },
  {
    "name": "cal_teams_list",
    "title": "List my teams",
    "description": "Lists the teams the user belongs to. Read-only.",
    "inputSchema": {
      "type": "object",
      "properties": {},
      "required": [],
      "additionalProperties": false
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
    }
  },
  {
    "name": "cal_teams_update",
    "title": "Update a team",
    "description": "Changes a team's settings; only the fields sent change. Needs role: team owner or admin.",
    "inputSchema": {
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
    }
  },
  {
    "name": "cal_webhooks_create",
    "title": "Subscribe a webhook",
    "description": "Subscribes `subscriberUrl` to Cal.com events (`triggers`, e.g. BOOKING_CREATED). Not idempotent: do not repeat.",
    "inputSchema": {
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
    }
  },
  {
    "name": "cal_webhooks_delete",
    "title": "Delete a webhook subscription",
    "description": "Deletes a webhook subscription; deliveries stop. Destructive.",
    "inputSchema": {
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
    }
  },
  {
    "name": "cal_webhooks_list",
    "title": "List webhook subscriptions",
    "description": "Lists the user's webhook subscriptions with URL, triggers and state. Read-only.",
    "inputSchema": {
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
    }
  },
  {
    "name": "cal_webhooks_update",
    "title": "Update a webhook subscription",
    "description": "Changes a webhook subscription; `triggers`, when sent, replaces the list.",
    "inputSchema": {
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
    }
  }
];

export default tools;
