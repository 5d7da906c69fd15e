/**
 * Demo publications over two years (January of last year to the seeding day): the showcase through
 * the workflow services (an officer drafts, another approves, the county office publishes — the
 * two-person rule holds), and routine news and notices as an archive import. Deterministic for a
 * given day; idempotent (skips when the registration reform policy exists).
 */
import { sql, type Kysely } from 'kysely';
import { loadCalendar } from '../../../platform/calendar/index.ts';
import { localDateOf, type Clock } from '../../../platform/clock/index.ts';
import { systemContext, type ActionContext, type Grant } from '../../../platform/http/index.ts';
import type { Seeder } from '../../../platform/seed/index.ts';
import { ensureChannels } from '../channels.service.ts';
import { setPolicyValidity, startNewEdition } from '../editions.service.ts';
import { approveItem, editDraft, submitItem } from '../items.service.ts';
import { publishItem } from '../publish.service.ts';
import { listChannels, type Channel } from '../publishing.queries.ts';
import type { PublishingTables } from '../publishing.tables.ts';
import { importArchive, type ArchiveItem } from './demo-archive.ts';
import {
  archiveChannels,
  demoPages,
  otherPolicies,
  paragraphs,
  registrationPolicy,
  repealedPolicy,
  templatedItem,
  type DemoPolicy,
} from './demo-content.ts';
import { publishThrough, type Crew } from './publish-through.ts';

/** Routine news and notices imported over the two years. */
export const archiveCount = 240;

/** A demo user as an action context (with their grants), or the system when the user is missing. */
export async function demoUser(db: Kysely<unknown>, username: string): Promise<ActionContext> {
  const { rows } = await sql<{ id: number; displayName: string } & Grant>`
    select u.id, u.display_name, g.role, g.org_id, o.code as org_code, o.path as org_path
    from accounts_users u
    join accounts_role_grants g on g.user_id = u.id
    join accounts_orgs o on o.id = g.org_id
    where u.username = ${username}`.execute(db);
  if (rows.length === 0) return systemContext(`seed-demo:${username}`);
  const grants = rows.map((r) => ({
    role: r.role,
    orgId: Number(r.orgId),
    orgCode: r.orgCode,
    orgPath: r.orgPath,
  }));
  return {
    actor: {
      kind: 'user',
      id: Number(rows[0]!.id),
      name: rows[0]!.displayName,
      grants,
      scopes: [],
      mustChangePassword: false,
    },
    requestId: null,
    clientIp: null,
  };
}

function shiftDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 10:00 in China on a local date. */
const morningOf = (date: string) => new Date(`${date}T10:00:00+08:00`);

interface Plan {
  db: Kysely<unknown>;
  today: string;
  firstYear: number;
  channels: Map<string, Channel>;
  crew: Crew;
  /** Crews by channel code for the departments with their own officer (民政局, 教育局). */
  crews: Map<string, Crew>;
}

function dateOf(plan: Plan, month: number, day: number): string {
  return new Date(Date.UTC(plan.firstYear, month, day)).toISOString().slice(0, 10);
}

function crewOf(plan: Plan, channel: string): Crew {
  return plan.crews.get(channel) ?? plan.crew;
}

function channelId(plan: Plan, code: string): number {
  const channel = plan.channels.get(code);
  if (!channel) throw new Error(`demo channel ${code} missing`);
  return Number(channel.id);
}

async function publishPolicy(plan: Plan, p: DemoPolicy): Promise<number | undefined> {
  const publishedOn = dateOf(plan, p.month, p.day);
  if (publishedOn > plan.today) return undefined;
  const formedOn = shiftDays(publishedOn, -6);
  const year = publishedOn.slice(0, 4);
  const docNumber = p.docNumber.replace(/\{y[12]\}/, year);
  // 清政发/清政办发 are the county government's documents; others the department's own.
  const issuer = plan.channels.get(p.docNumber.startsWith('清政') ? '210423' : p.channel)!;
  const id = await publishThrough(
    plan.db,
    crewOf(plan, p.channel),
    {
      channelId: channelId(plan, p.channel),
      type: 'policy',
      title: p.title,
      summary: `${docNumber} ${p.title}`,
      bodyHtml: paragraphs(p.paragraphs),
      formedOn,
      docNumber,
      issuingOrgId: Number(issuer.orgId),
      writtenOn: formedOn,
      subjectCategory: p.subject,
    },
    morningOf(publishedOn),
  );
  const readOn = shiftDays(publishedOn, 2);
  if (p.interpretation && readOn <= plan.today) {
    await publishThrough(
      plan.db,
      crewOf(plan, p.interpretation.channel),
      {
        channelId: channelId(plan, p.interpretation.channel),
        type: 'interpretation',
        title: p.interpretation.title,
        summary: `对${docNumber}的解读`,
        bodyHtml: paragraphs(p.interpretation.paragraphs),
        formedOn: publishedOn,
        policyId: id,
      },
      morningOf(readOn),
    );
  }
  return id;
}

