import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { isAppError } from '../../platform/errors/index.ts';
import type { ActionContext } from '../../platform/http/index.ts';
import { runJobOnce } from '../../platform/jobs/index.ts';
import { setPolicyValidity, startNewEdition } from './editions.service.ts';
import { approveItem, createDraft, editDraft, submitItem } from './items.service.ts';
import { publishDueJob, publishItem, scheduleItem } from './publish.service.ts';
import { findItem, listItemEvents, type Channel } from './publishing.queries.ts';
import { actorWith, channel, publishingDatabase } from './test-support.ts';

describe('publication', () => {
  let t: Awaited<ReturnType<typeof publishingDatabase>>;
  let db: Kysely<unknown>;
  let jyj: Channel;
  let officer: ActionContext;
  let gongkai: ActionContext;
  before(async () => {
    t = await publishingDatabase();
    db = t.db;
    jyj = await channel(db, 'jyj');
    officer = await actorWith(db, 'department_officer', 'jyj');
    gongkai = await actorWith(db, 'disclosure_officer', 'xzfb');
  });
  beforeEach(() => t.clock.set('2026-09-30T09:30:00+08:00'));
  after(() => t.close());

  async function approved(
    fields: { title: string; formedOn: string; type?: 'notice' | 'policy' } & Record<
      string,
      unknown
    >,
  ) {
    const item = await createDraft(db, t.clock, officer, {
      channelId: jyj.id,
      type: 'notice',
      ...fields,
    });
    await submitItem(db, t.clock, officer, item.id);
    await approveItem(db, t.clock, gongkai, item.id);
    return item.id;
  }

  // 条例第26条: 20 working days after 2026-09-15 is 2026-10-19 — across 中秋 (9-25), 国庆 (10-1…7)
  // and the make-up Saturday 10-10; counting weekdays only would give 2026-10-13.
  it('publishes on the 20th working day after the information was formed without a warning', async () => {
    const id = await approved({ title: '2026年秋季学期学生资助工作通知', formedOn: '2026-09-15' });
    t.clock.set('2026-10-19T10:00:00+08:00');
    const { item, warnings } = await publishItem(db, t.clock, gongkai, id);
    assert.deepEqual(warnings, []);
    assert.equal(item.publishedOn, '2026-10-19');
    assert.equal(item.publishDelayWorkingDays, 20);
  });

  it('publishes on the 21st working day with a warning, returned and recorded', async () => {
    const id = await approved({ title: '2026年教师资格认定公告', formedOn: '2026-09-15' });
    // 23:30 UTC on the 19th is already the 20th in Asia/Shanghai.
    t.clock.set('2026-10-19T23:30:00Z');
    const { item, warnings } = await publishItem(db, t.clock, gongkai, id);
    assert.deepEqual(warnings, [{ code: 'publishing.warning.late', vars: { days: 21 } }]);
    assert.equal(item.publishedOn, '2026-10-20');
    assert.equal(item.publishDelayWorkingDays, 21);
    const events = await listItemEvents(db, id);
    assert.match(events.at(-1)!.note, /21 个工作日/);
  });

  it('schedules an item and the job publishes it when due, with the same check', async () => {
    const id = await approved({ title: '关于国庆假期校园安全的通知', formedOn: '2026-09-29' });
    await assert.rejects(
      scheduleItem(db, t.clock, gongkai, id, { scheduledAt: '2026-09-30T01:00:00Z' }),
      (e: unknown) => isAppError(e) && e.details.fields?.[0]?.field === 'scheduledAt',
    );
    const scheduled = await scheduleItem(db, t.clock, gongkai, id, {
      scheduledAt: '2026-10-08T08:00:00+08:00',
    });
    assert.equal(scheduled.state, 'scheduled');
    t.clock.set('2026-10-08T07:59:00+08:00');
    assert.equal(await runJobOnce(db, t.clock, publishDueJob), 0);
    t.clock.set('2026-10-08T08:00:00+08:00');
    assert.equal(await runJobOnce(db, t.clock, publishDueJob), 1);
    const item = (await findItem(db, id))!;
    assert.equal(item.state, 'published');
    assert.equal(item.publishedOn, '2026-10-08');
    // 9-30 and 10-8 are the working days after 9-29.
    assert.equal(item.publishDelayWorkingDays, 2);
    const last = (await listItemEvents(db, id)).at(-1)!;
    assert.equal(last.actorName, 'publishing.scheduler');
    assert.equal(last.toState, 'published');
  });

  it('a new edition keeps the old one published until it is published itself, then supersedes it', async () => {
    const policy = {
      type: 'policy' as const,
      title: '清原县义务教育阶段招生入学工作方案',
      formedOn: '2026-09-28',
      docNumber: '清教发〔2026〕12号',
      issuingOrgId: jyj.orgId,
      writtenOn: '2026-09-27',
      subjectCategory: '教育',
    };
    const v1 = await approved(policy);
    await publishItem(db, t.clock, gongkai, v1);
    const v2 = await startNewEdition(db, t.clock, officer, v1);
    assert.equal(v2.edition, 2);
    assert.equal(v2.supersedesId, v1);
    assert.equal(v2.state, 'draft');
    assert.equal(v2.docNumber, '清教发〔2026〕12号');
    await assert.rejects(
      startNewEdition(db, t.clock, officer, v1),
      (e: unknown) => isAppError(e) && e.code === 'edition_exists',
    );
    assert.equal((await findItem(db, v1))!.state, 'published');

    t.clock.set('2026-10-12T09:00:00+08:00');
    await editDraft(db, t.clock, officer, v2.id, {
      ...policy,
      title: '清原县义务教育阶段招生入学工作方案（修订）',
      formedOn: '2026-10-12',
    });
    await submitItem(db, t.clock, officer, v2.id);
    await approveItem(db, t.clock, gongkai, v2.id);
    await publishItem(db, t.clock, gongkai, v2.id);
    const old = (await findItem(db, v1))!;
    assert.equal(old.state, 'superseded');
    assert.equal(old.replacedById, v2.id);
    assert.equal(old.publishedOn, '2026-09-30');
    assert.equal((await findItem(db, v2.id))!.state, 'published');
    assert.deepEqual(
      (await listItemEvents(db, v1)).map((e) => e.toState),
      ['draft', 'submitted', 'approved', 'published', 'superseded'],
    );

    await setPolicyValidity(db, t.clock, gongkai, v2.id, { validity: 'repealed' });
    assert.equal((await findItem(db, v2.id))!.validity, 'repealed');
    await assert.rejects(
      setPolicyValidity(db, t.clock, officer, v2.id, { validity: 'valid' }),
      (e: unknown) => isAppError(e) && e.code === 'not_allowed',
    );
  });
});
