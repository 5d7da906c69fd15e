/**
 * Who reads the list of registrations and licences: as the licence pages (licences.policy.ts) —
 * leaders and supervisors of the county everything; the registration authority's officers and
 * reviewers and the window clerks of a center taking registrations, what concerns their org.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../platform/errors/index.ts';
import type { Actor } from '../../platform/http/index.ts';
import { hasCountyRole, scopePaths } from '../accounts/index.ts';
import { licenceRule } from './licences.policy.ts';
import { registrationPlaces, type RegistrationScope } from './licences.queries.ts';

/** The actor's scope of the list; forbidden when none of the places of registration is theirs. */
export async function registrationListScope(
  db: Kysely<unknown>,
  actor: Actor,
): Promise<RegistrationScope> {
  if (hasCountyRole(actor, ['admin', 'leader', 'supervisor'])) return undefined;
  const paths = scopePaths(actor, 'read', licenceRule);
  const places = paths.length > 0 ? await registrationPlaces(db) : [];
  if (!places.some((place) => paths.some((path) => place.startsWith(path)))) {
    throw new AppError('forbidden', 'not_allowed', '您没有权限查看 / you may not see this');
  }
  return paths;
}
