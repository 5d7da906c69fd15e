/** Placeholder until this part of issue 7 lands (the helper owning it replaces this file). */
import { emptyPart, type ModulePart } from '../../platform/app-module.ts';

export const camerasPart: ModulePart = emptyPart;