/** The policies: the repealed registration rules, the 五证合一 reform replacing them, the others; one new edition. */
async function seedPolicies(plan: Plan): Promise<void> {
  const old = await publishPolicy(plan, repealedPolicy);
  const reform = await publishPolicy(plan, registrationPolicy);
  if (old !== undefined && reform !== undefined) {
    const on = dateOf(plan, registrationPolicy.month, registrationPolicy.day);
    await setPolicyValidity(plan.db, { now: () => morningOf(on) }, plan.crew.publisher, old, {
      validity: 'repealed',
      replacedById: reform,
    });
  }
  const ids = new Map<string, number>();
  for (const p of otherPolicies) {
    const id = await publishPolicy(plan, p);
    if (id !== undefined) ids.set(p.key, id);
  }
  // 优化营商环境若干措施 revised a year on: the first edition stays reachable, superseded.
  const first = ids.get('yingshang');
  const revisedOn = dateOf(plan, 19, 5);
  if (first !== undefined && revisedOn <= plan.today) {
    const clock: Clock = { now: () => morningOf(revisedOn) };
    const { author, approver, publisher } = plan.crew;
    const draft = await startNewEdition(plan.db, clock, author, first);
    const policy = otherPolicies.find((p) => p.key === 'yingshang')!;
    const docNumber = `清政发〔${revisedOn.slice(0, 4)}〕24号`;
    await editDraft(plan.db, clock, author, draft.id, {
      title: `${policy.title}（修订）`,
      summary: `${docNumber} ${policy.title}（修订）`,
      bodyHtml: paragraphs([...policy.paragraphs, '四、本措施修订后自印发之日起施行。']),
      formedOn: revisedOn,
      docNumber,
      issuingOrgId: Number(plan.channels.get('210423')!.orgId),
      writtenOn: revisedOn,
      subjectCategory: policy.subject,
    });
    await submitItem(plan.db, clock, author, draft.id);
    await approveItem(plan.db, clock, approver, draft.id);
    await publishItem(plan.db, clock, publisher, draft.id);
  }
}

/** 《清原政务信息》 quarterly issues, the profile pages, and notices by the departments' own officers. */
async function seedOthers(plan: Plan): Promise<void> {
  for (let quarter = 0; quarter < 8; quarter++) {
    const on = dateOf(plan, quarter * 3 + 2, 25);
    if (on > plan.today) break;
    const year = on.slice(0, 4);
    const issue = (quarter % 4) + 1;
    await publishThrough(
      plan.db,
      plan.crew,
      {
        channelId: channelId(plan, 'xzfb'),
        type: 'bulletin',
        title: `《清原政务信息》${year}年第${issue}期`,
        summary: `县人民政府办公室编印，${year}年第${issue}期（总第${quarter + 1}期）。`,
        bodyHtml: paragraphs([
          '本期要目：',
          '一、全县重点工作推进情况；二、各乡镇、各部门工作动态；三、政务公开工作情况。',
        ]),
        formedOn: shiftDays(on, -3),
      },
      morningOf(on),
    );
  }
  for (const page of demoPages) {
    const on = dateOf(plan, 0, 6);
    await publishThrough(
      plan.db,
      plan.crew,
      {
        channelId: channelId(plan, page.channel),
        type: 'page',
        title: page.title,
        bodyHtml: paragraphs(page.paragraphs),
        formedOn: on,
      },
      morningOf(on),
    );
  }
  const staffed = [...plan.crews.keys()];
  for (let n = 0; n < 8; n++) {
    const code = staffed[n % staffed.length]!;
    const on = dateOf(plan, 1 + n * 2, 12 + n);
    if (on > plan.today) break;
    const channel = plan.channels.get(code)!;
    const item = templatedItem(n * 3 + 2, channel.name, on.slice(0, 4));
    await publishThrough(
      plan.db,
      crewOf(plan, code),
      { channelId: Number(channel.id), ...item, formedOn: shiftDays(on, -2) },
      morningOf(on),
    );
  }
}

/** The routine news and notices, spread evenly from the start of the period to today. */
function archiveItems(plan: Plan, now: Date): ArchiveItem[] {
  const start = dateOf(plan, 0, 3);
  const span = Math.round(
    (Date.parse(`${plan.today}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000,
  );
  const items: ArchiveItem[] = [];
  for (let k = 0; k < archiveCount; k++) {
    const publishedOn = shiftDays(start, Math.floor((span * k) / (archiveCount - 1)));
    const channel = plan.channels.get(archiveChannels[(k * 7) % archiveChannels.length]!)!;
    const at = morningOf(publishedOn);
    items.push({
      channel,
      ...templatedItem(k, channel.name, publishedOn.slice(0, 4)),
      formedOn: shiftDays(publishedOn, -(k % 4)),
      publishedOn,
      at: at > now ? now : at,
    });
  }
  return items;
}

export const demoPublishingSeeder: Seeder = {
  name: 'publishing.demo',
  after: ['accounts.orgs', 'accounts.users'],
  async run({ db, clock, notes }) {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from publishing_items where title like '%五证合一%'`.execute(db);
    if ((rows[0]?.n ?? 0) > 0) return;
    await ensureChannels(db, clock);
    const channels = new Map((await listChannels(db)).map((c) => [c.code, c]));
    const gongkai = await demoUser(db, 'gongkai');
    const lingdao = await demoUser(db, 'lingdao');
    const crew: Crew = { author: gongkai, approver: lingdao, publisher: gongkai };
    const crews = new Map<string, Crew>([
      ['mzj', { author: await demoUser(db, 'minzheng'), approver: gongkai, publisher: gongkai }],
      ['jyj', { author: await demoUser(db, 'jiaoyu'), approver: lingdao, publisher: gongkai }],
    ]);
    const today = localDateOf(clock.now());
    const plan: Plan = {
      db,
      today,
      firstYear: Number(today.slice(0, 4)) - 1,
      channels,
      crew,
      crews,
    };
    await seedPolicies(plan);
    await seedOthers(plan);
    const archive = await importArchive(
      db,
      await loadCalendar(db),
      gongkai,
      archiveItems(plan, clock.now()),
    );
    const { n } = await (db as Kysely<PublishingTables>)
      .selectFrom('publishingItems')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('state', 'in', ['published', 'superseded'])
      .executeTakeFirstOrThrow();
    notes.push(`主动公开演示信息 Demo publications: ${n}（其中历史导入 ${archive.length}）`);
  },
};
