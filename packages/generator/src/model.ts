/**
 * The normalized model every emitter reads: one entry per operation with its parameters, body,
 * success response and `x-cal` metadata. Building it validates the spec; each defect is reported
 * with its JSON pointer and nothing downstream has to re-check the document.
 */
import { SpecError, SpecErrors } from "./errors";
import { escapeSegment, isObject, type Json, lookup } from "./json";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";
export type Access = "read" | "write";
export type AuthRequirement = "required" | "optional" | "none";

export interface ParameterModel {
  name: string;
  in: "path" | "query";
  required: boolean;
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

const TARGET_KINDS = ["booking", "eventType", "attendee", "guests"] as const;

export interface ApiModel {
  title: string;
  version: string;
  operations: OperationModel[];
  scopes: Record<string, string>;
  scopeImplications: { pattern: string; grants: string }[];
  document: Json;
}

const METHODS: HttpMethod[] = ["get", "post", "put", "patch", "delete"];
const ID = /^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/;
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

function str(meta: Json, key: string, at: string, errors: SpecError[]): string {
  const value = meta[key];
  if (typeof value !== "string" || !value)
    errors.push(new SpecError(`${at}/${key}`, "must be a non-empty string"));
  return typeof value === "string" ? value : "";
}

function buildOperation(
  doc: Json,
  resolver: Resolver,
  path: string,
  method: HttpMethod,
  op: Json,
  errors: SpecError[],
): OperationModel | undefined {
  const pointer = `/paths/${escapeSegment(path)}/${method}`;
  const before = errors.length;
  const xcal = op["x-cal"];
  if (!isObject(xcal)) {
    errors.push(
      new SpecError(`${pointer}/x-cal`, "missing: every operation needs its x-cal metadata"),
    );
    return undefined;
  }
  const at = `${pointer}/x-cal`;
  const id = str(xcal, "id", at, errors);
  if (id && !ID.test(id))
    errors.push(new SpecError(`${at}/id`, `"${id}" is not of the form resource.verb`));
  if (op.operationId !== id)
    errors.push(new SpecError(`${pointer}/operationId`, `must equal x-cal.id ("${id}")`));
  const access = xcal.access;
  if (access !== "read" && access !== "write")
    errors.push(new SpecError(`${at}/access`, 'must be "read" or "write"'));
  const auth = xcal.auth;
  if (auth !== "required" && auth !== "optional" && auth !== "none")
    errors.push(new SpecError(`${at}/auth`, 'must be "required", "optional" or "none"'));
  const apiVersion = str(xcal, "apiVersion", at, errors);
  if (typeof xcal.idempotent !== "boolean")
    errors.push(new SpecError(`${at}/idempotent`, "must be a boolean"));
  if (typeof xcal.destructive !== "boolean")
    errors.push(new SpecError(`${at}/destructive`, "must be a boolean"));
  const audit = xcal.audit;
  if (!isObject(audit) || !["done", "doing", "result"].every((k) => typeof audit[k] === "string")) {
    errors.push(new SpecError(`${at}/audit`, "must give done, doing and result phrases"));
  }
  if (
    xcal.webhooks !== undefined &&
    !(Array.isArray(xcal.webhooks) && xcal.webhooks.every((w) => typeof w === "string"))
  ) {
    errors.push(new SpecError(`${at}/webhooks`, "must be a list of trigger names"));
  }
  const pagination = xcal.pagination ?? null;
  if (
    pagination !== null &&
    !(
      isObject(pagination) &&
      pagination.style === "take-skip" &&
      typeof pagination.meta === "boolean"
    )
  ) {
    errors.push(
      new SpecError(`${at}/pagination`, 'must be null or { style: "take-skip", meta: boolean }'),
    );
  }

  const pathParams: ParameterModel[] = [];
  const queryParams: ParameterModel[] = [];
  const apiVersions: string[] = [];
  const rawParams = op.parameters ?? [];
  if (!Array.isArray(rawParams))
    errors.push(new SpecError(`${pointer}/parameters`, "must be a list"));
  (Array.isArray(rawParams) ? rawParams : []).forEach((raw, i) => {
    const pAt = `${pointer}/parameters/${i}`;
    let p: Json;
    try {
      p = resolver.deref(raw, pAt);
    } catch (error) {
      errors.push(error as SpecError);
      return;
    }
    if (typeof p.name !== "string" || !p.name) {
      errors.push(new SpecError(`${pAt}/name`, "missing"));
      return;
    }
    if (p.in === "header" && String(p.name).toLowerCase() === "cal-api-version") {
      const known = isObject(p.schema) ? p.schema.enum : undefined;
      if (Array.isArray(known) && known.every((v) => typeof v === "string"))
        apiVersions.push(...(known as string[]));
      return;
    }
    if (p.in === "header" || p.in === "cookie") return;
    if (p.in !== "path" && p.in !== "query") {
      errors.push(new SpecError(`${pAt}/in`, `unsupported location ${String(p.in)}`));
      return;
    }
    if (!isObject(p.schema)) {
      errors.push(new SpecError(`${pAt}/schema`, "missing"));
      return;
    }
    if (p.in === "path" && p.required !== true)
      errors.push(new SpecError(`${pAt}/required`, "path parameters must be required"));
    const model: ParameterModel = {
      name: p.name,
      in: p.in,
      required: p.required === true,
      description: typeof p.description === "string" ? p.description : undefined,
      schema: p.schema,
    };
    (p.in === "path" ? pathParams : queryParams).push(model);
  });
  const templateNames = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  for (const name of templateNames) {
    if (!pathParams.some((p) => p.name === name))
      errors.push(
        new SpecError(`${pointer}/parameters`, `path parameter {${name}} is not declared`),
      );
  }
  for (const p of pathParams) {
    if (!templateNames.includes(p.name))
      errors.push(
        new SpecError(
          `${pointer}/parameters`,
          `path parameter ${p.name} is not in the path template`,
        ),
      );
  }
  pathParams.sort((a, b) => templateNames.indexOf(a.name) - templateNames.indexOf(b.name));

  let body: OperationModel["body"] = null;
  if (op.requestBody !== undefined) {
    try {
      const requestBody = resolver.deref(op.requestBody, `${pointer}/requestBody`);
      const media = isObject(requestBody.content)
        ? requestBody.content["application/json"]
        : undefined;
      if (!isObject(media) || !isObject(media.schema)) {
        errors.push(
          new SpecError(`${pointer}/requestBody/content`, "needs an application/json schema"),
        );
      } else {
        const names = resolver.propertyNames(
          media.schema,
          `${pointer}/requestBody/content/application~1json/schema`,
        );
        body = {
          required: requestBody.required === true,
          schema: media.schema,
          properties: [...names.all].sort(),
          requiredProperties: [...names.required].sort(),
        };
      }
    } catch (error) {
      errors.push(error as SpecError);
    }
  }
  const argNames = [...pathParams, ...queryParams].map((p) => p.name);
  for (const name of argNames) {
    if (!IDENTIFIER.test(name))
      errors.push(
        new SpecError(
          `${pointer}/parameters`,
          `parameter name "${name}" is not a valid identifier`,
        ),
      );
  }
  const duplicate = argNames.find((n, i) => argNames.indexOf(n) !== i);
  if (duplicate)
    errors.push(new SpecError(`${pointer}/parameters`, `parameter ${duplicate} is declared twice`));
  for (const name of body?.properties ?? []) {
    if (argNames.includes(name))
      errors.push(
        new SpecError(
          `${pointer}/requestBody`,
          `body field "${name}" clashes with a parameter of the same name; arguments are one flat object`,
        ),
      );
  }

  const responses = isObject(op.responses) ? op.responses : {};
  const successStatus = Object.keys(responses)
    .filter((s) => /^2\d\d$/.test(s))
    .sort()[0];
  let success: OperationModel["success"] | undefined;
  if (!successStatus) {
    errors.push(new SpecError(`${pointer}/responses`, "no 2xx response"));
  } else {
    try {
      const response = resolver.deref(
        responses[successStatus],
        `${pointer}/responses/${successStatus}`,
      );
      const media = isObject(response.content) ? response.content["application/json"] : undefined;
      if (!isObject(media) || !isObject(media.schema)) {
        errors.push(
          new SpecError(
            `${pointer}/responses/${successStatus}/content`,
            "needs an application/json schema",
          ),
        );
      } else {
        const names = resolver.propertyNames(
          media.schema,
          `${pointer}/responses/${successStatus}/content/application~1json/schema`,
        );
        if (!names.all.has("status"))
          errors.push(
            new SpecError(
              `${pointer}/responses/${successStatus}`,
              "the success body must be Cal.com's envelope with a status field",
            ),
          );
        const envelope = names.all.has("data")
          ? names.all.has("pagination")
            ? "data+pagination"
            : "data"
          : "status-only";
        if (isObject(pagination) && pagination.meta === true && envelope !== "data+pagination") {
          errors.push(
            new SpecError(
              `${at}/pagination`,
              "meta: true but the success body has no pagination field",
            ),
          );
        }
        success = { status: successStatus, envelope, schema: media.schema };
      }
    } catch (error) {
      errors.push(error as SpecError);
    }
  }

  const security = Array.isArray(op.security)
    ? (op.security as Json[])
    : Array.isArray(doc.security)
      ? (doc.security as Json[])
      : [];
  const scopes = security.flatMap((s) => (Array.isArray(s.oauth2) ? (s.oauth2 as string[]) : []));
  const platform = security.some((s) => "platformClientId" in s);
  if (auth === "none" && security.length)
    errors.push(
      new SpecError(`${pointer}/security`, "auth none but security requirements are declared"),
    );
  if (auth === "optional" && !security.some((s) => Object.keys(s).length === 0))
    errors.push(
      new SpecError(`${pointer}/security`, "auth optional needs an empty {} alternative"),
    );

  const targets = readTargets(xcal, at, [...argNames, ...(body?.properties ?? [])], errors);
  const noticeGuard = xcal.noticeGuard ?? null;
  if (noticeGuard !== null && noticeGuard !== "cancel" && noticeGuard !== "move")
    errors.push(new SpecError(`${at}/noticeGuard`, 'must be "cancel" or "move"'));
  const lookup = xcal.lookup ?? null;
  if (lookup !== null && lookup !== "booking")
    errors.push(new SpecError(`${at}/lookup`, 'must be "booking"'));

  if (errors.length > before || !success) return undefined;
  const [resource, verb] = id.split(".") as [string, string];
  if (typeof xcal.resource === "string" && xcal.resource !== resource)
    errors.push(new SpecError(`${at}/resource`, `must be "${resource}" (the id's prefix)`));
  return {
    id,
    resource,
    verb,
    method,
    path,
    pointer,
    summary: typeof op.summary === "string" ? op.summary : id,
    description: typeof op.description === "string" ? op.description : "",
    access: access as Access,
    auth: auth as AuthRequirement,
    apiVersion,
    // A spec without the enum knows only the version it sends.
    apiVersions: apiVersions.length ? apiVersions : [apiVersion],
    upstreamVersion: typeof xcal.upstreamVersion === "string" ? xcal.upstreamVersion : null,
    idempotent: xcal.idempotent as boolean,
    destructive: xcal.destructive as boolean,
    webhooks: (xcal.webhooks as string[] | undefined) ?? [],
    pagination: pagination as OperationModel["pagination"],
    role: typeof xcal.role === "string" ? xcal.role : null,
    scopes,
    platform,
    pathParams,
    queryParams,
    body,
    success,
    targets,
    noticeGuard: noticeGuard as OperationModel["noticeGuard"],
    lookup: lookup as OperationModel["lookup"],
    xcal,
  };
}

/** `x-cal.targets`: each kind names one of the operation's own arguments. */
function readTargets(xcal: Json, at: string, argNames: string[], errors: SpecError[]): Targets {
  const raw = xcal.targets ?? {};
  if (!isObject(raw)) {
    errors.push(new SpecError(`${at}/targets`, "must be an object"));
    return {};
  }
  const targets: Targets = {};
  for (const [kind, name] of Object.entries(raw)) {
    if (!(TARGET_KINDS as readonly string[]).includes(kind))
      errors.push(new SpecError(`${at}/targets/${kind}`, `unknown target kind ${kind}`));
    else if (typeof name !== "string" || !argNames.includes(name))
      errors.push(new SpecError(`${at}/targets/${kind}`, `must name an argument of the operation`));
    else targets[kind as keyof Targets] = name;
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
