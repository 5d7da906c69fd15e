/**
 * A material's form template (表格模板): a PDF kept by platform/files, attached to the material
 * in a new version of the item. Errors: validation on `template-{materialId}` (the file's
 * problem), not_found item_not_found | material_not_found, forbidden not_allowed.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../../platform/clock/index.ts';
import { AppError, isAppError } from '../../platform/errors/index.ts';
import { storeFile, type FileStore } from '../../platform/files/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { ensureCan } from '../accounts/index.ts';
import { itemRule } from './items.policy.ts';
import { itemsDb, listMaterials } from './items.queries.ts';
import { inputOfItem, updateItem } from './items.service.ts';

/** Templates: PDF only, at most 5 MB (the multipart limit of platform/http). */
export const templateRules = { allowed: ['pdf'] as const, maxBytes: 5 * 1024 * 1024 };

export async function attachTemplate(
  db: Kysely<unknown>,
  clock: Clock,
  ctx: ActionContext,
  store: FileStore | string,
  code: string,
  materialId: number,
  upload: { bytes: Uint8Array; name: string },
): Promise<{ code: string; version: number }> {
  return itemsDb(db)
    .transaction()
    .execute(async (trx) => {
      const untyped = trx as unknown as Kysely<unknown>;
      const { item, content } = await inputOfItem(trx, code);
      ensureCan(ctx.actor, 'change', item.orgPath, itemRule);
      const index = (await listMaterials(trx, item.id)).findIndex((m) => m.id === materialId);
      if (index < 0 || !content.materials[index]) {
        throw new AppError(
          'not_found',
          'material_not_found',
          `没有材料 ${materialId} / no material ${materialId}`,
        );
      }
      const file = await storeFile(untyped, store, upload.bytes, {
        ...templateRules,
        name: upload.name,
        at: clock.now(),
      }).catch((error: unknown) => {
        // The file's problem, beside the upload field of this material.
        if (isAppError(error) && error.kind === 'validation') {
          throw new AppError('validation', error.code, error.message, {
            fields: [{ field: `template-${materialId}`, message: error.message }],
          });
        }
        throw error;
      });
      const materials = content.materials.map((m, i) =>
        i === index ? { ...m, templateFileId: file.id } : m,
      );
      const note = `上传表格模板：${content.materials[index].name} / template uploaded`;
      return updateItem(
        untyped,
        clock,
        ctx,
        code,
        { ...content, nameEn: content.nameEn ?? '', materials },
        note,
        {
          newTemplates: [file.id],
        },
      );
    });
}
