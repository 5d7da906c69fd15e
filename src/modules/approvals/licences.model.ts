/**
 * 营业执照 (五证合一、一照一码, 国办发〔2016〕53号): one licence carries the unified social credit code
 * in place of the 营业执照, 组织机构代码证, 税务登记证, 社会保险登记证 and 统计登记证 numbers.
 */

/** 企业 / 个体工商户 / 农民专业合作社. */
export const licenceKinds = ['enterprise', 'individual', 'cooperative'] as const;
export type LicenceKind = (typeof licenceKinds)[number];

export const licenceStatuses = ['active', 'revoked', 'deregistered'] as const;
export type LicenceStatus = (typeof licenceStatuses)[number];

/** 登记管理部门码 9 = 工商 (market regulation). GB 32100-2015, RULES.md §3.1. */
export const marketRegistrationAuthority = '9';

/** 机构类别码 under 登记管理部门码 9: 1 企业, 2 个体工商户, 3 农民专业合作社 (GB 32100 code table, RULES.md §3.1). */
export const categoryOfKind: Record<LicenceKind, string> = {
  enterprise: '1',
  individual: '2',
  cooperative: '3',
};

/** The kind a 工商 category stands for (null for another category). */
export function kindOfCategory(category: string): LicenceKind | null {
  const found = Object.entries(categoryOfKind).find(([, c]) => c === category);
  return found ? (found[0] as LicenceKind) : null;
}

/** The service item a combined registration is a case of (the demo catalogue's 企业设立登记（五证合一、一照一码）). */
export const combinedRegistrationItemCode = 'SC-QYDJ-001';
