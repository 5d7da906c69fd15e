/**
 * Combined business registration (五证合一、一照一码, 国办发〔2016〕53号): one form and one set of
 * materials at the market-registration window become one case of the registration item, accepted
 * there and sent to the item's joint-review departments in parallel; when the case is issued, the
 * licence is created with a new credit code, which is the case's certificate number.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { can } from '../accounts/index.ts';
import { acceptCase } from './case-acceptance.service.ts';
import { issueCase, type CertificateNumber } from './case-closing.service.ts';
import { startJointReview } from './case-review.service.ts';
import { inTransaction, refuseField } from './case-step.ts';
import { windowRule } from './cases.policy.ts';
import { casesDb, findCaseItem, type CaseRow } from './cases.queries.ts';
import { registerAtWindow, type CaseReceipt } from './cases.service.ts';
import { combinedRegistrationItemCode } from './licences.model.ts';
import { issueLicence } from './licences.service.ts';
import type { RegistrationsTables } from './licences.tables.ts';
import { fenOfWan, type RegistrationForm } from './registration.schemas.ts';

const registrations = (db: Kysely<unknown>) => db as unknown as Kysely<RegistrationsTables>;

export interface RegistrationWindow {
  id: number;
  number: string;
  name: string;
  centerName: string;
}

/** The active windows taking the registration item at centers where the actor is a window clerk. */
export async function registrationWindows(
  db: Kysely<unknown>,
  actor: ActionContext['actor'],
): Promise<RegistrationWindow[]> {
  const rows = await casesDb(db)
    .selectFrom('approvalsWindows as w')
    .innerJoin('approvalsWindowItems as wi', 'wi.windowId', 'w.id')
    .innerJoin('approvalsItems as i', 'i.id', 'wi.itemId')
    .innerJoin('accountsOrgs as c', 'c.id', 'w.centerOrgId')
    .select(['w.id', 'w.number', 'w.name', 'c.name as centerName', 'c.path as centerPath'])
    .where('i.code', '=', combinedRegistrationItemCode)
    .where('w.isActive', '=', true)
    .orderBy('w.id')
    .execute();
  return rows
    .filter((w) => can(actor, 'change', w.centerPath, windowRule))
    .map((w) => ({ id: Number(w.id), number: w.number, name: w.name, centerName: w.centerName }));
}

/** The item's materials, for the form's one set of materials. */
export async function registrationMaterials(db: Kysely<unknown>) {
  const item = await findCaseItem(db, { code: combinedRegistrationItemCode });
  return item?.materials ?? [];
}

/** 一窗受理: the case registered at the window, its facts kept, accepted, joint review started. */
export async function registerBusiness(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  form: RegistrationForm & { provided: readonly number[] },
  options: { isDemo?: boolean } = {},
): Promise<CaseReceipt> {
  return inTransaction(db, async (trx) => {
    const receipt = await registerAtWindow(trx, clock, ctx, {
      itemCode: combinedRegistrationItemCode,
      windowId: form.window,
      applicant: {
        type: 'business',
        name: form.name,
        idNumber: form.idNumber,
        phone: form.phone,
        address: form.address,
      },
      provided: form.provided,
      ...(options.isDemo ? { isDemo: true } : {}),
    });
    await registrations(trx)
      .insertInto('approvalsRegistrations')
      .values({
        caseId: receipt.caseId,
        name: form.name,
        kind: form.kind,
        legalRepresentative: form.legalRepresentative,
        legalRepresentativeIdNumber: form.idNumber,
        registeredCapitalFen: fenOfWan(form.capital),
        address: form.address,
        businessScope: form.businessScope,
        contactPhone: form.phone,
        isDemo: options.isDemo ?? false,
        createdAt: clock.now(),
      })
      .execute();
    await acceptCase(trx, clock, ctx, receipt.trackingNumber);
    const item = await findCaseItem(trx, { code: combinedRegistrationItemCode });
    // 并联审批: every department the item lists reviews at once (RULES.md §4).
    if (item && item.reviewOrgs.length > 0) {
      await startJointReview(trx, clock, ctx, receipt.trackingNumber);
    }
    return receipt;
  });
}

/**
 * The certificate number of a registration case: the licence is issued in the case's issuing
 * transaction, and its new credit code is the number (pass to issueCase / processCase).
 */
export function registrationCertificate(
  clock: Clock,
  ctx: ActionContext,
): (trx: Kysely<unknown>, row: CaseRow) => Promise<string> {
  return async (trx: Kysely<unknown>, row: CaseRow) => {
    const registration = await registrations(trx)
      .selectFrom('approvalsRegistrations')
      .select([
        'name',
        'kind',
        'legalRepresentative',
        'legalRepresentativeIdNumber',
        'registeredCapitalFen',
        'address',
        'businessScope',
        'contactPhone',
        'isDemo',
      ])
      .where('caseId', '=', row.id)
      .executeTakeFirst();
    if (!registration) {
      refuseField(
        'issue',
        'registration.error.notRegistration',
        '该办件不是五证合一登记 / not a combined registration case',
      );
    }
    const { creditCode } = await issueLicence(trx, clock, ctx, {
      ...registration,
      issuingOrgId: row.orgId,
      centerOrgId: row.centerOrgId,
      caseId: row.id,
    });
    return creditCode;
  };
}

/**
 * The number an issue step gives: for a combined registration case the licence's new credit code
 * (the typed number is ignored), for any other case the number the clerk typed.
 */
export function certificateOrLicence(
  clock: Clock,
  ctx: ActionContext,
  typed: string,
): CertificateNumber {
  const licence = registrationCertificate(clock, ctx);
  return async (trx, row) => {
    const registration = await registrations(trx)
      .selectFrom('approvalsRegistrations')
      .select('caseId')
      .where('caseId', '=', row.id)
      .executeTakeFirst();
    return registration ? licence(trx, row) : typed;
  };
}

/** 第44条: issue the case; the licence and its code are made in the same transaction. */
export async function issueRegistration(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  trackingNumber: string,
): Promise<CaseRow> {
  return issueCase(db, clock, ctx, trackingNumber, {
    certificateNumber: registrationCertificate(clock, ctx),
  });
}
