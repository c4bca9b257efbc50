/** A defect in the spec the generator was given: where it is (JSON pointer) and what is wrong. */
export class SpecError extends Error {
  constructor(
    readonly pointer: string,
    readonly reason: string,
  ) {
    super(`${pointer || "/"}: ${reason}`);
    this.name = "SpecError";
  }
}

/** Several defects at once, so a maintainer sees them all in one run. */
export class SpecErrors extends Error {
  constructor(readonly errors: readonly SpecError[]) {
    super(
      `The spec has ${errors.length} problem(s):\n${errors.map((e) => `  - ${e.message}`).join("\n")}`,
    );
    this.name = "SpecErrors";
  }
}
