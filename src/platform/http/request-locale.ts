import type { FastifyRequest } from 'fastify';
import { defaultLocale, isLocale, type Locale } from '../i18n/index.ts';

export const langCookie = 'lang';
export const textSizeCookie = 'text';

/** Pages: the visitor's choice (cookie), else Chinese. The API: Accept-Language, else Chinese. */
export function localeOf(request: FastifyRequest): Locale {
  const chosen = request.cookies[langCookie];
  if (isLocale(chosen)) return chosen;
  if (isApiRequest(request)) {
    const accepted = request.headers['accept-language'] ?? '';
    if (/^\s*en\b/i.test(accepted)) return 'en';
  }
  return defaultLocale;
}

export function isLargeText(request: FastifyRequest): boolean {
  return request.cookies[textSizeCookie] === 'large';
}

export function isApiRequest(request: FastifyRequest): boolean {
  return request.url === '/api' || request.url.startsWith('/api/');
}
