import { PortalLayout, TextField, useView, TableScroll } from '../../../platform/views/index.ts';
import type { FoiFigures, FoiStatistics } from '../foi-statistics.ts';
import { outcomeGroups } from '../foi.model.ts';

function Rate(props: { value: number | null; min: number }) {
  const { t } = useView();
  if (props.value === null) return <>{t('foiStats.notShown', { min: props.min })}</>;
  return <>{`${(props.value * 100).toFixed(1)}%`}</>;
}

function Row(props: { name: string; figures: FoiFigures; min: number; header?: boolean }) {
  const { figures: f } = props;
  return (
    <tr class={props.header ? 'total-row' : undefined}>
      <th scope="row">{props.name}</th>
      <td>{f.received}</td>
      <td>{f.replied}</td>
      <td>
        <Rate value={f.onTimeRate} min={props.min} />
      </td>
      <td>{f.medianDays ?? <Rate value={null} min={props.min} />}</td>
      {outcomeGroups.map((g) => (
        <td key={g.group}>{f.outcomes[g.group]}</td>
      ))}
    </tr>
  );
}

/** /foi/statistics: per-org figures with their definitions beside them. */
export function FoiStatsPage(props: { year: number; stats: FoiStatistics }) {
  const { t } = useView();
  const { stats } = props;
  const min = stats.minimumCount;
  return (
    <PortalLayout title={t('foiStats.title', { year: props.year })} section="statistics">
      <h1>{t('foiStats.title', { year: props.year })}</h1>
      <p>{t('foiStats.intro', { min })}</p>
      <form method="get" action="/foi/statistics" class="filter-form">
        <TextField
          name="year"
          type="number"
          label={t('foiStats.year')}
          state={{ values: { year: String(props.year) }, errors: [] }}
        />
        <button type="submit">{t('foiStats.show')}</button>
      </form>
      {stats.orgs.length === 0 ? (
        <p>{t('foiStats.none')}</p>
      ) : (
        <TableScroll>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t('foiStats.org')}</th>
                <th scope="col">{t('foiStats.received')}</th>
                <th scope="col">{t('foiStats.replied')}</th>
                <th scope="col">{t('foiStats.onTimeRate')}</th>
                <th scope="col">{t('foiStats.medianDays')}</th>
                {outcomeGroups.map((g) => (
                  <th scope="col" key={g.group}>
                    {g.group}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <Row name={t('foiStats.county')} figures={stats.county} min={min} header />
              {stats.orgs.map((org) => (
                <Row key={org.code} name={org.name} figures={org} min={min} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h2>{t('foiStats.definitions')}</h2>
      <ul>
        <li>{t('foiStats.def.received')}</li>
        <li>{t('foiStats.def.replied')}</li>
        <li>{t('foiStats.def.onTime')}</li>
        <li>{t('foiStats.def.median')}</li>
      </ul>
    </PortalLayout>
  );
}
