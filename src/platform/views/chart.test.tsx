import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { Chart, renderChartSvg, categoryChartOption } from './chart.tsx';

const series = [
  { name: '受理', data: [12, 0] },
  { name: '办结 <late>', data: [3, null] },
];

describe('server-rendered charts', () => {
  it('draws an SVG image named by its title, with no inline style the CSP would block', () => {
    const svg = renderChartSvg(
      categoryChartOption({ categories: ['2026-08', '2026-09'], series }),
      '受理与办结 & 超期',
    );
    assert.match(svg, /^<svg width="100%" role="img" aria-label="受理与办结 &#38; 超期"/);
    assert.match(svg, /<title>受理与办结 &#38; 超期<\/title>/);
    assert.match(svg, /viewBox="0 0 720 320"/);
    assert.doesNotMatch(svg, /style=|<style/);
    assert.match(svg, /font-family="'Noto Sans CJK SC'/);
    assert.match(svg, />2026-09<\/text>/);
    assert.doesNotMatch(svg, /<late>/);
  });

  it('puts the same figures in a captioned table, linked where the caller says', () => {
    const html = renderToString(
      <Chart
        title="趋势"
        categoryLabel="月份"
        categories={['2026-08', '2026-09']}
        series={series}
        href={(s, c) => `/list?s=${s}&c=${c}`}
      />,
    );
    assert.match(html, /<caption>趋势<\/caption>/);
    assert.match(html, /<th scope="col">月份<\/th><th scope="col">受理<\/th>/);
    assert.match(
      html,
      /<th scope="row">2026-08<\/th><td><a href="\/list\?s=0&amp;c=0">12<\/a><\/td>/,
    );
    // Zero and missing figures link nowhere.
    assert.match(html, /<th scope="row">2026-09<\/th><td>0<\/td><td>—<\/td>/);
    assert.match(html, /<figure class="chart"><div class="chart-image"><svg /);
  });
});
