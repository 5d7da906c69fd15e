/**
 * The demo county's publications: the showcase (policies with their interpretations — among them
 * the 五证合一 registration reform — a repealed policy and what replaced it, bulletins, profile
 * pages, notices) and templates for two years of news and notices across channels. Fictitious
 * but plausible; dated relative to the seeding day.
 */

export interface DemoPolicy {
  key: string;
  channel: string;
  /** Months after the start of the demo period (the start is 1 January of last year). */
  month: number;
  day: number;
  title: string;
  docNumber: string;
  subject: string;
  paragraphs: string[];
  /** An interpretation published a few days later (国办发〔2016〕80号: 同步解读). */
  interpretation?: { channel: string; title: string; paragraphs: string[] };
}

const county = '清原满族自治县';

export const registrationPolicy: DemoPolicy = {
  key: 'wuzheng',
  channel: '210423',
  month: 2,
  day: 18,
  title: `${county}关于推进“五证合一、一照一码”登记制度改革的实施意见`,
  docNumber: '清政发〔{y1}〕12号',
  subject: '市场监管',
  paragraphs: [
    `各乡镇人民政府，县政府各部门：`,
    `为深化商事制度改革，进一步便利市场主体准入，根据国家和省有关部署，结合${county}实际，现就推进“五证合一、一照一码”登记制度改革提出如下实施意见。`,
    `一、改革内容。自本意见施行之日起，在全县范围内将工商营业执照、组织机构代码证、税务登记证、社会保险登记证和统计登记证“五证合一”，由县市场监督管理局核发加载统一社会信用代码的营业执照，实现“一照一码”。`,
    `二、办理流程。申请人通过县政务服务中心综合窗口或网上政务服务平台一次提交材料，窗口一次受理，信息共享，并联审批，3个工作日内办结。`,
    `三、部门协同。县市场监督管理局、县税务局、县人力资源和社会保障局、县统计局等部门通过县大数据管理中心共享登记信息，不得要求申请人重复提交。`,
    `四、已领取原证照的企业，可在过渡期内申请换发“一照一码”营业执照，原证照在过渡期内继续有效。`,
    `本意见自印发之日起施行。`,
  ],
  interpretation: {
    channel: 'scjgj',
    title: `《${county}关于推进“五证合一、一照一码”登记制度改革的实施意见》政策解读`,
    paragraphs: [
      `一、出台背景：为落实商事制度改革要求，减少企业办事环节，${county}推行“五证合一、一照一码”。`,
      `二、主要内容：五证合一后，企业只需领取一张加载统一社会信用代码的营业执照，即可在各部门办理相关业务。`,
      `三、办理方式：可到县政务服务中心市场监管窗口办理，也可在网上提交申请；材料齐全的，3个工作日内办结。`,
      `四、咨询电话：县市场监督管理局登记注册股。`,
    ],
  },
};

/** The policy the registration reform replaced (repealed when the reform took effect). */
export const repealedPolicy: DemoPolicy = {
  key: 'old-registration',
  channel: '210423',
  month: 0,
  day: 10,
  title: `${county}市场主体登记便利化暂行办法`,
  docNumber: '清政办发〔{y1}〕2号',
  subject: '市场监管',
  paragraphs: [
    `为便利市场主体登记，${county}实行“三证合一”登记，现制定本暂行办法。`,
    `本办法自印发之日起施行，至新的登记制度改革实施意见施行之日止。`,
  ],
};

function plain(title: string, topic: string): string[] {
  return [
    `为做好${topic}工作，根据有关法律法规和上级部署，结合${county}实际，制定${title.replace(county, '本县')}。`,
    `一、总体要求。坚持以人民为中心，突出问题导向，确保各项措施落到实处。`,
    `二、主要任务。各乡镇、各部门要明确责任分工，细化工作措施，按时完成各项任务。`,
    `三、保障措施。加强组织领导，强化督促检查，定期通报工作进展。`,
  ];
}

function reading(title: string, topic: string): DemoPolicy['interpretation'] {
  return {
    channel: 'xzfb',
    title: `《${title}》政策解读`,
    paragraphs: [
      `一、制定背景：为推进${topic}，县政府制定了《${title}》。`,
      `二、主要内容：文件明确了总体要求、主要任务和保障措施。`,
      `三、适用对象及办理方式：详见文件正文，相关事项可到县政务服务中心咨询。`,
    ],
  };
}

function policy(
  key: string,
  channel: string,
  month: number,
  day: number,
  name: string,
  docNumber: string,
  subject: string,
  topic: string,
  interpreted = true,
): DemoPolicy {
  const title = `${county}${name}`;
  return {
    key,
    channel,
    month,
    day,
    title,
    docNumber,
    subject,
    paragraphs: plain(title, topic),
    ...(interpreted ? { interpretation: reading(title, topic) } : {}),
  };
}

