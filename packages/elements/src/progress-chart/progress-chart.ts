import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  nextPointIndex,
  picklist,
  progressChartView,
  progressOverview,
  type OtError,
  type OtGoal,
  type OtProgressRange,
  type OtState,
} from '@otkit/sdk';
import { StoreController } from '../controllers/store-controller.js';
import { OtViewChangeEvent } from '../events/ot-view-change.js';
import { check } from '../internal/checked-properties.js';
import { OtElement, toOtError } from '../internal/ot-element.js';
import { holdUpdateComplete } from '../internal/update-holds.js';
import { controlStyles } from '../styles/base.styles.js';
import { chartData, sameProgressData, type ChartData } from './progress-chart.data.js';
import { progressChartMessages } from './progress-chart.messages.js';
import { progressChartStyles } from './progress-chart.styles.js';
import { renderChart, renderOverview, renderTable } from './progress-chart.templates.js';
import type { reportText } from './progress-chart.report.js';
import { chartWords, type ChartWords } from './progress-chart.words.js';

/** The report's code once it has loaded, shared by every chart of the page (see progress-chart.report.ts). */
let makeReportText: typeof reportText | undefined;
let reportCodeLoading: Promise<void> | undefined;

/** Loads the report's code the first time a chart of the page makes a report; a failed load is tried again later. */
function loadReportCode(): Promise<void> {
  reportCodeLoading ??= import('./progress-chart.report.js').then(
    (code) => void (makeReportText = code.reportText),
    (error: unknown) => {
      reportCodeLoading = undefined;
      throw error;
    },
  );
  return reportCodeLoading;
}

/** Views of `<ot-progress-chart>`. */
export const OT_PROGRESS_CHART_VIEWS = ['chart', 'table', 'overview', 'report'] as const;
/** A view of `<ot-progress-chart>`. */
export type OtProgressChartViewName = (typeof OT_PROGRESS_CHART_VIEWS)[number];

/** The drawing follows the element's width in steps of this many pixels, so text in the SVG keeps its size. */
const WIDTH_STEP = 20;

/**
 * One goal's progress across sessions, for a therapist, a parent or a school: percent of trials correct as a
 * line, the help needed as steps, Goal Attainment Scaling levels as bands; the same numbers as a table; every
 * goal of a client at a glance; and the progress report to print or send. The points come from the SDK's
 * `progressChartView`, so a portal drawing its own chart gets the same numbers.
 *
 * Standalone it shows the `goals` and `entries` the page sets; inside `<ot-provider>` it reads the store (goals
 * of `client-id`, the goal `goal-id`) and redraws when entries are added. It never writes.
 *
 * @tagname ot-progress-chart
 * @summary A goal's progress over sessions: chart, table, all goals, and a report to share.
 * @csspart base - The wrapper of everything.
 * @csspart heading - The title.
 * @csspart views - The view buttons.
 * @csspart summary - The progress in one or two plain sentences.
 * @csspart chart - The SVG chart.
 * @csspart point - One session's point in the chart (focusable, labelled with its values).
 * @csspart readout - The values of the focused session, in words.
 * @csspart table - The data table.
 * @csspart overview - The list of goals.
 * @csspart overview-goal - One goal in the overview.
 * @csspart report - The report's text.
 * @csspart error - The error state (bad data, an unknown goal, a bad attribute).
 * @cssprop [--ot-progress-chart-line=var(--ot-color-accent)] - Colour of the percent-correct line.
 * @cssprop [--ot-progress-chart-steps=var(--ot-color-warning)] - Colour of the assistance steps.
 * @cssprop [--ot-progress-chart-gas=var(--ot-color-success)] - Colour of the GAS line.
 * @fires {OtViewChangeEvent} ot-view-change - The user switched the view or opened a goal from the overview (`detail.view`, `detail.goalId`). Never for a property set.
 * @fires {OtErrorEvent} ot-error - Malformed entries, an unknown goal or client, or a bad attribute; `detail.error` names the problem.
 * @example
 * <ot-provider><ot-progress-chart client-id="c1" goal-id="g1"></ot-progress-chart></ot-provider>
 */
