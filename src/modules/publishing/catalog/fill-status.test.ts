import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { isAppError } from '../../../platform/errors/index.ts';
import { startNewEdition } from '../editions.service.ts';
import { approveItem, createDraft, submitItem } from '../items.service.ts';
import { publishItem, withdrawItem } from '../publish.service.ts';
import type { Channel } from '../publishing.queries.ts';
import { actorWith, channel, publishingDatabase } from '../test-support.ts';
import { catalogInfoOf, findCatalogOrg, listCatalogNodes } from './catalog.queries.ts';
import { setItemCatalogNode } from './catalog.service.ts';
import { catalogColumns, publishNow, type Publisher } from './catalog.test-support.ts';
import { blankRequiredNodes, fillStatus } from './fill-status.ts';

describe('required categories and fill status (条例第20–21条)', () => {
  let t: Awaited<ReturnType<typeof publishingDatabase>>;
  let db: Kysely<unknown>;
  let jyj: Channel;
  let p: Publisher;
  let jyjId: number;
  before(async () => {
    t = await publishingDatabase();
    db = t.db;
    jyj = await channel(db, 'jyj');
    jyjId = (await findCatalogOrg(db, 'jyj'))!.id;
    p = {
      db,
      clock: t.clock,
      author: await actorWith(db, 'department_officer', 'jyj'),
      approver: await actorWith(db, 'disclosure_officer', 'jyj'),
    };
  });
  after(() => t.close());

  it('seeds the 15 categories of 第20条 and the county and township items of 第21条', async () => {
    const nodes = await listCatalogNodes(db);
    const required = nodes.filter((n) => n.kind === 'required');
    assert.equal(required.filter((n) => n.code.startsWith('a20-')).length, 15);
    assert.equal(required.filter((n) => n.appliesTo === 'county').length, 7);
    assert.equal(required.filter((n) => n.appliesTo === 'township').length, 8);
    assert.equal(nodes.find((n) => n.code === 'a20-07')!.nameZh, '财政预算、决算信息');
    assert.equal(nodes.find((n) => n.code === 'a21t-04')!.nameZh, '宅基地使用情况审核');
  });

  it('gives each org the categories that apply to it, all blank before anything is published', async () => {
    const government = (await findCatalogOrg(db, '210423'))!.id;
    const town = (await findCatalogOrg(db, 'qyz'))!.id;
    assert.equal((await blankRequiredNodes(db, { orgId: jyjId })).length, 15 + 7);
    assert.equal((await blankRequiredNodes(db, { orgId: government })).length, 15 + 7);
    const township = await blankRequiredNodes(db, { orgId: town });
    assert.equal(township.length, 15 + 8);
    assert.ok(township.some((r) => r.nodeName === '筹资筹劳'));
    assert.ok(!township.some((r) => r.nodeName === '治安管理'));
    const all = await blankRequiredNodes(db);
    assert.ok(all.some((r) => r.orgCode === 'mzj' && r.nodeCode === 'a20-01'));
  });

  it('fills a category by the author’s choice or the item type’s default; withdrawn items do not count', async () => {
    t.clock.set('2026-09-30T09:30:00+08:00');
    await publishNow(p, {
      channelId: jyj.id,
      type: 'policy',
      title: '县义务教育阶段学生资助办法',
      formedOn: '2026-09-28',
      docNumber: '清教发〔2026〕15号',
      issuingOrgId: jyj.orgId,
      writtenOn: '2026-09-27',
    });
    // A notice placed on 第20条第11项 by its author before submission.
    const notice = await createDraft(db, t.clock, p.author, {
      channelId: jyj.id,
      type: 'notice',
      title: '2026年秋季学期学生资助政策公告',
      formedOn: '2026-09-29',
    });
    await setItemCatalogNode(db, t.clock, p.author, notice.id, 'a20-11');
    await submitItem(db, t.clock, p.author, notice.id);
    await approveItem(db, t.clock, p.approver, notice.id);
    await publishItem(db, t.clock, p.approver, notice.id);
    // Published then withdrawn: 第20条第14项 stays blank.
    const recruitment = await createDraft(db, t.clock, p.author, {
      channelId: jyj.id,
      type: 'notice',
      title: '2026年教师招聘公告',
      formedOn: '2026-09-29',
    });
    await setItemCatalogNode(db, t.clock, p.author, recruitment.id, 'a20-14');
    await submitItem(db, t.clock, p.author, recruitment.id);
    await approveItem(db, t.clock, p.approver, recruitment.id);
    await publishItem(db, t.clock, p.approver, recruitment.id);
    await withdrawItem(db, t.clock, p.approver, recruitment.id, { reason: '岗位信息有误' });

    const rows = await fillStatus(db, { orgId: jyjId });
    const of = (code: string) => rows.find((r) => r.nodeCode === code)!;
    assert.deepEqual(
      [of('a20-01').count, of('a20-01').lastPublishedOn, of('a20-01').blank],
      [1, '2026-09-30', false],
    );
    assert.equal(of('a20-11').count, 1);
    assert.equal(of('a20-14').blank, true);
    assert.equal(rows.filter((r) => r.blank).length, 22 - 2);
    assert.equal((await blankRequiredNodes(db, { orgId: jyjId })).length, 20);

    // A new edition of the notice keeps its category.
    const edition = await startNewEdition(db, t.clock, p.author, notice.id);
    await submitItem(db, t.clock, p.author, edition.id);
    await approveItem(db, t.clock, p.approver, edition.id);
    await publishItem(db, t.clock, p.approver, edition.id);
    const nodes = await listCatalogNodes(db);
    const a2011 = nodes.find((n) => n.code === 'a20-11')!.id;
    assert.equal((await catalogColumns(db, edition.id)).catalogNodeId, a2011);
    const info = await catalogInfoOf(db, edition.id);
    assert.equal(info!.node!.code, 'a20-11');
    assert.match(info!.indexNumber!, /^jyj\/2026-\d{5}$/);
    assert.equal((await catalogInfoOf(db, recruitment.id))!.node!.code, 'a20-14');
    assert.equal(
      (await fillStatus(db, { orgId: jyjId })).find((r) => r.nodeId === a2011)!.count,
      1,
    );
  });

  it('refuses a group node, an unknown node and an author of another org', async () => {
    const draft = await createDraft(db, t.clock, p.author, {
      channelId: jyj.id,
      type: 'notice',
      title: '关于开展校园安全检查的通知',
      formedOn: '2026-09-29',
    });
    for (const code of ['a20', 'nope']) {
      await assert.rejects(
        setItemCatalogNode(db, t.clock, p.author, draft.id, code),
        (e: unknown) =>
          isAppError(e) &&
          e.kind === 'validation' &&
          e.details.fields?.[0]?.field === 'catalogNode' &&
          /目录分类/.test(e.message),
      );
    }
    const other = await actorWith(db, 'department_officer', 'mzj');
    await assert.rejects(
      setItemCatalogNode(db, t.clock, other, draft.id, 'a20-05'),
      (e: unknown) => isAppError(e) && e.code === 'not_allowed',
    );
    await setItemCatalogNode(db, t.clock, p.author, draft.id, 'a20-13');
    await setItemCatalogNode(db, t.clock, p.author, draft.id, null);
    assert.equal((await catalogColumns(db, draft.id)).catalogNodeId, null);
  });
});
