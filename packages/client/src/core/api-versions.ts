/** The `apiVersions` option, checked against the versions the spec knows for each family. */
import { CalConfigError } from "./errors.js";
import type { OperationMeta } from "./operation.js";

/** Throws CalConfigError, before any request, for an unknown family or an unknown version. */
export function checkApiVersions(
  chosen: Partial<Record<string, string>> | undefined,
  operations: Readonly<Record<string, OperationMeta>>,
): void {
  const known = new Map<string, readonly string[]>();
  for (const meta of Object.values(operations)) known.set(meta.resource, meta.apiVersions);
  for (const [resource, version] of Object.entries(chosen ?? {})) {
    if (version === undefined) continue;
    const versions = known.get(resource);
    if (!versions) {
      throw new CalConfigError(
        `apiVersions.${resource}: no such endpoint family; use one of ${[...known.keys()].join(", ")}`,
      );
    }
    if (!versions.includes(version)) {
      throw new CalConfigError(
        `apiVersions.${resource}: "${version}" is not a cal-api-version known for ${resource}; known: ${versions.join(", ")}`,
      );
    }
  }
}
