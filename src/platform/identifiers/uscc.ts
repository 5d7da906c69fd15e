/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters — registration authority, organisation type,
 * 6-digit region, 9-character organisation code (GB 11714, its own check character last), and a
 * MOD 31 check character. Checks in the order of RULES.md §3.2.
 */
const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// GB 32100-2015 第5章: weights 3^(i-1) mod 31.
const weights18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
// GB 11714-1997: the organisation code's check character over its first 8 characters.
const weightsOrg = [3, 7, 9, 10, 5, 8, 4, 2];

export type UsccProblem = 'length' | 'charset' | 'region' | 'checkDigit18' | 'orgCheckDigit';

export interface UsccOptions {
  /** Also check the organisation code's check character (GB 11714); default true. */
  strictOrgCheck?: boolean;
}

/** The first check `code` fails, or null when it is a valid code. Trims and upper-cases first. */
export function usccProblem(code: string, options: UsccOptions = {}): UsccProblem | null {
  const value = code.trim().toUpperCase();
  if (value.length !== 18) return 'length';
  if ([...value].some((c) => !charset.includes(c))) return 'charset';
  if (!/^\d{6}$/.test(value.slice(2, 8))) return 'region';
  const sum = weights18.reduce((total, w, i) => total + charset.indexOf(value[i]!) * w, 0);
  const check = (31 - (sum % 31)) % 31;
  if (charset[check] !== value[17]) return 'checkDigit18';
  if (options.strictOrgCheck === false) return null;
  const org = value.slice(8, 16);
  const orgValue = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  const orgSum = weightsOrg.reduce((total, w, i) => total + orgValue(org[i]!) * w, 0);
  const orgCheck = 11 - (orgSum % 11);
  const expected = orgCheck === 10 ? 'X' : orgCheck === 11 ? '0' : String(orgCheck);
  return expected === value[16] ? null : 'orgCheckDigit';
}

export function isUscc(code: string, options: UsccOptions = {}): boolean {
  return usccProblem(code, options) === null;
}
