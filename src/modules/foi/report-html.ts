/**
 * The annual report (国办公开办函〔2021〕30号) as one printable HTML document: the six sections in
 * their fixed order (RULES.md §2.2); the texts of 一, 五, 六 and table 二 as the office entered them
 * (report-entries.ts), or an honest note where they are not entered; tables 三 and 四 as computed;
 * the 勾稽 checks as an appendix.
 * Self-contained (inline CSS, no scripts, no external resources); every text escaped.
 */
import type { AnnualReport, ReportRow } from './annual-report.ts';

export interface ReportHtmlOptions {
  /** Whose report: the county government, or the org whose subtree was counted. */
  subject: string;
  /** When the report covers one org's subtree, its name (said in the header). */
  scope?: string;
  /** The day the document was made (YYYY-MM-DD). */
  generatedOn?: string;
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!);
}

/** The six headings of 30号, in their fixed order. */
export const sectionHeadings = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
] as const;

export const tableThreeNote =
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** What an unwritten section is about, said where its text would be. */
const notWritten: Record<'overview' | 'problems' | 'otherMatters', string> = {
  overview:
    '本部分由政府信息公开工作机构撰写，概述本年度主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面的工作。',
  problems:
    '本部分由政府信息公开工作机构撰写：本年度政府信息公开工作存在的主要问题，上年度问题的改进情况，以及本年度的改进措施。',
  otherMatters:
    '本部分由政府信息公开工作机构撰写，包括按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费的情况，以及其他需要报告的事项。',
};

const css = `
@page { size: A4; margin: 20mm 18mm; }
html { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif; color: #000; background: #fff; }
body { max-width: 180mm; margin: 0 auto; padding: 1rem; font-size: 12pt; line-height: 1.6; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 0.5rem; }
h2 { font-size: 14pt; margin: 1.5rem 0 0.5rem; break-after: avoid; }
p.meta { text-align: center; font-size: 10.5pt; margin: 0 0 1rem; }
p.office { border: 1px dashed #555; padding: 0.5rem 0.75rem; color: #333; }
p.text { text-indent: 2em; margin: 0 0 0.5rem; }
table.proactive td { width: 20%; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.35; break-inside: auto; }
th, td { border: 1px solid #000; padding: 2px 4px; vertical-align: middle; }
thead th { text-align: center; font-weight: bold; }
tbody th { text-align: left; font-weight: normal; }
td { text-align: center; font-variant-numeric: tabular-nums; }
th.corner { font-weight: normal; font-size: 8.5pt; text-align: left; }
table.applications thead th[scope="col"] { width: 7%; }
tr { break-inside: avoid; }
.checks td { text-align: left; }
.failed { font-weight: bold; }
@media print { body { padding: 0; max-width: none; } .table-wrap { overflow: visible; } }
`;

function cell(tag: 'th' | 'td', text: string, attrs: Record<string, string | number> = {}): string {
  const attributes = Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');
  return `<${tag}${attributes}>${escapeHtml(text)}</${tag}>`;
}

const isItem = (row: ReportRow | undefined) => row !== undefined && /^\d+\./.test(row.label);

