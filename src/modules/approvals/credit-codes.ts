/**
 * One answer about a credit code, for the API, the public page and every form that takes a code:
 * the code as validated (trimmed, upper-cased) and, when invalid, the first check it fails.
 */
import { normalizeUscc, usccProblem, type UsccProblem } from '../../platform/identifiers/index.ts';

export interface CreditCodeCheck {
  code: string;
  valid: boolean;
  reason?: UsccProblem;
}

/** GB 32100-2015: length, charset (RULES.md §3.1 regex), 18th character, organisation-code character. */
export function checkCreditCode(input: string): CreditCodeCheck {
  const code = normalizeUscc(input);
  const reason = usccProblem(code);
  return reason ? { code, valid: false, reason } : { code, valid: true };
}

/** The catalog key of a reason, e.g. creditCode.error.checkDigit18 (第18位校验码不符). */
export function creditCodeMessage(reason: UsccProblem): string {
  return `creditCode.error.${reason}`;
}
