/**
 * The words of the demo county's appeals: topics (which org answers them, which kinds they come
 * as, subject, content and the two replies), places, names. `{place}` is filled in; replies never
 * repeat the submitter's name, phone or address (the public text is shown on the portal).
 */
import type { AppealKind } from '../feedback.model.ts';

export interface DemoTopic {
  /** The answering org's code (demo-orgs.json); `township`: the township of the place. */
  org: string;
  kinds: readonly AppealKind[];
  subject: string;
  content: string;
  reply: string;
  publicReply: string;
  /** Relative weight among the topics. */
  weight: number;
}

export const demoTopics: readonly DemoTopic[] = [
  {
    org: 'mzj',
    kinds: ['consultation', 'help'],
    subject: '低保申请需要哪些材料',
    content:
      '家住{place}，家里老人长期患病，收入很低，想咨询申请最低生活保障需要准备哪些材料、到哪里办理。',
    reply:
      '您好，申请低保需提供户口簿、身份证、家庭收入及财产情况说明，可到户籍所在地乡镇便民服务中心提交申请，民政部门将在规定时限内审核。如有疑问可拨打民政局社会救助科电话咨询。',
    publicReply:
      '申请最低生活保障需提供户口簿、身份证、家庭收入及财产情况说明，向户籍所在地乡镇（街道）提出申请，经入户调查、民主评议和审核确认后发放。',
    weight: 9,
  },
  {
    org: 'mzj',
    kinds: ['help'],
    subject: '临时救助申请进度',
    content: '{place}一户村民因病致贫，上月已提交临时救助申请，至今没有消息，请帮忙查询进度。',
    reply:
      '您好，经核实，该户临时救助申请已通过乡镇初审，民政局已完成审批，救助金将于本月内发放到户，请留意银行账户。',
    publicReply:
      '经核实，该临时救助申请已完成审批，救助金将于本月内发放。临时救助审批一般不超过15个工作日。',
    weight: 5,
  },
  {
    org: 'mzj',
    kinds: ['consultation', 'suggestion'],
    subject: '高龄津贴发放标准',
    content: '{place}的老人今年满80周岁，想了解高龄津贴的发放标准和申领方式。',
    reply:
      '您好，我县80周岁以上老年人可享受高龄津贴，由本人或家属持身份证、户口簿到乡镇便民服务中心申请，审核通过后次月起按月发放。',
    publicReply:
      '我县80周岁以上户籍老年人可申请高龄津贴，持身份证、户口簿到乡镇便民服务中心办理，审核通过后次月起按月发放。',
    weight: 6,
  },
  {
    org: 'mzj',
    kinds: ['complaint', 'suggestion'],
    subject: '养老院服务质量问题',
    content: '{place}附近养老院的饭菜质量较差，护理人员不足，希望主管部门加强监督检查。',
    reply:
      '您好，民政局已会同乡镇对该养老机构开展检查，责令其改进膳食管理、补充护理人员，并将持续跟踪整改情况。感谢您的监督。',
    publicReply:
      '民政局已对该养老机构开展专项检查，责令改进膳食管理并补充护理人员，后续将跟踪整改落实情况。',
    weight: 4,
  },
  {
    org: 'zjj',
    kinds: ['complaint', 'help'],
    subject: '小区路灯不亮',
    content: '{place}小区门口的路灯已经坏了一个多星期，晚上出行很不方便，存在安全隐患。',
    reply:
      '您好，住建局已安排维修人员到现场检修，损坏的路灯已于近日修复。今后如发现路灯故障可随时反映。',
    publicReply: '经现场核查，该处路灯因线路老化损坏，维修人员已完成更换，路灯恢复正常照明。',
    weight: 6,
  },
  {
    org: 'zjj',
    kinds: ['complaint', 'suggestion'],
    subject: '道路破损坑洼',
    content: '{place}路段道路破损严重，雨天积水，车辆和行人通行困难，希望尽快修补。',
    reply: '您好，已将该路段纳入本年度道路维修计划，施工单位将于近期进场修补，施工期间请注意绕行。',
    publicReply: '该路段已纳入年度道路维修计划，施工单位将于近期进场修补破损路面。',
    weight: 5,
  },
  {
    org: 'rsj',
    kinds: ['consultation'],
    subject: '城乡居民养老保险缴费档次',
    content: '我是{place}的农民，想了解城乡居民养老保险有哪些缴费档次，多缴是否多得。',
    reply:
      '您好，我县城乡居民基本养老保险设有多个缴费档次，可自主选择，缴费越多、年限越长，个人账户养老金越高。具体可到乡镇社保服务窗口咨询办理。',
    publicReply:
      '城乡居民基本养老保险设有多个缴费档次，参保人自主选择，多缴多得、长缴多得，可在乡镇社保服务窗口或线上渠道缴费。',
    weight: 6,
  },
  {
    org: 'rsj',
    kinds: ['complaint', 'help'],
    subject: '农民工工资被拖欠',
    content: '我在{place}一处工地干活三个月，工资一直没有结清，多次找老板都推脱，请求帮助。',
    reply:
      '您好，劳动保障监察大队已约谈该项目施工单位，责令其限期支付拖欠工资，目前款项已结清。如仍有问题请及时联系。',
    publicReply: '劳动保障监察部门已约谈该项目施工单位并责令限期支付，拖欠工资已全部结清。',
    weight: 5,
  },
  {
    org: 'rsj',
    kinds: ['consultation'],
    subject: '就业补贴和技能培训',
    content: '家住{place}，刚毕业还没找到工作，想了解县里有没有免费的职业技能培训和就业补贴。',
    reply:
      '您好，县就业服务中心常年开展免费职业技能培训，符合条件的高校毕业生可申请求职创业补贴，请携带毕业证和身份证到县人社局就业服务窗口登记。',
    publicReply:
      '县就业服务中心常年开展免费职业技能培训，符合条件的高校毕业生可申请求职创业补贴，可到县人社局就业服务窗口登记。',
    weight: 4,
  },
  {
    org: 'jyj',
    kinds: ['consultation', 'complaint'],
    subject: '学校招生划片问题',
    content: '我家住在{place}，孩子明年上小学，想了解学区划分和入学报名时间。',
    reply:
      '您好，我县义务教育阶段实行划片招生、免试就近入学，招生方案将于每年6月在教育局网站公布，请届时关注并按时报名。',
    publicReply:
      '我县义务教育实行划片招生、免试就近入学，招生方案每年6月在县教育局网站公布，请关注并按时报名。',
    weight: 5,
  },
  {
    org: 'jyj',
    kinds: ['report', 'complaint'],
    subject: '教育机构违规收费',
    content: '{place}一家校外培训机构预收一年学费，且未公示收费标准，请有关部门查处。',
    reply:
      '您好，教育局已会同市场监管部门对该培训机构进行检查，责令其停止违规预收费并公示收费标准，已预收费用按规定退还。',
    publicReply: '经查，该校外培训机构存在超期预收费问题，已责令整改并按规定退还预收费用。',
    weight: 3,
  },
  {
    org: 'sthjj',
    kinds: ['complaint', 'report'],
    subject: '工厂排污污染河水',
    content: '{place}附近一家工厂夜间向河里排放污水，河水发黑发臭，请尽快查处。',
    reply:
      '您好，生态环境分局执法人员已到现场检查取样，责令该企业停产整改，并依法立案调查，处理结果将予以公开。',
    publicReply: '执法人员已现场检查取样，责令涉事企业停产整改并依法立案调查，处理结果将依法公开。',
    weight: 4,
  },
  {
    org: 'sthjj',
    kinds: ['complaint'],
    subject: '烧烤油烟扰民',
    content: '{place}楼下烧烤店油烟直排，每天晚上烟雾很大，严重影响居民生活。',
    reply:
      '您好，经现场核查，该店未安装油烟净化设施，已责令限期安装并正常使用，逾期未整改将依法处罚。',
    publicReply: '经核查，该店未安装油烟净化设施，已责令限期安装并正常使用。',
    weight: 3,
  },
  {
    org: 'wjj',
    kinds: ['complaint', 'suggestion'],
    subject: '医院挂号排队时间长',
    content: '县医院门诊挂号排队时间太长，老年人不会用手机预约，建议增加人工窗口。',
    reply:
      '您好，县卫健局已要求县医院在门诊高峰时段增开人工挂号窗口，并安排志愿者帮助老年人预约挂号。',
    publicReply: '县医院已在门诊高峰时段增开人工挂号窗口，并安排志愿者协助老年人预约挂号。',
    weight: 4,
  },
  {
    org: 'ybj',
    kinds: ['consultation'],
    subject: '医保异地就医备案',
    content: '我家在{place}，父亲要去沈阳住院治疗，想咨询医保异地就医怎么备案。',
    reply:
      '您好，异地就医备案可通过国家医保服务平台APP或到县医保局窗口办理，备案后在沈阳定点医院住院可直接结算。',
    publicReply:
      '异地就医备案可通过国家医保服务平台APP或到县医保局窗口办理，备案后在就医地定点医院可直接结算。',
    weight: 5,
  },
  {
    org: 'cgj',
    kinds: ['complaint', 'report'],
    subject: '占道经营影响通行',
    content: '{place}市场周边商贩长期占道经营，早晚高峰交通拥堵，请城管部门管理。',
    reply:
      '您好，城管执法大队已加强该区域巡查，规范商贩到指定区域经营，并设置临时摊区，占道现象已明显好转。',
    publicReply: '城管执法部门已加强该区域巡查，引导商贩入场经营，占道经营现象已明显改善。',
    weight: 4,
  },
  {
    org: 'scjgj',
    kinds: ['complaint', 'report'],
    subject: '超市销售过期食品',
    content: '在{place}一家超市买到过期的酸奶，与店家协商未果，请市场监管部门处理。',
    reply:
      '您好，市场监管局执法人员已对该超市进行检查，下架过期食品，依法立案处理，并督促商家为您办理退赔。',
    publicReply: '执法人员已对涉事超市检查并下架过期食品，依法立案处理，消费者已获退赔。',
    weight: 4,
  },
  {
    org: 'jtj',
    kinds: ['suggestion', 'complaint'],
    subject: '农村客运班次太少',
    content: '{place}到县城的客车每天只有两班，村民出行很不方便，建议增加班次。',
    reply:
      '您好，交通运输局已会同客运企业调研客流情况，计划在早晚时段各增加一个班次，具体时间将在站点公示。',
    publicReply: '交通运输局已会同客运企业研究，计划早晚各增加一个班次，具体时间将在站点公示。',
    weight: 3,
  },
  {
    org: 'nyj',
    kinds: ['consultation'],
    subject: '耕地地力保护补贴发放时间',
    content: '我是{place}的种粮户，今年的耕地地力保护补贴什么时候发放，标准是多少？',
    reply:
      '您好，今年耕地地力保护补贴已完成面积核定，将于近期通过惠民惠农财政补贴资金“一卡通”发放，标准以乡镇公示为准。',
    publicReply:
      '今年耕地地力保护补贴已完成面积核定，将通过惠民惠农“一卡通”发放，标准以乡镇公示为准。',
    weight: 4,
  },
  {
    org: 'township',
    kinds: ['help', 'complaint'],
    subject: '村里自来水经常停水',
    content: '{place}最近一个月经常停水，且没有提前通知，村民生活用水困难。',
    reply:
      '您好，乡镇已联系供水站排查，停水系管网老化漏水所致，目前已完成抢修，今后计划停水将提前通知。',
    publicReply: '经排查，停水系供水管网老化漏水所致，现已完成抢修，今后计划停水将提前公告。',
    weight: 6,
  },
  {
    org: 'township',
    kinds: ['complaint', 'suggestion'],
    subject: '村道垃圾清运不及时',
    content: '{place}路边垃圾箱经常满溢，清运不及时，夏天气味很大。',
    reply: '您好，乡镇已督促保洁公司增加清运频次，并增设垃圾箱，环境卫生状况已明显改善。',
    publicReply: '乡镇已督促保洁公司增加清运频次并增设垃圾箱，该路段环境卫生已明显改善。',
    weight: 6,
  },
  {
    org: 'township',
    kinds: ['consultation', 'help'],
    subject: '危房改造政策咨询',
    content: '我家住在{place}，房子是几十年前的土坯房，想了解农村危房改造的申请条件。',
    reply:
      '您好，农村低收入群体等重点对象的危房可申请改造补助，请向村委会提出申请，乡镇将组织房屋安全鉴定后按程序上报。',
    publicReply:
      '农村低收入群体等重点对象的危房可申请改造补助，向村委会提出申请后由乡镇组织鉴定并按程序上报。',
    weight: 4,
  },
];

