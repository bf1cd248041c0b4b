import { css } from 'lit';

/**
 * Styles of `<ot-progress-chart>`: the SVG's colours come from tokens here (never from attributes), so themes,
 * dark mode and forced colours reach the chart; the series differ by shape and dash as well as colour; print
 * drops the buttons and keeps the chart, table and report in black on white.
 */
export const progressChartStyles = css`
  :host {
    display: block;
    --_ot-chart-line: var(--ot-progress-chart-line, var(--_ot-color-accent));
    --_ot-chart-steps: var(--ot-progress-chart-steps, var(--_ot-color-warning));
    --_ot-chart-gas: var(--ot-progress-chart-gas, var(--_ot-color-success));
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_ot-space-m);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_ot-space-s);
  }
  [part='heading'] {
    margin: 0;
    font-size: var(--_ot-font-size-l);
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_ot-space-xs);
  }
  .views .btn[aria-pressed='true'] {
    background: var(--_ot-color-accent);
    border-color: var(--_ot-color-accent);
    color: var(--_ot-color-accent-text);
  }
  .summary,
  .readout,
  .empty {
    margin: 0;
  }
  .readout {
    min-block-size: 3em;
    color: var(--_ot-color-text-muted);
  }
  svg[part='chart'] {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
    /* Positions and anchors come from the view model, which already mirrors right to left. */
    direction: ltr;
    font-size: 12px;
    fill: currentColor;
  }
  .panel-title {
    font-weight: 600;
  }
  .tick {
    fill: var(--_ot-color-text-muted);
  }
  .grid {
    stroke: var(--_ot-color-border);
    stroke-opacity: 0.35;
  }
  .band {
    fill: var(--_ot-color-surface);
  }
  .band-expected {
    fill: var(--_ot-color-success-soft);
  }
  .band.baseline {
    stroke: var(--_ot-color-border);
    stroke-dasharray: 4 3;
  }
  .series {
    fill: none;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .series.percent {
    stroke: var(--_ot-chart-line);
  }
  .series.assistance {
    stroke: var(--_ot-chart-steps);
    stroke-dasharray: 6 3;
  }
  .series.gas {
    stroke: var(--_ot-chart-gas);
    stroke-width: 1.5;
  }
  .marker.percent {
    fill: var(--_ot-chart-line);
  }
  .marker.assistance {
    fill: var(--_ot-chart-steps);
  }
  .marker.gas {
    fill: var(--_ot-chart-gas);
  }
  .point {
    outline: none;
    cursor: pointer;
  }
  .column {
    fill: transparent;
    transition: fill var(--_ot-motion-duration);
  }
  .point:focus-visible .column,
  .point:hover .column {
    fill: var(--_ot-color-accent-soft);
    stroke: var(--_ot-color-focus);
    stroke-width: var(--_ot-focus-ring-width);
  }
  .table-wrapper {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_ot-space-s);
  }
  th,
  td {
    padding: var(--_ot-space-xs) var(--_ot-space-s);
    border-block-end: 1px solid var(--_ot-color-border);
    text-align: start;
    vertical-align: top;
  }
  .overview {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    gap: var(--_ot-space-m);
  }
  .overview li {
    display: flex;
    flex-direction: column;
    gap: var(--_ot-space-s);
    padding: var(--_ot-space-m);
    border: 1px solid var(--_ot-color-border);
    border-radius: var(--_ot-radius-m);
    background: var(--_ot-color-surface-raised);
  }
  .overview h3 {
    margin: 0;
    font-size: var(--_ot-font-size);
  }
  .overview dl {
    margin: 0;
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_ot-space-s);
  }
  .overview dl div {
    display: contents;
  }
  .overview dt {
    color: var(--_ot-color-text-muted);
  }
  .overview dd {
    margin: 0;
  }
  .spark {
    inline-size: 10rem;
    block-size: 2.5rem;
  }
  .report {
    margin: 0;
    padding: var(--_ot-space-m);
    white-space: pre-wrap;
    font-family: inherit;
    background: var(--_ot-color-surface);
    border-radius: var(--_ot-radius-m);
  }
  .print {
    align-self: flex-start;
  }
  @media (prefers-reduced-motion: reduce) {
    .column {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    svg[part='chart'],
    .spark {
      forced-color-adjust: none;
      color: CanvasText;
    }
    .tick,
    .panel-title {
      fill: CanvasText;
    }
    .grid,
    .band.baseline {
      stroke: GrayText;
    }
    .band,
    .band-expected {
      fill: Canvas;
      stroke: GrayText;
    }
    .series.percent,
    .series.assistance,
    .series.gas {
      stroke: CanvasText;
    }
    .marker.percent,
    .marker.assistance,
    .marker.gas {
      fill: CanvasText;
    }
    .point:focus-visible .column,
    .point:hover .column {
      fill: Canvas;
      stroke: Highlight;
    }
    .views .btn[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
  @media print {
    .views,
    .print,
    .readout {
      display: none;
    }
    :host {
      color: #000;
      --_ot-chart-line: #000;
      --_ot-chart-steps: #444;
      --_ot-chart-gas: #222;
    }
    .band,
    .report {
      background: none;
      fill: #fff;
    }
    .band-expected {
      fill: #eee;
    }
    tr,
    .overview li {
      break-inside: avoid;
    }
  }
`;
