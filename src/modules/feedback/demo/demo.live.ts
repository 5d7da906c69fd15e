/**
 * A few appeals received this morning through the real submitAppeal (routing by the demo's rules,
 * clocks, checkpoints, audit), so the newest appeals of the demo are live ones.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../../../platform/clock/index.ts';
import { systemContext } from '../../../platform/http/index.ts';
import type { AppealChannel } from '../feedback.model.ts';
import type { AppealInput } from '../feedback.schemas.ts';
import { submitAppeal, type AppealReceipt } from '../submission.service.ts';

const liveAppeals: (AppealInput & { channel: AppealChannel })[] = [
  {
    channel: 'web',
    kind: 'help',
    subject: '母亲行动不便，想申请居家养老服务',
    content: '家中老人今年85岁，行动不便，想了解居家养老服务补贴怎么申请，需要哪些材料。',
    place: '清原镇北街社区',
    phone: '13800009901',
    publicAllowed: true,
  },
  {
    channel: 'open311',
    kind: 'complaint',
    subject: '浑河路路灯不亮',
    content: '浑河路中段连续五盏路灯不亮，晚上行人和车辆通行存在安全隐患，请尽快维修。',
    place: '清原镇浑河路',
    phone: '13800009902',
    publicAllowed: true,
  },
  {
    channel: 'hotline_12345',
    kind: 'consultation',
    subject: '灵活就业人员社保缴费',
    content: '12345热线转来：来电人咨询灵活就业人员如何缴纳职工养老保险，缴费基数怎么确定。',
    place: '',
    phone: '13800009903',
  },
  {
    channel: 'web',
    kind: 'suggestion',
    subject: '建议草市镇增设垃圾分类投放点',
    content: '草市镇建设街附近居民较多，只有一个垃圾投放点，建议增设分类投放点并定时清运。',
    place: '草市镇建设街',
    phone: '13800009904',
  },
];

/** Submits them, a little apart, in the hours before now; returns the receipts. */
export async function submitLiveAppeals(
  db: Kysely<unknown>,
  clock: Clock,
): Promise<AppealReceipt[]> {
  const receipts: AppealReceipt[] = [];
  const now = clock.now().getTime();
  for (const [i, { channel, ...input }] of liveAppeals.entries()) {
    const receivedAt = new Date(now - (liveAppeals.length - i) * 17 * 60_000);
    const ctx = systemContext(channel === 'hotline_12345' ? '12345热线转办' : '演示数据 demo');
    receipts.push(await submitAppeal(db, clock, ctx, input, { channel, receivedAt, isDemo: true }));
  }
  return receipts;
}
