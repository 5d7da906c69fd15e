import { PortalLayout, useView } from '../../../platform/views/index.ts';
import type { Adjustment, FlowStep, Power } from '../powers.queries.ts';
import { Flowchart } from './flowchart.tsx';
import { AdjustmentHistory, PowerFacts } from './power-parts.tsx';

/** /services/powers/:code — the current version, responsibilities, flowchart, history. */
export function PowerPage(props: {
  power: Power;
  steps: FlowStep[];
  adjustments: Adjustment[];
  intermediaries: { code: string; name: string }[];
}) {
  const { t } = useView();
  const { power } = props;
  return (
    <PortalLayout title={power.name} section="services">
      <p>
        <a href="/services/powers">{t('powers.detail.back')}</a>
      </p>
      <h1 lang="zh-CN">{power.name}</h1>
      {power.status === 'cancelled' && <p class="notice">{t('powers.detail.cancelledNotice')}</p>}
      {power.status === 'delegated' && <p class="notice">{t('powers.detail.delegatedNotice')}</p>}
      <PowerFacts power={power} />
      <h2>{t('powers.flow.title')}</h2>
      <Flowchart name={power.name} steps={props.steps} />
      <h2>{t('powers.detail.intermediaries')}</h2>
      {props.intermediaries.length === 0 ? (
        <p>{t('powers.detail.noIntermediaries')}</p>
      ) : (
        <>
          <p>{t('powers.detail.intermediariesIntro')}</p>
          <ul lang="zh-CN">
            {props.intermediaries.map((s) => (
              <li key={s.code}>
                <a href={`/services/intermediaries#${s.code}`}>{s.name}</a>
              </li>
            ))}
          </ul>
          <p>{t('powers.intermediaries.statement')}</p>
        </>
      )}
      <h2>{t('powers.detail.history')}</h2>
      <AdjustmentHistory adjustments={props.adjustments} />
    </PortalLayout>
  );
}
