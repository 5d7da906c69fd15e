/**
 * The outbox consumer (ARCHITECTURE.md §3, ADR 0012): claims unprocessed checkpoints in id order
 * (`FOR UPDATE SKIP LOCKED`), projects them onto `supervision_matters` with a few set-based
 * statements, finds each newly accepted matter's clock, raises the warnings the events call for,
 * and marks the rows processed — all in one transaction, so a failure leaves them to the next round.
 */
import { sql, type Kysely } from 'kysely';
import type { CheckpointRecord } from '../../platform/checkpoints/index.ts';
import type { Clock } from '../../platform/clock/index.ts';
import { runJobOnce, type Job } from '../../platform/jobs/index.ts';
import type { ProcessedCheckpoint } from './supervision.model.ts';
import { raiseViolations } from './violations.ts';

/** How many checkpoints one round takes. */
export const consumerBatch = 1000;

/** The batch's rows, as `b`. */
const batchRows = (ids: readonly number[]) =>
  sql`(select id, source, event_id, matter_type, matter_id, org_code, item_code, kind, at, on_date, data
    from checkpoints where id = any(${sql.val(ids)}::bigint[]))`;

const sameMatter = sql`m.source = b.source and m.matter_type = b.matter_type
  and m.matter_id = b.matter_id`;

/**
 * The clock a matter's acceptance started: Sunshine's approvals (`case`), information requests
 * (`reply`, 条例第33条) and appeals (`completion`, ADR 0016) key theirs by the tracking number; an
 * outside system's is keyed by `source:matterId` (clock-drive.ts).
 */
const clockKeySql = sql`k.matter_type = m.matter_type
  and k.matter_id = case when m.source = 'sunshine' then m.matter_id
    else m.source || ':' || m.matter_id end
  and k.purpose = case when m.source <> 'sunshine' then 'case'
    when m.matter_type = 'foi' then 'reply' when m.matter_type = 'appeal' then 'completion'
    else 'case' end`;

/** One row per matter in the batch: inserted if new, its dates and last event widened if not. */
async function upsertMatters(trx: Kysely<unknown>, ids: readonly number[]) {
  await sql`insert into supervision_matters
      (source, matter_type, matter_id, org_id, item_code, received_on, last_event_at)
    select b.source, b.matter_type, b.matter_id, (array_agg(o.id order by b.at, b.id))[1],
      (array_agg(b.item_code order by b.at, b.id) filter (where b.item_code is not null))[1],
      min(b.on_date), max(b.at)
    from ${batchRows(ids)} b join accounts_orgs o on o.code = b.org_code
    group by b.source, b.matter_type, b.matter_id
    on conflict (source, matter_type, matter_id) do update set
      received_on = least(supervision_matters.received_on, excluded.received_on),
      last_event_at = greatest(supervision_matters.last_event_at, excluded.last_event_at),
      item_code = coalesce(supervision_matters.item_code, excluded.item_code)`.execute(trx);
}

/** The first of each matter's events of a kind in the batch. */
const firstOf = (ids: readonly number[], kinds: readonly string[]) =>
  sql`(select distinct on (b.source, b.matter_type, b.matter_id) b.*
    from ${batchRows(ids)} b where b.kind = any(${sql.val([...kinds])}::text[])
    order by b.source, b.matter_type, b.matter_id, b.at, b.id)`;

