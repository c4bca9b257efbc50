/**
 * The normalized model every emitter reads: one entry per operation with its parameters, body,
 * success response and `x-cal` metadata. Building it validates the spec; each defect is reported
 * with its JSON pointer and nothing downstream has to re-check the document.
 */
import { type CalOperationMetadata, checkOperationMetadata } from "@calkit/spec";
import { SpecError, SpecErrors } from "./errors";
import { escapeSegment, isObject, type Json, lookup } from "./json";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";
export type Access = "read" | "write";
export type AuthRequirement = "required" | "optional" | "none";

export interface ParameterModel {
  name: string;
  in: "path" | "query";
  required: boolean;
  /** Cal.com still accepts it, but a newer argument replaces it (tools leave it out). */
  deprecated: boolean;
  description: string | undefined;
  schema: Json;
}

export interface OperationModel {
  id: string;
  /** "bookings" of "bookings.create". */
  resource: string;
  /** "create" of "bookings.create". */
  verb: string;
  method: HttpMethod;
  path: string;
  pointer: string;
  summary: string;
  description: string;
  access: Access;
  auth: AuthRequirement;
  apiVersion: string;
  /** The `cal-api-version` values Cal.com is known to answer (the header's enum). */
  apiVersions: string[];
  upstreamVersion: string | null;
  idempotent: boolean;
  destructive: boolean;
  webhooks: string[];
  pagination: { style: "take-skip"; meta: boolean } | null;
  role: string | null;
  /** OAuth scopes, any one of which allows the call. */
  scopes: string[];
  /** Platform client headers are accepted. */
  platform: boolean;
  pathParams: ParameterModel[];
  queryParams: ParameterModel[];
  body: {
    required: boolean;
    schema: Json;
    properties: string[];
    requiredProperties: string[];
  } | null;
  /** Success status and what its JSON body holds. */
  success: { status: string; envelope: "data" | "data+pagination" | "status-only"; schema: Json };
  /** Which arguments name a booking, an event type, the attendee and the guests (`x-cal.targets`). */
  targets: Targets;
  /** The verb a minimum-notice rule forbids for this operation, or null when none applies. */
  noticeGuard: "cancel" | "move" | null;
  /** What this operation looks up by its target (the guard reads a booking's facts with it). */
  lookup: "booking" | null;
  /** The raw `x-cal` object, for emitters that want more. */
  xcal: Json;
}

export interface Targets {
  booking?: string;
  eventType?: string;
  attendee?: string;
  guests?: string;
}

export interface ApiModel {
  title: string;
  version: string;
  operations: OperationModel[];
  scopes: Record<string, string>;
  scopeImplications: { pattern: string; grants: string }[];
  document: Json;
}

const METHODS: HttpMethod[] = ["get", "post", "put", "patch", "delete"];
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

class Resolver {
  constructor(private readonly doc: Json) {}

  /** Follows `$ref`s (local only) until a concrete object, or reports where it breaks. */
  deref(value: unknown, pointer: string): Json {
    let current = value;
    let at = pointer;
    for (let hops = 0; hops < 20 && isObject(current) && typeof current.$ref === "string"; hops++) {
      const ref = current.$ref;
      if (!ref.startsWith("#/"))
        throw new SpecError(at, `only local references are supported, found ${ref}`);
      const target = lookup(this.doc, ref);
      if (target === undefined) throw new SpecError(at, `$ref ${ref} does not resolve`);
      current = target;
      at = ref.slice(1);
    }
    if (!isObject(current)) throw new SpecError(at, "expected an object");
    return current;
  }

