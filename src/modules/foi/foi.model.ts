/** The words of the 条例 and of the annual report form, as the software's values (RULES.md §1, §2). */

/** Applicant types: the annual report's columns (国办公开办函〔2021〕30号). */
export const applicantTypes = [
  'person',
  'business',
  'research',
  'publicWelfare',
  'legalService',
  'other',
] as const;
export type ApplicantType = (typeof applicantTypes)[number];

/** The report's column headings, in the form's order, for each applicant type, then 总计. */
export const applicantColumns: Record<ApplicantType, string> = {
  person: '自然人',
  business: '商业企业',
  research: '科研机构',
  publicWelfare: '社会公益组织',
  legalService: '法律服务机构',
  other: '其他',
};

export const idTypes = ['resident_id', 'passport', 'credit_code', 'other'] as const;
export type IdType = (typeof idTypes)[number];

export const requestForms = ['paper', 'electronic'] as const;
export const deliveries = ['pickup', 'post', 'email', 'online'] as const;
/** 条例第31条: the channel decides the day of receipt. */
export const channels = ['online', 'in_person', 'post', 'fax', 'email'] as const;
export type Channel = (typeof channels)[number];

export const requestStates = [
  'open',
  'awaiting_correction',
  'consulting',
  'awaiting_fee',
  'replied',
  'delivered',
  'archived',
] as const;
export type RequestState = (typeof requestStates)[number];

/**
 * The reply outcomes: exactly the annual report's rows (RULES.md §1.4), group and item joined by
 * a dot. 条例第36条; the three 其他处理 items are marked [K/U] in RULES.md.
 */
export const outcomeGroups = [
  { group: '予以公开', label: '（一）予以公开', items: [] },
  {
    group: '部分公开',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    items: [],
  },
  {
    group: '不予公开',
    label: '（三）不予公开',
    items: [
      '属于国家秘密',
      '其他法律行政法规禁止公开',
      '危及"三安全一稳定"',
      '保护第三方合法权益',
      '属于三类内部事务信息',
      '属于四类过程性信息',
      '属于行政执法案卷',
      '属于行政查询事项',
    ],
  },
  {
    group: '无法提供',
    label: '（四）无法提供',
    items: ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确'],
  },
  {
    group: '不予处理',
    label: '（五）不予处理',
    items: [
      '信访举报投诉类申请',
      '重复申请',
      '要求提供公开出版物',
      '无正当理由大量反复申请',
      '要求行政机关确认或重新出具已获取信息',
    ],
  },
  {
    group: '其他处理',
    label: '（六）其他处理',
    items: [
      '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '其他',
    ],
  },
] as const;

export const outcomes: string[] = outcomeGroups.flatMap((g) =>
  g.items.length === 0 ? [g.group] : g.items.map((item) => `${g.group}.${item}`),
);

export const correctionLapsedOutcome = `其他处理.${outcomeGroups[5].items[0]}`;
export const feeLapsedOutcome = `其他处理.${outcomeGroups[5].items[1]}`;

export function isOutcome(value: string): boolean {
  return outcomes.includes(value);
}
