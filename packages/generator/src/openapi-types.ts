/**
 * TypeScript types of an OpenAPI document by openapi-typescript, through the result cache: the
 * library (with the TypeScript compiler and Redocly it loads) is imported only when the document,
 * the options or an installed version changed since the cached run.
 */
import type { OpenAPITSOptions } from "openapi-typescript";
import type { Json } from "./json";
import { cacheKey, installed, type ResultCache } from "./result-cache";

let versions: string | undefined;

/** What the printed types depend on besides the document and the options (read once a run). */
function libraryVersions(): string {
  if (versions === undefined) {
    const own = installed("openapi-typescript");
    const deps = ["typescript", "@redocly/openapi-core"].map((name) =>
      installed(name, own.manifest),
    );
    versions = [own, ...deps].map((lib) => lib.id).join(" ");
  }
  return versions;
}

export async function openapiTypes(
  document: Json,
  options: OpenAPITSOptions,
  cache?: ResultCache,
): Promise<string> {
  const key = cache
    ? cacheKey(libraryVersions(), JSON.stringify(options), JSON.stringify(document))
    : undefined;
  const cached = key ? cache?.get(key) : undefined;
  if (cached !== undefined) return cached;
  const { default: openapiTS, astToString } = await import("openapi-typescript");
  // A copy: openapi-typescript annotates the object it is given.
  const text = astToString(await openapiTS(structuredClone(document) as never, options));
  if (key) cache?.set(key, text);
  return text;
}