  /** Top-level property names of a schema, across allOf/anyOf/oneOf alternatives. */
  propertyNames(
    schema: unknown,
    pointer: string,
    seen = new Set<unknown>(),
  ): { all: Set<string>; required: Set<string> } {
    const all = new Set<string>();
    const required = new Set<string>();
    const s = this.deref(schema, pointer);
    if (seen.has(s)) return { all, required };
    seen.add(s);
    for (const name of Object.keys(isObject(s.properties) ? s.properties : {})) all.add(name);
    for (const name of Array.isArray(s.required) ? (s.required as string[]) : [])
      required.add(name);
    if (Array.isArray(s.allOf)) {
      s.allOf.forEach((sub, i) => {
        const inner = this.propertyNames(sub, `${pointer}/allOf/${i}`, seen);
        for (const n of inner.all) all.add(n);
        for (const n of inner.required) required.add(n);
      });
    }
    for (const key of ["anyOf", "oneOf"] as const) {
      const alternatives = s[key];
      if (!Array.isArray(alternatives)) continue;
      const requiredInAll: Set<string>[] = [];
      alternatives.forEach((sub, i) => {
        const inner = this.propertyNames(sub, `${pointer}/${key}/${i}`, seen);
        for (const n of inner.all) all.add(n);
        requiredInAll.push(inner.required);
      });
      // A field is surely required only when every alternative requires it.
      const [first, ...rest] = requiredInAll;
      for (const n of first ?? []) if (rest.every((r) => r.has(n))) required.add(n);
    }
    return { all, required };
  }
}

/** Where an operation lives, what it is, and where its defects are reported. */
interface Located {
  doc: Json;
  resolver: Resolver;
  path: string;
  method: HttpMethod;
  op: Json;
  pointer: string;
  errors: SpecError[];
}

type Parameters = Pick<OperationModel, "pathParams" | "queryParams" | "apiVersions">;

function buildOperation(
  doc: Json,
  resolver: Resolver,
  path: string,
  method: HttpMethod,
  op: Json,
  errors: SpecError[],
): OperationModel | undefined {
  const pointer = `/paths/${escapeSegment(path)}/${method}`;
  const at: Located = { doc, resolver, path, method, op, pointer, errors };
  const before = errors.length;
  const meta = readMetadata(at);
  const params = readParameters(at);
  const body = readBody(at);
  const success = readSuccess(at, meta?.pagination ?? null);
  const security = readSecurity(at, meta?.auth);
  const argNames = [...params.pathParams, ...params.queryParams].map((p) => p.name);
  for (const name of body?.properties ?? [])
    if (argNames.includes(name))
      errors.push(
        new SpecError(
          `${pointer}/requestBody`,
          `body field "${name}" clashes with a parameter of the same name; arguments are one flat object`,
        ),
      );
  if (!meta || !success || errors.length > before) return undefined;
  const targets = readTargets(
    meta,
    `${pointer}/x-cal`,
    [...argNames, ...(body?.properties ?? [])],
    errors,
  );
  const [resource, verb] = meta.id.split(".") as [string, string];
  return {
    id: meta.id,
    resource,
    verb,
    method,
    path,
    pointer,
    summary: typeof op.summary === "string" ? op.summary : meta.id,
    description: typeof op.description === "string" ? op.description : "",
    access: meta.access,
    auth: meta.auth,
    apiVersion: meta.apiVersion,
    // A spec without the enum knows only the version it sends.
    apiVersions: params.apiVersions.length ? params.apiVersions : [meta.apiVersion],
    upstreamVersion: meta.upstreamVersion,
    idempotent: meta.idempotent,
    destructive: meta.destructive,
    webhooks: meta.webhooks,
    pagination: meta.pagination,
    role: meta.role,
    ...security,
    pathParams: params.pathParams,
    queryParams: params.queryParams,
    body,
    success,
    targets,
    noticeGuard: meta.noticeGuard ?? null,
    lookup: meta.lookup ?? null,
    xcal: op["x-cal"] as Json,
  };
}

