import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestOrg } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import { computeAnnualReport, type AnnualReport } from './annual-report.ts';
import { replyToRequest } from './foi-handling.service.ts';
import { receiveRequest } from './foi.service.ts';
import { proactiveTableOf } from './report-entries.ts';
import { annualReportHtml, escapeHtml, sectionHeadings, tableThreeNote } from './report-html.ts';

let database: TestDatabase;
let report: AnnualReport;

before(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const clock = fixedClock('2025-12-31T10:00:00+08:00');
  const ctx = systemContext('report-html-test');
  await createTestOrg(db, 'report-county');
  const { trackingNumber } = await receiveRequest(
    db,
    clock,
    ctx,
    {
      applicant: {
        type: 'business',
        name: '某公司',
        idType: 'credit_code',
        idNumber: '91330100716105852F',
        phone: '024-55000000',
      },
      description: '本县2025年政府采购项目目录',
      form: 'electronic',
      delivery: 'online',
    },
    { channel: 'post', receivedOn: '2025-03-03' },
  );
  await replyToRequest(db, clock, ctx, trackingNumber, {
    on: '2025-03-20',
    outcome: '部分公开',
    legalBasis: '条例第37条',
    text: '部分公开。',
  });
  report = await computeAnnualReport(db, 2025);
});
after(() => database.close());

/** The rows of a table, each as its cells' texts. */
function tableRows(html: string, className: string): string[][] {
  const table = new RegExp(`<table class="${className}">([\\s\\S]*?)</table>`).exec(html)![1]!;
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
    [...m[1]!.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((c) => c[1]!),
  );
}

describe('the annual report as HTML', () => {
  it('has the six sections of 30号 in order, and says which ones the office writes', () => {
    const html = annualReportHtml(report, { subject: '某县人民政府', generatedOn: '2026-01-05' });
    assert.match(html, /^<!doctype html>\n<html lang="zh-CN">/);
    assert.match(html, /<title>某县人民政府2025年政府信息公开工作年度报告<\/title>/);
    const headings = [...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
    assert.deepEqual(headings.slice(0, 6), [...sectionHeadings]);
    assert.equal((html.match(/class="office"/g) ?? []).length, 4);
    assert.match(html, /尚未在系统中填写；表中“—”表示未填写，不是零/);
    assert.match(html, /本部分由政府信息公开工作机构撰写，概述本年度/);
    // Self-contained: inline style, no scripts, nothing fetched.
    assert.match(html, /<style>/);
    assert.doesNotMatch(html, /<script|<link|src=|https?:/);
  });

  it('lays out table 三 as the form, with the corner note and every computed value', () => {
    const html = annualReportHtml(report, { subject: '某县人民政府' });
    assert.ok(html.includes(escapeHtml(tableThreeNote)));
    const rows = tableRows(html, 'applications');
    assert.equal(rows[0]![0], tableThreeNote);
    assert.deepEqual(rows[1], ['自然人', '法人或其他组织', '总计']);
    assert.deepEqual(rows[2], ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    const body = rows.slice(3);
    assert.deepEqual(body[0], [
      '一、本年新收政府信息公开申请数量',
      '0',
      '1',
      '0',
      '0',
      '0',
      '0',
      '1',
    ]);
    // 三 heads the results; its first row is （一）.
    assert.deepEqual(body[2]!.slice(0, 2), ['三、本年度办理结果', '（一）予以公开']);
    assert.deepEqual(body[3], [
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '0',
      '1',
      '0',
      '0',
      '0',
      '0',
      '1',
    ]);
    assert.deepEqual(body[4]!.slice(0, 2), ['（三）不予公开', '1.属于国家秘密']);
    assert.equal(body.at(-2)![0], '（七）总计');
    assert.equal(body.at(-1)![0], '四、结转下年度继续办理');
    // 2 rows before 三, 22 rows of results, 四.
    assert.equal(body.length, 25);
    assert.match(html, /<th rowspan="22" scope="rowgroup">三、本年度办理结果<\/th>/);
    assert.match(html, /<th rowspan="8" scope="rowgroup">（三）不予公开<\/th>/);
    for (const row of body) assert.equal(row.filter((c) => /^\d+$/.test(c)).length, 7, row[0]);
  });

  it('lays out table 四 with its 15 columns under 行政复议 and 行政诉讼', () => {
    const rows = tableRows(annualReportHtml(report, { subject: 'x' }), 'reviews');
    assert.deepEqual(rows[0], ['行政复议', '行政诉讼']);
    assert.deepEqual(rows[1]!.slice(-2), ['未经复议直接起诉', '复议后起诉']);
    assert.equal(rows[2]!.length, 10);
    assert.equal(rows[3]!.length, 15);
  });

  it('prints the parts the office entered: texts of 一 and 六, table 二 marked as entered by hand', () => {
    const entries = {
      overview: '第一段。\n\n第二段 <b>加粗</b>',
      problems: '  ',
      otherMatters: '本年度未收取信息处理费。',
      proactive: {
        规章: [0, 0, 0],
        行政规范性文件: [12, 3, 45],
        行政许可: [120],
        行政处罚: [30],
        行政强制: [2],
        行政事业性收费: [1.25],
      },
    };
    const entered: AnnualReport = {
      ...report,
      sections: { overview: entries.overview, problems: '', otherMatters: entries.otherMatters },
      proactive: proactiveTableOf(entries),
    };
    const html = annualReportHtml(entered, { subject: '某县人民政府' });
    assert.match(
      html,
      /<p class="text">第一段。<\/p>\n<p class="text">第二段 &lt;b&gt;加粗&lt;\/b&gt;<\/p>/,
    );
    assert.match(html, /<p class="text">本年度未收取信息处理费。<\/p>/);
    assert.match(
      html,
      /存在的主要问题，上年度问题的改进情况，以及本年度的改进措施。尚未在系统中填写/,
    );
    assert.match(html, /人工填写，不是本系统计算的结果/);
    const rows = tableRows(html, 'proactive');
    assert.deepEqual(rows.slice(0, 4), [
      ['第二十条第（一）项'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '12', '3', '45'],
    ]);
    assert.deepEqual(rows.at(-1), ['行政事业性收费', '1.25']);
    assert.match(html, /<td colspan="3">120<\/td>/);

    // A report of one org's subtree does not borrow the county's texts and figures.
    const scoped = annualReportHtml(entered, { subject: '某局', scope: '某局' });
    assert.doesNotMatch(scoped, /第一段|本年度未收取信息处理费|>45</);
    assert.match(scoped, /不用于按机构统计的报告/);
  });

  it('lists the checks, a failed one marked in words, and escapes every text', () => {
    const failing: AnnualReport = {
      ...report,
      checks: [
        ...report.checks,
        { rule: '(x) <b>test</b>', ok: false, detail: '自然人列：1 + 0 ≠ 0 + 0 & more' },
      ],
    };
    const html = annualReportHtml(failing, {
      subject: '<script>alert(1)</script>县',
      scope: '某局',
    });
    assert.match(html, /✓ 通过/);
    assert.match(html, /✗ 未通过/);
    assert.match(html, /有 1 项校验未通过/);
    assert.match(html, /\(x\) &lt;b&gt;test&lt;\/b&gt;/);
    assert.match(html, /≠ 0 \+ 0 &amp; more/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;县2025年/);
    assert.match(html, /统计范围：某局及其下属机构/);
    assert.doesNotMatch(html, /<script>/);
  });
});
