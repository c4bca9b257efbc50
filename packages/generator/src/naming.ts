/**
 * The one naming rule: an operation id `resource.verb` is the client method `cal.resource.verb`,
 * the type prefix `ResourceVerb`, and the tool name `cal_resource_verb` (snake case).
 */
export function pascalCase(id: string): string {
  return id
    .split(/[._-]/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join("");
}

export function snakeCase(id: string): string {
  return id
    .replace(/\./g, "_")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase();
}
