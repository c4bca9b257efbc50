/**
 * What the gateway tells observers about its work: each answered `/v2` call, each MCP tool call,
 * each limit hit, each answer from Cal.com. Prometheus counters (metrics.ts) and OpenTelemetry
 * (otel.ts) are two observers of the same events; nothing here holds a secret or an argument.
 */
import type { GatewayAuditRecord } from "../audit-record.js";
import type { LimitRefusalKind } from "../limits/limiter.js";

export interface CallEvent {
  /** Operation id, undefined when the request matched none. */
  operation?: string;
  agent?: string;
  /** The audit record's decision (`held` while an approver decides). */
  decision?: GatewayAuditRecord["decision"];
  status: number;
  /** Epoch ms. */
  started: number;
  ended: number;
}

export interface ToolCallEvent extends CallEvent {
  tool: string;
  sessionId?: string;
}

export interface Observer {
  call?(event: CallEvent): void;
  toolCall?(event: ToolCallEvent): void;
  limitHit?(kind: LimitRefusalKind): void;
  /** Cal.com's status, or "error" when no answer came (timeout, connection). */
  upstream?(status: number | "error"): void;
}

/** Every observer, each event to each; an observer that throws never fails a call. */
export function combineObservers(observers: readonly Observer[]): Required<Observer> {
  const each =
    <K extends keyof Observer>(name: K) =>
    (event: Parameters<Required<Observer>[K]>[0]) => {
      for (const observer of observers) {
        try {
          (observer[name] as ((e: typeof event) => void) | undefined)?.(event);
        } catch {
          // observability must not change an answer
        }
      }
    };
  return {
    call: each("call"),
    toolCall: each("toolCall"),
    limitHit: each("limitHit"),
    upstream: each("upstream"),
  };
}
