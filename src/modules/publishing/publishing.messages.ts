import type { Catalog } from '../../platform/i18n/index.ts';

/** The publications' strings: field errors (each naming the field) and warnings. */
export const publishingMessages = {
  'zh-CN': {
    'publishing.error.channel': '“发布栏目”不存在，请选择一个栏目',
    'publishing.error.type': '“信息类型”无效，请选择新闻、通知公告、政策文件、政策解读、期刊或页面',
    'publishing.error.title': '“标题”须为 2 至 200 个字',
    'publishing.error.summary': '“内容概述”不能超过 1000 个字',
    'publishing.error.bodyHtml': '“正文”过长，请缩短或改用附件',
    'publishing.error.formedOn': '“信息形成或变更日期”须为有效日期（年-月-日），且不晚于今天',
    'publishing.error.docNumber': '政策文件须填写“文号”（不超过 100 个字）',
    'publishing.error.issuingOrg': '政策文件须选择“发文机关”',
    'publishing.error.writtenOn': '政策文件须填写“成文日期”（年-月-日），且不晚于今天',
    'publishing.error.subjectCategory': '“主题分类”不能超过 100 个字',
    'publishing.error.policy': '政策解读须关联一份已有的“所解读的政策文件”',
    'publishing.error.note': '“说明”不能超过 1000 个字',
    'publishing.error.withdrawnReason': '撤回须填写“撤回原因”（2 至 1000 个字）',
    'publishing.error.validity': '“效力状态”须为有效、已修改、已废止或已失效',
    'publishing.error.replacedBy': '“替代文件”须为另一份已有的政策文件',
    'publishing.error.scheduledAt': '“定时发布时间”须晚于现在',
    'publishing.error.sameApprover': '本栏目实行双人审核：审核人不能是起草人或提交人',
    'publishing.warning.late':
      '该信息自形成或变更之日起 {days} 个工作日后才公开，超过条例第二十六条规定的 20 个工作日',
  },
  en: {
    'publishing.error.channel': '“Channel” does not exist; choose a channel',
    'publishing.error.type':
      '“Type” is not valid; choose news, notice, policy, interpretation, bulletin or page',
    'publishing.error.title': '“Title” must be 2 to 200 characters',
    'publishing.error.summary': '“Summary” must be at most 1000 characters',
    'publishing.error.bodyHtml': '“Body” is too long; shorten it or attach a file',
    'publishing.error.formedOn':
      '“Date formed or changed” must be a valid date (YYYY-MM-DD), not later than today',
    'publishing.error.docNumber': 'A policy needs a “Document number” (at most 100 characters)',
    'publishing.error.issuingOrg': 'A policy needs an “Issuing organisation”',
    'publishing.error.writtenOn':
      'A policy needs a “Date written” (YYYY-MM-DD), not later than today',
    'publishing.error.subjectCategory': '“Subject category” must be at most 100 characters',
    'publishing.error.policy': 'An interpretation must link an existing “Policy interpreted”',
    'publishing.error.note': '“Note” must be at most 1000 characters',
    'publishing.error.withdrawnReason': 'Withdrawing needs a “Reason” (2 to 1000 characters)',
    'publishing.error.validity': '“Validity” must be valid, amended, repealed or expired',
    'publishing.error.replacedBy': '“Replaced by” must be another existing policy',
    'publishing.error.scheduledAt': '“Publish at” must be later than now',
    'publishing.error.sameApprover':
      'This channel has the two-person rule: the approver may not be the author or submitter',
    'publishing.warning.late':
      'Published {days} working days after the information was formed or changed, more than the 20 of Article 26 of the Regulations',
  },
} satisfies Catalog;
