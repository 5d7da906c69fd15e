import { sql, type Kysely } from 'kysely';

// Duplicate appeals (issue 9 §6; modules/feedback/duplicates): near-identical text is found with
// pg_trgm (installed by migration 0020) on subject || content; the `%` operator uses this index,
// then similarity() ≥ 0.6 decides.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create index feedback_appeals_text_trgm on feedback_appeals
    using gin ((subject || content) gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index feedback_appeals_text_trgm`.execute(db);
}