export class OtProgressChart extends OtElement {
  static override styles = [...(OtElement.styles as []), controlStyles, progressChartStyles];
  static override checkedProperties = { view: check(picklist(OT_PROGRESS_CHART_VIEWS), 'chart') };

  readonly #t = this.translator(progressChartMessages);
  readonly #data = new StoreController(this, { select: (s: OtState) => s, equals: sameProgressData });
  #resize: ResizeObserver | undefined;
  #reportedError = '';

  @state() private focusIndex: number | undefined;
  @state() private width = 640;

  /** Goals to show (standalone); with `entries`, this page data wins over a provider's store. */
  @property({ attribute: false }) goals: OtGoal[] | undefined;

  /** Progress entries to show (standalone); each is checked, and a malformed one is named in the error state. */
  @property({ attribute: false }) entries: unknown[] | undefined;

  /** The goal the chart and table show; default the client's first goal. */
  @property({ attribute: 'goal-id', reflect: true }) goalId: string | undefined;

  /** The client whose goals the overview and report cover; default every goal. */
  @property({ attribute: 'client-id', reflect: true }) clientId: string | undefined;

  /** The client's name as the host wants it in the report; the report names nobody without it. */
  @property({ attribute: 'client-name' }) clientName: string | undefined;

  /** `chart` (default), `table`, `overview` (all goals) or `report`. */
  @property({ reflect: true }) view: OtProgressChartViewName = 'chart';

  /** Start of the period shown (ms since the epoch, inclusive); default: all entries. */
  @property({ type: Number }) from: number | undefined;

  /** End of the period shown (ms, exclusive). */
  @property({ type: Number }) to: number | undefined;

  /** Report text to show in the report view (standalone: a portal's own `progressReport(…).text`). */
  @property({ attribute: false }) report: string | undefined;

  /** Title; default the goal's description (the overview: "All goals"). */
  @property() heading: string | undefined;

