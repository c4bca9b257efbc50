/**
 * @calkit/spec: the curated OpenAPI 3.1 document of Cal.com API v2 and its typed metadata.
 * The document is read from the package's openapi.yaml on first use (Node).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type {
  CalDocumentMetadata,
  CalOperationMetadata,
  HttpMethod,
  SpecOperation,
} from "./metadata";

export type * from "./metadata";

/** Absolute path of the curated document (`openapi.yaml` beside src/ and dist/). */
export const specPath: string = fileURLToPath(new URL("../openapi.yaml", import.meta.url));

export type OpenApiDocument = Record<string, unknown> & {
  openapi: string;
  paths: Record<string, Record<string, Record<string, unknown>>>;
  "x-cal": CalDocumentMetadata;
};

let cached: OpenApiDocument | undefined;

/** The parsed curated document. Treat it as read-only: it is shared. */
export function loadSpec(path: string = specPath): OpenApiDocument {
  if (path !== specPath) return parse(readFileSync(path, "utf8")) as OpenApiDocument;
  cached ??= parse(readFileSync(specPath, "utf8")) as OpenApiDocument;
  return cached;
}

const METHODS: HttpMethod[] = ["get", "post", "put", "patch", "delete"];

/** Every operation with its metadata, in document order. */
export function listOperations(doc: OpenApiDocument = loadSpec()): SpecOperation[] {
  const out: SpecOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const meta = operation["x-cal"] as CalOperationMetadata;
      const security = (operation.security ?? []) as Record<string, string[]>[];
      const scopes = security.flatMap((s) => s.oauth2 ?? []);
      out.push({ id: meta.id, method, path, scopes, meta, operation });
    }
  }
  return out;
}

/** All 16 OAuth scopes the document declares, with our description of each. */
export function listScopes(doc: OpenApiDocument = loadSpec()): Record<string, string> {
  const components = doc.components as {
    securitySchemes: {
      oauth2: { flows: { authorizationCode: { scopes: Record<string, string> } } };
    };
  };
  return { ...components.securitySchemes.oauth2.flows.authorizationCode.scopes };
}

export {
  checkDocumentMetadata,
  checkOperationMetadata,
  type XCalProblem,
  xCalSchema,
} from "./x-cal";
