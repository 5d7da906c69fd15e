import { z } from 'zod';
import type { OrgKind } from './accounts.tables.ts';

/** The kinds of org, in display order; the same list as the `accounts_orgs.kind` check. */
export const orgKinds = [
  'government',
  'department',
  'township',
  'center',
  'window',
] as const satisfies readonly OrgKind[];

/** As the `accounts_orgs.code` check: what may appear in a URL and an Excel cell. */
export const orgCodePattern = /^[A-Za-z0-9_.-]{1,40}$/;

/** Column limits of accounts_orgs / accounts_org_history (name: check 1–100). */
export const orgLimits = {
  name: 100,
  nameEn: 200,
  contactPhone: 40,
  contactAddress: 200,
  documentNumber: 100,
  sortOrder: 1_000_000,
} as const;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export function isLocalDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1900;
}

export const orgCodeParams = z.object({ code: z.string().regex(orgCodePattern) });

/** GET /staff/orgs?kind=township&inactive=1 — anything unknown is ignored, not an error. */
export const orgTreeQuery = z.object({
  kind: z.enum(orgKinds).optional().catch(undefined),
  inactive: z
    .string()
    .optional()
    .transform((value) => value === '1')
    .catch(false),
});

const text = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, { error: message })
    .optional()
    .transform((value) => value ?? '');

/** An optional effective date: empty means today (the route fills it from the clock). */
const effectiveOn = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => value ?? '')
    .refine((value) => value === '' || isLocalDate(value), { error: message });

const orgCode = (message: string) =>
  z.string({ error: message }).trim().regex(orgCodePattern, { error: message });

export const orgEditForm = z.object({
  name: z
    .string({ error: 'orgs.field.nameRequired' })
    .trim()
    .min(1, { error: 'orgs.field.nameRequired' })
    .max(orgLimits.name, { error: 'orgs.field.nameTooLong' }),
  nameEn: text(orgLimits.nameEn, 'orgs.field.nameEnTooLong'),
  contactPhone: text(orgLimits.contactPhone, 'orgs.field.contactPhoneTooLong'),
  contactAddress: text(orgLimits.contactAddress, 'orgs.field.contactAddressTooLong'),
  sortOrder: z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      const number = Number(value || '0');
      if (!Number.isInteger(number) || Math.abs(number) > orgLimits.sortOrder) {
        context.addIssue({ code: 'custom', message: 'orgs.field.sortOrderInvalid' });
        return z.NEVER;
      }
      return number;
    }),
  effectiveOn: effectiveOn('orgs.field.effectiveOnInvalid'),
  documentNumber: text(orgLimits.documentNumber, 'orgs.field.documentNumberTooLong'),
});

// The small forms on one page need field names of their own: each becomes an element id.
export const orgMoveForm = z.object({
  parentCode: orgCode('orgs.move.parentRequired'),
  moveEffectiveOn: effectiveOn('orgs.field.effectiveOnInvalid'),
  moveDocumentNumber: text(orgLimits.documentNumber, 'orgs.field.documentNumberTooLong'),
});

export const orgMergeForm = z.object({
  intoCode: orgCode('orgs.merge.intoRequired'),
  mergeEffectiveOn: effectiveOn('orgs.field.effectiveOnInvalid'),
  mergeDocumentNumber: text(orgLimits.documentNumber, 'orgs.field.documentNumberTooLong'),
});

export const orgStatusForm = z.object({
  statusEffectiveOn: effectiveOn('orgs.field.effectiveOnInvalid'),
  statusDocumentNumber: text(orgLimits.documentNumber, 'orgs.field.documentNumberTooLong'),
});

export type OrgEditForm = z.infer<typeof orgEditForm>;

/** The Excel file's kind labels (the file is Chinese whatever the page language). */
export const orgKindLabels: Record<OrgKind, string> = {
  government: '政府',
  department: '部门',
  township: '乡镇',
  center: '服务中心',
  window: '窗口',
};

export const orgStatusLabels = { active: '有效', inactive: '已撤销' } as const;

/**
 * The columns of the org workbook, export and import alike. On import the header row is matched
 * by this Chinese text; a column that is not `required` may be left out, and then the existing
 * value is kept.
 */
export const orgSheetColumns = [
  { key: 'code', header: '代码', required: true, width: 14 },
  { key: 'name', header: '名称', required: true, width: 32 },
  { key: 'nameEn', header: '英文名称', required: false, width: 44 },
  { key: 'kind', header: '类型', required: true, width: 10 },
  { key: 'parentCode', header: '上级代码', required: true, width: 14 },
  { key: 'sortOrder', header: '排序', required: false, width: 8 },
  { key: 'contactPhone', header: '联系电话', required: false, width: 18 },
  { key: 'contactAddress', header: '联系地址', required: false, width: 32 },
  { key: 'status', header: '状态', required: false, width: 8 },
] as const;

export type OrgSheetColumn = (typeof orgSheetColumns)[number]['key'];

const kindByLabel = new Map<string, OrgKind>(
  orgKinds.flatMap((kind) => [
    [orgKindLabels[kind], kind],
    [kind, kind],
  ]),
);

const cell = (max: number, problem: string) => z.string().max(max, { error: problem }).optional();

/**
 * One data row of an imported workbook, as trimmed cell texts keyed by column (absent: the
 * column is not in the file). Messages are catalog keys of the problem; the path is the column.
 */
export const orgImportRow = z.object({
  code: z
    .string()
    .min(1, { error: 'orgs.import.problem.codeRequired' })
    .regex(orgCodePattern, { error: 'orgs.import.problem.codeFormat' }),
  name: z
    .string()
    .min(1, { error: 'orgs.import.problem.nameRequired' })
    .max(orgLimits.name, { error: 'orgs.import.problem.nameTooLong' }),
  nameEn: cell(orgLimits.nameEn, 'orgs.import.problem.tooLong'),
  kind: z.string().transform((label, context) => {
    const kind = kindByLabel.get(label);
    if (!kind) {
      context.addIssue({ code: 'custom', message: 'orgs.import.problem.kindInvalid' });
      return z.NEVER;
    }
    return kind;
  }),
  parentCode: z
    .string()
    .refine((value) => value === '' || orgCodePattern.test(value), {
      error: 'orgs.import.problem.parentFormat',
    })
    .transform((value) => value || null),
  sortOrder: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value === '') return undefined;
      const number = Number(value);
      if (!Number.isInteger(number) || Math.abs(number) > orgLimits.sortOrder) {
        context.addIssue({ code: 'custom', message: 'orgs.import.problem.sortOrderInvalid' });
        return z.NEVER;
      }
      return number;
    }),
  contactPhone: cell(orgLimits.contactPhone, 'orgs.import.problem.tooLong'),
  contactAddress: cell(orgLimits.contactAddress, 'orgs.import.problem.tooLong'),
  status: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value === '') return undefined;
      if (value === orgStatusLabels.active) return true;
      if (value === orgStatusLabels.inactive) return false;
      context.addIssue({ code: 'custom', message: 'orgs.import.problem.statusInvalid' });
      return z.NEVER;
    }),
});

/** A row that passed `orgImportRow`, with the row number Excel shows (the header is row 1). */
export type OrgImportRow = z.infer<typeof orgImportRow> & { row: number };