/** Table 三 laid out as the form: three label columns, group headings spanning their items. */
function applicationsTable(report: AnnualReport): string {
  const { columns, rows } = report.applications;
  const [person, ...rest] = columns;
  const total = rest.pop()!;
  const head = [
    `<tr>${cell('th', tableThreeNote, { colspan: 3, rowspan: 3, class: 'corner', scope: 'col' })}${cell('th', '申请人情况', { colspan: columns.length, scope: 'colgroup' })}</tr>`,
    `<tr>${cell('th', person!, { rowspan: 2, scope: 'col' })}${cell('th', '法人或其他组织', { colspan: rest.length, scope: 'colgroup' })}${cell('th', total, { rowspan: 2, scope: 'col' })}</tr>`,
    `<tr>${rest.map((c) => cell('th', c, { scope: 'col' })).join('')}</tr>`,
  ];
  const values = (row: ReportRow) => row.values.map((v) => cell('td', String(v))).join('');
  const body: string[] = [];
  const resultsAt = rows.findIndex((r) => r.label.startsWith('三、'));
  const carryAt = rows.findIndex((r) => r.label.startsWith('四、'));
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (i <= resultsAt || i >= carryAt || resultsAt < 0) {
      if (i === resultsAt) continue; // its label heads the rows of results below
      body.push(`<tr>${cell('th', row.label, { colspan: 3, scope: 'row' })}${values(row)}</tr>`);
      continue;
    }
    let lead = '';
    if (i === resultsAt + 1) {
      // The results' rows: every row up to 四 except the group headings that have items.
      const span = rows
        .slice(resultsAt + 1, carryAt)
        .filter((r, j, list) => !isItem(list[j + 1]) || isItem(r)).length;
      lead = cell('th', rows[resultsAt]!.label, { rowspan: span, scope: 'rowgroup' });
    }
    if (!isItem(row) && isItem(rows[i + 1])) {
      // A group heading (（三）不予公开…): spans its items' rows; its own sum is theirs.
      let count = 0;
      while (isItem(rows[i + 1 + count])) count++;
      const first = rows[i + 1]!;
      body.push(
        `<tr>${lead}${cell('th', row.label, { rowspan: count, scope: 'rowgroup' })}${cell('th', first.label, { scope: 'row' })}${values(first)}</tr>`,
      );
      for (const item of rows.slice(i + 2, i + 1 + count)) {
        body.push(`<tr>${cell('th', item.label, { scope: 'row' })}${values(item)}</tr>`);
      }
      i += count;
      continue;
    }
    body.push(
      `<tr>${lead}${cell('th', row.label, { colspan: 2, scope: 'row' })}${values(row)}</tr>`,
    );
  }
  return `<div class="table-wrap"><table class="applications">
<thead>
${head.join('\n')}
</thead>
<tbody>
${body.join('\n')}
</tbody>
</table></div>`;
}

/** Table 四: 行政复议, then 行政诉讼 split into 未经复议直接起诉 and 复议后起诉. */
function reviewsTable(report: AnnualReport): string {
  const { columns, values } = report.reviews;
  const groups: { name: string; results: string[] }[] = [];
  for (const column of columns) {
    const [name = '', result = column] = column.split('·');
    const group = groups.find((g) => g.name === name);
    if (group) group.results.push(result);
    else groups.push({ name, results: [result] });
  }
  const litigation = groups.filter((g) => /^行政诉讼（.+）$/.test(g.name));
  const others = groups.filter((g) => !litigation.includes(g));
  const top = [
    ...others.map((g) => cell('th', g.name, { colspan: g.results.length, scope: 'colgroup' })),
    litigation.length > 0
      ? cell('th', '行政诉讼', {
          colspan: litigation.reduce((n, g) => n + g.results.length, 0),
          scope: 'colgroup',
        })
      : '',
  ].join('');
  const middle = [
    ...others.flatMap((g) => g.results.map((r) => cell('th', r, { rowspan: 2, scope: 'col' }))),
    ...litigation.map((g) =>
      cell('th', g.name.replace(/^行政诉讼（(.+)）$/, '$1'), {
        colspan: g.results.length,
        scope: 'colgroup',
      }),
    ),
  ].join('');
  const bottom = litigation.flatMap((g) => g.results.map((r) => cell('th', r, { scope: 'col' })));
  return `<div class="table-wrap"><table class="reviews">
<thead>
<tr>${top}</tr>
<tr>${middle}</tr>
${bottom.length > 0 ? `<tr>${bottom.join('')}</tr>` : ''}
</thead>
<tbody>
<tr>${values.map((v) => cell('td', String(v))).join('')}</tr>
</tbody>
</table></div>`;
}

