import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { AppError } from '../../platform/errors/index.ts';
import { contextOf, formValues, submitForm } from '../../platform/http/index.ts';
import { defineMessages } from '../../platform/i18n/index.ts';
import { hasCountyRole } from '../accounts/index.ts';
import { proactiveRows, readReportEntries, saveReportEntries } from './report-entries.ts';
import { ReportEntriesPage } from './views/report-entries.page.tsx';

const yearQuery = z.object({ year: z.coerce.number().int().min(2008).max(2100) });
const text = z.string().max(20000).optional().default('');
const entriesForm = z.looseObject({ overview: text, problems: text, otherMatters: text });

function ensureOffice(request: FastifyRequest): void {
  if (!hasCountyRole(request.actor, ['admin', 'disclosure_officer'])) {
    throw new AppError(
      'forbidden',
      'not_allowed',
      '只有县级政务公开工作人员可以填写 / the county disclosure office only',
    );
  }
}

export function foiReportEntriesRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get('/staff/foi/report/entries', async (request, reply) => {
    ensureOffice(request);
    const { year } = yearQuery.parse(request.query);
    const entries = await readReportEntries(deps.db, year);
    const values: Record<string, string> = {
      overview: entries?.overview ?? '',
      problems: entries?.problems ?? '',
      otherMatters: entries?.otherMatters ?? '',
    };
    proactiveRows.forEach((row, r) =>
      row.columns.forEach((_, c) => {
        const value = entries?.proactive[row.label]?.[c];
        values[`p_${r}_${c}`] = value === undefined ? '' : String(value);
      }),
    );
    return reply.page(<ReportEntriesPage year={year} form={{ values, errors: [] }} />);
  });

  app.post('/staff/foi/report/entries', async (request, reply) => {
    ensureOffice(request);
    const { year } = yearQuery.parse(request.query);
    return submitForm(reply, {
      schema: entriesForm,
      body: request.body,
      render: (form) => <ReportEntriesPage year={year} form={form} />,
      action: async (form) => {
        const raw = formValues(request.body);
        const proactive = Object.fromEntries(
          proactiveRows.map((row, r) => [
            row.label,
            row.columns.map((_, c) => {
              const value = raw[`p_${r}_${c}`]?.trim() ?? '';
              return value === '' ? Number.NaN : Number(value);
            }),
          ]),
        );
        await saveReportEntries(deps.db, deps.clock, contextOf(request), year, {
          overview: form.overview,
          problems: form.problems,
          otherMatters: form.otherMatters,
          proactive,
        });
        return `/staff/foi/report?year=${year}`;
      },
    });
  });
}

export const foiReportEntriesMessages = defineMessages(
  {
    'foiEntries.title': '{year} 年度报告：人工填写部分',
    'foiEntries.back': '返回年度报告',
    'foiEntries.intro':
      '年度报告第三、四部分由办理记录自动计算。以下内容由政务公开工作机构填写：第一、五、六部分的文字，以及在“主动公开”模块上线前的第二部分表格（报告中注明为人工填写）。',
    'foiEntries.overview': '一、总体情况',
    'foiEntries.proactive': '二、主动公开政府信息情况（人工填写）',
    'foiEntries.proactiveHint':
      '县级政府一般没有规章制定权，规章一栏通常填 0。收费金额单位为万元。',
    'foiEntries.item': '条款',
    'foiEntries.content': '信息内容',
    'foiEntries.values': '数量',
    'foiEntries.problems': '五、存在的主要问题及改进情况',
    'foiEntries.otherMatters': '六、其他需要报告的事项',
    'foiEntries.save': '保存',
  },
  {
    'foiEntries.title': '{year} annual report: the parts written by hand',
    'foiEntries.back': 'Back to the annual report',
    'foiEntries.intro':
      'Sections 三 and 四 are computed from the records. The disclosure office writes sections 一, 五 and 六, and, until the publishing module counts them, the table of section 二 (marked in the report as entered by hand).',
    'foiEntries.overview': '一、总体情况 (overview)',
    'foiEntries.proactive': '二、主动公开政府信息情况 (entered by hand)',
    'foiEntries.proactiveHint':
      'A county government normally has no power to make 规章: that row is usually 0. Fee amounts are in 万元.',
    'foiEntries.item': 'Article',
    'foiEntries.content': 'Information',
    'foiEntries.values': 'Figures',
    'foiEntries.problems': '五、存在的主要问题及改进情况 (problems and improvements)',
    'foiEntries.otherMatters': '六、其他需要报告的事项 (other matters)',
    'foiEntries.save': 'Save',
  },
);
