/**
 * Demo licences issued by the county's market regulation bureau at the service center, through
 * the same service staff use; codes generated here (stable: a seeded random source). Idempotent.
 */
import type { Kysely } from 'kysely';
import { systemContext } from '../../platform/http/index.ts';
import type { Seeder } from '../../platform/seed/index.ts';
import { getOrgByCode } from '../accounts/index.ts';
import type { LicenceKind, LicenceStatus } from './licences.model.ts';
import { issueLicence } from './licences.service.ts';
import type { LicencesTables } from './licences.tables.ts';

interface DemoLicence {
  name: string;
  kind: LicenceKind;
  legalRepresentative: string;
  capitalWan: number;
  address: string;
  businessScope: string;
  establishedOn: string;
  status: LicenceStatus;
}

export const demoLicences: DemoLicence[] = [
  {
    name: '清原满族自治县山泉农业科技有限公司',
    kind: 'enterprise',
    legalRepresentative: '王建华',
    capitalWan: 100,
    address: '辽宁省抚顺市清原满族自治县清原镇兴业街18号',
    businessScope:
      '农业技术开发、技术咨询；中药材种植、销售（依法须经批准的项目，经相关部门批准后方可开展经营活动）',
    establishedOn: '2019-05-20',
    status: 'active',
  },
  {
    name: '清原满族自治县宏达建材有限公司',
    kind: 'enterprise',
    legalRepresentative: '刘志强',
    capitalWan: 500,
    address: '辽宁省抚顺市清原满族自治县红透山镇工业园区3号',
    businessScope:
      '建筑材料、五金交电销售；普通货物道路运输（依法须经批准的项目，经相关部门批准后方可开展经营活动）',
    establishedOn: '2021-03-08',
    status: 'active',
  },
  {
    name: '清原镇李记面馆',
    kind: 'individual',
    legalRepresentative: '李秀兰',
    capitalWan: 5,
    address: '辽宁省抚顺市清原满族自治县清原镇中央路56号',
    businessScope: '餐饮服务（依法须经批准的项目，经相关部门批准后方可开展经营活动）',
    establishedOn: '2022-07-01',
    status: 'active',
  },
  {
    name: '清原满族自治县绿源蔬菜种植农民专业合作社',
    kind: 'cooperative',
    legalRepresentative: '赵德全',
    capitalWan: 30,
    address: '辽宁省抚顺市清原满族自治县英额门镇英额门村',
    businessScope: '组织成员种植、销售蔬菜；为成员提供农业技术培训服务',
    establishedOn: '2020-04-15',
    status: 'active',
  },
  {
    name: '清原满族自治县晨光商贸有限公司',
    kind: 'enterprise',
    legalRepresentative: '孙丽',
    capitalWan: 50,
    address: '辽宁省抚顺市清原满族自治县清原镇站前街9号',
    businessScope: '日用百货、服装鞋帽销售',
    establishedOn: '2017-09-12',
    status: 'deregistered',
  },
];

/** The same small generator as the tests (mulberry32): each demo licence its own stable code. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const demoLicencesSeeder: Seeder = {
  name: 'approvals.licences',
  after: ['accounts.orgs', 'settings'],
  async run({ db, clock }) {
    const handle = db as unknown as Kysely<LicencesTables>;
    const existing = await handle
      .selectFrom('approvalsLicences')
      .select('id')
      .where('isDemo', '=', true)
      .limit(1)
      .executeTakeFirst();
    if (existing) return;
    const bureau = await getOrgByCode(db as never, 'scjgj');
    const center = await getOrgByCode(db as never, 'zwfw');
    const ctx = systemContext('seed-demo');
    for (const [i, demo] of demoLicences.entries()) {
      const { creditCode } = await issueLicence(
        db,
        clock,
        ctx,
        {
          name: demo.name,
          kind: demo.kind,
          legalRepresentative: demo.legalRepresentative,
          registeredCapitalFen: demo.capitalWan * 1_000_000,
          address: demo.address,
          businessScope: demo.businessScope,
          establishedOn: demo.establishedOn,
          issuingOrgId: bureau.id,
          centerOrgId: center.id,
          isDemo: true,
        },
        { random: seeded(20161001 + i) },
      );
      if (demo.status !== 'active') {
        await handle
          .updateTable('approvalsLicences')
          .set({ status: demo.status })
          .where('creditCode', '=', creditCode)
          .execute();
      }
    }
  },
};
