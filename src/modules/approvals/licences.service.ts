/**
 * Issuing 营业执照 (五证合一、一照一码, 国办发〔2016〕53号): each licence gets a new unified social
 * credit code made here, unique across the database (the unique index decides; a clash retries).
 */
import type { Insertable, Kysely } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { generateUscc } from '../../platform/identifiers/index.ts';
import { findSettings, type SettingsTables } from '../../platform/settings/index.ts';
import { categoryOfKind, marketRegistrationAuthority, type LicenceKind } from './licences.model.ts';
import type { ApprovalsLicencesTable, LicencesTables } from './licences.tables.ts';

/** A licence row without its code (issueLicenceCode adds it). */
export type NewLicence = Omit<Insertable<ApprovalsLicencesTable>, 'creditCode' | 'id'>;

export interface IssueCodeOptions {
  /** The random source of generateUscc (tests make clashes with it). */
  random?: () => number;
  /** How many codes to try before giving up; a clash is ~1 in 8.5×10¹¹ per code. */
  attempts?: number;
}

/**
 * Inserts the licence under a newly generated code (登记管理部门码 9, `category`, the authority's
 * `region` at issue time: GB 32100-2015) and returns it. A code already issued is skipped by
 * `on conflict do nothing` — no error aborts the caller's transaction — and another is tried.
 */
export async function issueLicenceCode(
  trx: Kysely<unknown>,
  region: string,
  category: string,
  licence: NewLicence,
  options: IssueCodeOptions = {},
): Promise<{ id: number; creditCode: string }> {
  const handle = trx as unknown as Kysely<LicencesTables>;
  const attempts = options.attempts ?? 5;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const creditCode = generateUscc({
      region,
      category,
      authority: marketRegistrationAuthority,
      ...(options.random ? { random: options.random } : {}),
    });
    const inserted = await handle
      .insertInto('approvalsLicences')
      .values({ ...licence, creditCode })
      .onConflict((oc) => oc.column('creditCode').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return { id: inserted.id, creditCode };
  }
  throw new AppError(
    'conflict',
    'credit_code_exhausted',
    `${attempts} 次生成的统一社会信用代码均已被使用，请重试 / ${attempts} generated credit codes were all taken; try again`,
  );
}

export interface LicenceInput {
  name: string;
  kind: LicenceKind;
  legalRepresentative: string;
  legalRepresentativeIdNumber?: string;
  registeredCapitalFen: number;
  address: string;
  businessScope: string;
  contactPhone?: string;
  /** 成立日期; the issue day when not given. */
  establishedOn?: string;
  /** 登记机关: the market regulation bureau. */
  issuingOrgId: number;
  centerOrgId?: number | null;
  caseId?: number | null;
  isDemo?: boolean;
}

export interface IssuedLicence {
  id: number;
  creditCode: string;
  issuedOn: string;
}

/**
 * Issues a licence with a new code for the county's region (settings.regionCode at issue time),
 * audited; in the caller's transaction when given one (the case's issue step), else its own.
 */
export async function issueLicence<DB>(
  db: Kysely<DB>,
  clock: Clock,
  ctx: ActionContext,
  input: LicenceInput,
  options: IssueCodeOptions = {},
): Promise<IssuedLicence> {
  const handle = db as unknown as Kysely<unknown>;
  const work = async (trx: Kysely<unknown>): Promise<IssuedLicence> => {
    const at = clock.now();
    const issuedOn = localDateOf(at);
    const region = (await findSettings(trx as Kysely<SettingsTables>))?.regionCode ?? '';
    if (!/^\d{6}$/.test(region) || region === '000000') {
      throw new AppError(
        'invalid_state',
        'region_not_configured',
        '尚未设置本县行政区划代码，无法生成统一社会信用代码 / the county region code is not set',
      );
    }
    const { id, creditCode } = await issueLicenceCode(
      trx,
      region,
      categoryOfKind[input.kind],
      {
        name: input.name,
        kind: input.kind,
        legalRepresentative: input.legalRepresentative,
        legalRepresentativeIdNumber: (input.legalRepresentativeIdNumber ?? '').toUpperCase(),
        registeredCapitalFen: input.registeredCapitalFen,
        address: input.address,
        businessScope: input.businessScope,
        contactPhone: input.contactPhone ?? '',
        establishedOn: input.establishedOn ?? issuedOn,
        issuedOn,
        issuingOrgId: input.issuingOrgId,
        centerOrgId: input.centerOrgId ?? null,
        caseId: input.caseId ?? null,
        isDemo: input.isDemo ?? false,
        createdAt: at,
        updatedAt: at,
      },
      options,
    );
    await recordChange(trx, ctx, at, {
      action: 'approvals.licence.issue',
      targetType: 'licence',
      targetId: creditCode,
      summary: { name: input.name, kind: input.kind, caseId: input.caseId ?? null },
    });
    return { id, creditCode, issuedOn };
  };
  return handle.isTransaction ? work(handle) : handle.transaction().execute(work);
}
