import { sql, type Kysely } from 'kysely';

// Statistics of cases (modules/approvals, stats.queries.ts): refused, returned and withdrawn cases
// are counted by the day they closed; migration 0012's indexes serve the other dates.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index approvals_cases_closed on approvals_cases (closed_on, state)
    where closed_on is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index approvals_cases_closed`.execute(db);
}
