import type { Kysely } from 'kysely';
import type { CalendarOverride, EnteredYear } from './calendar.ts';
import type { CalendarTables } from './calendar.tables.ts';

export async function listCalendarOverrides(
  db: Kysely<CalendarTables>,
): Promise<CalendarOverride[]> {
  return db
    .selectFrom('calendarDays')
    .select(['date', 'kind', 'name', 'sourceDocument'])
    .orderBy('date')
    .execute();
}

export async function listEnteredYears(db: Kysely<CalendarTables>): Promise<EnteredYear[]> {
  return db
    .selectFrom('calendarYears')
    .select(['year', 'sourceDocument'])
    .orderBy('year')
    .execute();
}

/** Removes the entries one notice made for one year (before that notice is entered again). */
export async function deleteScheduleDays(
  db: Kysely<CalendarTables>,
  year: number,
  sourceDocument: string,
): Promise<number> {
  const result = await db
    .deleteFrom('calendarDays')
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .where('sourceDocument', '=', sourceDocument)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Inserts the entries, replacing any earlier entry for the same date. */
export async function upsertCalendarDays(
  db: Kysely<CalendarTables>,
  days: readonly CalendarOverride[],
  enteredBy: string,
  enteredAt: Date,
): Promise<void> {
  if (days.length === 0) return;
  await db
    .insertInto('calendarDays')
    .values(days.map((d) => ({ ...d, enteredAt, enteredBy })))
    .onConflict((oc) =>
      oc.column('date').doUpdateSet((eb) => ({
        kind: eb.ref('excluded.kind'),
        name: eb.ref('excluded.name'),
        sourceDocument: eb.ref('excluded.sourceDocument'),
        enteredAt: eb.ref('excluded.enteredAt'),
        enteredBy: eb.ref('excluded.enteredBy'),
      })),
    )
    .execute();
}

export async function upsertEnteredYear(
  db: Kysely<CalendarTables>,
  year: EnteredYear,
  enteredBy: string,
  enteredAt: Date,
): Promise<void> {
  await db
    .insertInto('calendarYears')
    .values({ ...year, enteredAt, enteredBy })
    .onConflict((oc) =>
      oc.column('year').doUpdateSet({ sourceDocument: year.sourceDocument, enteredAt, enteredBy }),
    )
    .execute();
}

export async function deleteEnteredYear(db: Kysely<CalendarTables>, year: number): Promise<void> {
  await db.deleteFrom('calendarYears').where('year', '=', year).execute();
}
