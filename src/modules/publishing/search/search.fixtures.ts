/** Publications for the search tests, created and published through the workflow services. */
import type { Kysely } from 'kysely';
import type { Clock } from '../../../platform/clock/index.ts';
import { setPolicyValidity, startNewEdition } from '../editions.service.ts';
import { approveItem, createDraft, editDraft, submitItem } from '../items.service.ts';
import { publishItem, withdrawItem } from '../publish.service.ts';
import { actorWith, channel } from '../test-support.ts';

type SettableClock = Clock & { set(iso: string): void };

export async function seedSearchFixtures(db: Kysely<unknown>, clock: SettableClock) {
  const gongkai = await actorWith(db, 'disclosure_officer', 'xzfb');
  const officers = new Map<string, Awaited<ReturnType<typeof actorWith>>>();
  async function officerOf(code: string) {
    if (!officers.has(code)) officers.set(code, await actorWith(db, 'department_officer', code));
    return officers.get(code)!;
  }
  async function publish(code: string, at: string, fields: Record<string, unknown>) {
    clock.set(at);
    const officer = await officerOf(code);
    const ch = await channel(db, code);
    const item = await createDraft(db, clock, officer, {
      channelId: ch.id,
      type: 'news',
      formedOn: at.slice(0, 10),
      ...fields,
    } as Parameters<typeof createDraft>[3]);
    await submitItem(db, clock, officer, item.id);
    await approveItem(db, clock, gongkai, item.id);
    await publishItem(db, clock, gongkai, item.id);
    return item.id;
  }
  const scjgj = await channel(db, 'scjgj');
  const registration = await publish('scjgj', '2025-03-10T09:00:00+08:00', {
    type: 'policy',
    title: '关于推行“五证合一、一照一码”登记制度改革的实施意见',
    summary: '自2025年4月1日起，全县企业登记实行“五证合一、一照一码”。',
    bodyHtml:
      '<p>为深化商事制度改革，清原满族自治县人民政府决定，将营业执照、组织机构代码证、税务登记证、社会保险登记证和统计登记证合并为一张营业执照。</p>',
    docNumber: '清政发〔2025〕3号',
    issuingOrgId: scjgj.orgId,
    writtenOn: '2025-03-05',
    subjectCategory: '市场监管',
  });
  const interpretation = await publish('scjgj', '2025-03-12T09:00:00+08:00', {
    type: 'interpretation',
    title: '图解：企业登记改革政策解读',
    bodyHtml: '<p>一问一答读懂五证合一：企业只需领取一张加载统一社会信用代码的营业执照。</p>',
    policyId: registration,
  });
  const meeting = await publish('jyj', '2026-09-01T09:00:00+08:00', {
    title: '秋季开学工作会议召开',
    bodyHtml:
      '<p>9月1日，清原满族自治县各中小学如期开学。会议要求做好校园安全&amp;食品安全工作。</p>',
  });
  const holiday = await publish('xzfb', '2026-09-25T09:00:00+08:00', {
    type: 'notice',
    title: '关于2026年国庆节放假安排的通知',
    bodyHtml: '<p>各乡镇人民政府，县政府各部门：现将国庆节放假安排通知如下。</p>',
  });
  const grain = await publish('nyj', '2026-09-20T09:00:00+08:00', {
    type: 'notice',
    title: '关于开展秋粮收购工作的通知',
    bodyHtml: '<p>请各乡镇做好收购准备。</p>',
  });
  const withdrawn = await publish('nyj', '2026-09-21T09:00:00+08:00', {
    title: '南口前镇五证合一窗口调整',
    bodyHtml: '<p>南口前镇便民服务中心窗口调整。</p>',
  });
  await withdrawItem(db, clock, gongkai, withdrawn, { reason: '内容有误' });

  const school = {
    type: 'policy',
    title: '义务教育阶段招生入学工作方案',
    docNumber: '清教发〔2026〕12号',
    issuingOrgId: (await channel(db, 'jyj')).orgId,
    writtenOn: '2026-09-27',
    subjectCategory: '教育',
    bodyHtml: '<p>招生范围：红透山镇中心小学。</p>',
  };
  const schoolV1 = await publish('jyj', '2026-09-28T09:00:00+08:00', school);
  clock.set('2026-09-29T09:00:00+08:00');
  const jyjOfficer = await officerOf('jyj');
  const v2 = await startNewEdition(db, clock, jyjOfficer, schoolV1);
  await editDraft(db, clock, jyjOfficer, v2.id, {
    ...school,
    title: '义务教育阶段招生入学工作方案（修订）',
    formedOn: '2026-09-29',
  });
  await submitItem(db, clock, jyjOfficer, v2.id);
  await approveItem(db, clock, gongkai, v2.id);
  await publishItem(db, clock, gongkai, v2.id);
  await setPolicyValidity(db, clock, gongkai, registration, { validity: 'amended' });
  clock.set('2026-09-30T09:30:00+08:00');
  return {
    registration,
    interpretation,
    meeting,
    holiday,
    grain,
    withdrawn,
    schoolV1,
    schoolV2: v2.id,
  };
}
