import { defineMessages } from '../../platform/i18n/index.ts';

/** The public application form (条例第29条), its receipt, and the status pages. */
export const foiPublicMessages = defineMessages(
  {
    'foiPublic.apply.title': '申请政府信息公开',
    'foiPublic.apply.intro':
      '您可以在这里向{government}书面申请获取政府信息（《中华人民共和国政府信息公开条例》第二十九条）。',
    'foiPublic.next.title': '提交之后会怎样',
    'foiPublic.next.receipt':
      '提交后，页面会显示受理编号和查询码。请记下这两项，凭它们查询办理进度。',
    'foiPublic.next.deadline':
      '我们自收到申请之日起 20 个工作日内答复您（条例第三十三条）。收到申请的当天、周末和法定节假日不计算在内。',
    'foiPublic.next.extension':
      '确需延长的，经政府信息公开工作机构负责人同意，最多延长 20 个工作日，并会告知您。征求第三方或其他机关意见的时间不计算在内。',
    'foiPublic.next.correction':
      '申请内容不明确的，我们会在 7 个工作日内一次性告知您需要补正的内容；补正后重新计算答复期限（条例第三十条）。',
    'foiPublic.next.fee':
      '一般不收费。只有申请的数量、频次明显超过合理范围时，才可能收取信息处理费，收费前会书面通知您（条例第四十二条）。',
    'foiPublic.privacy': '个人信息保护：您的证件号码和联系电话只用于办理本申请，不会公开。',
    'foiPublic.apply.required': '标明“选填”的可以不填，其余各项都要填写。',
    'foiPublic.apply.applicant': '申请人信息',
    'foiPublic.apply.applicantType': '申请人类型',
    'foiPublic.apply.applicantTypeHint': '以个人名义申请的，请选择“自然人”。',
    'foiPublic.apply.organisation': '法人或其他组织',
    'foiPublic.apply.name': '姓名或名称',
    'foiPublic.apply.nameHint': '个人填写姓名；法人或其他组织填写全称。',
    'foiPublic.apply.idType': '证件类型',
    'foiPublic.apply.idTypeHint':
      '个人请选择居民身份证、护照或其他证件；法人或其他组织请选择统一社会信用代码或其他证件。',
    'foiPublic.apply.idNumber': '证件号码',
    'foiPublic.apply.idNumberHint': '用于确认申请人身份，不会公开。',
    'foiPublic.apply.file': '身份证明材料（选填）',
    'foiPublic.apply.fileHint':
      '身份证或营业执照的扫描件，PDF、JPEG 或 PNG，不超过 5 MB。只用于确认申请人身份，不会公开。',
    'foiPublic.apply.fileAgain': '您之前选择的文件没有提交。如需提供，请重新选择。',
    'foiPublic.file.empty': '身份证明材料：所选文件是空的，请重新选择',
    'foiPublic.file.tooLarge': '身份证明材料：文件超过 {maxMb} MB，请选择较小的扫描件',
    'foiPublic.file.notAllowed':
      '身份证明材料：只接受 PDF、JPEG 或 PNG 文件，所选文件的内容不是其中任何一种',
    'foiPublic.file.disguised':
      '身份证明材料：文件名是 {extension}，内容却不是 {claimed} 文件，请选择真实的扫描件',
    'foiPublic.file.mismatch':
      '身份证明材料：文件名是 {extension}，内容却是 {actual} 文件，请选择文件名与内容一致的文件',
    'foiPublic.apply.phone': '联系电话',
    'foiPublic.apply.phoneHint': '手机或固定电话，便于我们联系您。不会公开。',
    'foiPublic.apply.email': '电子邮箱（选填）',
    'foiPublic.apply.emailHint': '选择通过电子邮件获取的，必须填写。',
    'foiPublic.apply.address': '通信地址（选填）',
    'foiPublic.apply.addressHint': '选择邮寄的，必须填写。',
    'foiPublic.apply.information': '所需政府信息',
    'foiPublic.apply.description': '所需信息的名称或内容描述',
    'foiPublic.apply.descriptionHint':
      '请尽量写明文件名称、制作机关、大致时间或内容特征，便于我们查找。',
    'foiPublic.apply.documentNumber': '文号（选填）',
    'foiPublic.apply.documentNumberHint': '知道的话请填写，例如：某政发〔2025〕1号。',
    'foiPublic.apply.obtaining': '提供形式和获取方式',
    'foiPublic.apply.format': '所需信息的提供形式',
    'foiPublic.apply.delivery': '获取方式',
    'foiPublic.apply.deliveryHint': '选择邮寄的请填写通信地址，选择电子邮件的请填写电子邮箱。',
    'foiPublic.apply.submit': '提交申请',
    'foiPublic.apply.statusLink': '已经提交过申请？查询办理进度',
    'foiPublic.receipt.title': '申请已提交',
    'foiPublic.receipt.lead': '我们已收到您的政府信息公开申请。',
    'foiPublic.receipt.trackingNumber': '受理编号',
    'foiPublic.receipt.accessCode': '查询码',
    'foiPublic.receipt.writeDown':
      '请现在就记下受理编号和查询码（可以抄写、截图或打印本页）。查询码只在这里显示这一次：我们不保存查询码原文，之后无法找回。',
    'foiPublic.receipt.receivedOn': '收到申请日期',
    'foiPublic.receipt.dueOn': '最晚答复日期',
    'foiPublic.receipt.statusLink': '查询办理进度',
    'foiPublic.provisional': '暂定',
    'foiPublic.provisionalNote':
      '暂定：期限所在年份的放假安排尚未公布，目前按法定节假日推算，公布后可能调整。',
    'foiPublic.status.title': '查询申请办理进度',
    'foiPublic.status.intro': '请输入提交申请时页面显示的受理编号和查询码。',
    'foiPublic.status.trackingNumber': '受理编号',
    'foiPublic.status.trackingNumberHint': '例如：2026-1234-5678',
    'foiPublic.status.accessCode': '查询码',
    'foiPublic.status.accessCodeHint': '8 位字母和数字，不区分大小写。',
    'foiPublic.status.submit': '查询',
    'foiPublic.status.lost': '查询码无法找回。如需了解办理情况，请联系本机关政府信息公开工作机构。',
    'foiPublic.status.notFound': '受理编号或查询码不正确，请核对后重新输入。',
    'foiPublic.status.error.trackingNumber': '受理编号：请填写，例如 2026-1234-5678',
    'foiPublic.status.error.accessCode': '查询码：请填写提交申请时显示的 8 位查询码',
    'foiPublic.status.resultTitle': '申请办理进度',
    'foiPublic.status.state': '办理状态',
    'foiPublic.status.receivedOn': '收到申请日期',
    'foiPublic.status.dueOn': '最晚答复日期',
    'foiPublic.status.paused':
      '计时暂停中：等待补正、征求意见或等待缴费的时间不计入答复期限，恢复计时后重新确定日期。',
    'foiPublic.status.repliedOn': '答复日期',
    'foiPublic.status.outcome': '答复结果',
    'foiPublic.status.replyText': '答复内容',
    'foiPublic.status.timeline': '办理经过',
    'foiPublic.status.remedies':
      '如对答复不服，可以自知道之日起 60 日内申请行政复议，或者自知道之日起 6 个月内向人民法院提起行政诉讼。',
    'foiPublic.status.another': '查询其他申请',
    'foiPublic.status.apply': '提出新的申请',
    'foiPublic.party.third_party': '第三方',
    'foiPublic.party.other_agency': '其他机关',
    'foiPublic.outcome.disclosed': '予以公开',
    'foiPublic.outcome.partlyDisclosed': '部分公开',
    'foiPublic.outcome.withheld.stateSecret': '不予公开：属于国家秘密',
    'foiPublic.outcome.withheld.prohibitedByLaw': '不予公开：其他法律行政法规禁止公开',
    'foiPublic.outcome.withheld.securityStability': '不予公开：危及“三安全一稳定”',
    'foiPublic.outcome.withheld.thirdParty': '不予公开：保护第三方合法权益',
    'foiPublic.outcome.withheld.internalAffairs': '不予公开：属于三类内部事务信息',
    'foiPublic.outcome.withheld.processInformation': '不予公开：属于四类过程性信息',
    'foiPublic.outcome.withheld.enforcementFile': '不予公开：属于行政执法案卷',
    'foiPublic.outcome.withheld.queryMatter': '不予公开：属于行政查询事项',
    'foiPublic.outcome.unavailable.notHeld': '无法提供：本机关不掌握相关政府信息',
    'foiPublic.outcome.unavailable.needsCreation': '无法提供：没有现成信息需要另行制作',
    'foiPublic.outcome.unavailable.stillUnclear': '无法提供：补正后申请内容仍不明确',
    'foiPublic.outcome.notProcessed.complaint': '不予处理：信访举报投诉类申请',
    'foiPublic.outcome.notProcessed.repeated': '不予处理：重复申请',
    'foiPublic.outcome.notProcessed.publication': '不予处理：要求提供公开出版物',
    'foiPublic.outcome.notProcessed.excessive': '不予处理：无正当理由大量反复申请',
    'foiPublic.outcome.notProcessed.confirmation': '不予处理：要求行政机关确认或重新出具已获取信息',
    'foiPublic.outcome.other.correctionLapsed':
      '其他处理：申请人无正当理由逾期不补正，行政机关不再处理该申请',
    'foiPublic.outcome.other.feeLapsed':
      '其他处理：申请人逾期未按收费通知要求缴纳费用，行政机关不再处理该申请',
    'foiPublic.outcome.other.other': '其他处理',
  },
  {
    'foiPublic.apply.title': 'Request government information',
    'foiPublic.apply.intro':
      'Here you can ask the {government} in writing for government information (Regulations on the Disclosure of Government Information, Article 29).',
    'foiPublic.next.title': 'What happens after you send it',
    'foiPublic.next.receipt':
      'The next page shows a tracking number and an access code. Write both down: you need them to follow your request.',
    'foiPublic.next.deadline':
      'We reply within 20 working days of receiving your request (Article 33). The day of receipt, weekends and public holidays do not count.',
    'foiPublic.next.extension':
      'If more time is truly needed, the head of the disclosure office may extend this by at most 20 working days, and we will tell you. Time spent consulting a third party or another agency does not count.',
    'foiPublic.next.correction':
      'If your request is unclear, we tell you once, within 7 working days, what to add; the time limit then starts again from your correction (Article 30).',
    'foiPublic.next.fee':
      'There is normally no fee. A processing fee can only be charged when the number or frequency of requests clearly goes beyond a reasonable range, and you are told in writing first (Article 42).',
    'foiPublic.privacy':
      'Your privacy: your ID number and phone number are used only to handle this request and are never published.',
    'foiPublic.apply.required':
      'Fields marked “optional” may be left empty; all others are needed.',
    'foiPublic.apply.applicant': 'About you',
    'foiPublic.apply.applicantType': 'You are applying as',
    'foiPublic.apply.applicantTypeHint': 'If you apply for yourself, choose “Person”.',
    'foiPublic.apply.organisation': 'An organisation',
    'foiPublic.apply.name': 'Name',
    'foiPublic.apply.nameHint': 'Your name, or the organisation’s full name.',
    'foiPublic.apply.idType': 'ID document',
    'foiPublic.apply.idTypeHint':
      'A person: resident ID, passport or another document. An organisation: unified social credit code or another document.',
    'foiPublic.apply.idNumber': 'ID number',
    'foiPublic.apply.idNumberHint': 'To confirm who is applying. Never published.',
    'foiPublic.apply.file': 'Proof of identity (optional)',
    'foiPublic.apply.fileHint':
      'A scan of your ID card or business licence: PDF, JPEG or PNG, at most 5 MB. Used only to confirm who is applying; never published.',
    'foiPublic.apply.fileAgain':
      'The file you chose before was not sent. To include it, choose it again.',
    'foiPublic.file.empty': 'Proof of identity: the file chosen is empty. Choose it again',
    'foiPublic.file.tooLarge':
      'Proof of identity: the file is larger than {maxMb} MB. Choose a smaller scan',
    'foiPublic.file.notAllowed':
      'Proof of identity: only PDF, JPEG or PNG files are accepted, and this file’s content is none of them',
    'foiPublic.file.disguised':
      'Proof of identity: the file is named {extension}, but its content is not {claimed}. Choose the real scan',
    'foiPublic.file.mismatch':
      'Proof of identity: the file is named {extension}, but its content is {actual}. Choose a file whose name matches its content',
    'foiPublic.apply.phone': 'Phone',
    'foiPublic.apply.phoneHint': 'Mobile or landline, so we can reach you. Never published.',
    'foiPublic.apply.email': 'Email (optional)',
    'foiPublic.apply.emailHint': 'Needed if you want the information by email.',
    'foiPublic.apply.address': 'Postal address (optional)',
    'foiPublic.apply.addressHint': 'Needed if you want the information by post.',
    'foiPublic.apply.information': 'The information you want',
    'foiPublic.apply.description': 'Name or description of the information',
    'foiPublic.apply.descriptionHint':
      'Give the document’s title, the agency that made it, roughly when, or what it is about, so that we can find it.',
    'foiPublic.apply.documentNumber': 'Document number (optional)',
    'foiPublic.apply.documentNumberHint': 'If you know it, e.g. 某政发〔2025〕1号.',
    'foiPublic.apply.obtaining': 'Form and way of obtaining it',
    'foiPublic.apply.format': 'Form of the information',
    'foiPublic.apply.delivery': 'How you want to obtain it',
    'foiPublic.apply.deliveryHint':
      'By post: give your postal address. By email: give your email address.',
    'foiPublic.apply.submit': 'Send the request',
    'foiPublic.apply.statusLink': 'Already sent a request? Check its progress',
    'foiPublic.receipt.title': 'Request sent',
    'foiPublic.receipt.lead': 'We have received your request for government information.',
    'foiPublic.receipt.trackingNumber': 'Tracking number',
    'foiPublic.receipt.accessCode': 'Access code',
    'foiPublic.receipt.writeDown':
      'Write down the tracking number and the access code now (copy them, take a screenshot or print this page). The access code is shown only this once: we do not keep it in readable form and cannot recover it.',
    'foiPublic.receipt.receivedOn': 'Received on',
    'foiPublic.receipt.dueOn': 'Reply due by',
    'foiPublic.receipt.statusLink': 'Check the progress of your request',
    'foiPublic.provisional': 'provisional',
    'foiPublic.provisionalNote':
      'Provisional: the holiday schedule of that year is not published yet; the date is counted from the statutory holidays and may change once it is.',
    'foiPublic.status.title': 'Check the progress of a request',
    'foiPublic.status.intro':
      'Enter the tracking number and access code shown when you sent your request.',
    'foiPublic.status.trackingNumber': 'Tracking number',
    'foiPublic.status.trackingNumberHint': 'For example 2026-1234-5678',
    'foiPublic.status.accessCode': 'Access code',
    'foiPublic.status.accessCodeHint': '8 letters and digits; capitals or small letters both work.',
    'foiPublic.status.submit': 'Check',
    'foiPublic.status.lost':
      'A lost access code cannot be recovered. To ask about your request, contact the agency’s disclosure office.',
    'foiPublic.status.notFound':
      'The tracking number or the access code is not right. Check them and enter the code again.',
    'foiPublic.status.error.trackingNumber':
      'Tracking number: enter it, for example 2026-1234-5678',
    'foiPublic.status.error.accessCode':
      'Access code: enter the 8-character code shown when you sent your request',
    'foiPublic.status.resultTitle': 'Progress of your request',
    'foiPublic.status.state': 'Status',
    'foiPublic.status.receivedOn': 'Received on',
    'foiPublic.status.dueOn': 'Reply due by',
    'foiPublic.status.paused':
      'The clock is paused: time waiting for a correction, a consultation or a payment does not count. A new date is set when it runs again.',
    'foiPublic.status.repliedOn': 'Replied on',
    'foiPublic.status.outcome': 'Outcome',
    'foiPublic.status.replyText': 'Reply',
    'foiPublic.status.timeline': 'Steps so far',
    'foiPublic.status.remedies':
      'If you disagree with the reply, you may apply for administrative reconsideration within 60 days, or bring an administrative lawsuit in court within 6 months, of learning of it.',
    'foiPublic.status.another': 'Check another request',
    'foiPublic.status.apply': 'Make a new request',
    'foiPublic.party.third_party': 'a third party',
    'foiPublic.party.other_agency': 'another agency',
    'foiPublic.outcome.disclosed': 'Disclosed',
    'foiPublic.outcome.partlyDisclosed': 'Partly disclosed',
    'foiPublic.outcome.withheld.stateSecret': 'Withheld: a state secret',
    'foiPublic.outcome.withheld.prohibitedByLaw':
      'Withheld: disclosure prohibited by another law or administrative regulation',
    'foiPublic.outcome.withheld.securityStability':
      'Withheld: would endanger national, public or economic security or social stability',
    'foiPublic.outcome.withheld.thirdParty':
      'Withheld: to protect the lawful rights of a third party',
    'foiPublic.outcome.withheld.internalAffairs':
      'Withheld: internal affairs (personnel, logistics, internal procedures)',
    'foiPublic.outcome.withheld.processInformation':
      'Withheld: process information (discussion records, drafts, consultation letters, internal reports)',
    'foiPublic.outcome.withheld.enforcementFile':
      'Withheld: an administrative enforcement case file',
    'foiPublic.outcome.withheld.queryMatter':
      'Withheld: records consulted under their own law (e.g. business or real-estate registers)',
    'foiPublic.outcome.unavailable.notHeld':
      'Cannot be provided: this agency does not hold the information',
    'foiPublic.outcome.unavailable.needsCreation':
      'Cannot be provided: the information does not exist and would have to be made',
    'foiPublic.outcome.unavailable.stillUnclear':
      'Cannot be provided: the request is still unclear after correction',
    'foiPublic.outcome.notProcessed.complaint':
      'Not processed: a petition, report or complaint rather than an information request',
    'foiPublic.outcome.notProcessed.repeated': 'Not processed: a repeated request',
    'foiPublic.outcome.notProcessed.publication': 'Not processed: a request for a publication',
    'foiPublic.outcome.notProcessed.excessive':
      'Not processed: many repeated requests without good reason',
    'foiPublic.outcome.notProcessed.confirmation':
      'Not processed: a request to confirm or re-issue information already obtained',
    'foiPublic.outcome.other.correctionLapsed':
      'Closed: the correction did not come in time, without good reason',
    'foiPublic.outcome.other.feeLapsed': 'Closed: the fee was not paid in time',
    'foiPublic.outcome.other.other': 'Handled otherwise',
  },
);