/** `x-cal` against the contract of @calkit/spec, then how it agrees with the operation. */
function readMetadata({ op, pointer, errors }: Located): CalOperationMetadata | undefined {
  const at = `${pointer}/x-cal`;
  const problems = checkOperationMetadata(op["x-cal"], at);
  for (const problem of problems) errors.push(new SpecError(problem.pointer, problem.message));
  if (problems.length) return undefined;
  const meta = op["x-cal"] as CalOperationMetadata;
  if (op.operationId !== meta.id)
    errors.push(new SpecError(`${pointer}/operationId`, `must equal x-cal.id ("${meta.id}")`));
  if (!meta.id.startsWith(`${meta.resource}.`))
    errors.push(
      new SpecError(`${at}/resource`, `must be "${meta.id.split(".")[0]}" (the id's prefix)`),
    );
  return meta;
}

/** Path and query parameters (path ones in template order) and the known `cal-api-version`s. */
function readParameters({ resolver, path, op, pointer, errors }: Located): Parameters {
  const pathParams: ParameterModel[] = [];
  const queryParams: ParameterModel[] = [];
  const apiVersions: string[] = [];
  const rawParams = op.parameters ?? [];
  if (!Array.isArray(rawParams))
    errors.push(new SpecError(`${pointer}/parameters`, "must be a list"));
  (Array.isArray(rawParams) ? rawParams : []).forEach((raw, i) => {
    const parameter = readParameter(resolver, raw, `${pointer}/parameters/${i}`, errors);
    if (parameter === undefined) return;
    if ("versions" in parameter) apiVersions.push(...parameter.versions);
    else (parameter.in === "path" ? pathParams : queryParams).push(parameter);
  });
  const templateNames = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  for (const name of templateNames)
    if (!pathParams.some((p) => p.name === name))
      errors.push(
        new SpecError(`${pointer}/parameters`, `path parameter {${name}} is not declared`),
      );
  for (const p of pathParams)
    if (!templateNames.includes(p.name))
      errors.push(
        new SpecError(
          `${pointer}/parameters`,
          `path parameter ${p.name} is not in the path template`,
        ),
      );
  pathParams.sort((a, b) => templateNames.indexOf(a.name) - templateNames.indexOf(b.name));
  checkArgumentNames(
    [...pathParams, ...queryParams].map((p) => p.name),
    pointer,
    errors,
  );
  return { pathParams, queryParams, apiVersions };
}

/** One parameter: a path/query model, the version header's enum, or nothing (other headers). */
function readParameter(
  resolver: Resolver,
  raw: unknown,
  at: string,
  errors: SpecError[],
): ParameterModel | { versions: string[] } | undefined {
  let p: Json;
  try {
    p = resolver.deref(raw, at);
  } catch (error) {
    errors.push(error as SpecError);
    return undefined;
  }
  if (typeof p.name !== "string" || !p.name) {
    errors.push(new SpecError(`${at}/name`, "missing"));
    return undefined;
  }
  if (p.in === "header" && p.name.toLowerCase() === "cal-api-version") {
    const known = isObject(p.schema) ? p.schema.enum : undefined;
    const versions = Array.isArray(known) && known.every((v) => typeof v === "string");
    return { versions: versions ? (known as string[]) : [] };
  }
  if (p.in === "header" || p.in === "cookie") return undefined;
  if (p.in !== "path" && p.in !== "query") {
    errors.push(new SpecError(`${at}/in`, `unsupported location ${String(p.in)}`));
    return undefined;
  }
  if (!isObject(p.schema)) {
    errors.push(new SpecError(`${at}/schema`, "missing"));
    return undefined;
  }
  if (p.in === "path" && p.required !== true)
    errors.push(new SpecError(`${at}/required`, "path parameters must be required"));
  return {
    name: p.name,
    in: p.in,
    required: p.required === true,
    deprecated: p.deprecated === true,
    description: typeof p.description === "string" ? p.description : undefined,
    schema: p.schema,
  };
}

/** Argument names must be identifiers and unique: arguments are one flat object. */
function checkArgumentNames(names: string[], pointer: string, errors: SpecError[]): void {
  for (const name of names)
    if (!IDENTIFIER.test(name))
      errors.push(
        new SpecError(
          `${pointer}/parameters`,
          `parameter name "${name}" is not a valid identifier`,
        ),
      );
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate)
    errors.push(new SpecError(`${pointer}/parameters`, `parameter ${duplicate} is declared twice`));
}

