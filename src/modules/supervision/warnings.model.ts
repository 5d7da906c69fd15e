/** Warnings and their ladder (RULES.md §4.3–4.4, ADR 0013): the rules, severities and stages. */

/** The violation rules; each cites its trigger in RULES.md §4.3. */
export const warningRules = [
  'refused_without_reason',
  'returned_without_reason',
  'fee_on_free_item',
  'step_overrun',
  'overdue',
] as const;
export type WarningRule = (typeof warningRules)[number];

export const severities = ['low', 'medium', 'high'] as const;
export type Severity = (typeof severities)[number];

/** The ladder, in order: a warning only moves forward (it may skip steps). */
export const warningStages = [
  'open',
  'notice',
  'yellow_card',
  'red_card',
  'order',
  'rectification',
  'closed',
] as const;
export type WarningStage = (typeof warningStages)[number];

/** The steps a supervisor takes; the rectification report is the responsible org's. */
export const supervisorStages = ['notice', 'yellow_card', 'red_card', 'order', 'closed'] as const;

export function stageRank(stage: WarningStage): number {
  return warningStages.indexOf(stage);
}

/** The stages a warning at `stage` may move to (forward only; rectification answers an issued step). */
export function nextStages(stage: WarningStage): WarningStage[] {
  if (stage === 'closed') return [];
  return warningStages.filter(
    (s) => stageRank(s) > stageRank(stage) && (s !== 'rectification' || stage !== 'open'),
  );
}

/**
 * Severities and limits [U — no national standard, RULES.md §4.4 and §10: local 电子监察办法
 * differ]: configurable, these are the defaults.
 */
export interface WarningSettings {
  /** Refusal / return with no reason at all (§4.3 trigger 5). */
  missingReason: Severity;
  /** A reason given but no legal basis (§4.3 trigger 5: "without legally stated reasons"). */
  missingLegalBasis: Severity;
  /** A fee on an item whose guide says free (§4.3 trigger 7). */
  feeOnFreeItem: Severity;
  /** A step over its own limit (§4.3 trigger 3). */
  stepOverrun: Severity;
  /** Open past the 承诺时限 (§4.3 trigger 2; §4.4 red). */
  overdue: Severity;
  /** The 督办 order's default time limit, in working days. */
  orderDays: number;
}

export const defaultWarningSettings: WarningSettings = {
  missingReason: 'high',
  missingLegalBasis: 'medium',
  feeOnFreeItem: 'high',
  stepOverrun: 'medium',
  overdue: 'high',
  orderDays: 5,
};

/** A warning as the rules raise it. */
export interface RaisedWarning {
  supervisedId: number;
  orgId: number;
  rule: WarningRule;
  severity: Severity;
  detail: Record<string, unknown>;
  checkpointId: number | null;
  /** The day of the violation (its checkpoint's date); the day found when absent (the sweep). */
  raisedOn?: string;
}
