import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applicationColumns, reviewColumns, type AnnualReport } from './annual-report.ts';
import { proactiveTableOf } from './report-entries.ts';
import { annualReportDocx } from './report-docx.ts';

const report: AnnualReport = {
  year: 2025,
  applications: {
    columns: applicationColumns,
    rows: [{ label: '一、本年新收政府信息公开申请数量', values: [1, 0, 0, 0, 0, 0, 1] }],
  },
  reviews: { columns: reviewColumns, values: reviewColumns.map(() => 0) },
  checks: [{ rule: '(a)', ok: true, detail: '每列均相符' }],
  proactive: proactiveTableOf(null),
  sections: null,
};

describe('the annual report as .docx', () => {
  it('is a Word file', async () => {
    const docx = await annualReportDocx(report, '2025年政府信息公开工作年度报告');
    assert.equal(docx.subarray(0, 4).toString('binary'), 'PK\u0003\u0004');
    assert.ok(docx.includes(Buffer.from('word/document.xml')));
    assert.ok(docx.length > 2000);
  });
});
