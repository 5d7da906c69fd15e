export { createLogger, loggerOptions } from './logger.ts';
export type { Logger } from './logger.ts';
export { maskPersonalData, maskDeep } from './mask.ts';
