/** A problem in the inputs of spec:sync, reported without a stack trace and before anything is written. */
export class SpecSyncError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(problems.length ? `${message}\n${problems.map((p) => `  - ${p}`).join("\n")}` : message);
    this.name = "SpecSyncError";
  }
}
