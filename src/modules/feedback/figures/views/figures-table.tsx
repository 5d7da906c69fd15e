import { Fragment } from 'preact';
import { TableScroll, useView } from '../../../../platform/views/index.ts';
import type { FeedbackSettings } from '../../feedback.settings.ts';
import type { FigureSet, Figures } from '../figures.queries.ts';
import {
  figureDefinitions,
  settingDefinitions,
  type CountFigure,
  type RateFigure,
} from '../figures.sql.ts';

/** The columns, each count beside the rate it feeds. */
export const columns: (CountFigure | RateFigure)[] = [
  'received',
  'valid',
  'replied',
  'replyRate',
  'publicReplied',
  'publicReplyRate',
  'onTimeReplied',
  'onTimeReplyRate',
  'completed',
  'completionDue',
  'completedOnTime',
  'onTimeCompletionRate',
  'rated',
  'level_very_satisfied',
  'level_satisfied',
  'level_basic',
  'level_dissatisfied',
  'level_very_dissatisfied',
  'satisfied',
  'satisfactionRate',
  'starComposite',
  'calledBack',
  'callbackRate',
  'dutyRate',
];

export function isRate(column: string): column is RateFigure {
  return column.endsWith('Rate') || column === 'starComposite';
}

export function formatRate(column: RateFigure, value: number | null): string {
  if (value === null) return '—';
  if (column === 'starComposite') return value.toFixed(2);
  return `${(value * 100).toFixed(2)}%`;
}

interface Row {
  key: string;
  label: string;
  orgCode: string | null;
  set: FigureSet;
}

/** The table: one row per org (and the county's first); `href` makes counts drill-down links. */
export function FiguresTable(props: {
  figures: Figures;
  countyLabel: string;
  href?: (figure: CountFigure, orgCode: string | null) => string | null;
  /** Rates of a row with fewer valid appeals are not shown (public page). */
  minimumValid?: number;
}) {
  const { t, locale } = useView();
  const rows: Row[] = [
    { key: '_county', label: props.countyLabel, orgCode: null, set: props.figures.county },
    ...props.figures.orgs.map((o) => ({ key: o.code, label: o.name, orgCode: o.code, set: o })),
  ];
  const cell = (row: Row, column: CountFigure | RateFigure) => {
    if (isRate(column)) {
      if (props.minimumValid !== undefined && row.set.counts.valid < props.minimumValid) {
        return <td key={column}>—</td>;
      }
      const value = formatRate(column, row.set.rates[column]);
      return (
        <td key={column}>
          {column === 'dutyRate' && row.set.dutyDays > 0
            ? `${value}（${row.set.dutyCounted}/${row.set.dutyDays}）`
            : value}
        </td>
      );
    }
    const count = row.set.counts[column];
    const href = props.href?.(column, row.orgCode);
    return <td key={column}>{href ? <a href={href}>{count}</a> : count}</td>;
  };
  return (
    <TableScroll>
      <table class="figures">
        <caption>
          {t('feedbackFigures.caption', { from: props.figures.from, to: props.figures.to })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('feedbackFigures.org')}</th>
            {columns.map((c) => (
              <th scope="col" key={c}>
                <abbr title={figureDefinitions[c][locale]}>{t(`feedbackFigures.name.${c}`)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {columns.map((c) => cell(row, c))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Every figure's definition, and the settings that change them, under the table. */
export function FigureDefinitions(props: {
  settings: Pick<FeedbackSettings, 'satisfaction' | 'dutyRule' | 'stars'>;
}) {
  const { t, locale } = useView();
  return (
    <section aria-labelledby="figure-definitions">
      <h2 id="figure-definitions">{t('feedbackFigures.definitions')}</h2>
      <dl class="definitions">
        {columns.map((c) => (
          <Fragment key={c}>
            <dt>{t(`feedbackFigures.name.${c}`)}</dt>
            <dd>{figureDefinitions[c][locale]}</dd>
          </Fragment>
        ))}
      </dl>
      <h3>{t('feedbackFigures.settingsUsed')}</h3>
      <ul>
        <li>{settingDefinitions.satisfaction[props.settings.satisfaction][locale]}</li>
        <li>
          {t('feedbackFigures.settings.stars')}：
          {Object.entries(props.settings.stars)
            .map(([level, points]) => `${t(`feedback.level.${level}`)} ${points}`)
            .join('，')}
        </li>
        <li>{settingDefinitions.dutyRule[props.settings.dutyRule][locale]}</li>
      </ul>
    </section>
  );
}
