import type { Catalog } from '../../../platform/i18n/index.ts';

/**
 * Open311 GeoReport v2 (issue 9 §7): the services' descriptions and keywords, the notices and the
 * errors of the JSON endpoints. The API answers in Chinese unless the client asks for English.
 */
export const open311Messages = {
  'zh-CN': {
    'feedbackOpen311.group': '民意诉求',
    'feedbackOpen311.service.consultation': '咨询政策、办事流程等问题',
    'feedbackOpen311.service.complaint': '投诉行政机关及其工作人员、公共服务中的问题',
    'feedbackOpen311.service.suggestion': '对政府工作和公共服务提出意见建议',
    'feedbackOpen311.service.help': '生活中遇到困难，请求政府部门帮助',
    'feedbackOpen311.service.report': '举报违法违规行为',
    'feedbackOpen311.keywords.consultation': '咨询,政策,办事',
    'feedbackOpen311.keywords.complaint': '投诉,服务,作风',
    'feedbackOpen311.keywords.suggestion': '建议,意见',
    'feedbackOpen311.keywords.help': '求助,困难,帮助',
    'feedbackOpen311.keywords.report': '举报,违法,违规',
    'feedbackOpen311.notice.due': '承诺于 {dueOn} 前办结',
    'feedbackOpen311.notice.received':
      '已受理，诉求编号 {number}，查询码 {code}（仅显示一次，请妥善保存，凭编号和查询码查询进度、评价答复），承诺于 {dueOn} 前办结',
    'feedbackOpen311.error.notFound': '没有这个 Open311 资源（仅支持 JSON 格式）',
    'feedbackOpen311.error.requestNotFound': '没有诉求编号 {number}',
    'feedbackOpen311.error.startDate':
      '开始时间应为 ISO 8601 格式（如 2026-09-01 或 2026-09-01T08:00:00+08:00）',
    'feedbackOpen311.error.endDate':
      '结束时间应为 ISO 8601 格式（如 2026-09-30 或 2026-09-30T18:00:00+08:00）',
    'feedbackOpen311.error.dateOrder': '开始时间不能晚于结束时间',
    'feedbackOpen311.error.status': '状态应为 open 或 closed',
    'feedbackOpen311.error.serviceCode':
      '服务代码应为 consultation、complaint、suggestion、help 或 report',
    'feedbackOpen311.error.serviceRequestId':
      '诉求编号格式不正确（如 FK20260930123456，多个用逗号分隔）',
    'feedbackOpen311.error.body':
      '请求内容无法解析，请使用 application/x-www-form-urlencoded 或 JSON',
    'feedbackOpen311.error.tooMany': '提交过于频繁，请稍后再试',
    'feedbackOpen311.error.internal': '服务器内部错误，请稍后再试',
  },
  en: {
    'feedbackOpen311.group': 'Appeals',
    'feedbackOpen311.service.consultation': 'Questions about policies and procedures',
    'feedbackOpen311.service.complaint':
      'Complaints about government bodies, their staff or public services',
    'feedbackOpen311.service.suggestion': 'Suggestions about government work and public services',
    'feedbackOpen311.service.help': 'Requests for help with hardship',
    'feedbackOpen311.service.report': 'Reports of unlawful conduct',
    'feedbackOpen311.keywords.consultation': 'consultation,policy,procedure',
    'feedbackOpen311.keywords.complaint': 'complaint,service,conduct',
    'feedbackOpen311.keywords.suggestion': 'suggestion,opinion',
    'feedbackOpen311.keywords.help': 'help,hardship',
    'feedbackOpen311.keywords.report': 'report,unlawful',
    'feedbackOpen311.notice.due': 'To be completed by {dueOn}',
    'feedbackOpen311.notice.received':
      'Received as {number}; access code {code} (shown once: keep it to follow the appeal and rate the reply); to be completed by {dueOn}',
    'feedbackOpen311.error.notFound': 'No such Open311 resource (JSON only)',
    'feedbackOpen311.error.requestNotFound': 'No appeal {number}',
    'feedbackOpen311.error.startDate':
      'start_date must be ISO 8601 (e.g. 2026-09-01 or 2026-09-01T08:00:00+08:00)',
    'feedbackOpen311.error.endDate':
      'end_date must be ISO 8601 (e.g. 2026-09-30 or 2026-09-30T18:00:00+08:00)',
    'feedbackOpen311.error.dateOrder': 'start_date must not be after end_date',
    'feedbackOpen311.error.status': 'status must be open or closed',
    'feedbackOpen311.error.serviceCode':
      'service_code must be consultation, complaint, suggestion, help or report',
    'feedbackOpen311.error.serviceRequestId':
      'service_request_id must be tracking numbers such as FK20260930123456, separated by commas',
    'feedbackOpen311.error.body':
      'The request body could not be read: send application/x-www-form-urlencoded or JSON',
    'feedbackOpen311.error.tooMany': 'Too many requests: try again later',
    'feedbackOpen311.error.internal': 'Internal error: try again later',
  },
} satisfies Catalog;
