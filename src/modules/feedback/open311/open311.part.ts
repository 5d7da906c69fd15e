import { emptyPart, type ModulePart } from '../../../platform/app-module.ts';

/** Placeholder: filled in by issue 9's open311 work. */
export const open311Part: ModulePart = { ...emptyPart };
