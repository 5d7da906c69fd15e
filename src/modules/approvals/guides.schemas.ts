/** Query strings of the public guides and of the item API. */
import { z } from 'zod';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined);

export const guideListQuery = z.object({
  q: text(100),
  org: text(40),
  kind: z.enum(['instant', 'promised', 'joint']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export const itemCodeParams = z.object({ code: z.string().trim().min(1).max(40) });

export const templateParams = itemCodeParams.extend({
  materialId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});
