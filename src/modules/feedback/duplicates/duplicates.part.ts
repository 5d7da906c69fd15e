import { emptyPart, type ModulePart } from '../../../platform/app-module.ts';

/** Placeholder: filled in by issue 9's duplicates work. */
export const duplicatesPart: ModulePart = { ...emptyPart };
