/**
 * Dynamic mode: three meta-tools instead of the whole list, for tight context budgets. The model
 * searches the operations it may use, reads one operation's schema, then calls it by name.
 * The meta-tools are ToolDefinitions, so every adapter formats them like the generated ones.
 */
import { type ExecuteOptions, executeToolCall, type ToolCallResult } from "./executor.js";
import { toolDefinitions } from "./generated/definitions.gen.js";
import { closestNames } from "./suggest.js";
import { firstSentence } from "./text.js";
import type { JsonSchema, ToolDefinition } from "./types.js";
import { checkArguments } from "./validate.js";

export const SEARCH_OPERATIONS = "cal_search_operations";
export const DESCRIBE_OPERATION = "cal_describe_operation";
export const CALL_OPERATION = "cal_call_operation";

/** Options of a meta-tool call: those of executeToolCall, with the client needed only to call. */
export type DynamicCallOptions = Omit<ExecuteOptions, "tools" | "client"> & {
  readonly client?: ExecuteOptions["client"];
};

export interface DynamicTools {
  /** `cal_search_operations`, `cal_describe_operation`, `cal_call_operation`. */
  readonly definitions: readonly ToolDefinition[];
  /** The operations reachable through them (the selection given). */
  readonly selection: readonly ToolDefinition[];
  /** Whether `name` is one of the meta-tools. */
  has(name: unknown): boolean;
  /** Runs a meta-tool call; like executeToolCall it never rejects. */
  handle(name: unknown, args: unknown, options?: DynamicCallOptions): Promise<ToolCallResult>;
}

export interface DynamicToolsOptions {
  /** Most matches one search returns. Default 8. */
  readonly searchLimit?: number;
}

/** One search match: enough to pick an operation, not to call it. */
export interface OperationMatch {
  readonly name: string;
  readonly title: string;
  /** The first sentence of the tool's description. */
  readonly description: string;
}

const RESOURCE_WORDS: Record<string, string> = {
  bookings: "booking bookings meeting meetings appointment appointments book",
  eventTypes: "event type types event-type meeting kind duration",
  slots: "slot slots availability available free time times open reserve hold",
  schedules: "schedule schedules availability working hours",
  calendars: "calendar calendars busy google office365 outlook connect",
  me: "me my profile user account who whoami",
  teams: "team teams",
  webhooks: "webhook webhooks subscription subscribe notification events",
  orgUsers: "organization organisation org member members user users",
};

/** The three meta-tools over `selection` (default: every tool) and their handler. */
export function createDynamicTools(
  selection: readonly ToolDefinition[] = toolDefinitions,
  options: DynamicToolsOptions = {},
): DynamicTools {
  const tools = [...selection];
  const limit = Math.max(1, Math.floor(options.searchLimit ?? 8));
  const resources = [...new Set(tools.map((t) => t.resource))];
  const definitions = metaTools(tools, resources);
  const byName = new Map(definitions.map((d) => [d.name, d]));

  async function handle(
    name: unknown,
    args: unknown,
    call: DynamicCallOptions = {},
  ): Promise<ToolCallResult> {
    try {
      const meta = typeof name === "string" ? byName.get(name) : undefined;
      if (!meta) {
        // Not a meta-tool: maybe the model called an operation directly; run it through the same checks.
        if (
          typeof name === "string" &&
          tools.some((t) => t.name === name || t.operationId === name) &&
          call.client
        ) {
          return executeToolCall(name, args, { ...call, client: call.client, tools });
        }
        const close = typeof name === "string" ? closestNames(name, byName.keys(), 1) : [];
        return {
          ok: false,
          error: {
            kind: "unknown_tool",
            message: `Unknown tool ${JSON.stringify(typeof name === "string" ? name.slice(0, 64) : name) ?? String(name)}.${close.length ? ` Did you mean ${close[0]}?` : ""} Available: ${definitions.map((d) => d.name).join(", ")}.`,
            retryable: false,
          },
        };
      }
      // cal_call_operation's `arguments` may arrive as JSON text (formats without free-form objects).
      const input = meta.name === CALL_OPERATION ? parseNestedArguments(args) : args;
      const checked = checkArguments(meta, input);
      if (!checked.ok) {
        return {
          ok: false,
          error: {
            kind: "invalid_arguments",
            message: `${checked.message} Fix the arguments and call ${meta.name} again.`,
            ...(checked.field !== undefined ? { field: checked.field } : {}),
            retryable: false,
          },
        };
      }
      const a = checked.args;
      switch (meta.name) {
        case SEARCH_OPERATIONS:
          return search(
            tools,
            String(a.query ?? ""),
            a.resource as string | undefined,
            a.access as string | undefined,
            limit,
          );
        case DESCRIBE_OPERATION:
          return describe(tools, String(a.name));
        default: {
          const target = String(a.name);
          if (!call.client) {
            return {
              ok: false,
              error: {
                kind: "config",
                message: `${CALL_OPERATION} needs a client: pass { client } to handle().`,
                retryable: false,
              },
            };
          }
          return executeToolCall(target, a.arguments ?? {}, {
            ...call,
            client: call.client,
            tools,
          });
        }
      }
    } catch (error) {
      return {
        ok: false,
        error: {
          kind: "internal",
          message: `Unexpected error in dynamic mode: ${error instanceof Error ? error.message : String(error)}.`,
          retryable: false,
        },
      };
    }
  }

  return {
    definitions,
    selection: tools,
    has: (name) => typeof name === "string" && byName.has(name),
    handle,
  };
}

