/** The publications' kinds, workflow states and policy validity, as code names (ADR 0014). */
export const itemTypes = [
  'news',
  'notice',
  'policy',
  'interpretation',
  'bulletin',
  'page',
] as const;
export type ItemType = (typeof itemTypes)[number];

export const itemStates = [
  'draft',
  'submitted',
  'approved',
  'scheduled',
  'published',
  'withdrawn',
  'superseded',
] as const;
export type ItemState = (typeof itemStates)[number];

/** 文件资料 status labels (国办发〔2017〕47号: modified, repealed or expired documents are marked). */
export const validities = ['valid', 'amended', 'repealed', 'expired'] as const;
export type Validity = (typeof validities)[number];

/** Working days after 信息形成或变更之日 within which an item should be published. */
// 条例第26条
export const publishWithinWorkingDays = 20;

/** A workflow step and the states it may start from. */
export const transitions = {
  submit: { from: ['draft'], to: 'submitted' },
  reject: { from: ['submitted', 'approved'], to: 'draft' },
  approve: { from: ['submitted'], to: 'approved' },
  publish: { from: ['approved'], to: 'published' },
  schedule: { from: ['approved'], to: 'scheduled' },
  publishScheduled: { from: ['scheduled'], to: 'published' },
  withdraw: { from: ['scheduled', 'published'], to: 'withdrawn' },
} as const satisfies Record<string, { from: readonly ItemState[]; to: ItemState }>;
export type Step = keyof typeof transitions;
