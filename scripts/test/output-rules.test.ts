/** The general corrections of Cal.com's answers, on small fixture documents. */
import { describe, expect, it } from "vitest";
import { applyFixes } from "../spec-sync/fixes";
import { applyOutputRules } from "../spec-sync/output-rules";

// biome-ignore lint/suspicious/noExplicitAny: fixture documents.
type Json = Record<string, any>;

function fixture(): Json {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const content = (name: string) => ({ content: { "application/json": { schema: ref(name) } } });
  return {
    paths: {
      "/v2/things": {
        post: {
          requestBody: content("ThingInput"),
          responses: { "201": content("ThingOutput"), "400": { description: "bad" } },
        },
        get: { responses: { "200": content("ThingOutput") } },
      },
    },
    components: {
      schemas: {
        ThingInput: {
          type: "object",
          properties: { name: { type: "string" }, shared: ref("Shared") },
          required: ["name"],
        },
        ThingOutput: {
          type: "object",
          required: ["id"],
          properties: {
            id: { type: "integer" },
            rating: { type: "number" },
            owner: ref("Owner"),
            kind: { anyOf: [ref("Owner"), ref("Shared")] },
            shared: ref("Shared"),
            isDefault: { type: "object", default: true },
          },
        },
        Owner: { type: "object", properties: { name: { type: "string" } } },
        Shared: { type: "object", properties: { note: { type: "string" } } },
      },
    },
  };
}

describe("output rules", () => {
  it("declare 200 next to every 201, with the same content", () => {
    const doc = fixture();
    applyOutputRules(doc);
    const responses = doc.paths["/v2/things"].post.responses;
    expect(Object.keys(responses)).toEqual(["200", "201", "400"]);
    expect(responses["200"]).toEqual(responses["201"]);
  });

  it("let optional fields of answer-only schemas be null, and leave required fields and inputs alone", () => {
    const doc = fixture();
    applyOutputRules(doc);
    const { ThingOutput, ThingInput, Shared, Owner } = doc.components.schemas;
    expect(ThingOutput.properties.id).toEqual({ type: "integer" });
    expect(ThingOutput.properties.rating).toEqual({ type: ["number", "null"] });
    expect(ThingOutput.properties.owner).toEqual({
      anyOf: [{ $ref: "#/components/schemas/Owner" }, { type: "null" }],
    });
    expect(ThingOutput.properties.kind.anyOf).toHaveLength(3);
    expect(Owner.properties.name).toEqual({ type: ["string", "null"] });
    // Shared is also sent in requests: untouched.
    expect(Shared.properties.note).toEqual({ type: "string" });
    expect(ThingInput.properties.name).toEqual({ type: "string" });
  });

  it("type an `object` field with a scalar default as that scalar", () => {
    const doc = fixture();
    applyOutputRules(doc);
    // (optional in an answer-only schema, so also nullable)
    expect(doc.components.schemas.ThingOutput.properties.isDefault).toEqual({
      type: ["boolean", "null"],
      default: true,
    });
  });
});

describe("fixes for answers", () => {
  const locate = () => undefined;

  it("a fix naming several schemas applies to each; unrequire takes names out of `required`", () => {
    const doc = {
      components: {
        schemas: {
          A: { required: ["label", "type"] },
          B: { required: ["placeholder", "label"] },
        },
      },
    };
    applyFixes(
      doc,
      [
        {
          why: "labels are optional",
          schema: "A",
          at: "/required",
          unrequire: ["label", "placeholder"],
        },
        {
          why: "labels are optional",
          schema: "B",
          at: "/required",
          unrequire: ["label", "placeholder"],
        },
      ],
      locate,
    );
    expect(doc.components.schemas.A.required).toEqual(["type"]);
    expect(doc.components.schemas.B.required).toEqual([]);
  });

  it("an unrequire fix that upstream has made itself is refused", () => {
    const doc = { components: { schemas: { A: { required: ["type"] } } } };
    expect(() =>
      applyFixes(
        doc,
        [{ why: "labels are optional", schema: "A", at: "/required", unrequire: ["label"] }],
        locate,
      ),
    ).toThrow(/upstream no longer requires label; remove this fix/);
  });
});