function parseNestedArguments(args: unknown): unknown {
  if (args === null || typeof args !== "object" || Array.isArray(args)) return args;
  const nested = (args as Record<string, unknown>).arguments;
  if (typeof nested !== "string") return args;
  try {
    const parsed: unknown = nested.trim() === "" ? {} : JSON.parse(nested);
    return { ...(args as Record<string, unknown>), arguments: parsed };
  } catch {
    return args; // left as a string: validation names `arguments`
  }
}

// ---------------------------------------------------------------------------------------------
// The definitions.

function metaTools(
  tools: readonly ToolDefinition[],
  resources: readonly string[],
): ToolDefinition[] {
  const reads = tools.every((t) => t.access === "read");
  const resourceProperty: JsonSchema = {
    type: "string",
    description: "Only this endpoint family.",
  };
  if (resources.length) resourceProperty.enum = [...resources];
  const readOnly = {
    readOnlyHint: true,
    destructiveHint: false,
    idempotentHint: true,
    openWorldHint: false,
  };
  const base = { resource: "operations", scope: null, auth: "none" as const };
  return [
    {
      ...base,
      name: SEARCH_OPERATIONS,
      operationId: "operations.search",
      title: "Search Cal.com operations",
      description:
        "Finds the Cal.com operations you can use (bookings, event types, free slots, schedules, calendars, profile, teams, webhooks, organization members) by keywords. Returns names and one-line summaries; then use cal_describe_operation and cal_call_operation.",
      inputSchema: {
        type: "object",
        properties: {
          query: {
            type: "string",
            description: 'Keywords, e.g. "cancel booking" or "free slots".',
          },
          resource: resourceProperty,
          access: {
            type: "string",
            enum: ["read", "write"],
            description: "read: only look; write: change something.",
          },
        },
        required: ["query"],
      },
      outputSchema: {
        type: "object",
        properties: {
          data: {
            type: "object",
            properties: {
              matches: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    name: { type: "string" },
                    title: { type: "string" },
                    description: { type: "string" },
                  },
                  required: ["name", "title", "description"],
                },
              },
              total: { type: "integer" },
            },
            required: ["matches", "total"],
          },
        },
        required: ["data"],
      },
      annotations: { title: "Search Cal.com operations", ...readOnly },
      access: "read",
      arguments: { path: [], query: [], body: ["query", "resource", "access"] },
    },
    {
      ...base,
      name: DESCRIBE_OPERATION,
      operationId: "operations.describe",
      title: "Describe a Cal.com operation",
      description:
        "Returns one operation's full description and the JSON Schema of its arguments. Call it before cal_call_operation.",
      inputSchema: {
        type: "object",
        properties: {
          name: {
            type: "string",
            description: "Operation name from cal_search_operations, e.g. cal_bookings_list.",
          },
        },
        required: ["name"],
      },
      outputSchema: {
        type: "object",
        properties: {
          data: {
            type: "object",
            properties: {
              name: { type: "string" },
              title: { type: "string" },
              description: { type: "string" },
              access: { type: "string" },
              scope: { type: ["string", "null"] },
              inputSchema: { type: "object" },
            },
            required: ["name", "title", "description", "access", "scope", "inputSchema"],
          },
        },
        required: ["data"],
      },
      annotations: { title: "Describe a Cal.com operation", ...readOnly },
      access: "read",
      arguments: { path: [], query: [], body: ["name"] },
    },
    {
      ...base,
      auth: tools.some((t) => t.auth === "required")
        ? "required"
        : tools.some((t) => t.auth === "optional")
          ? "optional"
          : "none",
      name: CALL_OPERATION,
      operationId: "operations.call",
      title: "Call a Cal.com operation",
      description:
        "Runs one Cal.com operation by name with arguments matching its schema from cal_describe_operation. Returns its result, or an error saying what to fix.",
      inputSchema: {
        type: "object",
        properties: {
          name: { type: "string", description: "Operation name, e.g. cal_bookings_list." },
          arguments: {
            type: "object",
            description: "The operation's arguments as one object; {} when it takes none.",
          },
        },
        required: ["name", "arguments"],
      },
      outputSchema: { type: "object", properties: { data: {} }, required: ["data"] },
      annotations: {
        title: "Call a Cal.com operation",
        readOnlyHint: reads,
        destructiveHint: tools.some((t) => t.annotations.destructiveHint),
        idempotentHint: tools.every((t) => t.annotations.idempotentHint),
        openWorldHint: true,
      },
      access: reads ? "read" : "write",
      arguments: { path: [], query: [], body: ["name", "arguments"] },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Search and describe.

function search(
  tools: readonly ToolDefinition[],
  query: string,
  resource: string | undefined,
  access: string | undefined,
  limit: number,
): ToolCallResult {
  const words = tokenize(query);
  const candidates = tools.filter(
    (t) => (!resource || t.resource === resource) && (!access || t.access === access),
  );
  const scored = candidates
    .map((tool, index) => ({ tool, index, score: words.length ? score(tool, words) : 1 }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const matches: OperationMatch[] = scored.slice(0, limit).map(({ tool }) => ({
    name: tool.name,
    title: tool.title,
    description: firstSentence(tool.description, { max: 160 }),
  }));
  return { ok: true, data: { matches, total: scored.length } };
}

function describe(tools: readonly ToolDefinition[], name: string): ToolCallResult {
  const tool = tools.find((t) => t.name === name || t.operationId === name);
  if (!tool) {
    const close = closestNames(
      name,
      tools.map((t) => t.name),
      3,
    );
    return {
      ok: false,
      error: {
        kind: "unknown_tool",
        message: `No operation named ${JSON.stringify(name.slice(0, 64))} is available to you.${close.length ? ` Did you mean ${close.join(", ")}?` : ""} Use ${SEARCH_OPERATIONS} to find one.`,
        field: "name",
        retryable: false,
      },
    };
  }
  return {
    ok: true,
    data: {
      name: tool.name,
      title: tool.title,
      description: tool.description,
      access: tool.access,
      scope: tool.scope,
      inputSchema: tool.inputSchema,
    },
  };
}

/** Lower-case words with simple English endings removed ("cancelled" → "cancel", "bookings" → "booking"). */
function tokenize(text: string): string[] {
  return text
    .slice(0, 500)
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    .map(stem);
}

const STOP_WORDS = new Set([
  "am",
  "an",
  "and",
  "are",
  "at",
  "be",
  "by",
  "do",
  "for",
  "from",
  "how",
  "in",
  "is",
  "it",
  "of",
  "on",
  "or",
  "the",
  "to",
  "with",
]);

function stem(word: string): string {
  for (const suffix of ["ations", "ation", "ings", "ing", "ies", "led", "ed", "es", "s"]) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length);
      return suffix === "ies" ? `${base}y` : suffix === "led" ? `${base}l` : base;
    }
  }
  return word;
}

function score(tool: ToolDefinition, words: readonly string[]): number {
  const own = new Set(tokenize(`${tool.name} ${tool.operationId} ${tool.title}`));
  const described = new Set(tokenize(tool.description));
  const family = new Set(tokenize(RESOURCE_WORDS[tool.resource] ?? ""));
  let total = 0;
  for (const word of words) {
    if (own.has(word)) total += 3;
    else if (
      [...own].some(
        (s) => s.length >= 4 && word.length >= 4 && (s.startsWith(word) || word.startsWith(s)),
      )
    )
      total += 2;
    else if (described.has(word) || family.has(word)) total += 1;
  }
  return total;
}
