import { sql, type Kysely } from 'kysely';

// The service halls' cameras (issue 7, dashboard): Sunshine keeps each camera's stream URL per
// service center and links to it; it never records or stores video.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('supervision_cameras')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('center_org_id', 'bigint', (c) => c.notNull().references('accounts_orgs.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('stream_url', 'text', (c) => c.notNull())
    // Derived from the URL when saved: how a browser can show it (played in the page or linked).
    .addColumn('format', 'text', (c) =>
      c.notNull().check(sql`format in ('mp4', 'webm', 'hls', 'rtsp', 'other')`),
    )
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index supervision_cameras_center on supervision_cameras
    (center_org_id, sort, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('supervision_cameras').execute();
}
