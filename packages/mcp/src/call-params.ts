/**
 * `tools/call` requests whose params are not `{ name: string, arguments?: object }` get an answer a
 * model can act on (which field, what was expected, what came), instead of the SDK's raw schema
 * validation dump. Installed on a transport after the server connected to it: such a request is
 * answered here and never reaches the SDK.
 */
import { describeValue } from "@calkit/tools";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { ErrorCode, isJSONRPCRequest } from "@modelcontextprotocol/sdk/types.js";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What is wrong with `tools/call` params, in a sentence; undefined when they have the right shape. */
export function toolCallParamsProblem(params: unknown): string | undefined {
  if (!isObject(params))
    return `Invalid tools/call: \`params\` must be an object { name, arguments }; got ${describeValue(params)}.`;
  if (typeof params.name !== "string" || params.name === "")
    return `Invalid tools/call: \`params.name\` must be the tool's name as a string (from tools/list, e.g. "cal_bookings_list"); got ${describeValue(params.name)}.`;
  if (params.arguments !== undefined && !isObject(params.arguments))
    return `Invalid tools/call: \`params.arguments\` must be an object of named arguments (send {} for none); got ${describeValue(params.arguments)}.`;
  if (params._meta !== undefined && !isObject(params._meta))
    return `Invalid tools/call: \`params._meta\` must be an object; got ${describeValue(params._meta)}.`;
  return undefined;
}

/** Answers malformed `tools/call` requests arriving on `transport` with InvalidParams and a clear message. */
export function answerMalformedToolCalls(transport: Transport): void {
  const next = transport.onmessage;
  transport.onmessage = (message, extra) => {
    if (isJSONRPCRequest(message) && message.method === "tools/call") {
      const problem = toolCallParamsProblem(message.params);
      if (problem !== undefined) {
        void transport
          .send({
            jsonrpc: "2.0",
            id: message.id,
            error: { code: ErrorCode.InvalidParams, message: problem },
          })
          .catch(() => {});
        return;
      }
    }
    next?.(message, extra);
  };
}
