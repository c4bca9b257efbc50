/**
 * packages/client/src/generated/operations.gen.ts (runtime metadata of each operation) and
 * client.gen.ts (argument/result types and the `cal.<resource>.<verb>()` methods), with ts-morph.
 */
import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";
import type { CodeBlockWriter, Project, SourceFile, WriterFunction } from "ts-morph";
import type { ApiModel, OperationModel } from "../model";
import { pascalCase } from "../naming";
import { type GeneratedFile, type GeneratorContext, tsFile } from "../output";

// Required rather than imported: Node scans an imported CommonJS package's source for its named
// exports, about 90 ms for ts-morph, a third of loading it.
const {
  IndentationText,
  Project: TsProject,
  QuoteKind,
  VariableDeclarationKind,
} = createRequire(import.meta.url)("ts-morph") as typeof TsMorph;

function newProject(): Project {
  return new TsProject({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      quoteKind: QuoteKind.Double,
      useTrailingCommas: true,
    },
  });
}

function text(file: SourceFile): string {
  file.formatText({ indentSize: 2, convertTabsToSpaces: true, semicolons: "insert" as never });
  return file.getFullText();
}

const str = (value: string) => JSON.stringify(value);

/** `{ booking: "bookingUid" }`, keys in a fixed order. */
function targetsLiteral(op: OperationModel): string {
  const entries = (["booking", "eventType", "attendee", "guests"] as const)
    .filter((kind) => op.targets[kind] !== undefined)
    .map((kind) => `${kind}: ${str(op.targets[kind] as string)}`);
  return entries.length ? `{ ${entries.join(", ")} }` : "{}";
}

export function emitOperationsMeta(
  model: ApiModel,
  context: GeneratorContext,
  dir: string,
): GeneratedFile {
  const file = newProject().createSourceFile("operations.gen.ts", "", { overwrite: true });
  file.addImportDeclaration({
    isTypeOnly: true,
    moduleSpecifier: "../core/operation.js",
    namedImports: ["OperationMeta"],
  });
  const entry =
    (op: OperationModel): WriterFunction =>
    (w) => {
      w.write("{")
        .newLine()
        .indent(() => {
          w.writeLine(`id: ${str(op.id)},`);
          w.writeLine(`method: ${str(op.method)},`);
          w.writeLine(`path: ${str(op.path)},`);
          w.writeLine(`resource: ${str(op.resource)},`);
          w.writeLine(`access: ${str(op.access)},`);
          w.writeLine(`apiVersion: ${str(op.apiVersion)},`);
          w.writeLine(`apiVersions: [${op.apiVersions.map(str).join(", ")}],`);
          w.writeLine(`idempotent: ${op.idempotent},`);
          w.writeLine(`auth: ${str(op.auth)},`);
          w.writeLine(`scopes: [${op.scopes.map(str).join(", ")}],`);
          w.writeLine(`pathParams: [${op.pathParams.map((p) => str(p.name)).join(", ")}],`);
          w.writeLine(`queryParams: [${op.queryParams.map((p) => str(p.name)).join(", ")}],`);
          w.writeLine(`hasBody: ${op.body !== null},`);
          w.writeLine(
            `pagination: ${op.pagination ? `{ style: "take-skip", meta: ${op.pagination.meta} }` : "null"},`,
          );
          w.writeLine(`targets: ${targetsLiteral(op)},`);
          w.writeLine(`noticeGuard: ${op.noticeGuard ? str(op.noticeGuard) : "null"},`);
          w.writeLine(`lookup: ${op.lookup ? str(op.lookup) : "null"},`);
        });
      w.write("}");
    };
  // One constant per operation, so that an app importing one operation function (ops.gen.ts)
  // bundles that operation's entry and not the table.
  // Added in one call: each call re-parses the file so far.
  file.addVariableStatements(
    model.operations.map((op) => ({
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`The operation table's entry for \`${op.id}\`.`],
      declarations: [
        {
          name: operationConst(op),
          initializer: (w: CodeBlockWriter) => {
            entry(op)(w);
            w.write(" as const satisfies OperationMeta");
          },
        },
      ],
    })),
  );
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [
      "The operation table: every fact the runtime and the packages above it need, by operation id.",
    ],
    declarations: [
      {
        name: "operations",
        initializer: (w) => {
          w.write("{")
            .newLine()
            .indent(() => {
              for (const op of model.operations)
                w.writeLine(`${str(op.id)}: ${operationConst(op)},`);
            });
          w.write("} as const satisfies Record<string, OperationMeta>");
        },
      },
    ],
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["How many operations the table holds (tests and messages use this, never a literal)."],
    declarations: [{ name: "OPERATION_COUNT", initializer: String(model.operations.length) }],
  });
  file.addTypeAlias({
    isExported: true,
    name: "OperationId",
    type: "keyof typeof operations",
    docs: ['Every operation id, e.g. "bookings.create".'],
  });
  return tsFile(`${dir}/operations.gen.ts`, context, text(file));
}

