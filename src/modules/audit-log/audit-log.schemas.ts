import { z } from 'zod';

const text = z
  .string()
  .trim()
  .max(100, { error: 'auditLog.error.text' })
  .optional()
  .transform((v) => v || undefined);
const date = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .refine(
    (v) =>
      v === undefined ||
      (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00+08:00`))),
    {
      error: 'auditLog.error.date',
    },
  );

/** The filter form (GET query): every field optional. */
export const auditFilterQuery = z.object({
  action: text,
  orgCode: text,
  actorId: text,
  targetType: text,
  targetId: text,
  from: date,
  to: date,
  page: z.coerce.number().int().min(1).max(100000).optional().catch(1),
});

export type AuditFilterQuery = z.infer<typeof auditFilterQuery>;
