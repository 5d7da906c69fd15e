/**
 * 权力运行流程图 (RULES.md §8.3): the steps drawn as an SVG (an image with a title and a
 * description for screen readers) and the same steps as an ordered list, the text equivalent.
 */
import { useView } from '../../../platform/views/index.ts';
import type { FlowStep } from '../powers.queries.ts';

const width = 560;
const boxHeight = 64;
const gap = 36;
const margin = 16;

function limitText(
  t: (key: string, vars?: Record<string, string | number>) => string,
  days: number,
) {
  return days === 0 ? t('powers.flow.instant') : t('powers.flow.limit', { days });
}

/** The flowchart of one power, with its text equivalent; a notice when it has no steps. */
export function Flowchart(props: { name: string; steps: FlowStep[] }) {
  const { t, locale } = useView();
  const { steps } = props;
  const stop = locale === 'en' ? '. ' : '。';
  const comma = locale === 'en' ? ', ' : '，';
  const semicolon = locale === 'en' ? '; ' : '；';
  if (steps.length === 0) return <p>{t('powers.flow.none')}</p>;
  const total = steps.reduce((sum, s) => sum + s.limitDays, 0);
  const checkpoints = steps.filter((s) => s.isCheckpoint).length;
  const height = margin * 2 + steps.length * boxHeight + (steps.length - 1) * gap;
  const top = (i: number) => margin + i * (boxHeight + gap);
  const description = t('powers.flow.desc', { count: steps.length, total, checkpoints });
  return (
    <div class="flowchart">
      <figure aria-labelledby="flow-caption">
        <svg
          role="img"
          aria-labelledby="flow-svg-title flow-svg-desc"
          viewBox={`0 0 ${width} ${height}`}
          width="100%"
          preserveAspectRatio="xMidYMin meet"
          font-family="sans-serif"
        >
          <title id="flow-svg-title">{t('powers.flow.figure', { name: props.name })}</title>
          <desc id="flow-svg-desc">
            {description}{' '}
            {steps
              .map((s, i) =>
                [
                  t('powers.flow.step', { n: i + 1, name: s.name }),
                  s.post ? t('powers.flow.post', { post: s.post }) : '',
                  limitText(t, s.limitDays),
                  s.isCheckpoint ? t('powers.flow.checkpoint') : '',
                ]
                  .filter(Boolean)
                  .join(comma),
              )
              .join(semicolon)}
          </desc>
          {steps.map((s, i) => (
            <g key={s.position}>
              <rect
                x={margin}
                y={top(i)}
                width={width - margin * 2}
                height={boxHeight}
                rx="6"
                fill="#ffffff"
                stroke={s.isCheckpoint ? '#b3261e' : '#555555'}
                stroke-width={s.isCheckpoint ? 3 : 1.5}
              />
              <text
                x={margin + 14}
                y={top(i) + 26}
                font-size="17"
                font-weight="bold"
                fill="#1a1a1a"
              >
                {t('powers.flow.step', { n: i + 1, name: s.name })}
              </text>
              <text x={margin + 14} y={top(i) + 50} font-size="14" fill="#333333">
                {[s.post, limitText(t, s.limitDays)].filter(Boolean).join('　')}
              </text>
              {s.isCheckpoint && (
                <g>
                  <rect
                    x={width - margin - 96}
                    y={top(i) + 10}
                    width="84"
                    height="24"
                    rx="12"
                    fill="#b3261e"
                  />
                  <text
                    x={width - margin - 54}
                    y={top(i) + 27}
                    font-size="13"
                    fill="#ffffff"
                    text-anchor="middle"
                  >
                    {t('powers.flow.checkpoint')}
                  </text>
                </g>
              )}
              {i < steps.length - 1 && (
                <g>
                  <line
                    x1={width / 2}
                    y1={top(i) + boxHeight}
                    x2={width / 2}
                    y2={top(i + 1) - 8}
                    stroke="#555555"
                    stroke-width="2"
                  />
                  <polygon
                    points={`${width / 2 - 7},${top(i + 1) - 10} ${width / 2 + 7},${top(i + 1) - 10} ${width / 2},${top(i + 1)}`}
                    fill="#555555"
                  />
                </g>
              )}
            </g>
          ))}
        </svg>
        <figcaption id="flow-caption">{t('powers.flow.figure', { name: props.name })}</figcaption>
      </figure>
      <h3>{t('powers.flow.textTitle')}</h3>
      <p>{description}</p>
      <ol class="flow-steps">
        {steps.map((s, i) => (
          <li key={s.position}>
            <strong>{t('powers.flow.step', { n: i + 1, name: s.name })}</strong>
            {s.post && (
              <>
                {stop}
                {t('powers.flow.post', { post: s.post })}
              </>
            )}
            {stop}
            {limitText(t, s.limitDays)}
            {s.isCheckpoint && (
              <>
                {stop}
                {t('powers.flow.checkpoint')}
              </>
            )}
          </li>
        ))}
      </ol>
      <p class="hint">{t('powers.flow.legend')}</p>
    </div>
  );
}
