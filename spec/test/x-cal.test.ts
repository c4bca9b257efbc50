/**
 * The x-cal contract: every curated operation meets it, and the generator and spec:lint reject
 * the same defects with the same JSON pointers, because both read the one schema.
 */

import { describe, expect, it } from "vitest";
import { generate } from "../../packages/generator/src/index";
import { checkSpec } from "../../scripts/spec-checks";
import {
  checkDocumentMetadata,
  checkOperationMetadata,
  listOperations,
  loadSpec,
} from "../src/index";

const doc = loadSpec();
const cancelPointer = "/paths/~1v2~1bookings~1{bookingUid}~1cancel/post/x-cal";

/** A copy of the curated document with one operation's x-cal changed by `edit`. */
function withCancelMetadata(edit: (meta: Record<string, unknown>) => void) {
  const copy = structuredClone(doc) as typeof doc;
  const meta = copy.paths["/v2/bookings/{bookingUid}/cancel"]?.post?.["x-cal"] as Record<
    string,
    unknown
  >;
  edit(meta);
  return copy;
}

describe("x-cal.schema.json", () => {
  it("holds for the document and every curated operation", () => {
    expect(checkDocumentMetadata(doc["x-cal"])).toEqual([]);
    for (const op of listOperations(doc))
      expect(checkOperationMetadata(op.operation["x-cal"], op.id)).toEqual([]);
  });

  it("names each defect by its pointer, in words", () => {
    const meta = { ...(doc.paths["/v2/bookings"]?.get?.["x-cal"] as Record<string, unknown>) };
    meta.idempotent = false;
    meta.noticeGuard = "cancel";
    meta.color = "blue";
    expect(checkOperationMetadata(meta, "/x")).toEqual(
      expect.arrayContaining([
        { pointer: "/x", message: '"color" is not an x-cal field' },
        { pointer: "/x/idempotent", message: "must be true" },
        { pointer: "/x", message: 'needs "targets"' },
      ]),
    );
  });

  it("is the one contract: the generator and spec:lint refuse the same defect at the same place", async () => {
    const broken = withCancelMetadata((meta) => {
      meta.lookup = "attendee";
    });
    expect(checkSpec(broken as never)).toContain(`${cancelPointer}/lookup: must be "booking"`);
    await expect(generate(broken)).rejects.toThrow(`${cancelPointer}/lookup: must be "booking"`);
  });

  it("targets must name the operation's own arguments (checked beside the contract)", async () => {
    const broken = withCancelMetadata((meta) => {
      meta.targets = { booking: "bookingId" };
    });
    await expect(generate(broken)).rejects.toThrow(
      `${cancelPointer}/targets/booking: "bookingId" is not an argument of the operation`,
    );
  });
});
