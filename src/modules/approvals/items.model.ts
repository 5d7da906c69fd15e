/**
 * The words of a 办事指南 as values: material forms, the item kinds derived from limits, and the
 * caps of 行政许可法第42条 that bound a statutory limit.
 */
import type { MaterialForm } from './items.tables.ts';

export const materialForms = [
  'original',
  'copy',
  'original_and_copy',
  'electronic',
] as const satisfies readonly MaterialForm[];

/**
 * The longest statutory limit accepted without a special law, in working days (行政许可法第82条).
 * 行政许可法第42条: 20 days for one department, 45 for 统一办理/联合办理/集中办理 (joint review);
 * the extensions (+10, +15) belong to a case, not to the guide. Configurable: a county whose
 * special laws allow longer limits passes its own caps to the service.
 */
export interface LimitCaps {
  single: number;
  joint: number;
}

export const defaultLimitCaps: LimitCaps = { single: 20, joint: 45 };

/** 即办件 (promised 0), 承诺件, or 联办件 (joint review by other departments) — RULES.md §4.2. */
export type ItemKind = 'instant' | 'promised' | 'joint';

export function itemKindOf(item: { promisedDays: number; reviewOrgCount: number }): ItemKind {
  if (item.reviewOrgCount > 0) return 'joint';
  return item.promisedDays === 0 ? 'instant' : 'promised';
}

/** Yuan as shown (two decimals at most) from fen. */
export function yuanOf(fen: number): string {
  return (fen / 100).toFixed(2).replace(/\.00$/, '');
}

/** The whole content of an item at one version, as kept in approvals_item_versions. */
export interface ItemContent {
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
  status: 'active' | 'retired';
  materials: MaterialContent[];
  reviewOrgs: { orgCode: string; stepDays: number }[];
  powerCodes: string[];
}

export interface MaterialContent {
  name: string;
  form: MaterialForm;
  copies: number;
  isRequired: boolean;
  note: string;
  templateFileId: number | null;
}
