/**
 * Warnings: things a caller should know that are not failures (Cal.com answered a success in a
 * shape the spec does not describe). Each is said once per operation and kind.
 */

export interface CalWarning {
  /** `CALKIT_UNEXPECTED_SUCCESS_BODY`: a 2xx whose body is not Cal.com's success envelope. */
  readonly code: string;
  readonly operationId: string;
  readonly message: string;
}

export type WarningListener = (warning: CalWarning) => void;

/** Node's process warnings where there is a process, else the console. */
const defaultListener: WarningListener = (warning) => {
  const processLike = (
    globalThis as { process?: { emitWarning?: (m: string, o: { code: string }) => void } }
  ).process;
  if (processLike?.emitWarning) processLike.emitWarning(warning.message, { code: warning.code });
  else console.warn(warning.message);
};

export type Warn = (warning: CalWarning) => void;

/** A warn function that passes each (operation, code) on once, to `listener` or the default. */
export function createWarner(listener: WarningListener = defaultListener): Warn {
  const said = new Set<string>();
  return (warning) => {
    const key = `${warning.operationId}\u0000${warning.code}`;
    if (said.has(key)) return;
    said.add(key);
    listener(warning);
  };
}