/** The JSON request body with its top-level field names. */
function readBody({ resolver, op, pointer, errors }: Located): OperationModel["body"] {
  if (op.requestBody === undefined) return null;
  try {
    const requestBody = resolver.deref(op.requestBody, `${pointer}/requestBody`);
    const media = isObject(requestBody.content)
      ? requestBody.content["application/json"]
      : undefined;
    if (!isObject(media) || !isObject(media.schema)) {
      errors.push(
        new SpecError(`${pointer}/requestBody/content`, "needs an application/json schema"),
      );
      return null;
    }
    const names = resolver.propertyNames(
      media.schema,
      `${pointer}/requestBody/content/application~1json/schema`,
    );
    return {
      required: requestBody.required === true,
      schema: media.schema,
      properties: [...names.all].sort(),
      requiredProperties: [...names.required].sort(),
    };
  } catch (error) {
    errors.push(error as SpecError);
    return null;
  }
}

/** The first 2xx and what its envelope holds (a `pagination: {meta: true}` needs the field). */
function readSuccess(
  { resolver, op, pointer, errors }: Located,
  pagination: CalOperationMetadata["pagination"],
): OperationModel["success"] | undefined {
  const responses = isObject(op.responses) ? op.responses : {};
  const status = Object.keys(responses)
    .filter((s) => /^2\d\d$/.test(s))
    .sort()[0];
  if (!status) {
    errors.push(new SpecError(`${pointer}/responses`, "no 2xx response"));
    return undefined;
  }
  const at = `${pointer}/responses/${status}`;
  try {
    const response = resolver.deref(responses[status], at);
    const media = isObject(response.content) ? response.content["application/json"] : undefined;
    if (!isObject(media) || !isObject(media.schema)) {
      errors.push(new SpecError(`${at}/content`, "needs an application/json schema"));
      return undefined;
    }
    const names = resolver.propertyNames(media.schema, `${at}/content/application~1json/schema`);
    if (!names.all.has("status"))
      errors.push(
        new SpecError(at, "the success body must be Cal.com's envelope with a status field"),
      );
    const envelope = !names.all.has("data")
      ? "status-only"
      : names.all.has("pagination")
        ? "data+pagination"
        : "data";
    if (pagination?.meta === true && envelope !== "data+pagination")
      errors.push(
        new SpecError(
          `${pointer}/x-cal/pagination`,
          "meta: true but the success body has no pagination field",
        ),
      );
    return { status, envelope, schema: media.schema };
  } catch (error) {
    errors.push(error as SpecError);
    return undefined;
  }
}

/** OAuth scopes and platform headers from `security`, which must agree with `x-cal.auth`. */
function readSecurity(
  { doc, op, pointer, errors }: Located,
  auth: AuthRequirement | undefined,
): Pick<OperationModel, "scopes" | "platform"> {
  const security = Array.isArray(op.security)
    ? (op.security as Json[])
    : Array.isArray(doc.security)
      ? (doc.security as Json[])
      : [];
  if (auth === "none" && security.length)
    errors.push(
      new SpecError(`${pointer}/security`, "auth none but security requirements are declared"),
    );
  if (auth === "optional" && !security.some((s) => Object.keys(s).length === 0))
    errors.push(
      new SpecError(`${pointer}/security`, "auth optional needs an empty {} alternative"),
    );
  return {
    scopes: security.flatMap((s) => (Array.isArray(s.oauth2) ? (s.oauth2 as string[]) : [])),
    platform: security.some((s) => "platformClientId" in s),
  };
}

