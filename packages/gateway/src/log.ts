/**
 * Structured logs: one JSON object per line on stderr (stdout carries only the base URL). Callers
 * pass fields that hold no secret; tokens appear only as their public id.
 */
export type Log = (event: string, fields?: Record<string, unknown>) => void;

export function createLog(
  write: (line: string) => void = (line) => process.stderr.write(line),
): Log {
  return (event, fields = {}) => {
    write(`${JSON.stringify({ time: new Date().toISOString(), event, ...fields })}\n`);
  };
}

export const silentLog: Log = () => {};
