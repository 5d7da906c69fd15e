/** The county's 网站检查 thresholds (RULES.md §5.2; one row, editable by the county office). */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordChange } from '../../../platform/audit/index.ts';
import type { Clock } from '../../../platform/clock/index.ts';
import { AppError } from '../../../platform/errors/index.ts';
import type { ActionContext } from '../../../platform/http/index.ts';
import { parseInput } from '../workflow.ts';
import { canChangeHealthSettings } from './health.access.ts';
import { healthMessages } from './health.messages.ts';
import { defaultHealthSettings, type HealthSettings } from './health.model.ts';
import type { HealthTables } from './health.tables.ts';

const settingsDb = (db: Kysely<unknown>) => db as unknown as Kysely<HealthTables>;

const whole = (key: string, max: number) =>
  z.coerce
    .number({ message: `publishingHealth.error.${key}` })
    .int(`publishingHealth.error.${key}`)
    .min(1, `publishingHealth.error.${key}`)
    .max(max, `publishingHealth.error.${key}`);

export const healthSettingsInput = z.object({
  homeDays: whole('homeDays', 366),
  newsDays: whole('newsDays', 366),
  noticeMonths: whole('noticeMonths', 24),
  policyMonths: whole('policyMonths', 24),
  interactionMonths: whole('interactionMonths', 24),
  staleColumnsVeto: whole('staleColumnsVeto', 1000),
  blankColumnsVeto: whole('blankColumnsVeto', 1000),
});

const columns = [
  'homeDays',
  'newsDays',
  'noticeMonths',
  'policyMonths',
  'interactionMonths',
  'staleColumnsVeto',
  'blankColumnsVeto',
] as const;

export async function readHealthSettings(db: Kysely<unknown>): Promise<HealthSettings> {
  const row = await settingsDb(db)
    .selectFrom('publishingHealthSettings')
    .select(columns)
    .where('id', '=', 1)
    .executeTakeFirst();
  return row ?? defaultHealthSettings;
}

/** Sets the thresholds (the county office or a county admin); audited with before and after. */
export async function updateHealthSettings(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  input: unknown,
): Promise<HealthSettings> {
  if (!canChangeHealthSettings(ctx.actor)) {
    throw new AppError('forbidden', 'not_allowed', '无权修改网站检查设置 / not allowed');
  }
  const after = parseInput(healthSettingsInput, input, healthMessages);
  await db.transaction().execute(async (trx) => {
    const before = await readHealthSettings(trx);
    const at = clock.now();
    await settingsDb(trx)
      .insertInto('publishingHealthSettings')
      .values({ id: 1, ...after, updatedBy: ctx.actor.id, updatedAt: at })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({ ...after, updatedBy: ctx.actor.id, updatedAt: at }),
      )
      .execute();
    await recordChange(trx, ctx, at, {
      action: 'publishing.health.settings',
      targetType: 'publishing_health_settings',
      targetId: '1',
      summary: { before, after },
    });
  });
  return after;
}
