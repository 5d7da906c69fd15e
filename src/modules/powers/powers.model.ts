/**
 * The words of the 权责清单 as values (RULES.md §8): the ten categories, the aliases early local
 * lists used, levels, statuses, adjustment kinds. Display names live in powers.messages.ts.
 */

/** 《辽宁省权责清单管理办法》: 行政许可…其他行政权力, in the official order (RULES.md §8.1). */
export const powerCategories = [
  'permit',
  'penalty',
  'coercion',
  'levy',
  'benefit',
  'inspection',
  'confirmation',
  'reward',
  'adjudication',
  'other',
] as const;

export type PowerCategory = (typeof powerCategories)[number];

/** The official Chinese name of each category, as lists and spreadsheets write it. */
export const categoryNames: Record<PowerCategory, string> = {
  permit: '行政许可',
  penalty: '行政处罚',
  coercion: '行政强制',
  levy: '行政征收',
  benefit: '行政给付',
  inspection: '行政检查',
  confirmation: '行政确认',
  reward: '行政奖励',
  adjudication: '行政裁决',
  other: '其他行政权力',
};

/** Prefixes of generated codes (许可 XK, 处罚 CF, …), as many provincial lists number them. */
export const categoryCodePrefixes: Record<PowerCategory, string> = {
  permit: 'XK',
  penalty: 'CF',
  coercion: 'QZ',
  levy: 'ZS',
  benefit: 'JF',
  inspection: 'JC',
  confirmation: 'QR',
  reward: 'JL',
  adjudication: 'CJ',
  other: 'QT',
};

// RULES.md §8.1: some early local lists wrote 行政审批 for 行政许可 and 行政监督 for 行政检查.
const categoryAliases: Record<string, PowerCategory> = {
  行政审批: 'permit',
  行政监督: 'inspection',
  其他权力: 'other',
  其它行政权力: 'other',
};

/** A category from its Chinese name, an alias or its code name; undefined if none. */
export function categoryFromText(text: string): PowerCategory | undefined {
  const value = text.trim();
  if ((powerCategories as readonly string[]).includes(value)) return value as PowerCategory;
  const official = powerCategories.find((c) => categoryNames[c] === value);
  return official ?? categoryAliases[value];
}

export const powerLevels = ['county', 'township'] as const;
export type PowerLevel = (typeof powerLevels)[number];

/** 行使层级 as the spreadsheet writes it. */
export const levelNames: Record<PowerLevel, string> = { county: '县级', township: '乡镇（街道）' };

export function levelFromText(text: string): PowerLevel | undefined {
  const value = text.trim();
  if (value === '' || value === '县级' || value === '县' || value === 'county') return 'county';
  if (['乡镇', '乡镇级', '乡镇（街道）', '乡镇(街道)', 'township'].includes(value))
    return 'township';
  return undefined;
}

export const powerStatuses = ['active', 'cancelled', 'delegated'] as const;
export type PowerStatus = (typeof powerStatuses)[number];

export const statusNames: Record<PowerStatus, string> = {
  active: '有效',
  cancelled: '已取消',
  delegated: '已下放乡镇',
};

export function statusFromText(text: string): PowerStatus | undefined {
  const value = text.trim();
  if (value === '' || value === '有效' || value === '在用') return 'active';
  return (
    powerStatuses.find((s) => s === value || statusNames[s] === value) ??
    (value === '取消' ? 'cancelled' : value === '下放' ? 'delegated' : undefined)
  );
}

/** 新增 / 调整 / 取消 / 下放 (GLOSSARY: add, amend, cancel, delegate). */
export const adjustmentKinds = ['add', 'amend', 'cancel', 'delegate'] as const;
export type AdjustmentKind = (typeof adjustmentKinds)[number];

/** One stage's responsibility (责任事项 of 《辽宁省权责清单管理办法》第8条: one per stage). */
export interface Responsibility {
  stage: string;
  text: string;
}

/** The laws a basis cites: every 《…》 title, once, in order of first mention. */
export function lawsCited(basis: string): string[] {
  const found = basis.match(/《[^《》]{1,80}》/g) ?? [];
  return [...new Set(found)];
}

/** 责任事项 as text: one stage a line, "阶段：内容" (the shape counties keep in one cell). */
export function formatResponsibilities(items: readonly Responsibility[]): string {
  return items.map((r) => (r.text ? `${r.stage}：${r.text}` : r.stage)).join('\n');
}

/** The inverse of formatResponsibilities; a line without a colon is a stage with no text. */
export function parseResponsibilities(text: string): Responsibility[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^([^：:]{1,30})[：:](.*)$/.exec(line);
      return match
        ? { stage: match[1]!.trim(), text: match[2]!.trim() }
        : { stage: line, text: '' };
    });
}