  #shown: ChartData | undefined;
  #error: OtError | undefined;
  #report: string | undefined;
  /** The report can be made but its code is still loading: the report view stays blank for that moment. */
  #reportPending = false;
  /** Why the report's code could not load: shown in place of the report until the report view is left. */
  #reportCodeError: OtError | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize ??= new ResizeObserver(([entry]) => {
      const width = Math.max(320, Math.round((entry?.contentRect.width ?? 640) / WIDTH_STEP) * WIDTH_STEP);
      // Redrawn in the next frame: a change of size inside the observer's own callback is a resize loop.
      if (width !== this.width) requestAnimationFrame(() => (this.width = width));
    });
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('goalId') || changed.has('entries') || changed.has('goals')) this.focusIndex = undefined;
    const range: OtProgressRange = {
      ...(this.from === undefined ? {} : { from: this.from }),
      ...(this.to === undefined ? {} : { to: this.to }),
    };
    const pageData = this.goals !== undefined || this.entries !== undefined;
    const state = !pageData && this.#data.provided ? this.#data.value : undefined;
    try {
      const source = { goals: this.goals, entries: this.entries, state, goalId: this.goalId, clientId: this.clientId };
      this.#shown = chartData({ ...source, range });
      this.#report = this.report ?? this.#connectedReport(state, range);
      this.#error = undefined;
      this.#reportedError = '';
    } catch (error) {
      this.#shown = undefined;
      this.#error = toOtError(error);
      // Reported once per problem, not on every re-render while it stands.
      if (this.#error.message !== this.#reportedError) this.reportError(this.#error);
      this.#reportedError = this.#error.message;
    }
  }

  #connectedReport(state: OtState | undefined, range: OtProgressRange): string | undefined {
    this.#reportPending = false;
    if (this.view !== 'report' || !state || !this.clientId || !this.#shown) {
      this.#reportCodeError = undefined;
      return undefined;
    }
    if (this.#reportCodeError) throw this.#reportCodeError;
    if (!makeReportText) {
      this.#reportPending = true;
      const loading = loadReportCode().catch((error: unknown) => (this.#reportCodeError = toOtError(error)));
      holdUpdateComplete(this, loading);
      return undefined;
    }
    const language = this.locale.lang;
    return makeReportText(state, this.#shown, {
      clientId: this.clientId,
      clientName: this.clientName,
      range,
      language,
    });
  }

  #showView(view: OtProgressChartViewName, goalId = this.goalId): void {
    if (view === this.view && goalId === this.goalId) return;
    this.view = view;
    this.goalId = goalId;
    this.emit(new OtViewChangeEvent({ view, goalId: goalId ?? this.#shown?.selected?.goal.id }));
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    const index = (event.target as Element).getAttribute('data-index');
    const count = this.#shown?.selected?.points.length ?? 0;
    const target = index === null ? undefined : nextPointIndex(Number(index), event.key, count, this.locale.dir);
    if (target === undefined) return;
    event.preventDefault();
    this.focusIndex = target;
    void this.focusAfterUpdate(`[part=point][data-index="${target}"]`);
  };

  readonly #focusPoint = (index: number): void => {
    if (this.focusIndex !== index) this.focusIndex = index;
  };

  /** Prints the page with the element as it shows now; in the report view, the report's text. */
  print(): void {
    globalThis.print();
  }

  override render(): TemplateResult {
    const words = chartWords(this.#t, this.locale.lang);
    const selected = this.#shown?.selected;
    const overview = this.view === 'overview';
    const title =
      this.heading || (overview ? this.#t('overviewTitle') : selected?.goal.description) || this.#t('title');
    return html`
      <section part="base" aria-labelledby="heading">
        <header>
          <h2 part="heading" id="heading">${title}</h2>
          ${this.#renderViews()}
        </header>
        ${this.attributeError ? this.renderError(this.attributeError) : nothing}
        ${this.#error ? this.renderError(this.#error) : this.#renderView(words)}
      </section>
    `;
  }

  #renderViews(): TemplateResult {
    return html`
      <div part="views" class="views" role="group" aria-label=${this.#t('views')}>
        ${OT_PROGRESS_CHART_VIEWS.map(
          (view) => html`
            <button
              class="btn"
              type="button"
              aria-pressed=${this.view === view ? 'true' : 'false'}
              @click=${() => this.#showView(view)}
            >
              ${this.#t(view)}
            </button>
          `,
        )}
      </div>
    `;
  }

  #renderView(words: ChartWords): TemplateResult | typeof nothing {
    const shown = this.#shown;
    if (this.view === 'report') return this.#renderReport();
    if (this.view === 'overview') {
      if (!shown?.series.length) return html`<p class="empty">${this.#t('noGoal')}</p>`;
      const overview = progressOverview(shown.series, { direction: this.locale.dir });
      return renderOverview(overview, words, (goalId) => this.#showView('chart', goalId));
    }
    const selected = shown?.selected;
    if (!selected) return html`<p class="empty">${this.#t('noGoal')}</p>`;
    const view = progressChartView(selected, {
      width: this.width,
      direction: this.locale.dir,
      focusIndex: this.focusIndex,
    });
    if (!view.points.length) return html`<p class="empty">${this.#t('empty')}</p>`;
    const focused = view.points[view.tabStop ?? 0]!;
    return html`
      <p part="summary" class="summary">${words.summary(view)}</p>
      ${
        this.view === 'table'
          ? renderTable(view, words)
          : html`
              ${renderChart(view, words, { keydown: this.#onKeydown, focusPoint: this.#focusPoint })}
              <p part="readout" class="readout">${words.pointLabel(focused)}</p>
            `
      }
    `;
  }

  #renderReport(): TemplateResult | typeof nothing {
    if (!this.#report)
      return this.#reportPending ? nothing : html`<p class="empty">${this.#t('reportNeedsClient')}</p>`;
    return html`
      <pre part="report" class="report">${this.#report}</pre>
      <button class="btn print" type="button" @click=${() => this.print()}>${this.#t('print')}</button>
    `;
  }
}
