import { emptyPart, type ModulePart } from '../../../platform/app-module.ts';

/** Placeholder until this part's routes land (issue 8). */
export const sitePart: ModulePart = emptyPart;
