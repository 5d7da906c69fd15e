/**
 * Setting up the service halls' cameras: add a camera (center, name, stream URL) or remove one.
 * A supervisor or the admin covering the center; every change audited. Errors: validation
 * (form-field errors), not_found camera_not_found, forbidden not_allowed.
 */
import type { Kysely } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import type { Clock } from '../../platform/clock/index.ts';
import { AppError, type FieldError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { ensureCan } from '../accounts/index.ts';
import { formatOf, parseStreamUrl } from './cameras.model.ts';
import { cameraRule } from './cameras.policy.ts';
import { camerasDb, findCamera, listCenters, nextSort, type CamerasDb } from './cameras.queries.ts';

export interface CameraInput {
  center: string;
  name: string;
  streamUrl: string;
}

const k = (name: string) => `supervision.cameras.error.${name}`;

function transaction<T>(db: Kysely<unknown>, work: (trx: CamerasDb) => Promise<T>): Promise<T> {
  const handle = camerasDb(db);
  return handle.isTransaction ? work(handle) : handle.transaction().execute(work);
}

async function resolveInput(trx: CamerasDb, input: CameraInput) {
  const errors: FieldError[] = [];
  const center = (await listCenters(trx)).find((c) => c.code === input.center);
  if (!center) errors.push({ field: 'center', message: k('center') });
  const name = input.name.trim();
  if (name === '' || name.length > 100) errors.push({ field: 'name', message: k('name') });
  const url = parseStreamUrl(input.streamUrl.trim());
  if (!url) errors.push({ field: 'streamUrl', message: k('streamUrl') });
  // A password in the address would be shown on the page and kept in the audit log.
  else if (url.username || url.password) {
    errors.push({ field: 'streamUrl', message: k('streamUrlCredentials') });
  }
  if (errors.length > 0 || !center || !url) {
    throw new AppError('validation', 'camera_invalid', errors.map((e) => e.field).join(', '), {
      fields: errors,
    });
  }
  return { center, name, url };
}

/** A new camera at the end of its center's list; returns its id. */
export function addCamera(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  input: CameraInput,
): Promise<number> {
  return transaction(db, async (trx) => {
    const { center, name, url } = await resolveInput(trx, input);
    ensureCan(ctx.actor, 'change', center.path, cameraRule);
    const format = formatOf(url);
    const { id } = await trx
      .insertInto('supervisionCameras')
      .values({
        centerOrgId: center.id,
        name,
        streamUrl: url.href,
        format,
        sort: await nextSort(trx, center.id),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordChange(trx, ctx, clock.now(), {
      action: 'supervision.camera.add',
      targetType: 'supervision_camera',
      targetId: String(id),
      orgCode: center.code,
      summary: { name, streamUrl: url.href, format },
    });
    return Number(id);
  });
}

/** Removes a camera from its center's list. */
export function removeCamera(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  id: number,
): Promise<void> {
  return transaction(db, async (trx) => {
    const camera = await findCamera(trx, id);
    if (!camera) {
      throw new AppError('not_found', 'camera_not_found', `没有摄像头 ${id} / no camera ${id}`);
    }
    ensureCan(ctx.actor, 'change', camera.centerPath, cameraRule);
    await trx.deleteFrom('supervisionCameras').where('id', '=', id).execute();
    await recordChange(trx, ctx, clock.now(), {
      action: 'supervision.camera.remove',
      targetType: 'supervision_camera',
      targetId: String(id),
      orgCode: camera.centerCode,
      summary: { name: camera.name, streamUrl: camera.streamUrl, format: camera.format },
    });
  });
}
