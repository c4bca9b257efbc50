/**
 * What a model needs to call a tool right the first time survives every cut of the tool text
 * (issue #16): which id goes where and where to get it, the format of every date and time, IANA
 * time zones, units, and what a write does. Checked on the MCP form (what `tools/list` sends; the
 * other formats carry the same descriptions). Each rule names the tool and argument that breaks it.
 */
import { OPERATION_COUNT } from "@calkit/client";
import { describe, expect, it } from "vitest";
import { type JsonSchema, type McpTool, toMcpTools, toolDefinitions } from "../src/index.js";

const tools: McpTool[] = toMcpTools(toolDefinitions, { outputSchema: false });

interface Argument {
  tool: string;
  /** Dotted path below the root, e.g. `attendee.timeZone` or `overrides[].date`. */
  path: string;
  name: string;
  schema: JsonSchema;
  /** The description of the nearest described node at or above this one (the argument's own first). */
  described: string;
  /** The tool's path arguments (ids in the URL). */
  inPath: boolean;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** Every property of every tool, at any depth, with the words a model reads for it. */
function argumentsOf(tool: McpTool): Argument[] {
  const pathNames = new Set(
    toolDefinitions.find((d) => d.name === tool.name)?.arguments.path ?? [],
  );
  const out: Argument[] = [];
  const visit = (node: JsonSchema, path: string, inherited: string, top: boolean) => {
    const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
    for (const [name, schema] of Object.entries(properties)) {
      const own = text(schema.description);
      const here = path ? `${path}.${name}` : name;
      out.push({
        tool: tool.name,
        path: here,
        name,
        schema,
        described: own || inherited,
        inPath: top && pathNames.has(name),
      });
      visit(schema, here, own || inherited, false);
      const items = schema.items as JsonSchema | undefined;
      if (items && typeof items === "object") visit(items, `${here}[]`, own || inherited, false);
    }
  };
  visit(tool.inputSchema, "", "", true);
  return out;
}

const all = tools.flatMap(argumentsOf);

/**
 * Every argument that carries an id, and what its words must say: the resource it names and the
 * operation (or field) it comes from. A new id argument fails until it is added here.
 */
const ID_RULES: Record<string, RegExp[]> = {
  bookingUid: [/\buid\b/i, /booking/],
  seatUid: [/seatUid/],
  eventTypeId: [/event type/i],
  scheduleId: [/schedule/i, /schedules\.list/],
  defaultScheduleId: [/schedules\.list/],
  teamId: [/team/i],
  teamIds: [/teams\.list/],
  orgId: [/organization/i],
  userId: [/member/i, /orgUsers\.list/],
  webhookId: [/subscription/i, /webhooks\.list/],
  uid: [/reservationUid/, /slots\.reserve/],
  id: [/credentialId/, /calendars\.list/],
  credentialId: [/credentialId/, /calendars\.list/],
  externalId: [/externalId/, /calendars\.list/],
  bookingUidToReschedule: [/\buid\b/i, /booking/i],
};
const isId = (name: string) => /^(id|uid)$|(Id|Uid|Ids)$/.test(name);

describe("tool text keeps what a model needs", () => {
  it("covers every tool", () => {
    expect(tools).toHaveLength(OPERATION_COUNT);
  });

  it("every id argument says which id it is and where it comes from", () => {
    const problems: string[] = [];
    for (const arg of all) {
      if (!isId(arg.name) && !arg.inPath) continue;
      if (arg.schema.enum) continue; // a path enum (`calendar`) names its values itself
      const rules = ID_RULES[arg.name];
      if (!rules) {
        problems.push(`${arg.tool} ${arg.path}: an id argument without a rule in ID_RULES`);
        continue;
      }
      for (const rule of rules)
        if (!rule.test(arg.described))
          problems.push(`${arg.tool} ${arg.path}: "${arg.described}" does not match ${rule}`);
    }
    expect(problems).toEqual([]);
  });

  it("every path id has a description of its own naming the operation it comes from", () => {
    const operations = new Set(toolDefinitions.map((d) => d.operationId));
    const problems: string[] = [];
    for (const arg of all.filter((a) => a.inPath && !a.schema.enum)) {
      const own = text(arg.schema.description);
      const named = (own.match(/\b[a-z][A-Za-z]*\.[a-z][A-Za-z]*\b/g) ?? []).filter((id) =>
        operations.has(id),
      );
      // A booking uid is named as a uid (not the numeric id); every tool on a booking says so.
      if (!own || (!named.length && arg.name !== "bookingUid"))
        problems.push(`${arg.tool} ${arg.path}: "${own}"`);
    }
    expect(problems).toEqual([]);
  });

  it("every date or time says its format (ISO 8601 instant, `YYYY-MM-DD` or `HH:mm`)", () => {
    const problems: string[] = [];
    for (const arg of all) {
      if (!/^(start|end|date|dateFrom|dateTo|afterStart|beforeEnd|slotStart)$|Time$/.test(arg.name))
        continue;
      const said =
        typeof arg.schema.pattern === "string" ||
        typeof arg.schema.format === "string" ||
        /ISO 8601|YYYY-MM-DD|HH:mm/.test(arg.described);
      if (!said) problems.push(`${arg.tool} ${arg.path}: "${arg.described}"`);
      // An instant must also say which zone it is read in.
      if (/ISO 8601/.test(arg.described) && !/UTC/.test(arg.described))
        problems.push(`${arg.tool} ${arg.path}: an instant without "UTC"`);
    }
    expect(problems).toEqual([]);
  });

  it("every time zone says it is an IANA name", () => {
    const bad = all.filter((a) => a.name === "timeZone" && !/IANA/.test(a.described));
    expect(bad.map((a) => `${a.tool} ${a.path}: "${a.described}"`)).toEqual([]);
  });

  it("every length, notice, buffer or interval says its unit", () => {
    const bad = all.filter(
      (a) =>
        /(length|Length|Duration|duration|Buffer|Notice|Interval)/.test(a.name) &&
        !/slug|Slug/.test(a.name) &&
        !/minute/i.test(a.described),
    );
    expect(bad.map((a) => `${a.tool} ${a.path}: "${a.described}"`)).toEqual([]);
  });

  it("every required argument is described", () => {
    const bare = tools.flatMap((t) =>
      t.inputSchema.required
        .filter((name) => !text(t.inputSchema.properties[name]?.description))
        .map((name) => `${t.name} ${name}`),
    );
    expect(bare).toEqual([]);
  });

  it("every write says what it does: destructive and not idempotent are spelled out", () => {
    const problems: string[] = [];
    for (const d of toolDefinitions) {
      if (d.access !== "write") continue;
      if (d.annotations.destructiveHint && !/Destructive\./.test(d.description))
        problems.push(`${d.name}: destructive, not said`);
      if (!d.annotations.idempotentHint && !/Not idempotent\./.test(d.description))
        problems.push(`${d.name}: not idempotent, not said`);
    }
    expect(problems).toEqual([]);
  });

  it("alternative ways to name an event type say what they replace and need", () => {
    const slugs = all.filter((a) => a.name === "eventTypeSlug" && a.path === a.name);
    expect(slugs.length).toBeGreaterThan(0);
    for (const arg of slugs) expect(arg.described, arg.tool).toMatch(/eventTypeId/);
    for (const arg of slugs) expect(arg.described, arg.tool).toMatch(/username|teamSlug/);
  });
});
