/**
 * Starts one Prism mock of spec/openapi.yaml for the whole test run, unless CALKIT_TEST_BASE_URL
 * points the suite at another server (a Prism proxy, a staging API).
 */
import type { TestProject } from "vitest/node";
import { startPrism } from "../scripts/prism";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.CALKIT_TEST_BASE_URL;
  if (external) {
    project.provide("baseUrl", external.replace(/\/$/, ""));
    return async () => {};
  }
  const prism = await startPrism();
  project.provide("baseUrl", prism.url);
  return () => prism.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