/** Acceptance (the first one counts), extensions, how the matter ended (the first end), fees. */
async function applyEvents(trx: Kysely<unknown>, ids: readonly number[]) {
  await sql`update supervision_matters m set accepted_on = b.on_date,
      promised_days = (b.data->>'promisedDays')::int,
      statutory_days = (b.data->>'statutoryDays')::int,
      limit_unit = coalesce(b.data->>'limitUnit', 'working'),
      is_instant = (b.data->>'promisedDays')::int = 0
    from ${firstOf(ids, ['accepted'])} b
    where ${sameMatter} and m.accepted_on is null`.execute(trx);
  await sql`update supervision_matters m set extended = true
    from ${firstOf(ids, ['extended'])} b where ${sameMatter} and not m.extended`.execute(trx);
  await sql`update supervision_matters m set outcome = b.kind, outcome_on = b.on_date,
      outcome_reason = coalesce(b.data->>'reason', ''),
      outcome_legal_basis = coalesce(b.data->>'legalBasis', '')
    from ${firstOf(ids, ['completed', 'refused', 'returned', 'withdrawn'])} b
    where ${sameMatter} and m.outcome is null`.execute(trx);
  await sql`update supervision_matters m set fee_total = m.fee_total + f.amount
    from (select b.source, b.matter_type, b.matter_id, sum((b.data->>'amount')::numeric) as amount
      from ${batchRows(ids)} b where b.kind = 'fee_charged'
      group by b.source, b.matter_type, b.matter_id) f
    where m.source = f.source and m.matter_type = f.matter_type
      and m.matter_id = f.matter_id`.execute(trx);
  // The responsible org is the clock's (an approval's deciding department, not the window).
  await sql`update supervision_matters m set clock_id = k.id, org_id = k.org_id
    from deadlines_clocks k
    where m.clock_id is null and m.accepted_on is not null and ${clockKeySql}
      and exists (select 1 from ${batchRows(ids)} b where ${sameMatter})`.execute(trx);
}

interface ClaimedRow extends CheckpointRecord {
  supervisedId: number;
  orgId: number;
}

/** The batch joined to its matters, in id order, as the violation rules take them. */
async function processedOf(
  trx: Kysely<unknown>,
  ids: readonly number[],
): Promise<ProcessedCheckpoint[]> {
  const { rows } = await sql<ClaimedRow>`select b.id, b.source, b.event_id as "eventId",
      b.matter_type as "matterType", b.matter_id as "matterId", b.org_code as "orgCode",
      b.item_code as "itemCode", b.kind, b.at, b.on_date::text as "onDate", b.data,
      m.id as "supervisedId", m.org_id as "orgId"
    from ${batchRows(ids)} b join supervision_matters m on ${sameMatter}
    order by b.id`.execute(trx);
  return rows.map(({ supervisedId, orgId, ...checkpoint }) => ({
    checkpoint: { ...checkpoint, id: Number(checkpoint.id) },
    supervisedId: Number(supervisedId),
    orgId: Number(orgId),
  }));
}

/** One round in the caller's transaction; returns how many checkpoints it processed. */
export async function processCheckpointsIn(
  trx: Kysely<unknown>,
  clock: Clock,
  limit = consumerBatch,
): Promise<number> {
  const { rows } = await sql<{ id: string | number }>`select id from checkpoints
    where processed_at is null order by id limit ${limit} for update skip locked`.execute(trx);
  if (rows.length === 0) return 0;
  const ids = rows.map((r) => Number(r.id));
  await upsertMatters(trx, ids);
  await applyEvents(trx, ids);
  await raiseViolations(trx, clock, await processedOf(trx, ids));
  await sql`update checkpoints set processed_at = ${clock.now()}
    where id = any(${sql.val(ids)}::bigint[])`.execute(trx);
  return ids.length;
}

/** One round in its own transaction. */
export async function processCheckpoints(
  db: Kysely<unknown>,
  clock: Clock,
  limit = consumerBatch,
): Promise<number> {
  return db.transaction().execute((trx) => processCheckpointsIn(trx, clock, limit));
}

/** The consumer as a job of platform/jobs: every 2 s, at once again while batches are full. */
export const checkpointConsumerJob: Job = {
  name: 'supervision.checkpoints',
  everyMs: 2000,
  batch: consumerBatch,
  run: ({ trx, clock }) => processCheckpointsIn(trx, clock),
};

/**
 * Readers call this first so figures include what was just recorded: rounds under the job's lock
 * until nothing is pending (when another process holds the lock, it is already catching up).
 */
export async function catchUp(db: Kysely<unknown>, clock: Clock): Promise<void> {
  for (;;) {
    const done = await runJobOnce(db, clock, checkpointConsumerJob);
    if (done === null || done < consumerBatch) return;
  }
}
