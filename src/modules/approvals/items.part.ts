import { emptyPart, type ModulePart } from './module-part.ts';

export const itemsPart: ModulePart = emptyPart;
