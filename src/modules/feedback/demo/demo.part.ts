import { emptyPart, type ModulePart } from '../../../platform/app-module.ts';

/** Placeholder: filled in by issue 9's demo work. */
export const demoPart: ModulePart = { ...emptyPart };
