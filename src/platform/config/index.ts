export { loadConfig, ConfigError } from './config.ts';
export type { Config } from './config.ts';
export { resolveSessionSecret } from './session-secret.ts';
