import path from 'node:path';
import { z } from 'zod';

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z.object({
  NODE_ENV: z.preprocess(
    emptyAsUndefined,
    z
      .enum(['development', 'production', 'test'], {
        error: '须为 development、production 或 test / must be development, production or test',
      })
      .default('development'),
  ),
  PORT: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^\d{1,5}$/, { error: '须为 0–65535 的整数 / must be a whole number 0–65535' })
      .transform(Number)
      .refine((n) => n <= 65535, { error: '须为 0–65535 的整数 / must be a whole number 0–65535' })
      .default(3000),
  ),
  HOST: z.preprocess(emptyAsUndefined, z.string().default('localhost')),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, {
        error: '须以 postgres:// 开头 / must start with postgres://',
      })
      .optional(),
  ),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./data')),
  SESSION_SECRET: z.preprocess(
    emptyAsUndefined,
    z.string().min(32, { error: '至少 32 个字符 / must be at least 32 characters' }).optional(),
  ),
  PUBLIC_URL: z.preprocess(
    emptyAsUndefined,
    z.url({ error: '须为完整网址，如 https://example.gov.cn / must be a full URL' }).optional(),
  ),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z
      .enum(logLevels, {
        error: `须为 ${logLevels.join('、')} 之一 / must be one of ${logLevels.join(', ')}`,
      })
      .default('info'),
  ),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** PostgreSQL connection string; absent means embedded PGlite under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  sessionSecret: string | undefined;
  publicUrl: string | undefined;
  logLevel: (typeof logLevels)[number];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

// Secrets and connection strings are never echoed back.
const echoed = new Set(['NODE_ENV', 'PORT', 'HOST', 'DATA_DIR', 'PUBLIC_URL', 'LOG_LEVEL']);

function describe(issue: z.core.$ZodIssue, env: Record<string, string | undefined>): string {
  const name = String(issue.path[0] ?? 'environment');
  const given = env[name];
  const shown = given !== undefined && echoed.has(name) ? ` (got "${given}")` : '';
  return `${name}: ${issue.message}${shown}`;
}

/** Parses the environment; throws ConfigError with one line per bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => describe(issue, env));
  if (emptyAsUndefined(env.NODE_ENV) === 'production' && !emptyAsUndefined(env.SESSION_SECRET)) {
    problems.push('SESSION_SECRET: 生产环境必须设置 / required when NODE_ENV=production');
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    sessionSecret: e.SESSION_SECRET,
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
  };
}
