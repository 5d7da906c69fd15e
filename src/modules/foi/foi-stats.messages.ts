import { defineMessages } from '../../platform/i18n/index.ts';

export const foiStatsMessages = defineMessages(
  {
    'foiStats.title': '依申请公开统计 {year}',
    'foiStats.intro':
      '按机构统计本年收到和答复的政府信息公开申请。数字由办理记录实时计算。答复件数少于 {min} 件时不显示比率和中位数，以免以偏概全、指向个别申请人。',
    'foiStats.year': '年度',
    'foiStats.show': '查看',
    'foiStats.county': '全县',
    'foiStats.org': '机构',
    'foiStats.received': '收到申请',
    'foiStats.replied': '作出答复',
    'foiStats.onTimeRate': '按时答复率',
    'foiStats.medianDays': '答复用时中位数（工作日）',
    'foiStats.notShown': '不足 {min} 件，不显示',
    'foiStats.outcomes': '答复结果',
    'foiStats.definitions': '指标说明',
    'foiStats.def.received': '收到申请：收到申请之日（条例第31条）在本年的申请件数。',
    'foiStats.def.replied': '作出答复：答复日期在本年的申请件数。',
    'foiStats.def.onTime':
      '按时答复率：本年答复的申请中，在期限内（20 个工作日，经批准延长的加上延长期限；补正、征求意见、缴费期间不计入，条例第30、33条）答复的比例。',
    'foiStats.def.median':
      '答复用时中位数：从收到申请（补正的，从收到补正材料）到答复的工作日数的中位数；等待申请人补正或缴费的时间不计，征求第三方或其他机关意见的时间计入。',
    'foiStats.none': '本年没有申请记录。',
  },
  {
    'foiStats.title': 'Information requests in {year}',
    'foiStats.intro':
      'Requests received and answered this year, per org, computed live from the records. Rates and medians over fewer than {min} replies are not shown: too few to mean anything, and they could point at one applicant.',
    'foiStats.year': 'Year',
    'foiStats.show': 'Show',
    'foiStats.county': 'The county',
    'foiStats.org': 'Org',
    'foiStats.received': 'Received',
    'foiStats.replied': 'Replied',
    'foiStats.onTimeRate': 'Replied on time',
    'foiStats.medianDays': 'Median working days to reply',
    'foiStats.notShown': 'fewer than {min}: not shown',
    'foiStats.outcomes': 'Outcomes',
    'foiStats.definitions': 'Definitions',
    'foiStats.def.received':
      'Received: requests whose day of receipt (条例第31条) falls in the year.',
    'foiStats.def.replied': 'Replied: requests answered in the year.',
    'foiStats.def.onTime':
      'Replied on time: of the requests answered in the year, the share answered within the limit (20 working days, plus an approved extension; time waiting for a correction, a consultation or a payment does not count — 条例第30、33条).',
    'foiStats.def.median':
      'Median working days to reply: from receipt (or the corrected request) to the reply; time waiting for the applicant’s correction or payment left out, time consulting others counted.',
    'foiStats.none': 'No requests in this year.',
  },
);
