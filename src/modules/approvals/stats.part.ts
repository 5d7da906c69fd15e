import { emptyPart, type ModulePart } from './module-part.ts';

export const statsPart: ModulePart = emptyPart;
