/** Rows other modules' tests need, written straight into the tables (no audit, no passwords that work). */
import { sql, type Kysely } from 'kysely';

/** A top-level (or child) org; returns its id. */
export async function createTestOrg<DB>(
  db: Kysely<DB>,
  code: string,
  parentId: number | null = null,
): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    insert into accounts_orgs (code, name, kind, parent_id, path)
    values (${code}, ${`测试机构 ${code}`}, 'department', ${parentId}, '')
    returning id`.execute(db);
  const id = rows[0]!.id;
  await sql`
    update accounts_orgs set path = coalesce(
      (select p.path from accounts_orgs p where p.id = ${parentId}), '/') || ${`${id}/`}
    where id = ${id}`.execute(db);
  return id;
}

/** A user who cannot sign in (the hash is not a hash); returns its id. */
export async function createTestUser<DB>(
  db: Kysely<DB>,
  username: string,
  orgId: number,
): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    insert into accounts_users (username, display_name, password_hash)
    values (${username}, ${username}, 'not-a-hash') returning id`.execute(db);
  const id = rows[0]!.id;
  await sql`insert into accounts_role_grants (user_id, role, org_id) values (${id}, 'department_officer', ${orgId})`.execute(
    db,
  );
  return id;
}
