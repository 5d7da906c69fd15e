/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters — registration authority, organisation type,
 * 6-digit region, 9-character organisation code (GB 11714, its own check character last), and a
 * MOD 31 check character. Checks in the order length, charset, 18th char, organisation-code char
 * (the contract of issue 6; RULES.md §3.1 regex makes the region digits part of the charset check).
 */
export const usccCharset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// GB 32100-2015 §3.1 (RULES.md): positions 1–2 and 9–18 from the 31-char set, 3–8 digits.
const usccPattern = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
// GB 32100-2015 第5章: weights 3^(i-1) mod 31.
const weights18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
// GB 11714-1997: the organisation code's check character over its first 8 characters.
const weightsOrg = [3, 7, 9, 10, 5, 8, 4, 2];

export type UsccProblem = 'length' | 'charset' | 'checkDigit18' | 'orgCheckDigit';

export interface UsccOptions {
  /** Also check the organisation code's check character (GB 11714); default true. */
  strictOrgCheck?: boolean;
}

/** The code as validated: trimmed and upper-cased (RULES.md §3.2 implementation notes). */
export function normalizeUscc(code: string): string {
  return code.trim().toUpperCase();
}

/** GB 32100-2015 第5章: the 18th character over the first 17 (ISO 7064 MOD 31). */
export function usccCheckChar18(first17: string): string {
  const sum = weights18.reduce((total, w, i) => total + usccCharset.indexOf(first17[i]!) * w, 0);
  return usccCharset[(31 - (sum % 31)) % 31]!;
}

/** GB 11714-1997: the organisation code's check character over its 8-char body (X for 10, 0 for 11). */
export function orgCodeCheckChar(body8: string): string {
  const value = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  const sum = weightsOrg.reduce((total, w, i) => total + value(body8[i]!) * w, 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** The first check `code` fails, or null when it is a valid code. Trims and upper-cases first. */
export function usccProblem(code: string, options: UsccOptions = {}): UsccProblem | null {
  const value = normalizeUscc(code);
  if (value.length !== 18) return 'length';
  if (!usccPattern.test(value)) return 'charset';
  if (usccCheckChar18(value.slice(0, 17)) !== value[17]) return 'checkDigit18';
  if (options.strictOrgCheck === false) return null;
  return orgCodeCheckChar(value.slice(8, 16)) === value[16] ? null : 'orgCheckDigit';
}

export function isUscc(code: string, options: UsccOptions = {}): boolean {
  return usccProblem(code, options) === null;
}
