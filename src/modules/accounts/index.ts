/**
 * Orgs, staff accounts, roles, sessions and API tokens. Other modules use `can`/`ensureCan` with
 * their own AccessRule to decide who may read or change a record of an org (errors: forbidden
 * not_allowed), and `getOrgByCode` (not_found org_not_found).
 */
import type { AppModule } from '../../platform/app-module.ts';
import { accountsOpenApi } from './accounts.openapi.ts';
import { accountsHooks } from './accounts.hooks.ts';
import { accountsMessages } from './accounts.messages.ts';
import { accountsRoutes } from './accounts.routes.tsx';
import { demoAccountsSeeder, demoOrgsSeeder } from './accounts.seed.ts';
import { orgsMessages } from './orgs.messages.ts';

export const accountsModule: AppModule = {
  name: 'accounts',
  hooks: accountsHooks,
  routes: accountsRoutes,
  messages: {
    'zh-CN': { ...accountsMessages['zh-CN'], ...orgsMessages['zh-CN'] },
    en: { ...accountsMessages.en, ...orgsMessages.en },
  },
  seeders: [demoOrgsSeeder, demoAccountsSeeder],
  openapi: accountsOpenApi,
};

export {
  can,
  ensureCan,
  grantCovers,
  scopePaths,
  hasRole,
  hasCountyRole,
  orgRecordRule,
  accountAdminRule,
} from './accounts.policy.ts';
export type { AccessRule, AccessAction } from './accounts.policy.ts';
export { roles, isRole } from './roles.ts';
export type { Role } from './roles.ts';
export { createOrg, getOrgByCode } from './orgs.service.ts';
/**
 * Changes to the org tree, by an admin covering the org; each writes a history row and an audit
 * record. Errors: not_found org_not_found, forbidden not_allowed, validation (field errors, e.g.
 * org_parent_in_subtree, org_has_active_children), invalid_state org_active | org_inactive.
 */
export { updateOrg, moveOrg } from './orgs.service.ts';
export { deactivateOrg, reactivateOrg, mergeOrg } from './orgs-status.service.ts';
export {
  createUser,
  grantRole,
  resetPassword,
  disableUser,
  changePassword,
} from './users.service.ts';
export { logIn, logOut, resumeSession, sessionRules } from './sessions.service.ts';
export {
  createApiToken,
  listApiTokens,
  revokeApiToken,
  authenticateToken,
} from './tokens.service.ts';
export { demoAccounts } from './accounts.seed.ts';
export type { AccountsTables } from './accounts.tables.ts';
/** Helpers of the org workbook other modules' Excel files share: the content type, a download's name, the unpacked-size guard. */
export { attachmentDisposition, xlsxContentType, zipUnpackedSize } from './orgs.excel.ts';
