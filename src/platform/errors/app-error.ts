/** The one error shape services throw; HTTP status is decided in platform/http, never here. */
export type AppErrorKind =
  | 'validation'
  | 'not_found'
  | 'forbidden'
  | 'conflict'
  | 'invalid_state'
  | 'too_many'
  | 'unavailable';

export interface FieldError {
  /** Form field name, as in the form's `name` attribute. */
  field: string;
  /** Message key in the catalog, or a ready message. */
  message: string;
  /** Values for the message's {placeholders}. */
  vars?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly kind: AppErrorKind;
  readonly code: string;
  readonly details: { fields?: FieldError[] } & Record<string, unknown>;

  constructor(
    kind: AppErrorKind,
    code: string,
    message: string,
    details: AppError['details'] = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.kind = kind;
    this.code = code;
    this.details = details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** HTTP status for each kind: the only such table in the code. */
export const statusOfKind: Record<AppErrorKind, number> = {
  validation: 422,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  invalid_state: 409,
  too_many: 429,
  unavailable: 503,
};