/** `x-cal.targets`: each kind (the contract lists them) names one of the operation's own arguments. */
function readTargets(
  meta: CalOperationMetadata,
  at: string,
  argNames: string[],
  errors: SpecError[],
): Targets {
  const targets: Targets = {};
  for (const [kind, name] of Object.entries(meta.targets ?? {})) {
    if (argNames.includes(name)) targets[kind as keyof Targets] = name;
    else
      errors.push(
        new SpecError(`${at}/targets/${kind}`, `"${name}" is not an argument of the operation`),
      );
  }
  return targets;
}

/**
 * Every `$ref` in the document must be local and resolve, including those in schemas no operation
 * walks directly (nested properties, items): openapi-typescript would otherwise crash on them.
 */
function checkRefs(resolver: Resolver, node: unknown, pointer: string, errors: SpecError[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      checkRefs(resolver, item, `${pointer}/${i}`, errors);
    });
    return;
  }
  if (!isObject(node)) return;
  if (typeof node.$ref === "string") {
    try {
      resolver.deref({ $ref: node.$ref }, pointer);
    } catch (error) {
      errors.push(error as SpecError);
    }
  }
  for (const [key, value] of Object.entries(node))
    checkRefs(resolver, value, `${pointer}/${escapeSegment(key)}`, errors);
}

/** The same defect found twice (by an operation and by the $ref walk) is reported once. */
function unique(errors: SpecError[]): SpecError[] {
  const seen = new Set<string>();
  return errors.filter((e) => !seen.has(e.message) && Boolean(seen.add(e.message)));
}

/** Validates `doc` and builds the model; throws SpecErrors listing every defect found. */
export function buildModel(doc: unknown): ApiModel {
  if (!isObject(doc)) throw new SpecErrors([new SpecError("", "the spec is not an object")]);
  const errors: SpecError[] = [];
  if (typeof doc.openapi !== "string" || !doc.openapi.startsWith("3.1"))
    errors.push(new SpecError("/openapi", "must be an OpenAPI 3.1 document"));
  const info = isObject(doc.info) ? doc.info : {};
  if (!isObject(doc.paths)) {
    errors.push(new SpecError("/paths", "missing"));
    throw new SpecErrors(errors);
  }
  const resolver = new Resolver(doc);
  const operations: OperationModel[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!isObject(item)) {
      errors.push(new SpecError(`/paths/${escapeSegment(path)}`, "must be an object"));
      continue;
    }
    for (const method of METHODS) {
      if (!isObject(item[method])) continue;
      const op = buildOperation(doc, resolver, path, method, item[method] as Json, errors);
      if (op) operations.push(op);
    }
  }
  const seen = new Map<string, string>();
  for (const op of operations) {
    const other = seen.get(op.id);
    if (other)
      errors.push(new SpecError(`${op.pointer}/x-cal/id`, `${op.id} is also the id of ${other}`));
    seen.set(op.id, op.pointer);
  }
  if (!operations.length && !errors.length) errors.push(new SpecError("/paths", "no operations"));
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const oauth =
    isObject(schemes.oauth2) && isObject(schemes.oauth2.flows) ? schemes.oauth2.flows : {};
  const flow = Object.values(oauth).find(isObject);
  const scopes = flow && isObject(flow.scopes) ? (flow.scopes as Record<string, string>) : {};
  for (const op of operations) {
    for (const scope of op.scopes) {
      if (!(scope in scopes))
        errors.push(
          new SpecError(
            `${op.pointer}/security`,
            `scope ${scope} is not declared in components/securitySchemes/oauth2`,
          ),
        );
    }
  }
  checkRefs(resolver, doc, "", errors);
  if (errors.length) throw new SpecErrors(unique(errors));
  const docMeta = isObject(doc["x-cal"]) ? doc["x-cal"] : {};
  return {
    title: typeof info.title === "string" ? info.title : "",
    version: typeof info.version === "string" ? info.version : "",
    operations: operations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    scopes,
    scopeImplications: Array.isArray(docMeta.scopeImplications)
      ? (docMeta.scopeImplications as ApiModel["scopeImplications"])
      : [],
    document: doc,
  };
}
