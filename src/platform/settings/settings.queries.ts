import { sql, type Kysely } from 'kysely';
import type { NewSettings, Settings, SettingsTables } from './settings.tables.ts';

const columns = [
  'countyName',
  'countyNameEn',
  'governmentName',
  'governmentNameEn',
  'regionCode',
  'province',
  'city',
  'sponsor',
  'sponsorEn',
  'siteCode',
  'icpNumber',
  'policeNumber',
  'contactPhone',
  'contactEmail',
  'contactAddress',
  'isDemo',
] as const;

export async function findSettings(db: Kysely<SettingsTables>): Promise<Settings | undefined> {
  return db.selectFrom('settings').select(columns).where('id', '=', 1).executeTakeFirst();
}

/** Inserts the one row or replaces it. */
export async function upsertSettings(
  db: Kysely<SettingsTables>,
  values: NewSettings,
): Promise<void> {
  await db
    .insertInto('settings')
    .values({ id: 1, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...values, updatedAt: sql`now()` }))
    .execute();
}
