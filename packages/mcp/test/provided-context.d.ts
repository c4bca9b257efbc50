// What the root vitest global setup provides (test/global-setup.ts), for `tsc -p packages/mcp`.
import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
