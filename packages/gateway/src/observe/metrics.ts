/**
 * Prometheus text counters at `/metrics`: calls answered (by operation, decision, status), policy
 * denials, limit hits (by kind), Cal.com's answers (by status) and a latency histogram. Labels are
 * bounded sets (operation ids, statuses, kinds); agents are not a label, so a gateway with many
 * agents does not grow a series per agent (the OpenTelemetry spans carry the agent).
 */
import type { Observer } from "./observer.js";

/** Seconds; Cal.com answers in tens to hundreds of milliseconds. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

type Labels = Record<string, string>;

class Counter {
  private readonly values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(labels: Labels): void {
    const key = labelText(labels);
    this.values.set(key, (this.values.get(key) ?? 0) + 1);
  }
  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const [labels, value] of this.values) lines.push(`${this.name}${labels} ${value}`);
    return lines;
  }
}

class Histogram {
  private readonly series = new Map<string, { counts: number[]; sum: number; count: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  observe(labels: Labels, seconds: number): void {
    const key = JSON.stringify(labels);
    const entry = this.series.get(key) ?? { counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
    this.series.set(key, entry);
    entry.counts = entry.counts.map((n, i) => (seconds <= (BUCKETS[i] as number) ? n + 1 : n));
    entry.sum += seconds;
    entry.count++;
  }
  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const [key, { counts, sum, count }] of this.series) {
      const labels = JSON.parse(key) as Labels;
      BUCKETS.forEach((bound, i) => {
        lines.push(
          `${this.name}_bucket${labelText({ ...labels, le: String(bound) })} ${counts[i]}`,
        );
      });
      lines.push(`${this.name}_bucket${labelText({ ...labels, le: "+Inf" })} ${count}`);
      lines.push(`${this.name}_sum${labelText(labels)} ${sum}`);
      lines.push(`${this.name}_count${labelText(labels)} ${count}`);
    }
    return lines;
  }
}

function labelText(labels: Labels): string {
  const parts = Object.entries(labels).map(
    ([name, value]) =>
      `${name}="${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`,
  );
  return parts.length ? `{${parts.join(",")}}` : "";
}

export interface GatewayMetrics extends Observer {
  /** The exposition text (Prometheus text format 0.0.4). */
  render(): string;
}

export function createMetrics(): GatewayMetrics {
  const calls = new Counter(
    "calkit_gateway_calls_total",
    "Calls answered, by operation, decision and status.",
  );
  const denials = new Counter(
    "calkit_gateway_denials_total",
    "Calls the policy denied, by operation.",
  );
  const limits = new Counter(
    "calkit_gateway_limit_hits_total",
    "Calls refused by a limit, by kind (agent, quota, upstream, unavailable).",
  );
  const upstream = new Counter(
    "calkit_gateway_upstream_responses_total",
    "Answers from Cal.com, by status (error: none came).",
  );
  const latency = new Histogram(
    "calkit_gateway_call_duration_seconds",
    "Time from a call's arrival to its answer, by operation.",
  );
  const mcp = new Counter(
    "calkit_gateway_mcp_tool_calls_total",
    "MCP tool calls, by tool and decision.",
  );
  return {
    call(event) {
      const operation = event.operation ?? "none";
      calls.inc({ operation, decision: event.decision ?? "none", status: String(event.status) });
      if (event.decision === "denied") denials.inc({ operation });
      latency.observe({ operation }, Math.max(0, event.ended - event.started) / 1000);
    },
    toolCall(event) {
      mcp.inc({ tool: event.tool, decision: event.decision ?? "none" });
    },
    limitHit(kind) {
      limits.inc({ kind });
    },
    upstream(status) {
      upstream.inc({ status: String(status) });
    },
    render() {
      return `${[calls, denials, limits, upstream, latency, mcp].flatMap((m) => m.render()).join("\n")}\n`;
    },
  };
}
