import type { Catalog } from '../../../platform/i18n/index.ts';

/** Duplicates (issue 9 §6): the staff page, the merge form, its errors and the submitter's message. */
export const duplicatesMessages = {
  'zh-CN': {
    'feedbackDuplicates.title': '疑似重复诉求',
    'feedbackDuplicates.intro':
      '以下办理中的诉求疑似重复：同一提交人（联系方式相同），或内容高度相似（相似度不低于 {threshold}）且地点相同。合并后，被合并诉求停止计时，其提交人将收到通知，并在主诉求答复、办结时一并获知结果。',
    'feedbackDuplicates.none': '目前没有疑似重复的诉求。',
    'feedbackDuplicates.caption': '疑似重复的诉求（共 {count} 对）',
    'feedbackDuplicates.first': '较早的诉求',
    'feedbackDuplicates.second': '较晚的诉求',
    'feedbackDuplicates.why': '疑似原因',
    'feedbackDuplicates.why.contact': '同一提交人',
    'feedbackDuplicates.why.text': '内容相似且地点相同',
    'feedbackDuplicates.similarity': '相似度',
    'feedbackDuplicates.received': '收到日期',
    'feedbackDuplicates.action': '合并',
    'feedbackDuplicates.mergeInto': '将 {number} 合并至 {into}',
    'feedbackDuplicates.reason': '合并说明（可选）',
    'feedbackDuplicates.merged': '已将诉求 {number} 合并至 {into}。',
    'feedbackDuplicates.event.merged': '已合并至诉求 {into}',
    'feedbackDuplicates.event.mergedIn': '诉求 {from} 已合并至本诉求',
    'feedbackDuplicates.checkpoint': '合并至 {into}',
    'feedbackDuplicates.notice.subject': '您的诉求已合并办理',
    'feedbackDuplicates.notice.body':
      '您提交的诉求 {number} 与诉求 {into} 反映的是同一问题，已合并至诉求 {into} 一并办理；答复和办结情况将一并告知您。',
    'feedbackDuplicates.error.number': '请选择要合并的诉求',
    'feedbackDuplicates.error.into': '请填写要合并到的诉求编号（如 FK20260930123456）',
    'feedbackDuplicates.error.reason': '合并说明不能超过 500 个字',
    'feedbackDuplicates.error.self': '不能将诉求合并到其自身',
    'feedbackDuplicates.error.intoMissing': '没有这个诉求编号',
  },
  en: {
    'feedbackDuplicates.title': 'Possible duplicate appeals',
    'feedbackDuplicates.intro':
      'These open appeals look alike: the same submitter (the same contact), or near-identical text (similarity at least {threshold}) about the same place. A merged appeal’s clocks stop; its submitter is told, and hears of the main appeal’s reply and close.',
    'feedbackDuplicates.none': 'No possible duplicates at the moment.',
    'feedbackDuplicates.caption': 'Possible duplicates ({count} pairs)',
    'feedbackDuplicates.first': 'Earlier appeal',
    'feedbackDuplicates.second': 'Later appeal',
    'feedbackDuplicates.why': 'Why',
    'feedbackDuplicates.why.contact': 'Same submitter',
    'feedbackDuplicates.why.text': 'Similar text, same place',
    'feedbackDuplicates.similarity': 'Similarity',
    'feedbackDuplicates.received': 'Received',
    'feedbackDuplicates.action': 'Merge',
    'feedbackDuplicates.mergeInto': 'Merge {number} into {into}',
    'feedbackDuplicates.reason': 'Reason (optional)',
    'feedbackDuplicates.merged': 'Appeal {number} was merged into {into}.',
    'feedbackDuplicates.event.merged': 'Merged into appeal {into}',
    'feedbackDuplicates.event.mergedIn': 'Appeal {from} was merged into this one',
    'feedbackDuplicates.checkpoint': 'Merged into {into}',
    'feedbackDuplicates.notice.subject': 'Your appeal has been merged',
    'feedbackDuplicates.notice.body':
      'Your appeal {number} raises the same matter as appeal {into} and has been merged into it; you will be told of its reply and close.',
    'feedbackDuplicates.error.number': 'Choose the appeal to merge',
    'feedbackDuplicates.error.into':
      'Enter the tracking number to merge into (e.g. FK20260930123456)',
    'feedbackDuplicates.error.reason': 'The reason must be at most 500 characters',
    'feedbackDuplicates.error.self': 'An appeal cannot be merged into itself',
    'feedbackDuplicates.error.intoMissing': 'No appeal has this tracking number',
  },
} satisfies Catalog;
