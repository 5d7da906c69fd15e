/**
 * The ledger as an .xlsx workbook: the fields of RULES.md §1.5's groups (registration, request,
 * outcome, follow-up), in Chinese as the ledger is kept. No ID numbers or phone numbers.
 */
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { LocalDate } from '../../platform/calendar/index.ts';
import { outcomeLabel } from './foi-ledger.format.ts';
import { walkLedger, type LedgerRow, type LedgerScope } from './foi-ledger.queries.ts';
import type { LedgerFilter } from './foi-ledger.schemas.ts';
import { foiMessages } from './foi.messages.ts';
import { applicantColumns, type ApplicantType } from './foi.model.ts';

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const ledgerColumns = [
  { header: '受理编号', key: 'trackingNumber', width: 16 },
  { header: '申请人类型', key: 'applicantType', width: 12 },
  { header: '姓名/名称', key: 'applicantName', width: 20 },
  { header: '申请渠道', key: 'channel', width: 10 },
  { header: '收到申请之日', key: 'receivedOn', width: 13 },
  { header: '所需信息描述', key: 'description', width: 50 },
  { header: '获取方式', key: 'delivery', width: 10 },
  { header: '期满日', key: 'dueOn', width: 16 },
  { header: '办理结果', key: 'outcome', width: 36 },
  { header: '法律依据', key: 'legalBasis', width: 30 },
  { header: '答复日', key: 'repliedOn', width: 12 },
  { header: '送达日', key: 'deliveredOn', width: 12 },
  { header: '归档号', key: 'archiveNumber', width: 16 },
] as const;

const words = foiMessages['zh-CN'];

/** The due date as the ledger writes it: paused clocks have none, provisional ones say so. */
export function dueText(row: Pick<LedgerRow, 'dueOn' | 'basis' | 'clockState'>): string {
  if (row.dueOn === null) return row.clockState === 'paused' ? '暂停计时' : '';
  return row.basis === 'provisional' ? `${row.dueOn}（暂定）` : row.dueOn;
}

function cells(row: LedgerRow) {
  return {
    trackingNumber: row.trackingNumber,
    applicantType: applicantColumns[row.applicantType as ApplicantType] ?? row.applicantType,
    applicantName: row.applicantName,
    channel: words[`foi.channel.${row.channel}`] ?? row.channel,
    receivedOn: row.receivedOn,
    description: row.description,
    delivery: words[`foi.delivery.${row.delivery}`] ?? row.delivery,
    dueOn: dueText(row),
    outcome: outcomeLabel(row.outcome),
    legalBasis: row.legalBasis,
    repliedOn: row.repliedOn ?? '',
    deliveredOn: row.deliveredOn ?? '',
    archiveNumber: row.archiveNumber,
  };
}

/** The filtered ledger, newest first, at most 100,000 rows. */
export async function exportLedger(
  db: Kysely<unknown>,
  filter: LedgerFilter,
  scope: LedgerScope,
  today: LocalDate,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('依申请公开台账');
  sheet.columns = ledgerColumns.map((c) => ({ ...c }));
  for await (const row of walkLedger(db, filter, scope, today)) sheet.addRow(cells(row));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
