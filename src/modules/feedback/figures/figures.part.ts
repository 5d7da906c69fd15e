import { emptyPart, type ModulePart } from '../../../platform/app-module.ts';

/** Placeholder: filled in by issue 9's figures work. */
export const figuresPart: ModulePart = { ...emptyPart };
