/**
 * 民意诉求反馈 (RULES.md §7, issue 9, ADR 0016): appeals (consultations, complaints, suggestions,
 * requests for help, reports) from the public form, the API, Open311 or staff entry; routing to an
 * org; responders' claim, transfer, replies (private and public), extension and close, each kept by
 * clocks and reported to supervision as checkpoints; ratings, rectifications and call-backs;
 * responders' rosters and duty; the figures the province ranks; duplicates; Open311 GeoReport v2.
 * Parts: handling (staff console), site (public pages and ratings), responders, figures, open311,
 * duplicates, demo.
 */
import { joinParts, type AppModule, type ModulePart } from '../../platform/app-module.ts';
import { demoPart } from './demo/demo.part.ts';
import { duplicatesPart } from './duplicates/duplicates.part.ts';
import { feedbackMessages } from './feedback.messages.ts';
import { figuresPart } from './figures/figures.part.ts';
import { handlingPart } from './handling/handling.part.ts';
import { open311Part } from './open311/open311.part.ts';
import { ratingsPart } from './ratings/ratings.part.ts';
import { respondersPart } from './responders/responders.part.ts';
import { dutySigninHooks } from './responders/signin.hook.ts';
import { sitePart } from './site/site.part.ts';

const corePart: ModulePart = {
  routes: () => undefined,
  messages: feedbackMessages,
  seeders: [],
  openapi: {},
};

export const feedbackModule: AppModule = {
  ...joinParts('feedback', [
    corePart,
    handlingPart,
    sitePart,
    ratingsPart,
    respondersPart,
    figuresPart,
    open311Part,
    duplicatesPart,
    demoPart,
  ]),
  // Responders' daily sign-ins on every console page (the duty rate), not only feedback's.
  hooks: dutySigninHooks,
};

export { appealKinds, appealStates, ratingLevels } from './feedback.model.ts';
export type { AppealKind, AppealState, RatingLevel } from './feedback.model.ts';
export type { FeedbackTables } from './feedback.tables.ts';
/** Receiving an appeal (errors: validation with field keys, too_many). */
export { submitAppeal } from './submission.service.ts';
export type { AppealReceipt, SubmitOptions } from './submission.service.ts';
export { readFeedbackSettings, updateFeedbackSettings } from './feedback.settings.ts';
export type { FeedbackSettings } from './feedback.settings.ts';
/** 互动回应差 (国办秘函〔2019〕19号): valid appeals still unanswered, for the site-health report. */
export { countUnansweredAppeals, listUnansweredAppeals } from './unanswered.queries.ts';
