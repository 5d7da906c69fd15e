/**
 * 公民身份号码 (GB 11643-1999): 17 digits — 6-digit region, 8-digit birth date, 3-digit sequence —
 * and a check character (ISO 7064 MOD 11-2; 10 is written X).
 */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChars = '10X98765432';

export type ResidentIdProblem = 'length' | 'charset' | 'birthDate' | 'checkDigit';

/** The first check an 18-digit resident ID fails, or null. Trims and upper-cases the X first. */
export function residentIdProblem(id: string): ResidentIdProblem | null {
  const value = id.trim().toUpperCase();
  if (value.length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(value)) return 'charset';
  const [y, m, d] = [value.slice(6, 10), value.slice(10, 12), value.slice(12, 14)].map(Number);
  const birth = new Date(Date.UTC(y!, m! - 1, d!));
  if (y! < 1800 || birth.getUTCMonth() !== m! - 1 || birth.getUTCDate() !== d!) return 'birthDate';
  const sum = weights.reduce((total, w, i) => total + Number(value[i]) * w, 0);
  return checkChars[sum % 11] === value[17] ? null : 'checkDigit';
}

export function isResidentId(id: string): boolean {
  return residentIdProblem(id) === null;
}
