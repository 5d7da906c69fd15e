import { isAppError } from '../platform/errors/index.ts';
import { ConfigError, loadConfig, type Config } from '../platform/config/index.ts';
import { connectDatabase, type DatabaseHandle } from '../platform/db/index.ts';

/** Exit codes: 0 done, 1 failed, 2 cannot run now or wrong usage (e.g. the database is held). */
export const exitCodes = { ok: 0, failed: 1, unavailable: 2 } as const;

export function configFromEnv(): Config {
  return loadConfig(process.env);
}

/** Opens the database for a CLI command; the embedded one may be held by a running server. */
export async function openDatabase(
  config: Config,
  command: string,
): Promise<DatabaseHandle<unknown>> {
  return connectDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    command,
    poolSize: 2,
  });
}

/** Turns the errors a command may meet into a message and an exit code. */
export function reportFailure(error: unknown): number {
  if (error instanceof ConfigError) {
    process.stderr.write('配置有误 / Invalid configuration:\n');
    for (const line of error.problems) process.stderr.write(`  ${line}\n`);
    return exitCodes.failed;
  }
  if (isAppError(error) && error.code === 'database_locked') {
    process.stderr.write(`${error.message}\n`);
    return exitCodes.unavailable;
  }
  if (isAppError(error)) {
    process.stderr.write(`${error.message} (${error.code})\n`);
    return exitCodes.failed;
  }
  process.stderr.write(`错误 / Error: ${(error as Error).message ?? String(error)}\n`);
  return exitCodes.failed;
}
