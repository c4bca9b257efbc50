/**
 * Answers in Cal.com's own envelope, so any Cal.com client reads them unchanged:
 * `{ status: "success", data, pagination? }` and `{ status: "error", error: { code, message, details? } }`.
 */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Cal.com's (NestJS) exception names by status, used as `error.code` for the gateway's own errors. */
const CODES: Record<number, string> = {
  400: "BadRequestException",
  401: "UnauthorizedException",
  403: "ForbiddenException",
  404: "NotFoundException",
  405: "MethodNotAllowedException",
  409: "ConflictException",
  413: "PayloadTooLargeException",
  415: "UnsupportedMediaTypeException",
  422: "UnprocessableEntityException",
  429: "ThrottlerException",
  500: "InternalServerErrorException",
  502: "BadGatewayException",
  503: "ServiceUnavailableException",
  504: "GatewayTimeoutException",
};

export function codeFor(status: number): string {
  return CODES[status] ?? (status >= 500 ? "InternalServerErrorException" : "HttpException");
}

export function jsonAnswer(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): Answer {
  return {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
    body: JSON.stringify(value),
  };
}

export function successAnswer(status: number, data: unknown, pagination?: unknown): Answer {
  return jsonAnswer(status, {
    status: "success",
    ...(data === undefined ? {} : { data }),
    ...(pagination === undefined ? {} : { pagination }),
  });
}

export function errorAnswer(
  status: number,
  message: string,
  options: { code?: string; details?: unknown; headers?: Record<string, string> } = {},
): Answer {
  return jsonAnswer(
    status,
    {
      status: "error",
      error: {
        code: options.code ?? codeFor(status),
        message,
        ...(options.details === undefined ? {} : { details: options.details }),
      },
    },
    options.headers,
  );
}
