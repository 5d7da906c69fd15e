/**
 * The parts of the annual report entered by hand: the texts of sections 一 (总体情况), 五 (存在的
 * 主要问题及改进情况) and 六 (其他需要报告的事项), and — until the publishing module can count them —
 * the figures of table 二 (主动公开, RULES.md §2.3), always shown as entered by hand.
 */
import type { Kysely } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import type { Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';

/** Table 二's rows, as the 30号 form prints them. */
export const proactiveRows = [
  {
    item: '第二十条第（一）项',
    label: '规章',
    columns: ['本年制发件数', '本年废止件数', '现行有效件数'],
  },
  {
    item: '第二十条第（一）项',
    label: '行政规范性文件',
    columns: ['本年制发件数', '本年废止件数', '现行有效件数'],
  },
  { item: '第二十条第（五）项', label: '行政许可', columns: ['本年处理决定数量'] },
  { item: '第二十条第（六）项', label: '行政处罚', columns: ['本年处理决定数量'] },
  { item: '第二十条第（六）项', label: '行政强制', columns: ['本年处理决定数量'] },
  { item: '第二十条第（八）项', label: '行政事业性收费', columns: ['本年收费金额（单位：万元）'] },
] as const;

export interface ReportEntries {
  overview: string;
  problems: string;
  otherMatters: string;
  /** Table 二 by row label; each row's values in its columns' order. */
  proactive: Record<string, number[]>;
}

export interface ProactiveTable {
  /** `manual`: entered by hand (the publishing module does not count them yet); `missing`: not entered. */
  source: 'manual' | 'missing';
  rows: { item: string; label: string; columns: string[]; values: (number | null)[] }[];
}

interface EntriesTables {
  foiReportEntries: {
    year: number;
    overview: string;
    problems: string;
    otherMatters: string;
    proactive: ReportEntries['proactive'];
    enteredBy: string;
    enteredAt: Date;
  };
}

export async function readReportEntries<DB>(
  db: Kysely<DB>,
  year: number,
): Promise<ReportEntries | null> {
  const row = await (db as unknown as Kysely<EntriesTables>)
    .selectFrom('foiReportEntries')
    .selectAll()
    .where('year', '=', year)
    .executeTakeFirst();
  return row
    ? {
        overview: row.overview,
        problems: row.problems,
        otherMatters: row.otherMatters,
        proactive: row.proactive,
      }
    : null;
}

export function proactiveTableOf(entries: ReportEntries | null): ProactiveTable {
  return {
    source: entries && Object.keys(entries.proactive).length > 0 ? 'manual' : 'missing',
    rows: proactiveRows.map((r) => ({
      item: r.item,
      label: r.label,
      columns: [...r.columns],
      values: r.columns.map((_, i) => entries?.proactive[r.label]?.[i] ?? null),
    })),
  };
}

function invalid(field: string, zh: string, en: string): never {
  throw new AppError('validation', 'foi_report_entries', `${zh} / ${en}`, {
    fields: [{ field, message: `${zh} / ${en}` }],
  });
}

/** Saves a year's entries (replacing earlier ones), audited; throws validation naming the cell. */
export async function saveReportEntries<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  year: number,
  entries: ReportEntries,
): Promise<void> {
  proactiveRows.forEach((row, r) => {
    const values = entries.proactive[row.label] ?? [];
    row.columns.forEach((column, c) => {
      const value = values[c];
      const money = row.label === '行政事业性收费';
      const ok =
        value !== undefined &&
        Number.isFinite(value) &&
        value >= 0 &&
        (money ? Math.round(value * 10000) === value * 10000 : Number.isInteger(value));
      if (!ok) {
        invalid(
          `p_${r}_${c}`,
          `${row.label}·${column}：请填写${money ? '不小于 0 的数（最多 4 位小数）' : '不小于 0 的整数'}`,
          `${row.label}, ${column}: give ${money ? 'a number ≥ 0 (at most 4 decimals)' : 'a whole number ≥ 0'}`,
        );
      }
    });
  });
  for (const [field, text] of [
    ['overview', entries.overview],
    ['problems', entries.problems],
    ['otherMatters', entries.otherMatters],
  ] as const) {
    if (text.length > 20000) invalid(field, '不超过 20000 字', 'at most 20,000 characters');
  }
  const handle = db as unknown as Kysely<EntriesTables>;
  await handle.transaction().execute(async (trx) => {
    const at = clock.now();
    const row = {
      ...entries,
      proactive: JSON.stringify(entries.proactive) as unknown as ReportEntries['proactive'],
      enteredBy: ctx.actor.name,
      enteredAt: at,
    };
    await trx
      .insertInto('foiReportEntries')
      .values({ year, ...row })
      .onConflict((oc) => oc.column('year').doUpdateSet(row))
      .execute();
    await recordChange(trx as unknown as Kysely<unknown>, ctx, at, {
      action: 'foi.report.entries',
      targetType: 'foi_report',
      targetId: String(year),
      summary: { proactive: entries.proactive },
    });
  });
}
