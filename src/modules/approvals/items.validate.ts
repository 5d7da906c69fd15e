/**
 * The rules a guide's content must keep, checked all at once so a form shows every problem.
 * Field names are the staff form's (`m0_name` = first material's name, `r1_org` = second review
 * department); messages are catalog keys that name the field in Chinese.
 */
import type { FieldError } from '../../platform/errors/index.ts';
import { materialForms, type LimitCaps } from './items.model.ts';
import type { MaterialForm } from './items.tables.ts';

export interface MaterialInput {
  name: string;
  form: MaterialForm;
  copies: number;
  isRequired: boolean;
  note: string;
  /** A template already attached to one of the item's materials (kept on edit), or none. */
  templateFileId: number | null;
}

export interface ReviewOrgInput {
  orgCode: string;
  stepDays: number;
}

/** What staff (or a seeder) give for an item; numbers may be NaN when the form held no number. */
export interface ItemInput {
  code: string;
  name: string;
  nameEn: string;
  orgCode: string;
  basis: string;
  conditions: string;
  place: string;
  hours: string;
  phone: string;
  flow: string;
  feeFen: number;
  feeBasis: string;
  statutoryDays: number;
  promisedDays: number;
  online: boolean;
  materials: MaterialInput[];
  reviewOrgs: ReviewOrgInput[];
  powerCodes: string[];
}

const k = (name: string) => `approvals.items.error.${name}`;
const isDays = (n: number) => Number.isInteger(n) && n >= 0 && n <= 365;

function checkLimits(input: ItemInput, caps: LimitCaps, errors: FieldError[]): void {
  if (!isDays(input.statutoryDays)) {
    errors.push({ field: 'statutoryDays', message: k('statutoryDays') });
  } else {
    // 行政许可法第42条: 20 working days by one department, 45 when reviewed jointly.
    const joint = input.reviewOrgs.length > 0;
    const cap = joint ? caps.joint : caps.single;
    if (input.statutoryDays > cap) {
      errors.push({
        field: 'statutoryDays',
        message: k(joint ? 'statutoryCapJoint' : 'statutoryCap'),
        vars: { cap },
      });
    }
  }
  if (!isDays(input.promisedDays)) {
    errors.push({ field: 'promisedDays', message: k('promisedDays') });
  } else if (isDays(input.statutoryDays) && input.promisedDays > input.statutoryDays) {
    // RULES.md §4.2: the 承诺时限 is a shorter commitment inside the 法定时限.
    errors.push({ field: 'promisedDays', message: k('promisedOverStatutory') });
  }
}

function checkFee(input: ItemInput, errors: FieldError[]): void {
  if (!Number.isInteger(input.feeFen) || input.feeFen < 0 || input.feeFen > 1e10) {
    errors.push({ field: 'fee', message: k('fee') });
  } else if (input.feeFen > 0 && input.feeBasis.trim() === '') {
    // RULES.md §4.3: a fee outside the legal items or standards is a red-card trigger.
    errors.push({ field: 'feeBasis', message: k('feeBasis') });
  }
}

function checkMaterials(input: ItemInput, errors: FieldError[]): void {
  if (input.materials.length === 0) errors.push({ field: 'm0_name', message: k('materials') });
  input.materials.forEach((m, i) => {
    const vars = { n: i + 1 };
    if (m.name.trim() === '' || m.name.length > 200) {
      errors.push({ field: `m${i}_name`, message: k('materialName'), vars });
    }
    if (!(materialForms as readonly string[]).includes(m.form)) {
      errors.push({ field: `m${i}_form`, message: k('materialForm'), vars });
    }
    if (!Number.isInteger(m.copies) || m.copies < 1 || m.copies > 99) {
      errors.push({ field: `m${i}_copies`, message: k('materialCopies'), vars });
    }
  });
}

function checkReviewOrgs(input: ItemInput, errors: FieldError[]): void {
  const seen = new Set<string>();
  input.reviewOrgs.forEach((r, i) => {
    const vars = { n: i + 1 };
    if (seen.has(r.orgCode) || r.orgCode === input.orgCode) {
      errors.push({ field: `r${i}_org`, message: k('reviewOrgTwice'), vars });
    }
    seen.add(r.orgCode);
    // A step cannot outlast the whole commitment (RULES.md §4.3 环节超时 is measured against it).
    const max = isDays(input.promisedDays) ? input.promisedDays : 365;
    if (!Number.isInteger(r.stepDays) || r.stepDays < 0 || r.stepDays > max) {
      errors.push({ field: `r${i}_days`, message: k('stepDays'), vars });
    }
  });
}

/** Every problem of the content that needs no database, in form order. */
export function validateItem(input: ItemInput, caps: LimitCaps): FieldError[] {
  const errors: FieldError[] = [];
  if (!/^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/.test(input.code)) {
    errors.push({ field: 'code', message: k('code') });
  }
  if (input.name.trim() === '' || input.name.length > 200) {
    errors.push({ field: 'name', message: k('name') });
  }
  if (input.orgCode.trim() === '') errors.push({ field: 'org', message: k('org') });
  checkLimits(input, caps, errors);
  checkFee(input, errors);
  checkMaterials(input, errors);
  checkReviewOrgs(input, errors);
  return errors;
}
