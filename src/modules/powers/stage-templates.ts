/**
 * Responsibility-stage templates per category (RULES.md §8.2): the stages a new power starts with,
 * each with the standard wording of Liaoning's lists, for staff to edit. Only the 行政许可 and
 * 行政处罚 stages are in the rules [V]; the other categories' stages are a starting point modelled
 * on them, not a legal requirement.
 */
import type { PowerCategory, Responsibility } from './powers.model.ts';

const other = '其他法律法规规章文件规定应履行的责任';
const otherText = '法律法规规章文件规定应履行的其他责任。';

const t = (stage: string, text: string): Responsibility => ({ stage, text });

const templates: Record<PowerCategory, Responsibility[]> = {
  // RULES.md §8.2 [V]: 受理、审查、决定、送达、事后监管、其他.
  permit: [
    t(
      '受理责任',
      '公示依法应当提交的材料；一次性告知补正材料；依法受理或不予受理（不予受理的告知理由）。',
    ),
    t('审查责任', '对申请材料进行审查，提出审查意见；需要现场核查的，组织现场核查。'),
    t('决定责任', '作出准予许可或不予许可的决定；不予许可的，书面告知理由和救济途径。'),
    t('送达责任', '制作并送达许可证件或决定书，信息公开。'),
    t('事后监管责任', '对被许可人从事许可事项的活动实施监督检查。'),
    t(other, otherText),
  ],
  // RULES.md §8.2 [V]: 行政处罚一般程序.
  penalty: [
    t('立案责任', '对发现的涉嫌违法行为进行初步核实，符合立案条件的，予以立案。'),
    t('调查取证责任', '全面、客观、公正地调查，收集证据；调查时执法人员不少于两人，出示执法证件。'),
    t('审理责任', '审理案件调查报告，对案件违法事实、证据、调查取证程序、法律适用等提出处理意见。'),
    t(
      '告知责任',
      '作出处罚决定前，告知当事人拟处罚的事实、理由、依据及陈述、申辩、要求听证的权利。',
    ),
    t('决定责任', '制作行政处罚决定书，载明违法事实、证据、处罚依据和内容、救济途径等。'),
    t('送达责任', '依法送达行政处罚决定书。'),
    t('执行责任', '监督当事人履行处罚决定；逾期不履行的，依法强制执行或申请人民法院强制执行。'),
    t(other, otherText),
  ],
  coercion: [
    t('催告责任', '实施强制前书面催告当事人履行义务，告知陈述、申辩的权利。'),
    t('决定责任', '听取当事人陈述申辩，作出行政强制决定，制作并送达决定书。'),
    t('执行责任', '依法定程序实施强制措施或强制执行，制作现场笔录。'),
    t('事后监管责任', '及时解除不再需要的强制措施，妥善保管查封、扣押的财物。'),
    t(other, otherText),
  ],
  levy: [
    t('受理责任', '公示征收依据、标准和程序，受理缴纳申报。'),
    t('审核责任', '审核征收对象、数额和依据。'),
    t('决定责任', '作出征收决定，开具合法票据。'),
    t('事后监管责任', '对征收资金的使用和缴纳情况进行监督。'),
    t(other, otherText),
  ],
  benefit: [
    t('受理责任', '公示给付条件和所需材料，一次性告知补正材料，依法受理。'),
    t('审核责任', '审核申请人条件，必要时入户调查、组织评议。'),
    t('公示责任', '对拟给付对象进行公示，接受监督。'),
    t('决定责任', '作出给付或不予给付的决定，不予给付的告知理由。'),
    t('给付责任', '按规定标准及时足额发放。'),
    t('事后监管责任', '定期复核，对不再符合条件的依法停止给付。'),
    t(other, otherText),
  ],
  inspection: [
    t('检查责任', '制定检查计划，依法实施检查，出示执法证件，不得妨碍正常生产经营。'),
    t('处置责任', '根据检查结果依法作出处理；发现违法行为的，依法查处或移送。'),
    t('信息公开责任', '依法公开检查结果。'),
    t(other, otherText),
  ],
  confirmation: [
    t('受理责任', '公示确认条件和所需材料，一次性告知补正材料，依法受理。'),
    t('审查责任', '对申请材料进行审查，必要时现场核实。'),
    t('决定责任', '作出确认或不予确认的决定，不予确认的告知理由。'),
    t('送达责任', '制发并送达确认文书。'),
    t('事后监管责任', '对确认事项进行监督管理。'),
    t(other, otherText),
  ],
  reward: [
    t('制定方案责任', '制定奖励方案，公布奖励条件和程序。'),
    t('组织推荐责任', '组织推荐或受理申报。'),
    t('审核公示责任', '审核推荐对象，对拟奖励对象进行公示。'),
    t('表彰奖励责任', '作出奖励决定，公开表彰并兑现奖励。'),
    t(other, otherText),
  ],
  adjudication: [
    t('受理责任', '受理当事人申请，依法不予受理的告知理由。'),
    t('审理责任', '调查核实争议事实，听取双方意见，组织调解。'),
    t('裁决责任', '调解不成的，依法作出裁决。'),
    t('送达责任', '制作并送达裁决书，告知救济途径。'),
    t('执行责任', '监督裁决的执行。'),
    t(other, otherText),
  ],
  other: [
    t('受理责任', '公示依法应当提交的材料，一次性告知补正材料，依法受理。'),
    t('审查责任', '对申请材料进行审查，提出审查意见。'),
    t('决定责任', '依法作出决定，不予同意的告知理由。'),
    t('送达责任', '依法送达决定文书。'),
    t('事后监管责任', '对决定事项的落实情况进行监督。'),
    t(other, otherText),
  ],
};

