import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { OtChartPoint, OtProgressChartView, OtProgressOverview, OtProgressPanel } from '@otkit/sdk';
import { signedLevel, type ChartWords } from './progress-chart.words.js';

/** What the chart's templates call back into. */
export interface ChartHandlers {
  keydown(event: KeyboardEvent): void;
  focusPoint(index: number): void;
}

const PANEL_TITLES = { percent: 'percentPanel', assistance: 'assistancePanel', gas: 'gasPanel' } as const;

/** Markers shrink when sessions crowd, so a year of data stays readable; never below a visible dot. */
const markerSize = (view: OtProgressChartView) => Math.max(1.5, Math.min(5, view.columnWidth / 3));

function tickLabel(panel: OtProgressPanel, value: OtProgressPanel['ticks'][number]['value'], words: ChartWords) {
  if (panel.name === 'percent') return words.percent(value as number);
  if (panel.name === 'assistance') return words.assistance(value as never);
  return signedLevel(value as number);
}

function renderPanel(view: OtProgressChartView, panel: OtProgressPanel, words: ChartWords): SVGTemplateResult {
  const { left, right } = view.plot;
  const anchor = view.direction === 'rtl' ? 'start' : 'end';
  const titleX = view.direction === 'rtl' ? right : left;
  return svg`
    <text class="panel-title" x=${titleX} y=${panel.top - 6} text-anchor=${view.direction === 'rtl' ? 'end' : 'start'}>
      ${words.t(PANEL_TITLES[panel.name])}
    </text>
    ${panel.name === 'gas' ? renderBands(view, words) : nothing}
    ${panel.ticks.map(
      (tick) => svg`
        <line class="grid" x1=${left} x2=${right} y1=${tick.y} y2=${tick.y}></line>
        <text class="tick" x=${view.labelX} y=${tick.y} text-anchor=${anchor} dominant-baseline="middle">
          ${tickLabel(panel, tick.value, words)}
        </text>
      `,
    )}
  `;
}

function renderBands(view: OtProgressChartView, words: ChartWords): SVGTemplateResult[] {
  return view.gasBands.map(
    (band) => svg`
      <rect
        class="band band-${band.level < 0 ? 'below' : band.level > 0 ? 'above' : 'expected'} ${band.baseline ? 'baseline' : ''}"
        x=${view.plot.left}
        y=${band.top}
        width=${view.plot.right - view.plot.left}
        height=${band.height}
      >
        <title>${words.gas(band.level)}${band.description ? `: ${band.description}` : ''}${band.baseline ? ` (${words.t('baseline')})` : ''}</title>
      </rect>
    `,
  );
}

function renderPoint(view: OtProgressChartView, point: OtChartPoint, words: ChartWords, handlers: ChartHandlers) {
  const size = markerSize(view);
  const half = view.columnWidth / 2;
  return svg`
    <g
      class="point"
      part="point"
      role="img"
      tabindex=${point.tabStop ? 0 : -1}
      data-index=${point.index}
      aria-label=${words.pointLabel(point)}
      @focus=${() => handlers.focusPoint(point.index)}
      @click=${() => handlers.focusPoint(point.index)}
    >
      <rect
        class="column"
        x=${point.x - half}
        y=${view.plot.top}
        width=${view.columnWidth}
        height=${view.plot.bottom - view.plot.top}
      ></rect>
      ${point.percentY === undefined ? nothing : svg`<circle class="marker percent" cx=${point.x} cy=${point.percentY} r=${size}></circle>`}
      ${
        point.assistanceY === undefined
          ? nothing
          : svg`<rect class="marker assistance" x=${point.x - size} y=${point.assistanceY - size} width=${size * 2} height=${size * 2}></rect>`
      }
      ${
        point.gasY === undefined
          ? nothing
          : svg`<path class="marker gas" d="M${point.x} ${point.gasY - size * 1.3}l${size * 1.3} ${size * 1.3}l${-size * 1.3} ${size * 1.3}l${-size * 1.3} ${-size * 1.3}z"></path>`
      }
    </g>
  `;
}

