/**
 * The generator's webhooks emitter (packages/generator/src/emitters/webhooks.ts): what it emits
 * for the real spec, and how it refuses webhook definitions the runtime could not honour (each
 * defect named by its JSON pointer).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../../spec/src/index";
import {
  emitWebhooks,
  SUBSCRIPTION_TRIGGERS_POINTER,
  WEBHOOKS_DIR,
} from "../../generator/src/emitters/webhooks";
import { buildModel, SpecErrors } from "../../generator/src/index";
import { eventSchemaNames, knownTriggers, subscriptionTriggers } from "../src/index.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const context = { specName: "spec/openapi.yaml" };
// biome-ignore lint/suspicious/noExplicitAny: the tests break the spec at arbitrary depths.
type Doc = Record<string, any>;

const spec = () => structuredClone(loadSpec()) as Doc;

async function problems(change: (doc: Doc) => void): Promise<string[]> {
  const doc = spec();
  change(doc);
  try {
    await emitWebhooks(buildModel(doc), context);
  } catch (error) {
    expect(error).toBeInstanceOf(SpecErrors);
    return (error as SpecErrors).errors.map((e) => e.message);
  }
  throw new Error("the emitter accepted the spec");
}

describe("emitWebhooks on spec/openapi.yaml", () => {
  it("emits the committed files, byte for byte, twice the same", async () => {
    const first = await emitWebhooks(buildModel(spec()), context);
    const second = await emitWebhooks(buildModel(spec()), context);
    expect(first.map((f) => f.path)).toEqual([
      `${WEBHOOKS_DIR}/webhooks.schema.gen.ts`,
      `${WEBHOOKS_DIR}/events.gen.ts`,
      `${WEBHOOKS_DIR}/README.md`,
    ]);
    for (const [i, file] of first.entries()) {
      expect(second[i]?.content).toBe(file.content);
      expect(
        readFileSync(join(ROOT, file.path), "utf8"),
        `${file.path} is stale: run pnpm generate`,
      ).toBe(file.content);
    }
  });

  it("types the spec's webhooks and lists the subscription enum of the webhooks API", () => {
    const doc = loadSpec() as Doc;
    expect([...knownTriggers]).toEqual(Object.keys(doc.webhooks).sort());
    expect([...subscriptionTriggers]).toEqual(
      doc.components.schemas.CreateWebhookInputDto.properties.triggers.items.enum,
    );
    expect(Object.keys(eventSchemaNames).sort()).toEqual([...knownTriggers]);
  });

  it("emits nothing for a spec without webhooks", async () => {
    const doc = spec();
    delete doc.webhooks;
    expect(await emitWebhooks(buildModel(doc), context)).toEqual([]);
  });
});

describe("emitWebhooks refuses", () => {
  it("a delivery schema whose triggerEvent const names another trigger", async () => {
    expect(
      await problems((doc) => {
        doc.components.schemas.CalWebhookMeetingEndedEvent.allOf[1].properties.triggerEvent.const =
          "MEETING_STARTED";
      }),
    ).toEqual([
      '/components/schemas/CalWebhookMeetingEndedEvent: must fix triggerEvent with const: MEETING_ENDED (found "MEETING_STARTED")',
    ]);
  });

  it("a typed trigger that subscriptions cannot ask for", async () => {
    expect(
      await problems((doc) => {
        const triggers = doc.components.schemas.CreateWebhookInputDto.properties.triggers.items;
        triggers.enum = triggers.enum.filter((t: string) => t !== "OOO_CREATED");
      }),
    ).toEqual([
      `/webhooks/OOO_CREATED: is not a trigger the webhooks API accepts (${SUBSCRIPTION_TRIGGERS_POINTER})`,
    ]);
  });

  it("a request body that is not a $ref to a named schema", async () => {
    expect(
      await problems((doc) => {
        doc.webhooks.BOOKING_PAID.post.requestBody.content["application/json"].schema = {
          type: "object",
        };
      }),
    ).toEqual([
      "/webhooks/BOOKING_PAID/post/requestBody/content/application~1json/schema: must be a $ref to a schema in #/components/schemas/",
    ]);
  });

  it("a keyword the runtime validator does not enforce", async () => {
    expect(
      await problems((doc) => {
        doc.components.schemas.CalWebhookNoShowPayload.properties.message.not = { const: "" };
      }),
    ).toEqual([
      '/components/schemas/CalWebhookNoShowPayload/properties/message/not: keyword "not" is not validated by @calkit/webhooks at runtime; use another or extend src/json-schema.ts',
    ]);
  });

  it("a spec without the subscription trigger enum", async () => {
    expect(
      await problems((doc) => {
        delete doc.components.schemas.CreateWebhookInputDto.properties.triggers.items.enum;
      }),
    ).toEqual([
      `${SUBSCRIPTION_TRIGGERS_POINTER}: must list the trigger names a webhook subscription accepts`,
    ]);
  });

  it("a spec without the envelope schema", async () => {
    expect(
      await problems((doc) => {
        for (const [name, schema] of Object.entries<Doc>(doc.components.schemas)) {
          if (/^CalWebhook.*Event$/.test(name)) schema.allOf = schema.allOf.slice(1);
        }
        delete doc.components.schemas.CalWebhookEnvelope;
      }),
    ).toEqual([
      "/components/schemas/CalWebhookEnvelope: missing: the schema every webhook delivery satisfies",
    ]);
  });

  it("a lower-case trigger name", async () => {
    expect(
      await problems((doc) => {
        doc.webhooks.booking_created = doc.webhooks.BOOKING_CREATED;
      }),
    ).toEqual([
      "/webhooks/booking_created: a trigger name is upper case with underscores, e.g. BOOKING_CREATED",
    ]);
  });
});