function checksList(report: AnnualReport): string {
  const rows = report.checks.map(
    (c) =>
      `<tr${c.ok ? '' : ' class="failed"'}>${cell('td', c.rule)}${cell('td', c.ok ? '✓ 通过' : '✗ 未通过')}${cell('td', c.detail)}</tr>`,
  );
  const failed = report.checks.filter((c) => !c.ok).length;
  const summary =
    failed === 0
      ? '全部校验通过。'
      : `有 ${failed} 项校验未通过：发布前请核对台账，找出并更正不符的记录。`;
  return `<p>${escapeHtml(summary)}</p>
<div class="table-wrap"><table class="checks">
<thead><tr>${cell('th', '校验规则', { scope: 'col' })}${cell('th', '结果', { scope: 'col' })}${cell('th', '说明', { scope: 'col' })}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}

function office(note: string): string {
  return `<p class="office">${escapeHtml(note)}</p>`;
}

/**
 * A section the office writes: its text as entered (paragraph by paragraph), or an honest note.
 * A report of one org's subtree does not borrow the county's texts.
 */
function written(report: AnnualReport, part: keyof typeof notWritten, scoped: boolean): string {
  const text = scoped ? '' : (report.sections?.[part]?.trim() ?? '');
  if (!text) {
    const why = scoped
      ? '系统中录入的文字属于本级政府的年度报告，不用于按机构统计的报告。'
      : '尚未在系统中填写（工作台“年度报告”页面可以填写）。';
    return office(`${notWritten[part]}${why}`);
  }
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => `<p class="text">${escapeHtml(line.trim())}</p>`)
    .join('\n');
}

/** Table 二 as the form prints it: a heading row per item of 第二十条, then its rows. */
function proactiveTable(report: AnnualReport, scoped: boolean): string {
  const { proactive } = report;
  const width = Math.max(...proactive.rows.map((r) => r.columns.length)) + 1;
  const note = scoped
    ? '本表由政府信息公开工作机构根据主动公开工作记录填写；系统中录入的数字属于本级政府的年度报告，不用于按机构统计的报告；表中“—”表示未填写。'
    : proactive.source === 'manual'
      ? '本表数据由政府信息公开工作机构根据主动公开工作记录人工填写，不是本系统计算的结果。'
      : '本表由政府信息公开工作机构根据主动公开工作记录填写，尚未在系统中填写；表中“—”表示未填写，不是零。';
  const body: string[] = [];
  let item = '';
  for (const row of proactive.rows) {
    // The last column fills the row: table 二's items have one or three columns.
    const span = (i: number): Record<string, number> =>
      i === row.columns.length - 1 && width - row.columns.length > 1
        ? { colspan: width - row.columns.length }
        : {};
    if (row.item !== item) {
      item = row.item;
      body.push(`<tr>${cell('th', row.item, { colspan: width, scope: 'colgroup' })}</tr>`);
      body.push(
        `<tr>${cell('th', '信息内容', { scope: 'col' })}${row.columns.map((c, i) => cell('th', c, { scope: 'col', ...span(i) })).join('')}</tr>`,
      );
    }
    const values = row.values.map((v, i) =>
      cell('td', v === null || scoped ? '—' : String(v), span(i)),
    );
    body.push(`<tr>${cell('th', row.label, { scope: 'row' })}${values.join('')}</tr>`);
  }
  return `${office(note)}
<div class="table-wrap"><table class="proactive">
<tbody>
${body.join('\n')}
</tbody>
</table></div>`;
}

/** The whole document. */
export function annualReportHtml(report: AnnualReport, options: ReportHtmlOptions): string {
  const title = `${options.subject}${report.year}年政府信息公开工作年度报告`;
  const meta = [
    `报告期：${report.year}年1月1日至${report.year}年12月31日`,
    options.scope ? `统计范围：${options.scope}及其下属机构` : '',
    options.generatedOn ? `生成日期：${options.generatedOn}` : '',
  ].filter(Boolean);
  const scoped = Boolean(options.scope);
  const sections = [
    `<h2>${sectionHeadings[0]}</h2>\n${written(report, 'overview', scoped)}`,
    `<h2>${sectionHeadings[1]}</h2>\n${proactiveTable(report, scoped)}`,
    `<h2>${sectionHeadings[2]}</h2>\n<p>以下数据由本系统根据依申请公开登记台账计算。</p>\n${applicationsTable(report)}`,
    `<h2>${sectionHeadings[3]}</h2>\n<p>以下数据由本系统根据本年度提起的行政复议、行政诉讼记录计算。</p>\n${reviewsTable(report)}`,
    `<h2>${sectionHeadings[4]}</h2>\n${written(report, 'problems', scoped)}`,
    `<h2>${sectionHeadings[5]}</h2>\n${written(report, 'otherMatters', scoped)}`,
    `<h2>附：表三数据勾稽关系校验</h2>\n<p>本附录供核对数据使用，不属于年度报告格式规定的内容，公开发布时请删去。</p>\n${checksList(report)}`,
  ];
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${meta.map(escapeHtml).join('<br>')}</p>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
