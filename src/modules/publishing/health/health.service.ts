/**
 * The site-health report (网站检查): the single-veto rules of 国办秘函〔2019〕19号 that the portal's
 * data decides, over the channels the reader sees, as of a local calendar date; plus advisory lists
 * (条例第26条 late publications, broken links). See health.model.ts for columns and thresholds.
 */
import type { Kysely } from 'kysely';
import { isLocalDate } from '../../../platform/calendar/index.ts';
import { localDateOf, type Clock } from '../../../platform/clock/index.ts';
import type { Actor } from '../../../platform/http/index.ts';
import { countUnansweredAppeals, listUnansweredAppeals } from '../../feedback/index.ts';
import { blankRequiredNodes, type FillStatus } from '../catalog/fill-status.ts';
import type { ItemType } from '../publishing.model.ts';
import { invalid } from '../workflow.ts';
import { ensureCanReadHealth, seesChannel, seesWholeCounty } from './health.access.ts';
import {
  columnStatus,
  daysBefore,
  homeTypes,
  monthsBefore,
  requiredTypes,
  staleCutoff,
  type ColumnStatus,
  type HealthRuleId,
  type HealthSettings,
} from './health.model.ts';
import {
  countUndated,
  lastHomeUpdate,
  listChannelColumns,
  listLateItems,
  type LateItem,
} from './health.queries.ts';
import { healthMessages } from './health.messages.ts';
import { readHealthSettings } from './health.settings.ts';
import { listBrokenLinks, type BrokenLinks } from './links.queries.ts';

export interface ColumnResult {
  channelId: number;
  channelCode: string;
  channelName: string;
  type: ItemType;
  required: boolean;
  lastPublishedOn: string | null;
  /** A publication on or before this date is too old (types with an update rule). */
  cutoff: string | null;
  status: ColumnStatus;
}

export type RuleStatus = 'pass' | 'fail' | 'unmeasurable';

export interface RuleResult {
  id: HealthRuleId;
  status: RuleStatus;
  /** How many findings, and from how many the rule is a veto (column rules). */
  count: number;
  limit?: number;
  /** The home rule: the newest publication and the cutoff. */
  lastPublishedOn?: string | null;
  cutoff?: string;
  columns?: ColumnResult[];
  items?: { id: number; title: string }[];
  /** The catalog rule: blank required categories, org × node. */
  nodes?: FillStatus[];
  /** The interaction rule: the oldest unanswered appeals (at most 20) and their cutoff. */
  appeals?: Awaited<ReturnType<typeof listUnansweredAppeals>>;
}

export interface HealthReport {
  asOf: string;
  wholeCounty: boolean;
  settings: HealthSettings;
  rules: RuleResult[];
  columns: ColumnResult[];
  /** 不合格 if any rule fails; incomplete while a rule cannot be measured. */
  verdict: 'fail' | 'incomplete' | 'pass';
  late: LateItem[];
  brokenLinks: BrokenLinks[];
}

/** Each channel's columns (required ones and any type with a publication) with their status. */
function evaluateColumns(
  channels: Awaited<ReturnType<typeof listChannelColumns>>,
  asOf: string,
  settings: HealthSettings,
): ColumnResult[] {
  const results: ColumnResult[] = [];
  for (const channel of channels) {
    const required = requiredTypes(channel.orgKind);
    const types = homeTypes.filter((t) => required.includes(t) || channel.last[t] !== undefined);
    for (const type of types) {
      const last = channel.last[type] ?? null;
      results.push({
        channelId: channel.channelId,
        channelCode: channel.code,
        channelName: channel.name,
        type,
        required: required.includes(type),
        lastPublishedOn: last,
        cutoff: staleCutoff(type, asOf, settings) ?? null,
        status: columnStatus(type, last, asOf, settings),
      });
    }
  }
  return results;
}

function countRule(id: HealthRuleId, columns: ColumnResult[], limit: number): RuleResult {
  // 国办秘函〔2019〕19号 单项否决 栏目不更新: ≥ 5 stale columns, or ≥ 5 blank columns.
  return {
    id,
    status: columns.length >= limit ? 'fail' : 'pass',
    count: columns.length,
    limit,
    columns,
  };
}

/**
 * 国办秘函〔2019〕19号 单项否决 互动回应差 (2): a valid message left unanswered for more than
 * `interactionMonths` months (default 3) — appeals that came through the site's channels (the public
 * form, its API, Open311), received before the cutoff and with no first reply by the day of the check.
 */
