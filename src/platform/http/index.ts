export { registerSecurity } from './security.ts';
export type { SecurityOptions } from './security.ts';
export { registerErrorHandling } from './error-handler.tsx';
export { registerPageRendering, viewContextOf } from './page.ts';
export type { PageDeps } from './page.ts';
export { registerHealth } from './health.ts';
export { parseForm, submitForm, formValues, safeLocalPath } from './forms.ts';
export type { ParsedForm } from './forms.ts';
export {
  localeOf,
  isLargeText,
  isApiRequest,
  langCookie,
  textSizeCookie,
} from './request-locale.ts';
export { registerActor, publicActor, systemActor, systemContext, contextOf } from './actor.ts';
export type { Actor, Grant, ActionContext } from './actor.ts';
export { readUploadedFile } from './upload.ts';
export { openApiDocument, collectApiRoutes, documentedOperations } from './openapi.ts';
export type { OpenApiPaths } from './openapi.ts';
