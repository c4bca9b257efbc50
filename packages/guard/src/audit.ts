/**
 * The audit log: every call, allowed or denied, as one structured record with a plain-English
 * sentence. Sinks receive records; the JSON Lines sink appends one line per record with a single
 * synchronous write, so concurrent calls in one process never interleave lines.
 */
import { closeSync, fsyncSync, openSync, writeSync } from "node:fs";

export interface AuditRecord {
  /** ISO 8601 instant the decision was made. */
  time: string;
  agent: string;
  /** Operation id (`bookings.cancel`), or the webhook trigger for received events. */
  operation: string;
  resource: string;
  access: "read" | "write" | "event";
  /** Ids the call is about: path parameters and the event type. */
  target: Record<string, string | number>;
  decision: "allowed" | "denied" | "received";
  reason: string;
  outcome: { status: "ok" | "error" | "not-sent"; httpStatus?: number; error?: string };
  durationMs: number;
  sentence: string;
}

export type AuditSink = (record: AuditRecord) => void;

export interface AuditLog {
  write(record: AuditRecord): void;
}

/** Fans records out to sinks; a failing sink never breaks the call being audited. */
export function createAuditLog(...sinks: AuditSink[]): AuditLog {
  return {
    write(record) {
      for (const sink of sinks) {
        try {
          sink(record);
        } catch {
          // An audit sink must not turn a successful call into a failure.
        }
      }
    },
  };
}

export interface JsonlSinkOptions {
  /** fsync after every record (slower; survives a power cut). Default false. */
  durable?: boolean;
}

/** Appends each record as one JSON line to `path` (created if missing, never truncated). */
export function jsonlSink(
  path: string,
  options: JsonlSinkOptions = {},
): AuditSink & { close(): void } {
  const fd = openSync(path, "a");
  const sink = (record: AuditRecord) => {
    writeSync(fd, `${JSON.stringify(record)}\n`);
    if (options.durable) fsyncSync(fd);
  };
  return Object.assign(sink, { close: () => closeSync(fd) });
}

/** Prints each sentence (stderr by default, so stdio protocols on stdout stay clean). */
export function consoleSink(
  print: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): AuditSink {
  return (record) => print(record.sentence);
}

export function callbackSink(callback: (record: AuditRecord) => void): AuditSink {
  return callback;
}
