import { emptyPart, type ModulePart } from './module-part.ts';

export const registrationPart: ModulePart = emptyPart;
