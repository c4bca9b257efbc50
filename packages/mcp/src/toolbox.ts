/**
 * What one credential may see and call: the selected tools (credentials, scopes, read-only,
 * toolsets, policy), in MCP form, and a `call` that runs through the guard (or the plain executor
 * when no policy is set) and returns MCP results. One toolbox per credential, cached.
 */
import type { CalClient } from "@calkit/client";
import {
  type Approver,
  type AuditLog,
  createGuard,
  type Guard,
  mayUse,
  type PolicyFile,
} from "@calkit/guard";
import {
  CALL_OPERATION,
  checkArguments,
  conformOutput,
  createDynamicTools,
  DEFAULT_MAX_RESULT_BYTES,
  type DynamicTools,
  executeToolCall,
  type McpTool,
  type OmittedValue,
  selectTools,
  type ToolCallResult,
  type ToolDefinition,
  ToolSelectionError,
  toMcpTools,
  toolDefinitions,
} from "@calkit/tools";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import {
  type CalCredential,
  type ClientSettings,
  clientFor,
  fingerprint,
  grantOf,
  McpSetupError,
} from "./credentials.js";
import { errorResult, structuredOf, successResult } from "./result.js";

export interface CalkitMcpOptions {
  /** The credential every call uses, unless an HTTP request brings its own bearer token. */
  credential?: CalCredential;
  /** Cal.com's base URL. Default https://api.cal.com. */
  baseUrl?: string;
  /** Per-agent policy; with it every call goes through the guard (deny by default). */
  policy?: PolicyFile;
  /** The agent whose policy applies (and who the audit log names). */
  agent?: string;
  /** Audit log of every call. Without a policy, calls are audited but not restricted. */
  audit?: AuditLog;
  /** Decides the calls the policy `ask`s about (see @calkit/guard); without one they are denied. */
  approve?: Approver;
  /** Mask attendee names, emails and phone numbers in audit sentences. */
  redactPersonalData?: boolean;
  /** Only read tools. */
  readOnly?: boolean;
  /** Only these resources: bookings, eventTypes, slots, schedules, calendars, me, teams, webhooks, orgUsers. */
  toolsets?: readonly string[];
  /** Three meta-tools (search / describe / call) instead of the full list. */
  dynamic?: boolean;
  /** List tools without `outputSchema` (about 70 % fewer tokens); results still carry structuredContent. */
  outputSchemas?: boolean;
  /** Budget of one result (UTF-8 JSON). Default 16 000. */
  maxResultBytes?: number;
  /** Tool calls a minute per credential; 0 or undefined: no limit. */
  rateLimit?: number;
  /** Client settings other than credentials (fetch, timeoutMs, maxRetries, headers…). */
  client?: ClientSettings;
}

/** The client settings of the options: `client` plus the base URL. */
export function clientSettingsOf(options: CalkitMcpOptions): ClientSettings {
  return { ...options.client, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) };
}

export interface Toolbox {
  /** The tools listed to this credential. */
  readonly tools: readonly McpTool[];
  /** The operations reachable (the listed tools, or what the meta-tools reach in dynamic mode). */
  readonly selection: readonly ToolDefinition[];
  call(name: string, args: unknown, signal?: AbortSignal): Promise<CallToolResult>;
}

const RESOURCE_ALIASES: Record<string, string> = {
  bookings: "bookings",
  booking: "bookings",
  eventtypes: "eventTypes",
  eventtype: "eventTypes",
  slots: "slots",
  slot: "slots",
  schedules: "schedules",
  schedule: "schedules",
  calendars: "calendars",
  calendar: "calendars",
  me: "me",
  profile: "me",
  teams: "teams",
  team: "teams",
  webhooks: "webhooks",
  webhook: "webhooks",
  orgusers: "orgUsers",
  organizationusers: "orgUsers",
  organisationusers: "orgUsers",
};

/** `event-types`, `event_types`, `eventTypes`, `profile` → the resource names of the spec. */
export function normalizeToolsets(names: readonly string[]): string[] {
  return [
    ...new Set(
      names.map((name) => RESOURCE_ALIASES[name.replace(/[-_\s]/g, "").toLowerCase()] ?? name),
    ),
  ];
}

/** Every resource at `full`: the guard audits calls but restricts nothing (audit log without a policy). */
function auditOnlyPolicy(agent: string): PolicyFile {
  const resources = Object.fromEntries(
    [...new Set(toolDefinitions.map((t) => t.resource))].map((r) => [r, "full" as const]),
  );
  return {
    version: 1,
    agents: {
      [agent]: { description: "No policy: every call is allowed and audited.", resources },
    },
  };
}

export interface Core {
  readonly options: CalkitMcpOptions;
  toolbox(credential: CalCredential): Toolbox;
}

const MAX_CACHED = 64;

