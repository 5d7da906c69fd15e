/**
 * The demo catalog: 217 powers of 18 departments in all ten categories (fixtures/demo-powers.json),
 * the 行政许可 flowcharts, a few adjustments (调整、取消、下放) and the intermediary-service list.
 * Written in batches in one transaction (it runs before many tests), with one audit record.
 */
import fs from 'node:fs';
import type { Kysely } from 'kysely';
import { recordChange } from '../../platform/audit/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import type { Seeder } from '../../platform/seed/index.ts';
import {
  categoryCodePrefixes,
  lawsCited,
  type AdjustmentKind,
  type PowerCategory,
} from './powers.model.ts';
import { rowOf, writeVersion } from './powers.service.ts';
import type { PowerContent, PowersTables } from './powers.tables.ts';
import { accountabilityTemplate, permitFlowTemplate, stageTemplate } from './stage-templates.ts';

interface DemoAdjustment {
  power: string;
  kind: Exclude<AdjustmentKind, 'add'>;
  documentNumber: string;
  adoptedOn: string;
  note: string;
  basis?: string;
}

interface DemoCatalog {
  published: { documentNumber: string; adoptedOn: string; note: string };
  departments: Record<string, { phone: string; powers: [PowerCategory, string, string][] }>;
  adjustments: DemoAdjustment[];
  intermediaries: [string, string, string, string, string, string[]][];
}

const demo = JSON.parse(
  fs.readFileSync(new URL('./fixtures/demo-powers.json', import.meta.url), 'utf8'),
) as DemoCatalog;

/** The name the approvals module's seeders run after. */
export const demoPowersSeederName = 'demo-powers';

/** The demo catalog's contents, one per power, codes as XK-SCJGJ-001 (category, org, number). */
export function demoContents(orgs: Map<string, { id: number; name: string }>): PowerContent[] {
  const contents: PowerContent[] = [];
  for (const [orgCode, department] of Object.entries(demo.departments)) {
    const org = orgs.get(orgCode);
    if (!org) continue;
    const numbers = new Map<PowerCategory, number>();
    for (const [category, name, basis] of department.powers) {
      const n = (numbers.get(category) ?? 0) + 1;
      numbers.set(category, n);
      contents.push({
        code: `${categoryCodePrefixes[category]}-${orgCode.toUpperCase()}-${String(n).padStart(3, '0')}`,
        category,
        name,
        basis,
        laws: lawsCited(basis),
        orgId: org.id,
        orgCode,
        orgName: org.name,
        level: 'county',
        status: 'active',
        responsibilities: stageTemplate(category),
        accountability: accountabilityTemplate(category),
        supervisionPhone: department.phone,
        note: '',
      });
    }
  }
  return contents;
}

export const demoPowersSeeder: Seeder = {
  name: demoPowersSeederName,
  after: ['accounts.orgs'],
  async run({ db, clock }) {
    const powers = db as unknown as Kysely<PowersTables>;
    const existing = await powers.selectFrom('powers').select('id').limit(1).executeTakeFirst();
    if (existing) return;
    const orgRows = await powers
      .selectFrom('accountsOrgs')
      .select(['id', 'code', 'name'])
      .where('code', 'in', Object.keys(demo.departments))
      .execute();
    const orgs = new Map(orgRows.map((o) => [o.code, { id: Number(o.id), name: o.name }]));
    const contents = demoContents(orgs);
    if (contents.length === 0) return;
    await powers.transaction().execute(async (trx) => {
      const at = clock.now();
      const inserted = await trx
        .insertInto('powers')
        .values(
          contents.map((c) => ({
            code: c.code,
            ...rowOf(c),
            version: 1,
            isDemo: true,
            createdAt: at,
            updatedAt: at,
          })),
        )
        .returning(['id', 'code'])
        .execute();
      const idOf = new Map(inserted.map((r) => [r.code, Number(r.id)]));
      const { published } = demo;
      const adjustments = await trx
        .insertInto('powersAdjustments')
        .values(
          contents.map((c) => ({
            powerId: idOf.get(c.code)!,
            kind: 'add' as const,
            ...published,
            version: 1,
            createdAt: at,
          })),
        )
        .returning(['id', 'powerId'])
        .execute();
      const adjustmentOf = new Map(adjustments.map((a) => [Number(a.powerId), Number(a.id)]));
      await trx
        .insertInto('powersVersions')
        .values(
          contents.map((c) => {
            const powerId = idOf.get(c.code)!;
            return {
              powerId,
              version: 1,
              adjustmentId: adjustmentOf.get(powerId)!,
              content: JSON.stringify(c),
              createdAt: at,
            };
          }),
        )
        .execute();
      // 行政许可法第42条: 20 working days to decide; some counties promise less.
      const decisionDays = [20, 15, 10, 20, 12];
      const steps = contents
        .filter((c) => c.category === 'permit')
        .flatMap((c, i) =>
          permitFlowTemplate(decisionDays[i % decisionDays.length]).map((s, position) => ({
            powerId: idOf.get(c.code)!,
            position: position + 1,
            ...s,
          })),
        );
      await trx.insertInto('powersFlowSteps').values(steps).execute();

      const byName = new Map(contents.map((c) => [c.name, c]));
      for (const adjustment of demo.adjustments) {
        const before = byName.get(adjustment.power);
        if (!before) continue;
        const after: PowerContent = { ...before };
        if (adjustment.basis) {
          after.basis = adjustment.basis;
          after.laws = lawsCited(adjustment.basis);
        }
        if (adjustment.kind === 'cancel') after.status = 'cancelled';
        if (adjustment.kind === 'delegate')
          Object.assign(after, { status: 'delegated', level: 'township' });
        const { power: _name, basis: _basis, ...decision } = adjustment;
        await writeVersion(trx, at, idOf.get(before.code)!, 2, after, decision);
      }

      const services = await trx
        .insertInto('powersIntermediaryServices')
        .values(
          demo.intermediaries.map(([code, name, basis, provider, fee]) => ({
            code,
            name,
            basis,
            provider,
            fee,
            isDemo: true,
            createdAt: at,
          })),
        )
        .returning(['id', 'code'])
        .execute();
      const serviceId = new Map(services.map((s) => [s.code, Number(s.id)]));
      const links = demo.intermediaries.flatMap(([code, , , , , names]) =>
        names
          .map((name) => byName.get(name))
          .filter((c): c is PowerContent => c !== undefined)
          .map((c) => ({ serviceId: serviceId.get(code)!, powerId: idOf.get(c.code)! })),
      );
      if (links.length > 0) await trx.insertInto('powersIntermediaryLinks').values(links).execute();

      await recordChange(trx as unknown as Kysely<unknown>, systemContext('demo'), at, {
        action: 'powers.catalog.seed',
        targetType: 'power_catalog',
        targetId: 'demo',
        summary: {
          powers: contents.length,
          adjustments: demo.adjustments.length,
          intermediaries: services.length,
        },
      });
    });
  },
};