/** The stages a new power of `category` starts with (copies: callers may change them). */
export function stageTemplate(category: PowerCategory): Responsibility[] {
  return templates[category].map((r) => ({ ...r }));
}

/** 追责情形 a new power starts with (the wording common to Liaoning's lists). */
export function accountabilityTemplate(category: PowerCategory): string {
  const acts: Partial<Record<PowerCategory, string>> = {
    permit: '对符合法定条件的许可申请不予受理、不予许可或者不在法定期限内作出准予许可决定的；',
    penalty: '没有法定依据或者违反法定程序实施行政处罚的；擅自改变处罚种类、幅度的；',
    coercion: '违法实施行政强制措施或者强制执行的；',
    benefit: '对符合条件的申请人不予给付，或者对不符合条件的申请人给付的；',
  };
  return (
    '因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：' +
    (acts[category] ?? '') +
    '玩忽职守、滥用职权、徇私舞弊的；索取或者收受他人财物、谋取其他利益的；其他违反法律法规规章文件规定的行为。'
  );
}

/** A step of a 行政许可 flowchart (RULES.md §4.3: 受理、审查、决定、送达 are checkpoints). */
export interface FlowStepInput {
  name: string;
  post: string;
  limitDays: number;
  isCheckpoint: boolean;
}

/**
 * The default flow of a 行政许可: within the 20 working days of 行政许可法第42条, and delivery
 * within the 10 days of 第44条.
 */
export function permitFlowTemplate(decisionDays = 20): FlowStepInput[] {
  const review = Math.max(1, Math.floor(decisionDays / 2));
  return [
    { name: '受理', post: '窗口受理岗', limitDays: 1, isCheckpoint: true },
    { name: '审查', post: '业务科室审查岗', limitDays: review, isCheckpoint: true },
    {
      name: '决定',
      post: '分管负责人',
      limitDays: Math.max(1, decisionDays - review - 1),
      isCheckpoint: true,
    },
    { name: '送达', post: '窗口发证岗', limitDays: 2, isCheckpoint: true },
  ];
}
