/**
 * Violation rules (RULES.md §4.3, ADR 0013): the outbox consumer hands over the checkpoints it has
 * just projected, and each rule raises a warning at most once per matter and checkpoint; the
 * overdue sweep raises one per open matter whose clock is red. Every new warning notifies the
 * responsible org (warnings.notify.ts) and the batch is audited, all in the caller's transaction.
 */
import { sql, type Kysely } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import { loadCalendar, type Calendar } from '../../platform/calendar/index.ts';
import { localDateOf, type Clock } from '../../platform/clock/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import { findItemFees } from '../approvals/index.ts';
import { clockLightSql } from '../deadlines/index.ts';
import type { ProcessedCheckpoint } from './supervision.model.ts';
import {
  defaultWarningSettings,
  type RaisedWarning,
  type WarningSettings,
} from './warnings.model.ts';
import { announceRaised } from './warnings.notify.ts';
import { insertWarnings, warningsDb, type WarningsDb } from './warnings.queries.ts';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Refused or returned with no reason or no legal basis. */
function reasonRule(event: ProcessedCheckpoint, settings: WarningSettings): RaisedWarning | null {
  const { checkpoint } = event;
  if (checkpoint.kind !== 'refused' && checkpoint.kind !== 'returned') return null;
  const reason = text(checkpoint.data.reason);
  const legalBasis = text(checkpoint.data.legalBasis);
  if (reason && legalBasis) return null;
  return {
    supervisedId: event.supervisedId,
    orgId: event.orgId,
    // RULES.md §4.3 trigger 5: rejection or non-acceptance without legally stated reasons (§4.2 退回)
    rule: checkpoint.kind === 'refused' ? 'refused_without_reason' : 'returned_without_reason',
    severity: reason ? settings.missingLegalBasis : settings.missingReason,
    detail: { reasonMissing: !reason, legalBasisMissing: !legalBasis, on: checkpoint.onDate },
    checkpointId: checkpoint.id,
  };
}

/** A fee charged on an item whose guide (办事指南) says it is free. */
async function feeRule(
  db: WarningsDb,
  events: readonly ProcessedCheckpoint[],
  settings: WarningSettings,
): Promise<RaisedWarning[]> {
  const fees = events.filter(
    (e) => e.checkpoint.kind === 'fee_charged' && Number(e.checkpoint.data.amount) > 0,
  );
  if (fees.length === 0) return [];
  const matters = await db
    .selectFrom('supervisionMatters')
    .select(['id', 'itemCode'])
    .where('id', 'in', [...new Set(fees.map((e) => e.supervisedId))])
    .execute();
  const itemOfMatter = new Map(matters.map((m) => [Number(m.id), m.itemCode]));
  const codeOf = (e: ProcessedCheckpoint) =>
    e.checkpoint.itemCode ?? itemOfMatter.get(e.supervisedId) ?? null;
  const codes = fees.map(codeOf).filter((c): c is string => c !== null);
  const guides = await findItemFees(db as unknown as Kysely<unknown>, codes);
  return fees.flatMap((e) => {
    const code = codeOf(e);
    const guide = code === null ? undefined : guides.get(code);
    if (!guide || guide.feeFen !== 0) return [];
    return [
      {
        supervisedId: e.supervisedId,
        orgId: e.orgId,
        // RULES.md §4.3 trigger 7: unauthorised fees, or fees outside the legal items or standards
        rule: 'fee_on_free_item' as const,
        severity: settings.feeOnFreeItem,
        detail: {
          amount: Number(e.checkpoint.data.amount),
          itemCode: code,
          on: e.checkpoint.onDate,
        },
        checkpointId: e.checkpoint.id,
      },
    ];
  });
}

/** Each completed step's start (the latest step_started of the same matter and step before it). */
async function stepStarts(db: WarningsDb, ids: readonly number[]) {
  const { rows } = await sql<{
    completedId: string;
    startedOn: string;
    stepDays: string | null;
  }>`select distinct on (c.id) c.id as completed_id, s.on_date::text as started_on,
      s.data->>'stepDays' as step_days
    from checkpoints c
    join checkpoints s on s.source = c.source and s.matter_type = c.matter_type
      and s.matter_id = c.matter_id and s.kind = 'step_started'
      and s.data->>'step' = c.data->>'step' and s.at <= c.at
    where c.id = any(${sql.val([...ids])}::bigint[])
    order by c.id, s.at desc, s.id desc`.execute(db);
  return new Map(rows.map((r) => [Number(r.completedId), r]));
}

