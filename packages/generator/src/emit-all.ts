/**
 * The generator's emitters, listed as data: each has a name, the folder its generated sources go
 * to (which gets a README saying what is there), and `emit(model)` → files. Loaded only once the
 * spec has passed the model's checks, so a bad spec is reported without loading ts-morph and
 * openapi-typescript. Adding an output is one more entry here.
 */
import {
  emitClientOperations,
  emitOperationFunctions,
  emitOperationsMeta,
} from "./emitters/client-operations";
import { emitClientSchema } from "./emitters/client-schema";
import { emitGeneratedReadme } from "./emitters/generated-readme";
import { emitGuard, GUARD_DIR } from "./emitters/guard";
import { emitScopeMap, SCOPES_DIR } from "./emitters/scope-map";
import { buildToolDefinitions, emitToolDefinitions, TOOLS_DIR } from "./emitters/tool-definitions";
import { emitToolSchemaModules } from "./emitters/tool-schema-modules";
import { emitWebhooks, WEBHOOKS_DIR } from "./emitters/webhooks";
import type { ApiModel } from "./model";
import { CLIENT_DIR, type GeneratedFile, type GeneratorContext } from "./output";

export interface Emitter {
  readonly name: string;
  /** The folder of its generated sources. */
  readonly dir: string;
  /** What the folder's README says is there; none when the emitter writes its own. */
  readonly readme?: string;
  emit(model: ApiModel, context: GeneratorContext): GeneratedFile[] | Promise<GeneratedFile[]>;
}

export const emitters: readonly Emitter[] = [
  {
    name: "client",
    dir: CLIENT_DIR,
    readme:
      "The client's types (`schema.gen.ts`, by openapi-typescript), the runtime metadata of each\noperation (`operations.gen.ts`), the typed operation methods (`client.gen.ts`) and one function per\noperation for tree-shaken apps (`ops.gen.ts`).",
    emit: async (model, context) => {
      // Asked for first and awaited last: on a cache miss openapi-typescript runs in its worker
      // thread while ts-morph builds the other three files here.
      const schema = emitClientSchema(model, context, CLIENT_DIR);
      schema.catch(() => {}); // handled: a failure is thrown by the await below
      const built = [
        emitOperationsMeta(model, context, CLIENT_DIR),
        emitClientOperations(model, context, CLIENT_DIR),
        emitOperationFunctions(model, context, CLIENT_DIR),
      ];
      return [await schema, ...built];
    },
  },
  {
    name: "scopes",
    dir: SCOPES_DIR,
    readme:
      "The permission model of every operation (`scope-map.gen.ts`; also `../../scope-map.json`).",
    emit: emitScopeMap,
  },
  {
    name: "tools",
    dir: TOOLS_DIR,
    readme:
      "The neutral tool definition of every operation (`definitions.gen.ts`; also `../../schemas/*.json`),\nand each format of `../../schemas/*.json` as a typed module (`schemas/<format>.gen.ts`).",
    emit: (model, context) => {
      const definitions = buildToolDefinitions(model);
      return [
        ...emitToolDefinitions(model, context, definitions),
        ...emitToolSchemaModules(context, definitions),
      ];
    },
  },
  { name: "webhooks", dir: WEBHOOKS_DIR, emit: emitWebhooks },
  {
    name: "guard",
    dir: GUARD_DIR,
    readme:
      "The audit phrases of every operation (`audit.gen.ts`; the policy file schema is `../../policy.schema.json`).",
    emit: emitGuard,
  },
];

/** Every output file, emitter by emitter, in the order of the list. */
export async function emitAll(
  model: ApiModel,
  context: GeneratorContext,
): Promise<GeneratedFile[]> {
  // Every emitter starts before any is awaited, so that openapi-typescript's work in its worker
  // thread overlaps with the others'; a failure is still that of the first failing emitter in the
  // list, as when they ran one after the other.
  const outcomes = await Promise.allSettled(
    emitters.map((emitter) => Promise.resolve().then(() => emitter.emit(model, context))),
  );
  const files: GeneratedFile[] = [];
  for (const [i, emitter] of emitters.entries()) {
    const outcome = outcomes[i] as PromiseSettledResult<GeneratedFile[]>;
    if (outcome.status === "rejected") throw outcome.reason;
    files.push(...outcome.value);
    if (emitter.readme !== undefined)
      files.push(emitGeneratedReadme(emitter.dir, context, emitter.readme));
  }
  return files;
}
