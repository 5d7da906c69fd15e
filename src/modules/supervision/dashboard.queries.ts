/** What the dashboard reads besides the figures: the orgs to filter by, a matter's org and warnings. */
import { sql, type Kysely } from 'kysely';

export interface OrgChoice {
  code: string;
  name: string;
  path: string;
}

/** The orgs responsible for supervised matters, with their ancestors (filters cover subtrees). */
export async function listMatterOrgs(db: Kysely<unknown>): Promise<OrgChoice[]> {
  const { rows } = await sql<OrgChoice>`
    select o.code, o.name, o.path from accounts_orgs o
    where exists (
      select 1 from accounts_orgs mo
      where mo.path like o.path || '%'
        and exists (select 1 from supervision_matters m where m.org_id = mo.id))
    order by o.path`.execute(db);
  return rows;
}

/** An org's path by code, or undefined. */
export async function orgPathOfCode(
  db: Kysely<unknown>,
  code: string,
): Promise<string | undefined> {
  const { rows } = await sql<{ path: string }>`
    select path from accounts_orgs where code = ${code}`.execute(db);
  return rows[0]?.path;
}

/** An org's path by id, or undefined. */
export async function orgPathOfId(db: Kysely<unknown>, id: number): Promise<string | undefined> {
  const { rows } = await sql<{ path: string }>`
    select path from accounts_orgs where id = ${id}`.execute(db);
  return rows[0]?.path;
}

export interface MatterWarning {
  id: number;
  rule: string;
  severity: string;
  stage: string;
  raisedOn: string;
}

/** The warnings raised on a supervised matter, oldest first. */
export async function listMatterWarnings(
  db: Kysely<unknown>,
  supervisedId: number,
): Promise<MatterWarning[]> {
  const { rows } = await sql<MatterWarning>`
    select id, rule, severity, stage, raised_on::text as "raisedOn"
    from supervision_warnings where supervised_id = ${supervisedId} order by id`.execute(db);
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}
