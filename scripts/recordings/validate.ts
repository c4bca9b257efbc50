/**
 * Checks the spec against what Cal.com really sent: every recorded 2xx answer must match the
 * response schema its operation declares for that status.
 */
import { escapeSegment } from "../spec-sync/pointer";
import { formatMismatch, SchemaExplainer } from "./explain";
import { matchOperation } from "./match";
import type { Recording } from "./recording";

type Json = Record<string, unknown>;

export interface RecordingVerdict {
  name: string;
  /** The operation id it was matched to, or undefined when it is not one of ours. */
  operationId: string | undefined;
  problems: string[];
}

export function checkRecording(
  doc: Json,
  explainer: SchemaExplainer,
  name: string,
  recording: Recording,
): RecordingVerdict {
  const { request, response } = recording;
  const found = matchOperation(doc, request.method, request.path);
  if (!found) return { name, operationId: undefined, problems: [] };
  const operationId = String(found.op.operationId);
  if (response.status < 200 || response.status > 299) return { name, operationId, problems: [] };
  const responses = (found.op.responses ?? {}) as Json;
  const status = String(response.status);
  if (!(status in responses)) {
    const declared = Object.keys(responses).filter((s) => s.startsWith("2"));
    return {
      name,
      operationId,
      problems: [`status ${status} is not declared (the spec declares ${declared.join(", ")})`],
    };
  }
  const schemaAt = `${found.pointer}/responses/${status}/content/${escapeSegment("application/json")}/schema`;
  const problems = explainer.explain(schemaAt, response.body).map(formatMismatch);
  return { name, operationId, problems };
}

/** A verdict per recording, in name order. */
export function checkRecordings(doc: Json, recordings: Map<string, Recording>): RecordingVerdict[] {
  const explainer = new SchemaExplainer(doc);
  return [...recordings].map(([name, recording]) =>
    checkRecording(doc, explainer, name, recording),
  );
}
