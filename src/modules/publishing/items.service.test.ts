import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { isAppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { setTwoPersonRule } from './channels.service.ts';
import { approveItem, createDraft, editDraft, returnToDraft, submitItem } from './items.service.ts';
import { publishItem, withdrawItem } from './publish.service.ts';
import { findItem, listItemEvents, type Channel } from './publishing.queries.ts';
import { actorWith, channel, publishingDatabase } from './test-support.ts';

function fieldError(field: string, text: RegExp) {
  return (error: unknown) =>
    isAppError(error) &&
    error.kind === 'validation' &&
    (error.details.fields ?? []).some((f) => f.field === field) &&
    text.test(error.message);
}

describe('drafting and review', () => {
  let t: Awaited<ReturnType<typeof publishingDatabase>>;
  let db: Kysely<unknown>;
  let mzj: Channel;
  let officer: ActionContext;
  let colleague: ActionContext;
  let gongkai: ActionContext;
  before(async () => {
    t = await publishingDatabase();
    db = t.db;
    mzj = await channel(db, 'mzj');
    officer = await actorWith(db, 'department_officer', 'mzj');
    colleague = await actorWith(db, 'department_officer', 'mzj');
    gongkai = await actorWith(db, 'disclosure_officer', 'xzfb');
  });
  after(() => t.close());

  const news = (title = '民政局开展社会救助政策宣传') => ({
    channelId: 0,
    type: 'news' as const,
    title,
    summary: '',
    formedOn: '2026-09-28',
  });

  it('refuses bad input with Chinese messages naming the field', async () => {
    await assert.rejects(
      createDraft(db, t.clock, officer, { ...news(' '), channelId: mzj.id }),
      fieldError('title', /“标题”/),
    );
    await assert.rejects(
      createDraft(db, t.clock, officer, { ...news(), channelId: mzj.id, formedOn: '2026-10-09' }),
      fieldError('formedOn', /“信息形成或变更日期”/),
    );
    await assert.rejects(
      createDraft(db, t.clock, officer, { ...news(), channelId: mzj.id, type: 'policy' }),
      (e: unknown) =>
        fieldError('docNumber', /“文号”/)(e) &&
        fieldError('issuingOrgId', /“发文机关”/)(e) &&
        fieldError('writtenOn', /“成文日期”/)(e),
    );
    await assert.rejects(
      createDraft(db, t.clock, officer, { ...news(), channelId: 999999 }),
      fieldError('channelId', /“发布栏目”/),
    );
  });

  it('refuses an interpretation without its policy, in the service and in the database', async () => {
    const interpretation = {
      ...news('《关于做好社会救助工作的通知》解读'),
      channelId: mzj.id,
      type: 'interpretation' as const,
    };
    await assert.rejects(
      createDraft(db, t.clock, officer, interpretation),
      fieldError('policyId', /政策解读须关联/),
    );
    const notAPolicy = await createDraft(db, t.clock, officer, { ...news(), channelId: mzj.id });
    await assert.rejects(
      createDraft(db, t.clock, officer, { ...interpretation, policyId: notAPolicy.id }),
      fieldError('policyId', /“所解读的政策文件”/),
    );
    const policy = await createDraft(db, t.clock, officer, {
      ...news('关于做好社会救助工作的通知'),
      channelId: mzj.id,
      type: 'policy',
      docNumber: '清民发〔2026〕8号',
      issuingOrgId: mzj.orgId,
      writtenOn: '2026-09-25',
    });
    assert.equal(policy.validity, 'valid');
    const linked = await createDraft(db, t.clock, officer, {
      ...interpretation,
      policyId: policy.id,
    });
    assert.equal(linked.policyId, policy.id);
    // The check constraint holds even for a writer that bypasses the service.
    await assert.rejects(
      sql`insert into publishing_items (channel_id, type, title, formed_on, created_at, updated_at)
          values (${mzj.id}, 'interpretation', 'x', '2026-09-28', now(), now())`.execute(db),
      /publishing_items_interpretation_policy/,
    );
  });

  it('applies the two-person rule: the approver is neither the author nor the submitter', async () => {
    const own = await actorWith(db, 'disclosure_officer', 'mzj');
    const item = await createDraft(db, t.clock, own, { ...news(), channelId: mzj.id });
    await submitItem(db, t.clock, own, item.id);
    await assert.rejects(approveItem(db, t.clock, own, item.id), fieldError('form', /双人审核/));

    const byOfficer = await createDraft(db, t.clock, officer, { ...news(), channelId: mzj.id });
    // gongkai submits someone else's draft: gongkai may then not approve it either.
    await submitItem(db, t.clock, gongkai, byOfficer.id);
    await assert.rejects(
      approveItem(db, t.clock, gongkai, byOfficer.id),
      fieldError('form', /双人审核/),
    );
    const approved = await approveItem(db, t.clock, own, byOfficer.id);
    assert.equal(approved.state, 'approved');
    assert.equal(approved.approvedBy, own.actor.id);
    assert.equal(approved.submittedBy, gongkai.actor.id);

    // An editor of the draft is one of its writers too.
    const edited = await createDraft(db, t.clock, officer, { ...news(), channelId: mzj.id });
    await editDraft(db, t.clock, own, edited.id, {
      title: '民政局开展养老服务宣传',
      formedOn: '2026-09-28',
    });
    await submitItem(db, t.clock, officer, edited.id);
    await assert.rejects(approveItem(db, t.clock, own, edited.id), fieldError('form', /双人审核/));
    assert.equal((await approveItem(db, t.clock, gongkai, edited.id)).state, 'approved');

    // With the rule off in the channel, one person may draft, approve and publish.
    await setTwoPersonRule(db, t.clock, gongkai, mzj.id, false);
    const alone = await createDraft(db, t.clock, own, { ...news(), channelId: mzj.id });
    await submitItem(db, t.clock, own, alone.id);
    await approveItem(db, t.clock, own, alone.id);
    const { item: published } = await publishItem(db, t.clock, own, alone.id);
    assert.equal(published.state, 'published');
    await setTwoPersonRule(db, t.clock, gongkai, mzj.id, true);
  });

  it('moves only along the workflow and writes a history row and an audit record per step', async () => {
    const item = await createDraft(db, t.clock, officer, { ...news(), channelId: mzj.id });
    await assert.rejects(approveItem(db, t.clock, gongkai, item.id), /item_state|不能执行/);
    await assert.rejects(
      publishItem(db, t.clock, gongkai, item.id),
      (e: unknown) => isAppError(e) && e.code === 'item_state',
    );
    await editDraft(db, t.clock, colleague, item.id, {
      title: '民政局开展社会救助政策宣传月活动',
      formedOn: '2026-09-28',
    });
    await submitItem(db, t.clock, officer, item.id, { note: '请审核' });
    await assert.rejects(
      editDraft(db, t.clock, officer, item.id, news()),
      (e: unknown) => isAppError(e) && e.code === 'item_state',
    );
    await returnToDraft(db, t.clock, gongkai, item.id, { note: '标题请再斟酌' });
    await submitItem(db, t.clock, officer, item.id);
    await approveItem(db, t.clock, gongkai, item.id);
    await publishItem(db, t.clock, gongkai, item.id);
    await assert.rejects(
      withdrawItem(db, t.clock, gongkai, item.id, { reason: '' }),
      fieldError('reason', /“撤回原因”/),
    );
    await withdrawItem(db, t.clock, gongkai, item.id, { reason: '活动延期' });

    const events = await listItemEvents(db, item.id);
    assert.deepEqual(
      events.map((e) => `${e.fromState ?? '-'}>${e.toState}`),
      [
        '->draft',
        'draft>draft',
        'draft>submitted',
        'submitted>draft',
        'draft>submitted',
        'submitted>approved',
        'approved>published',
        'published>withdrawn',
      ],
    );
    assert.equal(events[2]!.note, '请审核');
    assert.equal(events[3]!.note, '标题请再斟酌');
    assert.equal(events[7]!.note, '活动延期');
    assert.equal(events[1]!.actorName, colleague.actor.name);

    const audit = await sql<{ action: string; orgCode: string }>`
      select action, org_code as "orgCode" from audit_log
      where target_type = 'publishing_item' and target_id = ${String(item.id)} order by id`.execute(
      db,
    );
    assert.deepEqual(
      audit.rows.map((r) => r.action),
      ['create', 'edit', 'submit', 'reject', 'submit', 'approve', 'publish', 'withdraw'].map(
        (a) => `publishing.item.${a}`,
      ),
    );
    assert.ok(audit.rows.every((r) => r.orgCode === 'mzj'));
    const final = (await findItem(db, item.id))!;
    assert.equal(final.title, '民政局开展社会救助政策宣传月活动');
    assert.equal(final.publishedOn, '2026-09-30');
  });

  it('keeps the history append-only', async () => {
    await assert.rejects(
      sql`update publishing_item_events set note = 'x'`.execute(db),
      /append-only/,
    );
    await assert.rejects(sql`delete from publishing_item_events`.execute(db), /append-only/);
  });
});
