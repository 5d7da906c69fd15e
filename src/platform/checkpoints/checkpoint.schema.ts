import { z } from 'zod';

/** The matters supervision covers (issue 7's event `matterType`). */
export const matterTypes = ['approval', 'foi', 'appeal', 'tender', 'other'] as const;
export type MatterType = (typeof matterTypes)[number];

/** 监察点 (RULES.md §4.3): what happened to the matter. */
export const checkpointKinds = [
  'accepted',
  'refused',
  'notice',
  'paused',
  'resumed',
  'extended',
  'step_started',
  'step_completed',
  'decided',
  'completed',
  'returned',
  'withdrawn',
  'fee_charged',
] as const;
export type CheckpointKind = (typeof checkpointKinds)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
const offsetInstant = z.iso.datetime({ offset: true });

/**
 * One checkpoint event, as Sunshine's modules write it and outside systems post it. Fields by
 * kind: `promisedDays`, `statutoryDays`, `limitUnit` on accepted; `days` on extended; `reason` and
 * `legalBasis` on refused, returned, paused; `amount` (yuan) on fee_charged; `step` (a step's
 * name or department code) and `stepDays` on step events.
 */
export const checkpointEventSchema = z
  .object({
    source: text(64),
    eventId: text(128),
    matterType: z.enum(matterTypes),
    matterId: text(128),
    org: text(64),
    itemCode: text(64).optional(),
    kind: z.enum(checkpointKinds),
    at: offsetInstant,
    promisedDays: z.int().min(0).max(3650).optional(),
    statutoryDays: z.int().min(0).max(3650).optional(),
    limitUnit: z.enum(['working', 'calendar']).optional(),
    days: z.int().min(1).max(3650).optional(),
    reason: z.string().trim().max(2000).optional(),
    legalBasis: z.string().trim().max(500).optional(),
    amount: z.number().min(0).max(1e10).optional(),
    step: text(128).optional(),
    stepDays: z.int().min(0).max(3650).optional(),
  })
  .superRefine((event, context) => {
    const required: Partial<Record<CheckpointKind, keyof CheckpointEvent>> = {
      accepted: 'promisedDays',
      extended: 'days',
      fee_charged: 'amount',
    };
    const field = required[event.kind];
    if (field && event[field] === undefined) {
      context.addIssue({
        code: 'custom',
        path: [field],
        message: `${field} is required on ${event.kind}`,
      });
    }
  });

export type CheckpointEvent = z.infer<typeof checkpointEventSchema>;

/** The fields kept in the row's `data` column (everything that is not a column of its own). */
export const checkpointDataKeys = [
  'promisedDays',
  'statutoryDays',
  'limitUnit',
  'days',
  'reason',
  'legalBasis',
  'amount',
  'step',
  'stepDays',
] as const satisfies readonly (keyof CheckpointEvent)[];
