import { emptyPart, type ModulePart } from './module-part.ts';

export const casesPart: ModulePart = emptyPart;
