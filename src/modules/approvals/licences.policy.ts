import type { Actor } from '../../platform/http/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import { can, type AccessRule } from '../accounts/index.ts';

/**
 * Licences on staff pages: the registration authority's officers issue them; leaders,
 * supervisors and reviewers read them; the window clerks of the center that accepted the
 * application read and print them there (一窗受理、统一出件).
 */
export const licenceRule: AccessRule = {
  read: ['leader', 'supervisor', 'reviewer', 'window_clerk'],
  change: ['department_officer', 'window_clerk'],
};

/** Throws forbidden unless the actor may read a licence of this authority or this center. */
export function ensureCanReadLicence(
  actor: Actor,
  licence: { issuingOrgPath: string; centerOrgPath: string | null },
): void {
  const paths = [licence.issuingOrgPath, licence.centerOrgPath].filter((p) => p !== null);
  if (!paths.some((path) => can(actor, 'read', path, licenceRule))) {
    throw new AppError('forbidden', 'not_allowed', '您没有权限查看 / you may not see this');
  }
}