/** `bookings.get` → `bookingsGetOperation`: the table entry's constant. */
function operationConst(op: OperationModel): string {
  return `${camelCase(op.id)}Operation`;
}

/** `bookings.get` → `bookingsGet`: the operation's function in ops.gen.ts. */
function camelCase(id: string): string {
  const pascal = pascalCase(id);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/**
 * packages/client/src/generated/ops.gen.ts: one function per operation, `bookingsGet(cal, args)`,
 * each importing only its own table entry, so a bundler keeps only the operations an app calls.
 */
export function emitOperationFunctions(
  model: ApiModel,
  context: GeneratorContext,
  dir: string,
): GeneratedFile {
  const file = newProject().createSourceFile("ops.gen.ts", "", { overwrite: true });
  const typeNames = model.operations.flatMap((op) => {
    const name = pascalCase(op.id);
    return [`${name}Args`, `${name}Result`, ...(op.pagination ? [`${name}Item`] : [])];
  });
  file.addImportDeclarations([
    { isTypeOnly: true, moduleSpecifier: "../core/options.js", namedImports: ["CallOptions"] },
    { moduleSpecifier: "../core/pagination.js", namedImports: ["paginateWith"] },
    { isTypeOnly: true, moduleSpecifier: "../core/runtime.js", namedImports: ["Runtime"] },
    { isTypeOnly: true, moduleSpecifier: "./client.gen.js", namedImports: typeNames },
    {
      moduleSpecifier: "./operations.gen.js",
      namedImports: model.operations.map(operationConst),
    },
  ]);
  // One writer for every function: each addStatements call re-parses the file so far.
  file.addStatements((w) => {
    for (const op of model.operations) {
      const name = pascalCase(op.id);
      const fn = camelCase(op.id);
      const argsParam = `args${argsRequired(op) ? "" : "?"}: ${name}Args`;
      w.writeLine(
        `/**\n${docs(op)
          .split("\n")
          .map((l) => ` * ${l}`.trimEnd())
          .join("\n")}\n */`,
      );
      w.writeLine(
        `export function ${fn}(cal: Pick<Runtime, "invoke">, ${argsParam}, options?: CallOptions): Promise<${name}Result> {`,
      );
      w.indent(() =>
        w.writeLine(
          `return cal.invoke(${operationConst(op)}, args, options) as Promise<${name}Result>;`,
        ),
      );
      w.writeLine("}");
      if (!op.pagination) continue;
      w.writeLine(
        `/** Every item of \`${op.id}\`, fetching take/skip pages as the loop advances (each page a call). */`,
      );
      w.writeLine(
        `export function ${fn}All(cal: Pick<Runtime, "invoke">, ${argsParam}, options?: CallOptions): AsyncIterable<${name}Item> {`,
      );
      w.indent(() =>
        w.writeLine(
          `return paginateWith(cal.invoke, ${operationConst(op)}, args, options) as AsyncIterable<${name}Item>;`,
        ),
      );
      w.writeLine("}");
    }
  });
  return tsFile(`${dir}/ops.gen.ts`, context, text(file));
}

/** The TypeScript type of an operation's one flat argument object, from the spec's types. */
function argsType(op: OperationModel): string | undefined {
  const o = `operations[${str(op.id)}]`;
  const parts: string[] = [];
  if (op.pathParams.length) parts.push(`${o}["parameters"]["path"]`);
  if (op.queryParams.length) parts.push(`NonNullable<${o}["parameters"]["query"]>`);
  if (op.body) parts.push(`NonNullable<${o}["requestBody"]>["content"]["application/json"]`);
  return parts.length ? parts.join(" & ") : undefined;
}

function resultType(op: OperationModel): string {
  const body = `operations[${str(op.id)}]["responses"][${op.success.status}]["content"]["application/json"]`;
  switch (op.success.envelope) {
    case "data":
      return `${body}["data"]`;
    case "data+pagination":
      return `Pick<${body}, "data" | "pagination">`;
    default:
      return "void";
  }
}

function itemType(op: OperationModel, result: string): string {
  return op.success.envelope === "data+pagination"
    ? `${result}["data"][number]`
    : `${result} extends readonly (infer Item)[] ? Item : never`;
}

function argsRequired(op: OperationModel): boolean {
  return (
    op.pathParams.length > 0 ||
    op.queryParams.some((p) => p.required) ||
    (op.body?.requiredProperties.length ?? 0) > 0
  );
}

function docs(op: OperationModel): string {
  const lines = [`${op.summary}.`, "", op.description, ""];
  lines.push(
    `\`${op.method.toUpperCase()} ${op.path}\` · ${op.access} · cal-api-version ${op.apiVersion}`,
  );
  const auth =
    op.auth === "none"
      ? "no authentication"
      : `${op.auth === "optional" ? "optional" : "requires"} authentication${op.scopes.length ? `; OAuth scope ${op.scopes.join(" or ")}` : ""}`;
  lines.push(`Auth: ${auth}.${op.role ? ` Role: ${op.role}.` : ""}`);
  if (op.webhooks.length) lines.push(`Fires: ${op.webhooks.join(", ")}.`);
  if (op.destructive) lines.push("Destructive: cannot be undone.");
  if (!op.idempotent) lines.push("Not idempotent: never retried once it may have reached Cal.com.");
  return lines.join("\n").replace(/\*\//g, "*\\/");
}

export function emitClientOperations(
  model: ApiModel,
  context: GeneratorContext,
  dir: string,
): GeneratedFile {
  const file = newProject().createSourceFile("client.gen.ts", "", { overwrite: true });
  file.addImportDeclarations([
    { isTypeOnly: true, moduleSpecifier: "../core/options.js", namedImports: ["CallOptions"] },
    { moduleSpecifier: "../core/pagination.js", namedImports: ["paginateWith"] },
    { isTypeOnly: true, moduleSpecifier: "../core/runtime.js", namedImports: ["Runtime"] },
    { moduleSpecifier: "./operations.gen.js", namedImports: ["operations as meta"] },
    { isTypeOnly: true, moduleSpecifier: "./schema.gen.js", namedImports: ["operations"] },
  ]);
  // Added in one call: each call re-parses the file so far.
  file.addTypeAliases(
    model.operations.flatMap((op) => {
      const name = pascalCase(op.id);
      return [
        {
          isExported: true,
          name: `${name}Args`,
          type: argsType(op) ?? "Record<string, never>",
          docs: [`Arguments of \`${op.id}\`: path, query and body fields in one object.`],
        },
        {
          isExported: true,
          name: `${name}Result`,
          type: resultType(op),
          docs: [`What \`${op.id}\` resolves with (the envelope's \`data\`).`],
        },
        ...(op.pagination
          ? [
              {
                isExported: true,
                name: `${name}Item`,
                type: itemType(op, `${name}Result`),
                docs: [`One item of \`${op.id}\`, as yielded by \`.all()\`.`],
              },
            ]
          : []),
      ];
    }),
  );
  file.addInterface({
    isExported: true,
    name: "OperationSignatures",
    docs: [
      "Each operation's arguments and result by id: what `cal.invoke(id, args)` takes and gives.",
    ],
    properties: model.operations.map((op) => ({
      name: str(op.id),
      type: `{ args: ${pascalCase(op.id)}Args; result: ${pascalCase(op.id)}Result }`,
    })),
  });
  const resources = [...new Set(model.operations.map((o) => o.resource))].sort();
  file.addFunction({
    isExported: true,
    name: "bindOperations",
    docs: ["Binds every operation to a runtime: `cal.<resource>.<verb>(args, options)`."],
    parameters: [{ name: "runtime", type: "Runtime" }],
    statements: (w) => {
      w.write("return {")
        .newLine()
        .indent(() => {
          for (const resource of resources) {
            w.write(`${resource}: {`)
              .newLine()
              .indent(() => {
                for (const op of model.operations.filter((o) => o.resource === resource)) {
                  const name = pascalCase(op.id);
                  const argsParam = `args${argsRequired(op) ? "" : "?"}: ${name}Args`;
                  const call = `(${argsParam}, options?: CallOptions): Promise<${name}Result> => runtime.invoke(meta[${str(op.id)}], args, options) as Promise<${name}Result>`;
                  w.writeLine(
                    `/**\n${docs(op)
                      .split("\n")
                      .map((l) => ` * ${l}`.trimEnd())
                      .join("\n")}\n */`,
                  );
                  if (op.pagination) {
                    w.write(`${op.verb}: Object.assign(${call}, {`)
                      .newLine()
                      .indent(() => {
                        w.writeLine(
                          `/** Every item of \`${op.id}\`, fetching take/skip pages as the loop advances. */`,
                        );
                        w.writeLine(
                          `all: (${argsParam}, options?: CallOptions): AsyncIterable<${name}Item> => paginateWith(runtime.invoke, meta[${str(op.id)}], args, options) as AsyncIterable<${name}Item>,`,
                        );
                      });
                    w.writeLine("}),");
                  } else {
                    w.writeLine(`${op.verb}: ${call},`);
                  }
                }
              });
            w.writeLine("},");
          }
        });
      w.write("};");
    },
  });
  file.addTypeAlias({
    isExported: true,
    name: "CalOperations",
    type: "ReturnType<typeof bindOperations>",
    docs: ["The operation methods of a client, grouped by resource."],
  });
  return tsFile(`${dir}/client.gen.ts`, context, text(file));
}
