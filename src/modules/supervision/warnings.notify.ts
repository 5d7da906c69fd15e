/**
 * Telling the responsible org (issue 7 item 4): a notice on the console home of everyone holding
 * a role on the org, and an SMS to the org's contact phone in the outbox — both in the
 * transaction of the warning or the step, so they exist only if it commits.
 */
import { createI18n } from '../../platform/i18n/index.ts';
import { enqueueMessages, notify, type NoticeInput } from '../../platform/notify/index.ts';
import type { WarningStage } from './warnings.model.ts';
import { warningsMessages } from './warnings.messages.ts';
import { warningsForNotice, type WarningsDb } from './warnings.queries.ts';

const i18n = createI18n([warningsMessages]);
const zh = i18n.translator('zh-CN');
const en = i18n.translator('en');

export const warningHref = (id: number) => `/staff/supervision/warnings/${id}`;

const matterOf = (w: { matterType: string; matterId: string }) => `${w.matterType} ${w.matterId}`;

/** Newly raised warnings: a notice each; one SMS per org however many were raised at once. */
export async function announceRaised(
  db: WarningsDb,
  ids: readonly number[],
  at: Date,
): Promise<void> {
  const warnings = await warningsForNotice(db, ids);
  const notices: NoticeInput[] = warnings.map((w) => {
    const vars = (t: typeof zh) => ({ rule: t(`warnings.rule.${w.rule}`), matter: matterOf(w) });
    return {
      recipientOrgId: w.orgId,
      subject: zh('warnings.notice.raised.subject', vars(zh)),
      subjectEn: en('warnings.notice.raised.subject', vars(en)),
      body: zh('warnings.notice.raised.body', vars(zh)),
      bodyEn: en('warnings.notice.raised.body', vars(en)),
      link: warningHref(w.id),
    };
  });
  await notify(db, notices, at);
  const perOrg = new Map<number, { phone: string; count: number }>();
  for (const w of warnings) {
    const entry = perOrg.get(w.orgId) ?? { phone: w.orgPhone, count: 0 };
    entry.count++;
    perOrg.set(w.orgId, entry);
  }
  await enqueueMessages(
    db,
    [...perOrg.values()].map((o) => ({
      channel: 'sms' as const,
      recipient: o.phone,
      body: zh('warnings.sms.raised', { count: o.count }),
    })),
    at,
  );
}

/** A ladder step: a notice to the org and an SMS to its contact phone. */
export async function announceStep(
  db: WarningsDb,
  warningId: number,
  step: { stage: WarningStage; note: string; dueOn: string | null },
  at: Date,
): Promise<void> {
  const [w] = await warningsForNotice(db, [warningId]);
  if (!w) return;
  const vars = (t: typeof zh) => ({
    rule: t(`warnings.rule.${w.rule}`),
    stage: t(`warnings.stage.${step.stage}`),
    matter: matterOf(w),
    note: step.note,
    due: step.dueOn ? t('warnings.notice.due', { dueOn: step.dueOn }) : '',
  });
  await notify(
    db,
    [
      {
        recipientOrgId: w.orgId,
        subject: zh('warnings.notice.step.subject', vars(zh)),
        subjectEn: en('warnings.notice.step.subject', vars(en)),
        body: zh('warnings.notice.step.body', vars(zh)),
        bodyEn: en('warnings.notice.step.body', vars(en)),
        link: warningHref(w.id),
      },
    ],
    at,
  );
  await enqueueMessages(
    db,
    [{ channel: 'sms', recipient: w.orgPhone, body: zh('warnings.sms.step', vars(zh)) }],
    at,
  );
}
