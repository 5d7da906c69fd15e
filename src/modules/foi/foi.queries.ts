import { sql, type Kysely } from 'kysely';

/** Ids of the orgs under any of `paths` (accounts_orgs' materialised paths), themselves included. */
export async function orgIdsUnder(
  db: Kysely<unknown>,
  paths: readonly string[],
): Promise<number[]> {
  if (paths.length === 0) return [];
  const { rows } = await sql<{ id: number }>`
    select id from accounts_orgs where path like any(${sql.val(paths.map((p) => `${p}%`))}::text[])`.execute(
    db,
  );
  return rows.map((r) => Number(r.id));
}
