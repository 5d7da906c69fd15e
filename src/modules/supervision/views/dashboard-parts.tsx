/** Pieces the supervision dashboard's pages share: figure links, cells, the filter's fields. */
import { useView, SelectField } from '../../../platform/views/index.ts';
import type { Figure } from '../summary.sql.ts';
import { summaryValue, type Summary, type SummaryField } from '../summary.service.ts';

export interface FilterOfLinks {
  from: string;
  to: string;
  orgCode?: string | undefined;
  /** The org alone (a row of the table per org), not the orgs under it. */
  orgOnly?: boolean | undefined;
  matterType?: string | undefined;
}

/** The list of exactly the matters a figure counts, for the filter given. */
export function figureHref(filter: FilterOfLinks, figure: Figure, page?: number): string {
  const params = new URLSearchParams({ figure, from: filter.from, to: filter.to });
  if (filter.orgCode) params.set('org', filter.orgCode);
  if (filter.orgCode && filter.orgOnly) params.set('orgOnly', '1');
  if (filter.matterType) params.set('matterType', filter.matterType);
  if (page && page > 1) params.set('page', String(page));
  return `/staff/supervision/matters?${params.toString()}`;
}

const rates = ['completionRate', 'onTimeRate', 'earlyRate'] as const;
type Rate = (typeof rates)[number];
const isRate = (c: SummaryField): c is Rate => (rates as readonly string[]).includes(c);

/** A count linking to its matters (zero links nowhere), or a rate as a percentage. */
export function FigureValue(props: {
  summary: Summary;
  column: SummaryField;
  filter: FilterOfLinks;
}) {
  const { t } = useView();
  const value = summaryValue(props.summary, props.column);
  if (value === null) return <>{t('supervisionDashboard.noRate')}</>;
  if (isRate(props.column)) return <>{`${(value * 100).toFixed(2)}%`}</>;
  const lightClass =
    props.column === 'red' || props.column === 'yellow' || props.column === 'green'
      ? `light light-${props.column}`
      : undefined;
  const figure = props.column as Figure;
  return (
    <a href={figureHref(props.filter, figure)} class={lightClass}>
      {value}
    </a>
  );
}

export function matterTypeLabel(t: (key: string) => string, type: string): string {
  const key = `supervisionDashboard.type.${type}`;
  const label = t(key);
  return label === key ? type : label;
}

export { SelectField };

/** A light as a word in its colour ('—' once the matter has ended). */
export function Light(props: { light: string | null }) {
  const { t } = useView();
  if (!props.light) return <>{t('supervisionMatters.light.none')}</>;
  return (
    <span class={`light light-${props.light}`}>{t(`supervisionMatters.light.${props.light}`)}</span>
  );
}
