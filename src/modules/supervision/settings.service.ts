/** The county's supervision thresholds (RULES.md §4.4 [V]: a convention, so a setting). */
import type { Kysely } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import type { Clock } from '../../platform/clock/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { hasCountyRole } from '../accounts/index.ts';
import type { SupervisionTables } from './supervision.tables.ts';

export interface SupervisionSettings {
  /** Yellow with this many working days or fewer left; 0 = yellow only on the due day itself. */
  yellowDays: number;
}

/** RULES.md §4.4: "在办理时限到期前的一个工作日发出提示信号". */
export const defaultSettings: SupervisionSettings = { yellowDays: 1 };

const settingsDb = (db: Kysely<unknown>) => db as unknown as Kysely<SupervisionTables>;

export async function readSettings(db: Kysely<unknown>): Promise<SupervisionSettings> {
  const row = await settingsDb(db)
    .selectFrom('supervisionSettings')
    .select(['yellowDays'])
    .where('id', '=', 1)
    .executeTakeFirst();
  return row ?? defaultSettings;
}

/** Who may change the thresholds: the county's administrators and supervisors. */
export function canChangeSettings(ctx: ActionContext): boolean {
  return hasCountyRole(ctx.actor, ['admin', 'supervisor']);
}

/** Applies to clocks started from now on (a running clock keeps the rule it was started with). */
export async function updateSettings(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  settings: SupervisionSettings,
): Promise<void> {
  if (!canChangeSettings(ctx)) {
    throw new AppError('forbidden', 'not_allowed', '无权修改监察设置 / not allowed');
  }
  await db.transaction().execute(async (trx) => {
    const before = await readSettings(trx);
    const at = clock.now();
    await settingsDb(trx)
      .updateTable('supervisionSettings')
      .set({ yellowDays: settings.yellowDays, updatedAt: at })
      .where('id', '=', 1)
      .execute();
    await recordChange(trx, ctx, at, {
      action: 'supervision.settings.update',
      targetType: 'supervision_settings',
      targetId: '1',
      summary: { before, after: settings },
    });
  });
}
