// Preloaded into a gateway process (`node --import`) by otel.test.ts: a minimal OpenTelemetry
// tracer provider, registered through @opentelemetry/api alone, that appends every ended span to
// the file named by OTEL_CAPTURE_FILE as one JSON line. Stands in for an operator's SDK setup.
import { appendFileSync } from "node:fs";
import { trace } from "@opentelemetry/api";

const file = process.env.OTEL_CAPTURE_FILE;
const context = {
  traceId: "00000000000000000000000000000001",
  spanId: "0000000000000001",
  traceFlags: 1,
};

function startSpan(name, options = {}) {
  const attributes = { ...options.attributes };
  let status;
  return {
    spanContext: () => context,
    setAttribute(key, value) {
      attributes[key] = value;
      return this;
    },
    setAttributes(values) {
      Object.assign(attributes, values);
      return this;
    },
    addEvent() {
      return this;
    },
    addLink() {
      return this;
    },
    addLinks() {
      return this;
    },
    setStatus(value) {
      status = value;
      return this;
    },
    updateName(value) {
      name = value;
      return this;
    },
    end() {
      appendFileSync(file, `${JSON.stringify({ name, kind: options.kind, attributes, status })}\n`);
    },
    isRecording: () => true,
    recordException() {},
  };
}

const tracer = {
  startSpan,
  startActiveSpan(name, ...rest) {
    const fn = rest.pop();
    return fn(startSpan(name, rest[0]));
  },
};
trace.setGlobalTracerProvider({ getTracer: () => tracer });