/** A step completed later than its own limit (working days from its start, the start day not counted). */
async function stepRule(
  db: WarningsDb,
  calendar: Calendar,
  events: readonly ProcessedCheckpoint[],
  settings: WarningSettings,
): Promise<RaisedWarning[]> {
  const completed = events.filter(
    (e) => e.checkpoint.kind === 'step_completed' && text(e.checkpoint.data.step),
  );
  if (completed.length === 0) return [];
  const starts = await stepStarts(
    db,
    completed.map((e) => e.checkpoint.id),
  );
  const orgs = await db
    .selectFrom('accountsOrgs')
    .select(['id', 'code'])
    .where('code', 'in', [...new Set(completed.map((e) => e.checkpoint.orgCode))])
    .execute();
  const orgIdOf = new Map(orgs.map((o) => [o.code, Number(o.id)]));
  return completed.flatMap((e) => {
    const start = starts.get(e.checkpoint.id);
    const days = Number(e.checkpoint.data.stepDays ?? start?.stepDays);
    if (!start || !Number.isInteger(days) || days < 0) return [];
    // 行政许可法第82条: periods in working days, statutory holidays excluded (RULES.md §0.1–0.2)
    const dueOn = calendar.addWorkingDays(start.startedOn, days).value;
    if (e.checkpoint.onDate <= dueOn) return [];
    return [
      {
        supervisedId: e.supervisedId,
        // The step's own department overran it, not necessarily the matter's lead org.
        orgId: orgIdOf.get(e.checkpoint.orgCode) ?? e.orgId,
        // RULES.md §4.3 trigger 3: a step overrunning its time (环节超时)
        rule: 'step_overrun' as const,
        severity: settings.stepOverrun,
        detail: {
          step: text(e.checkpoint.data.step),
          stepDays: days,
          startedOn: start.startedOn,
          dueOn,
          completedOn: e.checkpoint.onDate,
        },
        checkpointId: e.checkpoint.id,
      },
    ];
  });
}

/** Inserts the warnings not raised before, tells their orgs, audits the batch; returns the count. */
async function raise(
  db: WarningsDb,
  clock: Clock,
  warnings: readonly RaisedWarning[],
): Promise<number> {
  const at = clock.now();
  const inserted = await insertWarnings(db, warnings, localDateOf(at), at);
  if (inserted.length === 0) return 0;
  await announceRaised(
    db,
    inserted.map((w) => w.id),
    at,
  );
  await recordChange(db, systemContext('supervision'), at, {
    action: 'supervision.warnings.raise',
    targetType: 'supervision_warning',
    targetId:
      inserted.length === 1 ? String(inserted[0]!.id) : `${inserted[0]!.id}-${inserted.at(-1)!.id}`,
    summary: {
      count: inserted.length,
      warnings: inserted
        .slice(0, 50)
        .map((w) => ({ id: w.id, rule: w.rule, matter: w.supervisedId })),
    },
  });
  return inserted.length;
}

/** Raises the warnings the processed checkpoints call for, in the consumer's transaction. */
export async function raiseViolations(
  trx: Kysely<unknown>,
  clock: Clock,
  events: readonly ProcessedCheckpoint[],
  settings: WarningSettings = defaultWarningSettings,
): Promise<void> {
  if (events.length === 0) return;
  const db = warningsDb(trx);
  const warnings: RaisedWarning[] = events.flatMap((e) => reasonRule(e, settings) ?? []);
  warnings.push(...(await feeRule(db, events, settings)));
  if (events.some((e) => e.checkpoint.kind === 'step_completed')) {
    warnings.push(...(await stepRule(db, await loadCalendar(db), events, settings)));
  }
  // A violation is dated by its checkpoint, not by when the consumer got to it.
  const dateOf = new Map(events.map((e) => [e.checkpoint.id, e.checkpoint.onDate]));
  const dated = warnings.map((w) => {
    const on = w.checkpointId === null ? undefined : dateOf.get(w.checkpointId);
    return on ? { ...w, raisedOn: on } : w;
  });
  await raise(db, clock, dated);
}

/**
 * Raises `overdue` once for each open matter whose clock is red today (past its 承诺时限; a
 * 即办件 not finished on its acceptance day), up to `limit` a round; returns how many.
 */
export async function sweepOverdue(
  trx: Kysely<unknown>,
  clock: Clock,
  settings: WarningSettings = defaultWarningSettings,
  limit = 1000,
): Promise<number> {
  const db = warningsDb(trx);
  const today = localDateOf(clock.now());
  const { rows } = await sql<{ id: string; orgId: string; dueOn: string }>`
    select m.id, m.org_id, c.due_on::text as due_on
    from supervision_matters m join deadlines_clocks c on c.id = m.clock_id
    where m.outcome is null and c.state <> 'stopped' and ${clockLightSql(today, 'c')} = 'red'
      and not exists (select 1 from supervision_warnings w
        where w.supervised_id = m.id and w.rule = 'overdue')
    order by m.id limit ${limit}`.execute(db);
  return raise(
    db,
    clock,
    rows.map((r) => ({
      supervisedId: Number(r.id),
      orgId: Number(r.orgId),
      // RULES.md §4.3 trigger 2 (exceeding the 承诺期限) and §4.4 red (overdue; 即办件 not done that day)
      rule: 'overdue' as const,
      severity: settings.overdue,
      detail: { dueOn: r.dueOn, today },
      checkpointId: null,
    })),
  );
}