async function interactionRule(
  db: Kysely<unknown>,
  asOf: string,
  settings: HealthSettings,
  orgIds: number[] | undefined,
): Promise<RuleResult> {
  const cutoff = monthsBefore(asOf, settings.interactionMonths);
  const filter = { receivedBefore: cutoff, asOf, orgIds, channels: onlineChannels };
  const count = await countUnansweredAppeals(db, filter);
  return {
    id: 'interaction',
    status: count > 0 ? 'fail' : 'pass',
    count,
    cutoff,
    appeals: count > 0 ? await listUnansweredAppeals(db, filter, 20) : [],
  };
}

/** The channels that are the site's 政务咨询 column: messages left online (not calls or letters). */
const onlineChannels = ['web', 'api', 'open311'] as const;

/** The as-of date asked for (YYYY-MM-DD), or today in Asia/Shanghai; a validation error if bad. */
export function asOfDate(clock: Clock, value?: string): string {
  const text = (value ?? '').trim();
  if (text === '') return localDateOf(clock.now());
  if (!isLocalDate(text)) {
    throw invalid([{ field: 'asOf', message: 'publishingHealth.error.asOf' }], healthMessages);
  }
  return text;
}

/** The report as of `asOf` (YYYY-MM-DD, a local date) over the channels `actor` sees. */
export async function evaluateHealth(
  db: Kysely<unknown>,
  actor: Actor,
  asOf: string,
): Promise<HealthReport> {
  ensureCanReadHealth(actor);
  const settings = await readHealthSettings(db);
  const channels = (await listChannelColumns(db, asOf)).filter((c) =>
    seesChannel(actor, c.orgPath),
  );
  const channelIds = channels.map((c) => c.channelId);
  const columns = evaluateColumns(channels, asOf, settings);
  // 国办秘函〔2019〕19号 单项否决 首页不更新: no new information on the home page for 2 weeks.
  const homeLast = await lastHomeUpdate(db, homeTypes, asOf);
  const homeCutoff = daysBefore(asOf, settings.homeDays);
  const home: RuleResult = {
    id: 'home',
    status: homeLast !== null && homeLast > homeCutoff ? 'pass' : 'fail',
    count: homeLast !== null && homeLast > homeCutoff ? 0 : 1,
    lastPublishedOn: homeLast,
    cutoff: homeCutoff,
  };
  // 2017 普查: information without a publication date counts as not updated (RULES.md §5.2).
  const undatedItems = await countUndated(db, channelIds);
  const undated: RuleResult = {
    id: 'undated',
    status: undatedItems.length === 0 ? 'pass' : 'fail',
    count: undatedItems.length,
    items: undatedItems,
  };
  // 条例第20–21条 required categories, blank for an org (helper D's fill status).
  const orgIds = new Set(channels.map((c) => c.orgId));
  const blankNodes = (await blankRequiredNodes(db)).filter((n) => orgIds.has(n.orgId));
  const catalogBlank: RuleResult = {
    // 国办秘函〔2019〕19号 单项否决 栏目不更新 (3): ≥ 5 blank columns.
    id: 'catalogBlank',
    status: blankNodes.length >= settings.blankColumnsVeto ? 'fail' : 'pass',
    count: blankNodes.length,
    limit: settings.blankColumnsVeto,
    nodes: blankNodes,
  };
  const interaction = await interactionRule(
    db,
    asOf,
    settings,
    seesWholeCounty(actor) ? undefined : [...orgIds],
  );
  const rules = [
    home,
    countRule(
      'staleColumns',
      columns.filter((c) => c.status === 'stale'),
      settings.staleColumnsVeto,
    ),
    countRule(
      'blankColumns',
      columns.filter((c) => c.status === 'blank'),
      settings.blankColumnsVeto,
    ),
    catalogBlank,
    undated,
    interaction,
  ];
  const verdict = rules.some((r) => r.status === 'fail')
    ? 'fail'
    : rules.some((r) => r.status === 'unmeasurable')
      ? 'incomplete'
      : 'pass';
  return {
    asOf,
    wholeCounty: seesWholeCounty(actor),
    settings,
    rules,
    columns,
    verdict,
    // 条例第26条 (advisory): the last 12 months.
    late: await listLateItems(db, channelIds, monthsBefore(asOf, 12), asOf),
    brokenLinks: await listBrokenLinks(db, channelIds),
  };
}
