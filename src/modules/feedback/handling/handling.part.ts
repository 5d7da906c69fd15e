import { emptyPart, type ModulePart } from '../../../platform/app-module.ts';

/** Placeholder: filled in by issue 9's handling work. */
export const handlingPart: ModulePart = { ...emptyPart };
