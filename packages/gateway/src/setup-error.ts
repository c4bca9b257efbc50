/** The gateway's configuration cannot be used: one line naming the variable, never its value. */
export class GatewaySetupError extends Error {
  override readonly name = "GatewaySetupError";
}
