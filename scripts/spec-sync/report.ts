/**
 * The sync's report as a reviewer reads it in a pull request: drift grouped by the operations it
 * affects (added / removed / changed / deprecated), uncurated upstream operations next to ours,
 * and what the curation must follow up. Text for terminals, Markdown for PR comments, JSON for bots.
 */
import type { BuildNote } from "./build";
import { CHANGE_KINDS, type DriftItem } from "./drift";
import type { SyncResult } from "./sync";

export const REPORT_FORMATS = ["text", "markdown", "json"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  /** Leave out the follow-ups (text and Markdown). */
  quiet?: boolean;
}

export type SpecStatus = "updated" | "would change" | "unchanged" | "not written";

export function statusOf(result: SyncResult): SpecStatus {
  if (result.problems.length) return "not written";
  if (!result.changed) return "unchanged";
  return result.written ? "updated" : "would change";
}

export interface DriftGroup {
  /** The operations every item of the group affects (empty: reached by no operation). */
  operations: string[];
  items: DriftItem[];
}

/** Items grouped by the set of operations they affect; operation-level groups first. */
export function groupDrift(items: readonly DriftItem[]): DriftGroup[] {
  const groups = new Map<string, DriftGroup>();
  for (const item of items) {
    const key = item.operations.join(", ");
    const group = groups.get(key) ?? { operations: item.operations, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  const rank = (item: DriftItem) => CHANGE_KINDS.indexOf(item.change);
  for (const group of groups.values()) group.items.sort((a, b) => rank(a) - rank(b));
  return [...groups.values()].sort(
    (a, b) =>
      a.operations.length - b.operations.length ||
      a.operations.join().localeCompare(b.operations.join()),
  );
}

function groupTitle(group: DriftGroup): string {
  return group.operations.length ? group.operations.join(", ") : "no operation (webhooks, errors)";
}

function itemText(item: DriftItem): string {
  return item.schema ? `${item.schema}: ${item.message}` : item.message;
}

function noDriftSentence(result: SyncResult): string {
  return result.changed
    ? "No drift in operations or schemas: only our curation (descriptions, examples, metadata) changed the spec."
    : "No drift: the spec is unchanged.";
}

export interface FollowUps {
  /** One line per item the curation must act on. */
  actions: string[];
  /** Upstream examples invalid against their own schemas (dropped; the same on every sync). */
  droppedExamples: string[];
}

/** Undescribed fields become one line per schema; every other note is a line of its own. */
export function followUpsOf(notes: readonly BuildNote[]): FollowUps {
  const actions: string[] = [];
  const fieldsBySchema = new Map<string, string[]>();
  for (const note of notes) {
    if (note.kind === "undescribed-field" && note.schema && note.field) {
      const fields = fieldsBySchema.get(note.schema) ?? [];
      fields.push(note.field);
      fieldsBySchema.set(note.schema, fields);
    } else if (note.kind !== "dropped-example") actions.push(note.message);
  }
  for (const [schema, fields] of fieldsBySchema)
    actions.push(`describe in spec/curation/schemas.yaml: ${schema}.{${fields.join(", ")}}`);
  return {
    actions,
    droppedExamples: notes.filter((n) => n.kind === "dropped-example").map((n) => n.message),
  };
}

function header(result: SyncResult): string[] {
  return [
    `upstream: ${result.lock.source} (sha256 ${result.lock.sha256.slice(0, 12)}…, ${result.lock.bytes} bytes)`,
    `spec: ${result.outPath} ${statusOf(result)}`,
  ];
}

function neighboursIntro(result: SyncResult): string {
  const { comparedWithPrevious, operations } = result.neighbours;
  return comparedWithPrevious
    ? `${operations.length} new upstream operation(s) next to ours, not curated`
    : `${operations.length} upstream operation(s) next to ours, not curated (the previous upstream document is not available to tell which are new)`;
}

function formatText(result: SyncResult, options: ReportOptions): string {
  const lines = [...header(result), "", "Drift against the committed spec:"];
  const groups = groupDrift(result.drift);
  if (!groups.length) lines.push(`  ${noDriftSentence(result)}`);
  const width = Math.max(...CHANGE_KINDS.map((k) => k.length));
  for (const group of groups) {
    lines.push(`  ${groupTitle(group)}`);
    for (const item of group.items)
      lines.push(`    ${item.change.padEnd(width)}  ${itemText(item)}`);
  }
  if (result.neighbours.operations.length) {
    lines.push("", `${neighboursIntro(result)}:`);
    for (const op of result.neighbours.operations)
      lines.push(
        `  ${op.method.toUpperCase()} ${op.path} (${op.upstreamOperationId}${op.deprecated ? ", deprecated" : ""}), next to ${op.nearest}`,
      );
  }
  if (options.quiet) return lines.join("\n");
  const { actions, droppedExamples } = followUpsOf(result.notes);
  if (actions.length) lines.push("", "Follow-ups for the curation:");
  for (const action of actions) lines.push(`  - ${action}`);
  if (droppedExamples.length)
    lines.push(
      "",
      `(${droppedExamples.length} upstream examples invalid against their own schemas were dropped, as on every sync; --format json lists them)`,
    );
  return lines.join("\n");
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function formatMarkdown(result: SyncResult, options: ReportOptions): string {
  const lines = [
    "## Cal.com API drift",
    "",
    `Upstream ${code(result.lock.source)} (sha256 ${code(result.lock.sha256.slice(0, 12))}); spec/openapi.yaml **${statusOf(result)}**.`,
    "",
    "### Drift against the committed spec",
    "",
  ];
  const groups = groupDrift(result.drift);
  if (!groups.length) lines.push(noDriftSentence(result), "");
  for (const group of groups) {
    lines.push(`#### ${group.operations.map(code).join(", ") || groupTitle(group)}`, "");
    for (const item of group.items) lines.push(`- **${item.change}** ${itemText(item)}`);
    lines.push("");
  }
  if (result.neighbours.operations.length) {
    lines.push(
      `### ${neighboursIntro(result)}`,
      "",
      "| operation | upstream id | next to |",
      "| --- | --- | --- |",
    );
    for (const op of result.neighbours.operations)
      lines.push(
        `| ${code(`${op.method.toUpperCase()} ${op.path}`)}${op.deprecated ? " (deprecated)" : ""} | ${code(op.upstreamOperationId)} | ${code(op.nearest)} |`,
      );
    lines.push("");
  }
  if (options.quiet) return lines.join("\n");
  const { actions, droppedExamples } = followUpsOf(result.notes);
  if (actions.length) {
    lines.push("### Follow-ups for the curation", "");
    for (const action of actions) lines.push(`- [ ] ${action}`);
    lines.push("");
  }
  if (droppedExamples.length) {
    lines.push(
      `<details><summary>${droppedExamples.length} upstream examples dropped (invalid against their own schemas)</summary>`,
      "",
      ...droppedExamples.map((m) => `- ${m}`),
      "",
      "</details>",
      "",
    );
  }
  return lines.join("\n");
}

function formatJson(result: SyncResult): string {
  const { actions, droppedExamples } = followUpsOf(result.notes);
  return JSON.stringify(
    {
      upstream: result.lock,
      spec: { path: result.outPath, status: statusOf(result) },
      drift: result.drift,
      upstreamOperations: result.neighbours,
      followUps: actions,
      droppedExamples,
      notes: result.notes,
      problems: result.problems,
    },
    null,
    2,
  );
}

export function formatReport(
  result: SyncResult,
  format: ReportFormat = "text",
  options: ReportOptions = {},
): string {
  if (format === "json") return formatJson(result);
  return format === "markdown" ? formatMarkdown(result, options) : formatText(result, options);
}
