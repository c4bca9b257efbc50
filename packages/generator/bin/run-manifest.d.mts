/** Types of run-manifest.mjs (plain JavaScript, so that `pnpm generate` can start without tsx). */
export declare const GENERATOR_DIR: string;
export declare const CACHE_DIR: string;
export declare const MANIFEST_FILE: string;
export declare function workspacePackages(generatorDir?: string): string[];
export declare function runFingerprint(options: {
  specPath: string;
  specName: string;
  generatorDir?: string;
}): string | undefined;
export declare function upToDate(options: {
  root: string;
  cacheDir: string;
  fingerprint: string | undefined;
}): boolean;
export declare function recordedOutputs(cacheDir: string): number;
export declare function specChanged(options: { cacheDir: string; specPath: string }): boolean;
export declare function recordRun(options: {
  cacheDir: string;
  fingerprint: string | undefined;
  files: readonly { path: string; content: string }[];
  specPath: string;
}): void;
