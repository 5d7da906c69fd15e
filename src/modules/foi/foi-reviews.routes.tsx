/** Recording 行政复议 / 行政诉讼 about a request, for the annual report's section 四. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import type { ModuleDeps } from '../../platform/app-module.ts';
import { isLocalDate } from '../../platform/calendar/index.ts';
import { AppError } from '../../platform/errors/index.ts';
import { contextOf, submitForm } from '../../platform/http/index.ts';
import { defineMessages } from '../../platform/i18n/index.ts';
import { can, ensureCan } from '../accounts/index.ts';
import { recordReview } from './foi-reviews.service.ts';
import { foiRequestRule } from './foi.policy.ts';
import { ReviewsPage, type ReviewRow } from './views/reviews.page.tsx';

const params = z.object({ trackingNumber: z.string().trim().min(1).max(40) });
const date = (key: string) => z.string().trim().refine(isLocalDate, key);
const reviewForm = z.object({
  kind: z.enum(['reconsideration', 'litigation_direct', 'litigation_after_reconsideration'], {
    message: 'foiReviews.error.kind',
  }),
  filedOn: date('foiReviews.error.filedOn'),
  result: z.enum(['pending', 'upheld', 'corrected', 'other'], {
    message: 'foiReviews.error.result',
  }),
  decidedOn: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || isLocalDate(v), 'foiReviews.error.decidedOn'),
});

async function loadReviews(request: FastifyRequest, db: ModuleDeps['db']) {
  const { trackingNumber } = params.parse(request.params);
  const { rows } = await sql<{ id: number; path: string }>`
    select r.id, o.path from foi_requests r join accounts_orgs o on o.id = r.org_id
    where r.tracking_number = ${trackingNumber}`.execute(db);
  const found = rows[0];
  if (!found)
    throw new AppError(
      'not_found',
      'foi_not_found',
      `没有受理编号 ${trackingNumber} / no request ${trackingNumber}`,
    );
  ensureCan(request.actor, 'read', found.path, foiRequestRule);
  const reviews = await sql<ReviewRow>`
    select id, kind, filed_on, result, decided_on from foi_reviews where request_id = ${found.id} order by id`.execute(
    db,
  );
  return {
    trackingNumber,
    reviews: reviews.rows,
    canChange: can(request.actor, 'change', found.path, foiRequestRule),
  };
}

export function foiReviewsRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get('/staff/foi/:trackingNumber/reviews', async (request, reply) => {
    const data = await loadReviews(request, deps.db);
    return reply.page(<ReviewsPage {...data} form={{ values: {}, errors: [] }} />);
  });

  app.post('/staff/foi/:trackingNumber/reviews', async (request, reply) => {
    const data = await loadReviews(request, deps.db);
    if (!data.canChange)
      throw new AppError('forbidden', 'not_allowed', '您没有权限执行此操作 / you may not do this');
    return submitForm(reply, {
      schema: reviewForm,
      body: request.body,
      render: (form) => <ReviewsPage {...data} form={form} />,
      action: async (form) => {
        await recordReview(deps.db, deps.clock, contextOf(request), data.trackingNumber, form);
        return `/staff/foi/${encodeURIComponent(data.trackingNumber)}/reviews`;
      },
    });
  });
}

export const foiReviewsMessages = defineMessages(
  {
    'foiReviews.title': '行政复议与行政诉讼：{number}',
    'foiReviews.back': '返回申请',
    'foiReviews.intro':
      '记录申请人就本申请提起的行政复议和行政诉讼，年度报告第四部分据此统计；年底前未审结的计为“尚未审结”。',
    'foiReviews.none': '尚无记录。',
    'foiReviews.kind': '类别',
    'foiReviews.kind.reconsideration': '行政复议',
    'foiReviews.kind.litigation_direct': '行政诉讼（未经复议直接起诉）',
    'foiReviews.kind.litigation_after_reconsideration': '行政诉讼（复议后起诉）',
    'foiReviews.filedOn': '提起日期',
    'foiReviews.result': '结果',
    'foiReviews.result.pending': '尚未审结',
    'foiReviews.result.upheld': '结果维持',
    'foiReviews.result.corrected': '结果纠正',
    'foiReviews.result.other': '其他结果',
    'foiReviews.decidedOn': '审结日期',
    'foiReviews.decidedOnHint': '已审结的填写，格式 YYYY-MM-DD',
    'foiReviews.add': '新增记录',
    'foiReviews.submit': '保存记录',
    'foiReviews.error.kind': '类别：请选择',
    'foiReviews.error.filedOn': '提起日期：格式应为 YYYY-MM-DD',
    'foiReviews.error.result': '结果：请选择',
    'foiReviews.error.decidedOn': '审结日期：格式应为 YYYY-MM-DD',
  },
  {
    'foiReviews.title': 'Reconsideration and litigation: {number}',
    'foiReviews.back': 'Back to the request',
    'foiReviews.intro':
      'Record the reconsiderations and lawsuits about this request; section 四 of the annual report counts them, those not decided by the year’s end as pending.',
    'foiReviews.none': 'None recorded.',
    'foiReviews.kind': 'Kind',
    'foiReviews.kind.reconsideration': 'Administrative reconsideration',
    'foiReviews.kind.litigation_direct': 'Lawsuit without reconsideration',
    'foiReviews.kind.litigation_after_reconsideration': 'Lawsuit after reconsideration',
    'foiReviews.filedOn': 'Filed on',
    'foiReviews.result': 'Result',
    'foiReviews.result.pending': 'Pending',
    'foiReviews.result.upheld': 'Upheld',
    'foiReviews.result.corrected': 'Corrected',
    'foiReviews.result.other': 'Other result',
    'foiReviews.decidedOn': 'Decided on',
    'foiReviews.decidedOnHint': 'For a decided case, YYYY-MM-DD',
    'foiReviews.add': 'Add a record',
    'foiReviews.submit': 'Save the record',
    'foiReviews.error.kind': 'Kind: choose one',
    'foiReviews.error.filedOn': 'Filed on: use YYYY-MM-DD',
    'foiReviews.error.result': 'Result: choose one',
    'foiReviews.error.decidedOn': 'Decided on: use YYYY-MM-DD',
  },
);
