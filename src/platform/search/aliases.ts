/**
 * Names that mean the same thing. When a document contains any name of a group, the index also
 * gets the segmentation of every other name of the group, so a query for either finds it
 * (清原县 finds a text saying only 清原满族自治县, 人社局 finds 县人力资源和社会保障局).
 */
export const aliasGroups: readonly (readonly string[])[] = [
  ['清原满族自治县', '清原县'],
  ['县人民政府办公室', '县政府办'],
  ['发展和改革局', '发改局'],
  ['科学技术局', '科技局'],
  ['工业和信息化局', '工信局'],
  ['人力资源和社会保障局', '人社局'],
  ['住房和城乡建设局', '住建局'],
  ['交通运输局', '交通局'],
  ['文化旅游和广播电视局', '文旅局'],
  ['卫生健康局', '卫健局'],
  ['应急管理局', '应急局'],
  ['市场监督管理局', '市场监管局'],
  ['医疗保障局', '医保局'],
  ['林业和草原局', '林草局'],
  ['营商环境建设局', '营商局'],
  ['民族和宗教事务局', '民宗局'],
  ['城市管理综合行政执法局', '城管局'],
  ['人民防空办公室', '人防办'],
  ['国有资产监督管理委员会', '国资委'],
  ['行政审批办公室', '行政审批办'],
  ['大数据管理中心', '大数据中心'],
  ['住房公积金管理中心', '公积金中心'],
  ['绩效考核办公室', '绩效办'],
];

/** The other names of every group one of whose names occurs in the text. */
export function aliasesIn(text: string): string[] {
  const found: string[] = [];
  for (const group of aliasGroups) {
    if (group.some((name) => text.includes(name))) {
      found.push(...group.filter((name) => !text.includes(name)));
    }
  }
  return found;
}
