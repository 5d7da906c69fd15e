/**
 * Identifier validators shared by every form that takes one: the unified social credit code
 * (GB 32100-2015) and the resident ID number (GB 11643-1999). Each returns the first problem
 * found, so a form can say exactly what is wrong. generateUscc makes new credit codes.
 */
export { usccProblem, isUscc, normalizeUscc, usccCharset } from './uscc.ts';
export type { UsccProblem, UsccOptions } from './uscc.ts';
export { generateUscc, UsccInputError } from './uscc-generate.ts';
export type { GenerateUsccInput } from './uscc-generate.ts';
export { residentIdProblem, isResidentId } from './resident-id.ts';
export type { ResidentIdProblem } from './resident-id.ts';
export { newAccessCode, accessCodeHash, accessCodeMatches } from './access-code.ts';
