/**
 * 网站检查: the single-veto rules of 国办秘函〔2019〕19号 (RULES.md §5.2) that the portal's own data
 * can decide, and the dates they compare. All dates are local (Asia/Shanghai) calendar dates.
 *
 * Columns (栏目): a column is one channel × one type. The county government's channel must have
 * news, notices, policies, interpretations and bulletins; a department's or township's channel
 * news, notices and policies (国办发〔2017〕47号: 政务动态, 通知公告, 文件资料 on the one portal). A
 * required column with no published item is blank. Other types count as a column once they have a
 * published item. Pages (概况 etc.) are not columns.
 *
 * Staleness: a column is stale when the threshold has run out since its newest publication on or
 * before the as-of date: news `newsDays` days (14 = 2 weeks: published 14 days before the check is
 * stale, 13 days before is fresh); notices and policies `noticeMonths` / `policyMonths` calendar
 * months (6: on 2026-11-28 the newest must be after 2026-05-28; month ends are clamped, so 6
 * months before 08-31 is 02-28). The home page the same way with `homeDays` over every column.
 *
 * Catalog: a required category of the 政府信息公开目录 (条例第20–21条) with nothing published for an
 * org is a blank column of the 政府信息公开 section; those are counted as their own rule against the
 * same limit as blank columns (`blankColumnsVeto`, 19号: ≥ 5 blank columns).
 */
import type { ItemType } from '../publishing.model.ts';

export type HealthRuleId =
  'home' | 'staleColumns' | 'blankColumns' | 'catalogBlank' | 'undated' | 'interaction';
export const healthRuleIds: readonly HealthRuleId[] = [
  'home',
  'staleColumns',
  'blankColumns',
  'catalogBlank',
  'undated',
  'interaction',
];

export interface HealthSettings {
  homeDays: number;
  newsDays: number;
  noticeMonths: number;
  policyMonths: number;
  interactionMonths: number;
  staleColumnsVeto: number;
  blankColumnsVeto: number;
}

// 国办秘函〔2019〕19号 单项否决: 首页 2周; 动态要闻 2周, 通知公告/政策文件 6个月; 互动 3个月; 5个栏目.
export const defaultHealthSettings: HealthSettings = {
  homeDays: 14,
  newsDays: 14,
  noticeMonths: 6,
  policyMonths: 6,
  interactionMonths: 3,
  staleColumnsVeto: 5,
  blankColumnsVeto: 5,
};

/** The types the home page shows (not pages). */
export const homeTypes: readonly ItemType[] = [
  'news',
  'notice',
  'policy',
  'interpretation',
  'bulletin',
];

/** Columns every channel of this org kind must have (see the head of this file). */
export function requiredTypes(orgKind: string): readonly ItemType[] {
  return orgKind === 'government' ? homeTypes : ['news', 'notice', 'policy'];
}

export type ColumnStatus = 'fresh' | 'stale' | 'blank' | 'present';

const day = 24 * 60 * 60 * 1000;

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The calendar date `days` before `date`. */
export function daysBefore(date: string, days: number): string {
  return fromUtc(new Date(toUtc(date).getTime() - days * day));
}

/** The calendar date `months` calendar months before `date`, clamped to the month's end. */
export function monthsBefore(date: string, months: number): string {
  const d = toUtc(date);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return fromUtc(target);
}

/**
 * The latest date on which a publication makes a column of `type` stale at `asOf` (a publication on
 * or before it is too old); undefined for types without an update rule.
 */
export function staleCutoff(
  type: ItemType,
  asOf: string,
  settings: HealthSettings,
): string | undefined {
  if (type === 'news') return daysBefore(asOf, settings.newsDays);
  if (type === 'notice') return monthsBefore(asOf, settings.noticeMonths);
  if (type === 'policy') return monthsBefore(asOf, settings.policyMonths);
  return undefined;
}

/** A column's status at `asOf`, from its newest publication on or before that date. */
export function columnStatus(
  type: ItemType,
  lastPublishedOn: string | null,
  asOf: string,
  settings: HealthSettings,
): ColumnStatus {
  if (lastPublishedOn === null) return 'blank';
  const cutoff = staleCutoff(type, asOf, settings);
  if (cutoff === undefined) return 'present';
  return lastPublishedOn <= cutoff ? 'stale' : 'fresh';
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / day);
}
