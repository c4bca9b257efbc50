/**
 * The OpenTelemetry observer, on with `CALKIT_GATEWAY_OTEL=on`. The gateway uses only
 * `@opentelemetry/api` (an optional peer dependency, loaded when the option is on): whichever SDK
 * the operator registers (e.g. with `node --import` of their setup file) exports what it records;
 * without one every call here is a no-op. Each `/v2` call is a server span named after its
 * operation id with the agent as an attribute; each MCP tool call is a span after the MCP semantic
 * conventions (`tools/call <tool>`, `mcp.*`, `gen_ai.*`). Metrics mirror `/metrics`.
 */
import { GatewaySetupError } from "../setup-error.js";
import type { CallEvent, Observer, ToolCallEvent } from "./observer.js";

type Api = typeof import("@opentelemetry/api");

const SCOPE = "@calkit/gateway";

export async function createOtelObserver(): Promise<Observer> {
  let api: Api;
  try {
    api = await import("@opentelemetry/api");
  } catch {
    throw new GatewaySetupError(
      "CALKIT_GATEWAY_OTEL=on needs @opentelemetry/api installed beside @calkit/gateway (and an OpenTelemetry SDK registered to export).",
    );
  }
  const tracer = api.trace.getTracer(SCOPE);
  const meter = api.metrics.getMeter(SCOPE);
  const calls = meter.createCounter("calkit.gateway.calls", { description: "Calls answered." });
  const duration = meter.createHistogram("calkit.gateway.call.duration", {
    description: "Time from a call's arrival to its answer.",
    unit: "s",
  });
  const limitHits = meter.createCounter("calkit.gateway.limit_hits", {
    description: "Calls refused by a limit.",
  });
  const upstream = meter.createCounter("calkit.gateway.upstream.responses", {
    description: "Answers from Cal.com.",
  });

  function span(name: string, event: CallEvent, attributes: Record<string, string | number>) {
    const started = tracer.startSpan(name, {
      kind: api.SpanKind.SERVER,
      startTime: event.started,
      attributes: {
        ...attributes,
        ...(event.agent ? { "calkit.agent": event.agent } : {}),
        ...(event.decision ? { "calkit.decision": event.decision } : {}),
        "http.response.status_code": event.status,
      },
    });
    if (event.status >= 500) started.setStatus({ code: api.SpanStatusCode.ERROR });
    started.end(event.ended);
  }

  return {
    call(event) {
      const operation = event.operation ?? "unmatched";
      span(operation, event, { "calkit.operation.id": operation });
      const labels = { operation, decision: event.decision ?? "none", status: event.status };
      calls.add(1, labels);
      duration.record((event.ended - event.started) / 1000, { operation });
    },
    toolCall(event: ToolCallEvent) {
      span(`tools/call ${event.tool}`, event, {
        "mcp.method.name": "tools/call",
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": event.tool,
        ...(event.sessionId ? { "mcp.session.id": event.sessionId } : {}),
      });
    },
    limitHit(kind) {
      limitHits.add(1, { kind });
    },
    upstream(status) {
      upstream.add(1, { status: String(status) });
    },
  };
}
