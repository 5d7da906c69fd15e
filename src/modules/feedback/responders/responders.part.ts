import { emptyPart, type ModulePart } from '../../../platform/app-module.ts';

/** Placeholder: filled in by issue 9's responders work. */
export const respondersPart: ModulePart = { ...emptyPart };
