import { pino, type LoggerOptions, type Logger } from 'pino';
import { maskDeep, maskPersonalData } from './mask.ts';

export type { Logger };

/** pino options shared by the app (through Fastify) and the CLI: secrets redacted, personal data masked. */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
      ],
      censor: '[redacted]',
    },
    formatters: {
      log: (object) => maskDeep(object) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((arg) => (typeof arg === 'string' ? maskPersonalData(arg) : arg));
        method.apply(this, masked as Parameters<typeof method>);
      },
    },
    serializers: {
      req: (req: {
        id?: string;
        method?: string;
        url?: string;
        originalUrl?: string;
        ip?: string;
      }) => ({
        id: req.id,
        method: req.method,
        url: maskPersonalData(String(req.url ?? req.originalUrl ?? '')).replace(
          /([?&]_csrf=)[^&]*/,
          '$1[redacted]',
        ),
        ip: req.ip,
      }),
    },
  };
}

export function createLogger(level: string): Logger {
  return pino(loggerOptions(level));
}
