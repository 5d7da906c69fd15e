/** The roles of ARCHITECTURE.md §6 and issue 3; a role is granted on an org and covers its subtree. */
export const roles = [
  'admin',
  'disclosure_officer',
  'department_officer',
  'window_clerk',
  'reviewer',
  'trading_officer',
  'performance_officer',
  'supervisor',
  'responder',
  'leader',
] as const;

export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

/** API token scopes: `<system>:<read|write>`. */
export const scopePattern = /^[a-z]+:(read|write)$/;
