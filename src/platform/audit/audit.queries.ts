import type { ExpressionBuilder, Kysely } from 'kysely';
import { AppError } from '../errors/index.ts';
import { recordColumns, type AuditRecord, type AuditTables } from './audit.tables.ts';

export interface AuditFilter {
  actorId?: string;
  orgCode?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  /** First Asia/Shanghai calendar date included, YYYY-MM-DD. */
  from?: string;
  /** Last Asia/Shanghai calendar date included, YYYY-MM-DD. */
  to?: string;
  limit?: number;
  offset?: number;
}

const localDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const maxLimit = 500;

/** The instant a Shanghai calendar day starts (UTC+8 all year: China has no daylight saving). */
function startOfLocalDay(date: string, field: 'from' | 'to'): Date {
  const start = new Date(`${date}T00:00:00+08:00`);
  if (!localDatePattern.test(date) || Number.isNaN(start.getTime())) {
    throw new AppError(
      'validation',
      'audit_bad_date',
      `${field}: expected YYYY-MM-DD, got "${date}"`,
      {
        fields: [{ field, message: 'YYYY-MM-DD' }],
      },
    );
  }
  return start;
}

const dayMs = 24 * 60 * 60 * 1000;

function whereOf(filter: AuditFilter) {
  return (eb: ExpressionBuilder<AuditTables, 'auditLog'>) => {
    const conditions = [];
    if (filter.actorId !== undefined) conditions.push(eb('actorId', '=', filter.actorId));
    if (filter.orgCode !== undefined) conditions.push(eb('orgCode', '=', filter.orgCode));
    if (filter.action !== undefined) conditions.push(eb('action', '=', filter.action));
    if (filter.targetType !== undefined) conditions.push(eb('targetType', '=', filter.targetType));
    if (filter.targetId !== undefined) conditions.push(eb('targetId', '=', filter.targetId));
    if (filter.from !== undefined) {
      conditions.push(eb('at', '>=', startOfLocalDay(filter.from, 'from')));
    }
    if (filter.to !== undefined) {
      const end = new Date(startOfLocalDay(filter.to, 'to').getTime() + dayMs);
      conditions.push(eb('at', '<', end));
    }
    return eb.and(conditions);
  };
}

/** Records matching the filter, newest first, a page at a time, with the total that match. */
export async function listAudit<DB>(
  db: Kysely<DB>,
  filter: AuditFilter = {},
): Promise<{ records: AuditRecord[]; total: number }> {
  const reader = db as unknown as Kysely<AuditTables>;
  const limit = Math.min(Math.max(Math.trunc(filter.limit ?? 50), 1), maxLimit);
  const offset = Math.max(Math.trunc(filter.offset ?? 0), 0);
  const where = whereOf(filter);
  const [rows, counted] = await Promise.all([
    reader
      .selectFrom('auditLog')
      .select(['id', 'at', ...recordColumns])
      .where(where)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    reader
      .selectFrom('auditLog')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .where(where)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    records: rows.map((row) => ({ ...row, at: row.at.toISOString() })),
    total: counted.total,
  };
}
