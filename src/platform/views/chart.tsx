/**
 * Charts drawn on the server: ECharts renders an option to SVG (no script in the browser, no
 * animation), the SVG is an image named by its title (role="img", aria-label and <title>), and
 * the same figures always follow as a data table, so the chart is readable without JavaScript,
 * without sight and on paper.
 *
 * Example: `<Chart title="受理与办结（按月）" categoryLabel="月份" categories={['2026-08',
 * '2026-09']} series={[{ name: '受理', data: [12, 15] }]} />`.
 */
import * as echarts from 'echarts';
import { TableScroll } from './table-scroll.tsx';

/** Fonts with the Chinese glyphs first, then the Latin ones (the SVG is drawn by the browser). */
export const chartFontFamily =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'DejaVu Sans', sans-serif";

/** Colours a reader can tell apart (blue, orange, red: also distinct in grey). */
const palette = ['#1d4f91', '#b35900', '#b3261e', '#2e7d32', '#6a1b9a'];

export interface ChartSeries {
  name: string;
  data: readonly (number | null)[];
}

export interface ChartSize {
  width: number;
  height: number;
}

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page's CSP allows no inline style (style-src 'self'): the `style` attributes ECharts writes
 * become SVG presentation attributes, and its <style> of hover effects is dropped.
 */
function withoutInlineStyles(svg: string): string {
  return svg
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/ style="([^"]*)"/g, (_match, declarations: string) =>
      declarations
        .split(';')
        .map((d) => d.trim())
        .filter((d) => d.includes(':'))
        .map((d) => {
          const at = d.indexOf(':');
          const name = d.slice(0, at).trim();
          const value = d.slice(at + 1).trim();
          return /^[a-z-]+$/.test(name) ? ` ${name}="${value.replace(/"/g, "'")}"` : '';
        })
        .join(''),
    );
}

/**
 * An ECharts option as an accessible SVG string: animation off, CJK fonts, the title as the
 * image's name; it scales to its container's width (viewBox kept).
 */
export function renderChartSvg(
  option: echarts.EChartsCoreOption,
  title: string,
  size: ChartSize = { width: 720, height: 320 },
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption({
      animation: false,
      color: palette,
      textStyle: { fontFamily: chartFontFamily },
      ...option,
    });
    const svg = withoutInlineStyles(chart.renderToSVGString());
    const name = escapeXml(title);
    return svg
      .replace(
        /^<svg width="\d+" height="\d+"/,
        `<svg width="100%" role="img" aria-label="${name}" focusable="false"`,
      )
      .replace(/^(<svg[^>]*>)/, `$1<title>${name}</title>`);
  } finally {
    chart.dispose();
  }
}

/** The option of a line or bar chart over categories, with a legend and y axis from 0. */
export function categoryChartOption(props: {
  kind?: 'line' | 'bar';
  categories: readonly string[];
  series: readonly ChartSeries[];
}): echarts.EChartsCoreOption {
  return {
    legend: { top: 0, data: props.series.map((s) => s.name) },
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: [...props.categories] },
    yAxis: { type: 'value', minInterval: 1 },
    series: props.series.map((s) => ({
      type: props.kind ?? 'line',
      name: s.name,
      data: [...s.data],
      ...(props.kind === 'bar' ? {} : { symbolSize: 6 }),
    })),
  };
}

/**
 * A chart of series over categories and, under it, the table of the same figures (a row per
 * category, a column per series); `href` links a figure to the records behind it.
 */
export function Chart(props: {
  title: string;
  /** Heading of the table's first column (what the categories are: month, department…). */
  categoryLabel: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  kind?: 'line' | 'bar';
  size?: ChartSize;
  href?: (seriesIndex: number, categoryIndex: number) => string | undefined;
}) {
  const svg = renderChartSvg(categoryChartOption(props), props.title, props.size);
  return (
    <figure class="chart">
      <div class="chart-image" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption>{props.title}</figcaption>
      <TableScroll>
        <table class="data-table">
          <caption>{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{props.categoryLabel}</th>
              {props.series.map((s) => (
                <th scope="col" key={s.name}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.categories.map((category, c) => (
              <tr key={category}>
                <th scope="row">{category}</th>
                {props.series.map((s, i) => {
                  const value = s.data[c];
                  const href = value ? props.href?.(i, c) : undefined;
                  return (
                    <td key={s.name}>
                      {value === null || value === undefined ? (
                        '—'
                      ) : href ? (
                        <a href={href}>{value}</a>
                      ) : (
                        value
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </figure>
  );
}
