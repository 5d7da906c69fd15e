import type { AccessRule } from '../accounts/index.ts';

/**
 * Requests of an org: leaders and supervisors read them; the disclosure office and department
 * officers (and the admin) register them and take their steps. Narrower than orgRecordRule,
 * whose window clerks, reviewers and others have no part in 依申请公开.
 */
export const foiRequestRule: AccessRule = {
  read: ['leader', 'supervisor'],
  change: ['disclosure_officer', 'department_officer'],
};
