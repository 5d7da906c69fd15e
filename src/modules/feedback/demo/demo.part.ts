import { emptyPart, type ModulePart } from '../../../platform/app-module.ts';
import { feedbackDemoSeeder } from './demo.seed.ts';

/** Issue 9 §9: a year of demo appeals across kinds, orgs and outcomes, with responders and duty. */
export const demoPart: ModulePart = { ...emptyPart, seeders: [feedbackDemoSeeder] };
