/** The gateway's configuration cannot be used: one line naming the variable, never its value. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}
