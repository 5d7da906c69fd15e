import { emptyPart, type ModulePart } from '../../../platform/app-module.ts';

/** Placeholder: filled in by issue 9's site work. */
export const sitePart: ModulePart = { ...emptyPart };