/** The township orgs of demo-orgs.json with places in them (villages, communities, roads). */
export const demoPlaces: Record<string, readonly string[]> = {
  qyz: ['清原镇北街社区', '清原镇南山社区', '清原镇浑河路', '清原镇兴隆街', '清原镇红旗村'],
  httsz: ['红透山镇矿山社区', '红透山镇大堡村', '红透山镇新街'],
  csz: ['草市镇草市村', '草市镇后堡村', '草市镇建设街'],
  yemz: ['英额门镇英额门村', '英额门镇长春屯'],
  nkqz: ['南口前镇南口前村', '南口前镇王家堡村'],
  nscz: ['南山城镇南山城村', '南山城镇下甸子村'],
  wdzz: ['湾甸子镇湾甸子村', '湾甸子镇黑石木村'],
  dgjz: ['大孤家镇大孤家村', '大孤家镇二道河村'],
  xjbz: ['夏家堡镇夏家堡村'],
  ajbx: ['敖家堡乡敖家堡村'],
  tkzx: ['土口子乡土口子村'],
  bsjx: ['北三家乡北三家村'],
  dshx: ['大苏河乡大苏河村'],
  gndx: ['枸乃甸乡枸乃甸村'],
};

export const demoSurnames = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董';
export const demoGivenNames = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋'];

export const invalidReasons = [
  '内容与政务无关（广告信息）',
  '诉求内容不明确，无法联系诉求人核实',
  '属于诉讼程序中的事项，不属于受理范围',
];

export const ratingComments: Record<string, readonly string[]> = {
  very_satisfied: ['回复及时，问题已解决，非常感谢！', '工作人员态度很好，解释清楚。'],
  satisfied: ['问题基本解决了，谢谢。', '回复清楚。'],
  basic: ['回复了，但处理还需要时间。', ''],
  dissatisfied: ['回复比较笼统，问题没有实际解决。', '答复太慢。'],
  very_dissatisfied: ['问题依旧存在，答复敷衍。', '没有人到现场看过。'],
};

export const rectificationTexts = {
  finding: '经核查，首次答复未说明具体办理时限和责任人，诉求人反映的问题未完全解决。',
  action: '已安排专人到现场处理，问题已解决，并向诉求人当面说明情况。',
};
