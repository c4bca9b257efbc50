export async function serveFromCli(_argv: string[], _env: NodeJS.ProcessEnv): Promise<void> {}
