/**
 * Which of the operations a request names, by method and path template, read the way Cal.com's
 * router (NestJS on Express) reads a path: one trailing slash is ignored, literal segments match
 * without regard to case, and only parameter segments are percent-decoded (so `%2F` inside an id
 * stays part of the id). Anything Express would not route, or would route somewhere surprising, is
 * refused: empty segments (`//`), dot segments (`.`, `..`, also encoded), bad percent-encoding,
 * and a path that two templates match. Nothing is sent for a refused path.
 */
import type { HttpMethod, OperationMeta } from "@calkit/client";

export type RouteMatch =
  | { ok: true; operation: OperationMeta; pathArgs: Record<string, string> }
  | { ok: false; status: 400 | 404; message: string };

interface Template {
  operation: OperationMeta;
  /** A literal (lower case) or a parameter name. */
  segments: ({ literal: string } | { param: string })[];
}

export interface Router {
  match(method: string, pathname: string): RouteMatch;
}

const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

function compile(operation: OperationMeta): Template {
  const segments = operation.path
    .split("/")
    .slice(1)
    .map((segment) => {
      const param = /^\{(.+)\}$/.exec(segment)?.[1];
      return param ? { param } : { literal: segment.toLowerCase() };
    });
  return { operation, segments };
}

/** The raw segments of a path, or why it cannot name any operation. */
function splitPath(pathname: string): string[] | string {
  if (!pathname.startsWith("/")) return "the path must start with /";
  const trimmed = pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
  const segments = trimmed.split("/").slice(1);
  if (segments.some((s) => s === "")) return "the path has an empty segment (//)";
  if (segments.some((s) => DOT_SEGMENT.test(s))) return 'the path has a "." or ".." segment';
  return segments;
}

function bind(template: Template, raw: string[]): Record<string, string> | undefined {
  if (template.segments.length !== raw.length) return undefined;
  const args: Record<string, string> = {};
  for (const [i, segment] of template.segments.entries()) {
    const value = raw[i] as string;
    if ("literal" in segment) {
      if (value.toLowerCase() !== segment.literal) return undefined;
    } else {
      args[segment.param] = decodeURIComponent(value);
    }
  }
  return args;
}

function shown(pathname: string): string {
  return pathname.length > 120 ? `${pathname.slice(0, 120)}…` : pathname;
}

export function createRouter(operations: Readonly<Record<string, OperationMeta>>): Router {
  const templates = Object.values(operations).map(compile);
  return {
    match(method, pathname) {
      const raw = splitPath(pathname);
      if (typeof raw === "string") return { ok: false, status: 400, message: `${raw}.` };
      const verb = method.toLowerCase() as HttpMethod;
      const found: { operation: OperationMeta; pathArgs: Record<string, string> }[] = [];
      const otherMethods = new Set<string>();
      for (const template of templates) {
        let args: Record<string, string> | undefined;
        try {
          args = bind(template, raw);
        } catch {
          return {
            ok: false,
            status: 400,
            message: "the path has malformed percent-encoding.",
          };
        }
        if (!args) continue;
        if (template.operation.method === verb)
          found.push({ operation: template.operation, pathArgs: args });
        else otherMethods.add(template.operation.method.toUpperCase());
      }
      if (found.length === 1) return { ok: true, ...(found[0] as (typeof found)[number]) };
      if (found.length > 1)
        return {
          ok: false,
          status: 400,
          message: `${method} ${shown(pathname)} matches several operations (${found.map((f) => f.operation.id).join(", ")}).`,
        };
      const hint = otherMethods.size
        ? ` This path takes ${[...otherMethods].sort().join(" or ")}.`
        : " See the Cal.com API v2 reference for the paths this gateway serves.";
      return {
        ok: false,
        status: 404,
        message: `no Cal.com operation is ${method} ${shown(pathname)}.${hint}`,
      };
    },
  };
}
