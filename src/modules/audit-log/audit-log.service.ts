import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { listAudit, type AuditFilter, type AuditRecord } from '../../platform/audit/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { Actor } from '../../platform/http/index.ts';
import { hasCountyRole } from '../accounts/index.ts';

/**
 * Who reads the log: an admin or a supervisor (监察) whose role is held on a top-level org, i.e.
 * the whole county. Records of county-wide changes carry no org, so a narrower reader is refused.
 */
export function ensureCanReadAudit(actor: Actor): void {
  if (!hasCountyRole(actor, ['admin', 'supervisor'])) {
    throw new AppError(
      'forbidden',
      'not_allowed',
      '只有县级系统管理员和监察人员可以查看审计日志 / county admins and supervisors only',
    );
  }
}

export const auditPageSize = 50;

export async function readAuditPage(
  db: Kysely<unknown>,
  actor: Actor,
  filter: AuditFilter,
  page: number,
) {
  ensureCanReadAudit(actor);
  return listAudit(db, { ...filter, limit: auditPageSize, offset: (page - 1) * auditPageSize });
}

/** The matching records (at most 100,000) as an .xlsx workbook, newest first. */
export async function exportAudit(
  db: Kysely<unknown>,
  actor: Actor,
  filter: AuditFilter,
): Promise<Buffer> {
  ensureCanReadAudit(actor);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('审计日志');
  sheet.columns = [
    { header: '序号', key: 'id', width: 8 },
    { header: '时间', key: 'at', width: 22 },
    { header: '操作人类型', key: 'actorType', width: 10 },
    { header: '操作人编号', key: 'actorId', width: 10 },
    { header: '操作人', key: 'actorName', width: 16 },
    { header: '机构代码', key: 'orgCode', width: 12 },
    { header: '操作', key: 'action', width: 28 },
    { header: '对象类型', key: 'targetType', width: 12 },
    { header: '对象编号', key: 'targetId', width: 12 },
    { header: '内容摘要', key: 'summary', width: 50 },
    { header: '请求编号', key: 'requestId', width: 38 },
    { header: '来源地址', key: 'clientAddress', width: 16 },
    { header: '前一条哈希', key: 'prevHash', width: 66 },
    { header: '哈希', key: 'hash', width: 66 },
  ];
  for (let offset = 0; offset < 100_000; offset += 500) {
    const { records } = await listAudit(db, { ...filter, limit: 500, offset });
    for (const record of records) sheet.addRow(rowOf(record));
    if (records.length < 500) break;
  }
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function localTime(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

function rowOf(record: AuditRecord) {
  return { ...record, at: localTime(record.at), summary: JSON.stringify(record.summary) };
}