/** Further policies of the county and its departments; months count from January of last year. */
export const otherPolicies: DemoPolicy[] = [
  policy(
    'dibao',
    'mzj',
    4,
    8,
    '关于进一步做好城乡居民最低生活保障工作的通知',
    '清政发〔{y1}〕20号',
    '社会保障',
    '城乡低保',
  ),
  policy(
    'renju',
    'nyj',
    5,
    16,
    '农村人居环境整治提升五年行动实施方案',
    '清政办发〔{y1}〕15号',
    '农业农村',
    '农村人居环境整治',
  ),
  policy(
    'yingshang',
    'yshjj',
    7,
    3,
    '优化营商环境若干措施',
    '清政发〔{y1}〕31号',
    '营商环境',
    '优化营商环境',
  ),
  policy(
    'zizhu',
    'jyj',
    8,
    22,
    '义务教育阶段家庭经济困难学生资助实施办法',
    '清教发〔{y1}〕6号',
    '教育',
    '学生资助',
    false,
  ),
  policy(
    'fangxun',
    'yjj',
    13,
    10,
    '防汛抗旱应急预案',
    '清政办发〔{y2}〕3号',
    '应急管理',
    '防汛抗旱',
  ),
  policy(
    'zhongyao',
    'nyj',
    14,
    20,
    '支持中草药产业发展的若干政策',
    '清政发〔{y2}〕5号',
    '农业农村',
    '中草药产业发展',
  ),
  policy(
    'yanglao',
    'rsj',
    15,
    12,
    '城乡居民基本养老保险实施细则',
    '清人社发〔{y2}〕2号',
    '社会保障',
    '城乡居民养老保险',
  ),
  policy(
    'yiwang',
    'xzspb',
    16,
    6,
    '政务服务“一网通办”工作方案',
    '清政办发〔{y2}〕11号',
    '政务服务',
    '政务服务“一网通办”',
  ),
  policy(
    'linxia',
    'lcj',
    18,
    9,
    '关于加快发展林下经济的实施意见',
    '清政发〔{y2}〕18号',
    '林业',
    '林下经济发展',
  ),
];

/** 县情概况 and org profiles (type page). */
export const demoPages: { channel: string; title: string; paragraphs: string[] }[] = [
  {
    channel: '210423',
    title: '县情概况',
    paragraphs: [
      `${county}位于辽宁省东部，隶属抚顺市，是浑河、清河、柴河、柳河、辉发河的发源地，素有“五河之源”之称。`,
      `全县辖9个镇、5个乡，县政府驻清原镇。境内森林覆盖率高，中草药、食用菌和林下经济是特色产业。`,
      `（演示内容：面积、人口等数字请以县统计局发布的统计公报为准。）`,
    ],
  },
  {
    channel: 'xzfb',
    title: '县人民政府办公室机构概况',
    paragraphs: [
      '主要职责：负责县政府会议的组织、文电处理、督查督办和政务公开工作的组织协调。',
      '办公地址：清原镇。办公时间：工作日 8:30—11:30，13:30—17:00（节假日除外）。',
    ],
  },
  {
    channel: 'mzj',
    title: '县民政局机构概况',
    paragraphs: [
      '主要职责：拟订并组织实施全县社会救助、养老服务、社会事务、区划地名等政策。',
      '内设机构：办公室、社会救助股、养老服务股、社会事务股。',
    ],
  },
  {
    channel: 'qyz',
    title: '清原镇概况',
    paragraphs: [
      '清原镇是县政府所在地，是全县的政治、经济、文化中心。',
      '镇政府设党政综合办公室、经济发展办公室、社会事务办公室和便民服务中心。',
    ],
  },
];

const newsTopics = [
  ['召开', '安全生产工作会议'],
  ['召开', '防汛工作部署会'],
  ['开展', '“5·15”政务公开日活动'],
  ['开展', '森林防火宣传'],
  ['召开', '优化营商环境推进会'],
  ['开展', '农村人居环境整治“回头看”'],
  ['举办', '就业招聘会'],
  ['开展', '食品安全专项检查'],
  ['召开', '政务公开工作推进会'],
  ['开展', '义诊进乡村活动'],
  ['举办', '中草药种植技术培训'],
  ['开展', '城乡低保对象动态复核'],
] as const;

const noticeTopics = [
  '关于公布{year}年城乡低保标准的公告',
  '关于开展{year}年度行政执法案卷评查的通知',
  '关于{year}年公开招聘社区工作者的公告',
  '关于征求《{year}年度重点民生实事项目》意见的公告',
  '关于{year}年度农机购置补贴申请的通知',
  '关于做好冬季供暖保障工作的通知',
  '关于公示{year}年度耕地地力保护补贴发放名单的公告',
  '关于临时交通管制的通告',
] as const;

/** The n-th templated news or notice of an org (deterministic). */
export function templatedItem(
  n: number,
  orgName: string,
  year: string,
): { type: 'news' | 'notice'; title: string; summary: string; bodyHtml: string } {
  if (n % 3 === 2) {
    const title = `${orgName}${noticeTopics[n % noticeTopics.length]!.replace('{year}', year)}`;
    return {
      type: 'notice',
      title,
      summary: `${orgName}发布：${title.replace(orgName, '')}。`,
      bodyHtml: paragraphs([
        `根据工作安排，现将有关事项${title.includes('公示') ? '予以公示' : '通知如下'}。`,
        `一、时间安排：自发布之日起，为期10个工作日。`,
        `二、联系方式：${orgName}办公室，工作日8:30—17:00。`,
      ]),
    };
  }
  const [verb, topic] = newsTopics[n % newsTopics.length]!;
  const title = `${orgName}${verb}${topic}`;
  return {
    type: 'news',
    title,
    summary: `近日，${title}。`,
    bodyHtml: paragraphs([
      `近日，${title}，有关负责同志参加。`,
      `会议（活动）强调，要提高思想认识，压实工作责任，确保各项工作落实见效。`,
    ]),
  };
}

export function paragraphs(lines: string[]): string {
  return lines.map((line) => `<p>${line}</p>`).join('');
}

/** Channels whose news and notices fill the two years (county, departments, townships). */
export const archiveChannels = [
  '210423',
  'xzfb',
  'fgj',
  'jyj',
  'mzj',
  'czj',
  'rsj',
  'zrzyj',
  'nyj',
  'wjj',
  'scjgj',
  'yjj',
  'qyz',
  'httsz',
  'csz',
  'yemz',
  'nkqz',
  'wdzz',
];
