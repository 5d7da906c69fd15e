import type { ColumnType, Generated } from 'kysely';

/** `calendar_days`: one administrator's entry per date, overriding chinese-days and the provisional rules. */
export interface CalendarDaysTable {
  /** `date` column: read back as `YYYY-MM-DD` (platform/db's type parser), written the same. */
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
  /** 发文字号 of the notice the entry comes from; '' when there is none. */
  sourceDocument: Generated<string>;
  enteredAt: ColumnType<Date, Date | string | undefined, Date | string>;
  enteredBy: string;
}

/** `calendar_years`: a year whose whole schedule has been entered as overrides. */
export interface CalendarYearsTable {
  year: number;
  sourceDocument: string;
  enteredAt: ColumnType<Date, Date | string | undefined, Date | string>;
  enteredBy: string;
}

export interface CalendarTables {
  calendarDays: CalendarDaysTable;
  calendarYears: CalendarYearsTable;
}
