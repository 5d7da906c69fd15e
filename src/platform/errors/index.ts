export { AppError, isAppError, statusOfKind } from './app-error.ts';
export type { AppErrorKind, FieldError } from './app-error.ts';
export { invalidFields, parseFields } from './validation.ts';
