/** Applies spec/curation/fixes.yaml to a copy of the upstream document, in order. */
import type { Fix } from "./curation";
import { SpecSyncError } from "./errors";
import { escapeSegment, getAt, parentOf } from "./pointer";

export type OperationLocator = (id: string) => { method: string; path: string } | undefined;

function anchorOf(fix: Fix, locate: OperationLocator): string {
  if (fix.schema) return `/components/schemas/${escapeSegment(fix.schema)}`;
  if (fix.operation) {
    const op = locate(fix.operation);
    if (!op)
      throw new SpecSyncError(
        `Fix "${fix.why}" names operation ${fix.operation}, which is not curated.`,
      );
    return `/paths/${escapeSegment(op.path)}/${op.method}`;
  }
  return "";
}

/** JSON text with object keys sorted, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "object" && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function describe(fix: Fix): string {
  const where = fix.schema
    ? `schema ${fix.schema}`
    : fix.operation
      ? `operation ${fix.operation}`
      : "the document";
  return `fix at ${where} ${fix.at} ("${fix.why}")`;
}

/** Mutates `doc`. Throws when a fix no longer fits upstream, so a maintainer reviews it. */
export function applyFixes(doc: unknown, fixes: readonly Fix[], locate: OperationLocator): void {
  const problems: string[] = [];
  for (const fix of fixes) {
    const anchor = anchorOf(fix, locate);
    const pointer = anchor + fix.at;
    if (fix.add) {
      const target = getAt(doc, pointer);
      if (!Array.isArray(target)) {
        problems.push(`${describe(fix)}: upstream has no array at ${pointer}`);
        continue;
      }
      if (
        target.some(
          (e) =>
            typeof e === "object" && e !== null && (e as { name?: unknown }).name === fix.add?.name,
        )
      ) {
        problems.push(
          `${describe(fix)}: upstream already has "${String(fix.add.name)}"; the defect seems fixed upstream, remove this fix`,
        );
        continue;
      }
      target.push(structuredClone(fix.add));
      continue;
    }
    const slot = parentOf(doc, pointer);
    if (!slot) {
      problems.push(`${describe(fix)}: upstream has nothing at ${pointer}; review the fix`);
      continue;
    }
    const { parent, key } = slot;
    const current = (parent as Record<string | number, unknown>)[key];
    if (fix.unrequire) {
      const required = Array.isArray(current) ? (current as unknown[]) : [];
      const stillRequired = fix.unrequire.filter((name) => required.includes(name));
      if (!stillRequired.length) {
        problems.push(
          `${describe(fix)}: upstream no longer requires ${fix.unrequire.join(", ")}; remove this fix`,
        );
      } else {
        (parent as Record<string | number, unknown>)[key] = required.filter(
          (name) => !fix.unrequire?.includes(name as string),
        );
      }
    } else if (fix.remove) {
      if (current === undefined) {
        problems.push(`${describe(fix)}: nothing to remove at ${pointer}`);
      } else if (Array.isArray(parent)) {
        parent.splice(key as number, 1);
      } else {
        delete (parent as Record<string, unknown>)[key as string];
      }
    } else if (fix.wrapInArray) {
      if (typeof current !== "object" || current === null) {
        problems.push(`${describe(fix)}: no schema at ${pointer}`);
      } else if ((current as { type?: unknown }).type === "array") {
        problems.push(`${describe(fix)}: upstream already types it as an array; remove this fix`);
      } else {
        const { example, description, ...items } = current as Record<string, unknown>;
        const wrapped: Record<string, unknown> = { type: "array", items };
        if (description !== undefined) wrapped.description = description;
        if (example !== undefined) wrapped.example = example;
        (parent as Record<string | number, unknown>)[key] = wrapped;
      }
    } else if (fix.copyFrom !== undefined) {
      const source = getAt(doc, fix.copyFrom);
      if (source === undefined)
        problems.push(`${describe(fix)}: upstream has nothing at ${fix.copyFrom} to copy`);
      else (parent as Record<string | number, unknown>)[key] = structuredClone(source);
    } else if (current !== undefined && sameJson(current, fix.set)) {
      problems.push(
        `${describe(fix)}: upstream already has ${JSON.stringify(fix.set)} at ${pointer}; the defect seems fixed upstream, remove this fix`,
      );
    } else {
      (parent as Record<string | number, unknown>)[key] = structuredClone(fix.set);
    }
  }
  if (problems.length)
    throw new SpecSyncError("Some fixes no longer apply to the upstream document:", problems);
}
