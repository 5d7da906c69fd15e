import { StaffLayout, useView } from '../../../platform/views/index.ts';
import type { Adjustment, FlowStep, Power } from '../powers.queries.ts';
import { publicPowerHref } from './catalog.page.tsx';
import { Flowchart } from './flowchart.tsx';
import { AdjustmentHistory, PowerFacts } from './power-parts.tsx';
import { staffPowerHref } from './staff-catalog.page.tsx';

/** /staff/powers/catalog/:code — the power, its history, and what the reader may do to it. */
export function StaffPowerPage(props: {
  power: Power;
  steps: FlowStep[];
  adjustments: Adjustment[];
  canChange: boolean;
}) {
  const { t } = useView();
  const { power } = props;
  const base = staffPowerHref(power.code);
  const open = props.canChange && power.status !== 'cancelled';
  return (
    <StaffLayout title={power.name} system="powers">
      <p>
        <a href="/staff/powers/catalog">{t('powersStaff.catalog.title')}</a>
      </p>
      <h1 lang="zh-CN">{power.name}</h1>
      {power.status === 'cancelled' && <p class="notice">{t('powers.detail.cancelledNotice')}</p>}
      <ul class="action-links">
        {open && (
          <li>
            <a href={`${base}/amend`}>{t('powersStaff.amend.title')}</a>
          </li>
        )}
        {open && power.status === 'active' && (
          <li>
            <a href={`${base}/delegate`}>{t('powersStaff.delegate.title')}</a>
          </li>
        )}
        {open && (
          <li>
            <a href={`${base}/cancel`}>{t('powersStaff.cancel.title')}</a>
          </li>
        )}
        {open && (
          <li>
            <a href={`${base}/steps`}>{t('powersStaff.power.steps')}</a>
          </li>
        )}
        <li>
          <a href={publicPowerHref(power.code)}>{t('powersStaff.power.public')}</a>
        </li>
      </ul>
      {!props.canChange && <p>{t('powersStaff.power.readOnly')}</p>}
      <PowerFacts power={power} />
      <h2>{t('powers.flow.title')}</h2>
      <Flowchart name={power.name} steps={props.steps} />
      <h2>{t('powers.detail.history')}</h2>
      <AdjustmentHistory adjustments={props.adjustments} />
    </StaffLayout>
  );
}
