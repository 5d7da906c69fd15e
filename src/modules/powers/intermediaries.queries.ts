/** The intermediary-service list (中介服务事项清单, RULES.md §8.3) and the powers each serves. */
import type { Kysely } from 'kysely';
import type { PowersTables } from './powers.tables.ts';

type Db = Kysely<PowersTables>;

/** A power as the list links it. */
export interface LinkedPower {
  code: string;
  name: string;
  orgName: string;
  orgNameEn: string;
}

export interface IntermediaryService {
  id: number;
  code: string;
  name: string;
  /** 设置依据. */
  basis: string;
  /** 实施机构 (资质要求). */
  provider: string;
  /** 收费依据/性质. */
  fee: string;
  powers: LinkedPower[];
}

async function linkedPowers(
  db: Kysely<unknown>,
  where: { serviceIds?: number[]; powerId?: number },
) {
  let query = (db as Db)
    .selectFrom('powersIntermediaryLinks as l')
    .innerJoin('powers as p', 'p.id', 'l.powerId')
    .innerJoin('accountsOrgs as o', 'o.id', 'p.orgId')
    .select(['l.serviceId', 'p.code', 'p.name', 'o.name as orgName', 'o.nameEn as orgNameEn'])
    .where('p.status', '<>', 'cancelled');
  if (where.serviceIds) query = query.where('l.serviceId', 'in', where.serviceIds);
  if (where.powerId !== undefined) query = query.where('l.powerId', '=', where.powerId);
  return query.orderBy('p.code').execute();
}

/** The whole list, by code, each service with the powers in force that may require it. */
export async function listIntermediaryServices(
  db: Kysely<unknown>,
): Promise<IntermediaryService[]> {
  const services = await (db as Db)
    .selectFrom('powersIntermediaryServices')
    .select(['id', 'code', 'name', 'basis', 'provider', 'fee'])
    .orderBy('code')
    .execute();
  if (services.length === 0) return [];
  const links = await linkedPowers(db, { serviceIds: services.map((s) => s.id) });
  return services.map((s) => ({
    ...s,
    powers: links
      .filter((l) => l.serviceId === s.id)
      .map(({ code, name, orgName, orgNameEn }) => ({ code, name, orgName, orgNameEn })),
  }));
}

/** The services on the list that a power may require (none: nothing may be demanded). */
export async function listIntermediariesOfPower(
  db: Kysely<unknown>,
  powerId: number,
): Promise<{ code: string; name: string }[]> {
  return (db as Db)
    .selectFrom('powersIntermediaryLinks as l')
    .innerJoin('powersIntermediaryServices as s', 's.id', 'l.serviceId')
    .select(['s.code', 's.name'])
    .where('l.powerId', '=', powerId)
    .orderBy('s.code')
    .execute();
}
