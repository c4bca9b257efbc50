// What the root vitest global setup provides (test/global-setup.ts), for `tsc -p packages/gateway`.
import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