/** The SVG chart: panels with their scales, the three series, one focusable group per session. */
export function renderChart(view: OtProgressChartView, words: ChartWords, handlers: ChartHandlers): TemplateResult {
  const axisY = view.plot.bottom + 18;
  return html`
    <svg
      part="chart"
      role="group"
      viewBox="0 0 ${view.width} ${view.height}"
      aria-label=${words.t('chartLabel', { goal: view.goal.description, count: view.points.length })}
      @keydown=${handlers.keydown}
    >
      ${view.panels.map((panel) => renderPanel(view, panel, words))}
      <path class="series percent" d=${view.percentPath}></path>
      <path class="series assistance" d=${view.assistancePath}></path>
      <path class="series gas" d=${view.gasPath}></path>
      ${view.points.map((point) => renderPoint(view, point, words, handlers))}
      <text class="tick" x=${view.labelX} y=${axisY} text-anchor=${view.direction === 'rtl' ? 'start' : 'end'}>
        ${words.t('session')}
      </text>
      ${view.xLabels.map(
        (label) => svg`<text class="tick" x=${label.x} y=${axisY} text-anchor="middle">${label.index + 1}</text>`,
      )}
    </svg>
  `;
}

/** The data table: the same points, in the same order, in words and numbers. */
export function renderTable(view: OtProgressChartView, words: ChartWords): TemplateResult {
  const { t } = words;
  return html`
    <div class="table-wrapper">
      <table part="table">
        <caption>
          ${view.goal.description}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('session')}</th>
            <th scope="col">${t('date')}</th>
            <th scope="col">${t('correct')}</th>
            <th scope="col">${t('assistance')}</th>
            <th scope="col">${t('prompt')}</th>
            <th scope="col">${t('gas')}</th>
            <th scope="col">${t('setting')}</th>
            <th scope="col">${t('status')}</th>
          </tr>
        </thead>
        <tbody>
          ${view.points.map(
            (point) => html`
              <tr>
                <th scope="row">${point.index + 1}</th>
                <td>${words.date(point.at)}</td>
                <td>${words.correct(point)}</td>
                <td>
                  ${words.assistance(point.assistance)}
                  ${point.assistance ? html`<small>(${t(`term-${point.assistance}`)})</small>` : nothing}
                </td>
                <td>${point.prompt ? t(point.prompt) : '—'}</td>
                <td>${point.gasLevel === undefined ? '—' : words.gas(point.gasLevel)}</td>
                <td>${point.setting ? t(point.setting) : '—'}</td>
                <td>${point.status ? t(point.status) : '—'}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    </div>
  `;
}

/** Several goals at a glance: a small line each, the latest values, the trend in words, a way into its chart. */
export function renderOverview(
  overview: OtProgressOverview,
  words: ChartWords,
  open: (goalId: string) => void,
): TemplateResult {
  const { t } = words;
  return html`
    <ul part="overview" class="overview">
      ${overview.rows.map(
        (row) => html`
          <li part="overview-goal">
            <h3>${row.goal.description}</h3>
            <svg class="spark" viewBox="0 0 ${overview.sparkWidth} ${overview.sparkHeight}" aria-hidden="true">
              <path class="series percent" d=${row.sparkline}></path>
            </svg>
            <dl>
              <div>
                <dt>${t('correct')}</dt>
                <dd>${words.percent(row.latestPercent)}</dd>
              </div>
              <div>
                <dt>${t('assistance')}</dt>
                <dd>${words.assistance(row.latestAssistance)}</dd>
              </div>
              <div>
                <dt>${t('gas')}</dt>
                <dd>${words.gas(row.latestGasLevel)}</dd>
              </div>
              <div>
                <dt>${t('trend')}</dt>
                <dd>${t(row.trend)}</dd>
              </div>
            </dl>
            <button class="btn" type="button" @click=${() => open(row.goal.id)}>
              ${t('open')}<span class="visually-hidden">: ${row.goal.description}</span>
            </button>
          </li>
        `,
      )}
    </ul>
  `;
}
