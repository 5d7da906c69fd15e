/**
 * 政府信息公开申请答复书: a draft per outcome (条例第36–39条), always stating the remedies, for the
 * officer to edit before replying; then the saved text as printable HTML or .docx.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { outcomeGroups } from './foi.model.ts';

export interface LetterFacts {
  trackingNumber: string;
  applicantName: string;
  receivedOn: string;
  description: string;
  outcome: string;
  legalBasis: string;
  orgName: string;
  /** The reply date, YYYY-MM-DD. */
  on: string;
}

function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The outcome paragraph: what was decided and under which article. */
function decision(outcome: string, basis: string): string {
  const [group, item] = outcome.split('.') as [string, string | undefined];
  const under = basis ? `根据${basis}的规定，` : '';
  switch (group) {
    case '予以公开':
      return `经审查，您申请获取的政府信息属于公开范围。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，现予以提供（见附件）。`;
    case '部分公开':
      return `经审查，您申请获取的政府信息中含有不应当公开的内容，且能够作区分处理。${under}本机关向您提供可以公开的部分（见附件），对不予公开的部分说明理由如下：【请填写理由】。`;
    case '不予公开':
      return `经审查，您申请获取的政府信息${item ?? ''}。${under}本机关决定不予公开。`;
    case '无法提供':
      return item === '本机关不掌握相关政府信息'
        ? `经检索，本机关未制作、获取您申请的政府信息。${under}告知您该政府信息不存在；如您需要的信息由其他机关负责公开，其名称和联系方式为：【请填写】。`
        : item === '没有现成信息需要另行制作'
          ? `经审查，您申请获取的信息需要本机关对现有政府信息进行加工、分析方可形成。${under}本机关不予提供。`
          : `本机关已于补正告知中请您更改、补充申请内容，但补正后的申请内容仍不明确。${under}本机关无法提供。`;
    case '不予处理':
      return `经审查，您的申请属于“${item ?? ''}”的情形。${under}本机关不作为政府信息公开申请处理。`;
    default:
      return `${item === '其他' ? '经审查，' : `因${item ?? ''}，`}${under}本机关不再处理您的政府信息公开申请。`;
  }
}

/** The draft letter's paragraphs, for the officer to edit. */
export function draftReplyLetter(facts: LetterFacts): string {
  if (!outcomeGroups.some((g) => facts.outcome.startsWith(g.group))) {
    throw new Error(`unknown outcome ${facts.outcome}`);
  }
  return [
    `${facts.applicantName}：`,
    `本机关于${chineseDate(facts.receivedOn)}收到您提出的政府信息公开申请（受理编号 ${facts.trackingNumber}），申请获取“${facts.description}”。`,
    decision(facts.outcome, facts.legalBasis),
    // 行政复议法第20条（60日）、行政诉讼法第46条（6个月）、条例第51条.
    '如对本答复不服，可以自收到本答复之日起六十日内依法申请行政复议，或者自收到本答复之日起六个月内依法向人民法院提起行政诉讼；也可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报。',
    `${facts.orgName}`,
    chineseDate(facts.on),
  ].join('\n\n');
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** A self-contained printable page of the saved letter. */
export function replyLetterHtml(title: string, text: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font-family:'Noto Serif CJK SC','Songti SC',serif;max-width:40rem;margin:2rem auto;line-height:1.9;font-size:16pt}
h1{text-align:center;font-size:20pt}p{text-indent:2em;margin:0 0 .8em}p:first-of-type{text-indent:0}</style></head>
<body><h1>${escape(title)}</h1>
${paragraphs}
</body></html>`;
}

/** The saved letter as a Word document. */
export async function replyLetterDocx(title: string, text: string): Promise<Buffer> {
  const document = new Document({
    creator: 'Sunshine',
    title,
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: title, bold: true, size: 36 })],
          }),
          ...text.split(/\n{2,}/).map(
            (p) =>
              new Paragraph({
                spacing: { after: 200 },
                children: [new TextRun({ text: p.replace(/\n/g, ' '), size: 28 })],
              }),
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
