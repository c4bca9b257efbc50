// Generated from spec/openapi.yaml by @calkit/generator; do not edit. Run `pnpm generate`.

export type paths = Record<string, never>;
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
