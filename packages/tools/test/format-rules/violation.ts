/** What a format-rule validator reports: where (a JSON pointer into what it was given) and why. */
export interface Violation {
  pointer: string;
  /** Short rule id, e.g. `openai/additional-properties`. */
  rule: string;
  message: string;
}

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function pointerOf(base: string, ...segments: (string | number)[]): string {
  return (
    base + segments.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("")
  );
}

/** Checks every tool of a list, pointers prefixed with its index, plus names unique in the list. */
export function validateList<T>(
  tools: unknown,
  validateOne: (tool: T, pointer: string) => Violation[],
  nameOf: (tool: T) => unknown,
  rule: string,
): Violation[] {
  if (!Array.isArray(tools))
    return [{ pointer: "", rule: `${rule}/list`, message: "expected an array of tools" }];
  const out: Violation[] = [];
  const seen = new Map<unknown, number>();
  tools.forEach((tool: T, i) => {
    out.push(...validateOne(tool, `/${i}`));
    const name = isRecord(tool) ? nameOf(tool) : undefined;
    if (name !== undefined && seen.has(name)) {
      out.push({
        pointer: `/${i}`,
        rule: `${rule}/unique-name`,
        message: `name ${JSON.stringify(name)} repeats tool ${seen.get(name)}`,
      });
    } else seen.set(name, i);
  });
  return out;
}
