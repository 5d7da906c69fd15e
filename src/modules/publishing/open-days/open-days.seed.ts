/**
 * Demo open-day records: the 5·15 政务公开日 of last year and this year at the county's service
 * center, recorded by the county office (政务公开办) through the service, so they are audited.
 * Idempotent (skips when any record exists).
 */
import { sql } from 'kysely';
import { localDateOf } from '../../../platform/clock/index.ts';
import type { Seeder } from '../../../platform/seed/index.ts';
import { demoUser } from '../site/demo.seed.ts';
import { createOpenDay } from './open-days.service.ts';

const themes = [
  { theme: '政务公开日：走进政务服务中心', consultations: 86, materials: 1200 },
  { theme: '政务公开日：政策解读进社区', consultations: 124, materials: 1650 },
];

export const demoOpenDaysSeeder: Seeder = {
  name: 'publishing.open-days',
  after: ['accounts.orgs', 'accounts.users'],
  async run({ db, clock, notes }) {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from publishing_open_days`.execute(db);
    if ((rows[0]?.n ?? 0) > 0) return;
    const office = await demoUser(db, 'gongkai');
    const { rows: orgs } = await sql<{ id: number }>`
      select id from accounts_orgs
      where code in ('210423', 'xzfb', 'mzj', 'jyj', 'qyz')
        and kind in ('government', 'department', 'township')
      order by id`.execute(db);
    let recorded = 0;
    const year = Number(localDateOf(clock.now()).slice(0, 4));
    for (const [i, t] of themes.entries()) {
      // 5月15日 政务公开日 (the county's outreach day).
      const heldOn = `${year - 1 + i}-05-15`;
      if (heldOn > localDateOf(clock.now())) continue;
      await createOpenDay(db, clock, office, {
        heldOn,
        place: '清原满族自治县政务服务中心一楼大厅',
        theme: t.theme,
        orgIds: orgs.map((o) => String(o.id)),
        consultationsAnswered: String(t.consultations),
        materialsHandedOut: String(t.materials),
        summary: '现场解读惠民政策，演示网上办事和依申请公开，收集群众意见建议。',
      });
      recorded += 1;
    }
    notes.push(`政务公开日演示记录 Demo open days: ${recorded}`);
  },
};