/** Checks the options once (a McpSetupError says what is wrong) and caches a toolbox per credential. */
export function createCore(options: CalkitMcpOptions): Core {
  const toolsets = options.toolsets ? normalizeToolsets(options.toolsets) : undefined;
  try {
    selectTools({ apiKey: true, ...(toolsets ? { resources: toolsets } : {}) });
  } catch (error) {
    if (error instanceof ToolSelectionError)
      throw new McpSetupError(`--toolsets: ${error.message}`);
    throw error;
  }
  let policy = options.policy;
  const agent = options.agent ?? (policy ? undefined : "mcp");
  if (policy) {
    if (!agent) throw new McpSetupError("A policy needs the agent it applies to (--agent).");
    if (!policy.agents[agent]) {
      const known = Object.keys(policy.agents);
      throw new McpSetupError(
        `The policy has no agent "${agent}"${known.length ? `; its agents are ${known.join(", ")}` : ""}. Deny by default would leave no tools.`,
      );
    }
  } else if (options.audit) {
    policy = auditOnlyPolicy(agent ?? "mcp");
  }
  const maxResultBytes = options.maxResultBytes ?? DEFAULT_MAX_RESULT_BYTES;
  if (!Number.isFinite(maxResultBytes) || maxResultBytes < 500)
    throw new McpSetupError("--max-result-bytes must be a number of at least 500.");
  const withOutputSchemas = options.outputSchemas !== false;
  const warned = new Set<string>();

  /** Says once per tool which fields of Cal.com's answers its output schema does not fit. */
  function warnOmitted(tool: ToolDefinition, omitted: readonly OmittedValue[]): void {
    if (warned.has(tool.name)) return;
    warned.add(tool.name);
    const fields = [...new Set(omitted.map((o) => `${o.pointer || "(root)"} ${o.problem}`))];
    process.emitWarning(
      `${tool.name}: Cal.com's answer does not match the output schema at ${fields.slice(0, 5).join("; ")}${fields.length > 5 ? ` and ${fields.length - 5} more` : ""}; those values are in the text only. The spec may be out of date.`,
      { code: "CALKIT_OUTPUT_SCHEMA" },
    );
  }

  function build(credential: CalCredential): Toolbox {
    let selection = selectTools({
      ...grantOf(credential),
      ...(toolsets ? { resources: toolsets } : {}),
      ...(options.readOnly ? { access: "read" as const } : {}),
    });
    if (policy && agent) selection = selection.filter((t) => mayUse(policy, agent, t.operationId));
    const client: CalClient = clientFor(credential, clientSettingsOf(options));
    const guard: Guard | undefined =
      policy && agent
        ? createGuard({
            policy,
            agent,
            client,
            ...(options.audit ? { audit: options.audit } : {}),
            ...(options.approve ? { approve: options.approve } : {}),
            ...(options.redactPersonalData ? { redactPersonalData: true } : {}),
          })
        : undefined;
    const dynamic: DynamicTools | undefined = options.dynamic
      ? createDynamicTools(selection)
      : undefined;
    const listedDefinitions = dynamic ? dynamic.definitions : selection;
    const tools = toMcpTools(listedDefinitions, { outputSchema: withOutputSchemas });
    const listed = new Map(tools.map((t) => [t.name, t]));
    const byName = new Map<string, ToolDefinition>();
    for (const t of [...toolDefinitions, ...listedDefinitions]) {
      byName.set(t.name, t);
      byName.set(t.operationId, t);
    }

    async function run(name: string, args: unknown, signal?: AbortSignal): Promise<ToolCallResult> {
      const common = { tools: selection, maxResultBytes, ...(signal ? { signal } : {}) };
      if (!guard) return executeToolCall(name, args ?? {}, { ...common, client });
      // The guard validates the arguments first, then decides (looking bookings up only for
      // arguments that could be sent), then executes and audits.
      return guard.execute(name, args ?? {}, common);
    }

    /** Turns an executor result into an MCP result; `shape` is the operation that produced the data. */
    function shaped(
      result: ToolCallResult,
      listedName: string,
      shape: ToolDefinition | undefined,
    ): CallToolResult {
      if (!result.ok) return errorResult(result.error);
      const structured = shape ? structuredOf(shape, result.data) : { data: result.data ?? null };
      const tool = listed.get(listedName);
      const conformed = tool?.outputSchema
        ? conformOutput(tool.outputSchema, structured)
        : { value: structured, omitted: [] };
      if (conformed.omitted.length && shape) warnOmitted(shape, conformed.omitted);
      return successResult(structured, result, maxResultBytes, conformed);
    }

    async function call(
      name: string,
      args: unknown,
      signal?: AbortSignal,
    ): Promise<CallToolResult> {
      if (dynamic?.has(name)) {
        if (name !== CALL_OPERATION)
          return shaped(await dynamic.handle(name, args), name, byName.get(name));
        // cal_call_operation runs the named operation through the same path as a direct call (guard included).
        const meta = byName.get(CALL_OPERATION) as ToolDefinition;
        const checked = checkArguments(meta, nestedArguments(args));
        if (!checked.ok) {
          return errorResult({
            kind: "invalid_arguments",
            message: `${checked.message} Fix the arguments and call ${CALL_OPERATION} again.`,
            ...(checked.field ? { field: checked.field } : {}),
            retryable: false,
          });
        }
        const target = String(checked.args.name);
        return shaped(
          await run(target, checked.args.arguments ?? {}, signal),
          name,
          byName.get(target),
        );
      }
      return shaped(await run(name, args, signal), name, byName.get(name));
    }

    return { tools, selection, call };
  }

  const cache = new Map<string, Toolbox>();
  return {
    options: { ...options, ...(policy ? { policy } : {}), ...(agent ? { agent } : {}) },
    toolbox(credential) {
      const key = fingerprint(credential);
      let box = cache.get(key);
      if (box) {
        cache.delete(key); // most recently used last
      } else {
        box = build(credential);
        if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
      }
      cache.set(key, box);
      return box;
    },
  };
}

/** cal_call_operation's `arguments` may arrive as JSON text (clients without free-form objects). */
function nestedArguments(args: unknown): unknown {
  if (args === null || typeof args !== "object" || Array.isArray(args)) return args;
  const nested = (args as Record<string, unknown>).arguments;
  if (typeof nested !== "string") return args;
  try {
    return {
      ...(args as Record<string, unknown>),
      arguments: nested.trim() === "" ? {} : JSON.parse(nested),
    };
  } catch {
    return args;
  }
}
