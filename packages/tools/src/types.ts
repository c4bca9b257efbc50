/** A JSON Schema (2020-12 subset) as plain data. */
export type JsonSchema = { [key: string]: unknown };

/** Hints about a tool's behaviour, as MCP defines them. */
export interface ToolAnnotations {
  readonly title: string;
  /** Only reads; changes nothing. */
  readonly readOnlyHint: boolean;
  /** May remove or irreversibly change something. */
  readonly destructiveHint: boolean;
  /** Calling it again with the same arguments has no further effect. */
  readonly idempotentHint: boolean;
  /** Reaches outside the agent's closed world (Cal.com, emails to attendees). */
  readonly openWorldHint: boolean;
}

/** Where each argument goes in the HTTP request. */
export interface ArgumentLocations {
  readonly path: readonly string[];
  readonly query: readonly string[];
  readonly body: readonly string[];
}

/** A tool in no provider's format: what the adapters turn into OpenAI, Anthropic, Gemini, MCP tools. */
export interface ToolDefinition {
  /** `cal_bookings_create`: `[a-zA-Z0-9_-]{1,64}`, derived from the operation id. */
  readonly name: string;
  /** The operation it calls: `bookings.create`. */
  readonly operationId: string;
  readonly title: string;
  /** Written for a model: what it does, when to use it, what it changes, what it needs. */
  readonly description: string;
  /** One object: path, query and body arguments flattened. */
  readonly inputSchema: JsonSchema;
  /** `{ data, pagination? }`: what a successful call returns as structured content. */
  readonly outputSchema: JsonSchema;
  readonly annotations: ToolAnnotations;
  readonly resource: string;
  readonly access: "read" | "write";
  /** OAuth scope needed, or null. */
  readonly scope: string | null;
  readonly auth: "required" | "optional" | "none";
  readonly arguments: ArgumentLocations;
}
