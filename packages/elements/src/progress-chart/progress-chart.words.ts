import type { OtAssistanceLevel, OtChartPoint, OtGasLevel, OtProgressChartView, OtProgressPoint } from '@otkit/sdk';
import type { OtLanguage, OtTranslate } from '../i18n/messages.js';
import type { progressChartMessages } from './progress-chart.messages.js';

/** The chart's translator. */
export type ChartTranslate = OtTranslate<typeof progressChartMessages.en>;

/** How the chart says its values in words, in one language: the table, the point labels and the summary share it. */
export interface ChartWords {
  readonly t: ChartTranslate;
  percent(value: number | undefined): string;
  date(at: number): string;
  assistance(level: OtAssistanceLevel | undefined): string;
  /** A GAS level with its sign and meaning: "+1 (more than expected)". */
  gas(level: OtGasLevel | undefined): string;
  /** Percent correct with the trials behind it: "75% (6 of 8)". */
  correct(point: OtProgressPoint): string;
  /** Everything one session recorded, as one sentence: the label a screen reader reads for the point. */
  pointLabel(point: OtChartPoint): string;
  /** The chart in one or two sentences a parent can read. */
  summary(view: OtProgressChartView): string;
}

/** A GAS level as written: −2, −1, 0, +1, +2 (a true minus sign). */
export const signedLevel = (level: number): string => (level > 0 ? `+${level}` : level < 0 ? `−${-level}` : '0');

/** The words of the chart in `lang`. */
export function chartWords(t: ChartTranslate, lang: OtLanguage): ChartWords {
  const percentFormat = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  const words: ChartWords = {
    t,
    percent: (value) => (value === undefined ? t('notRecorded') : percentFormat.format(value / 100)),
    date: (at) => dateFormat.format(at),
    assistance: (level) => (level === undefined ? t('notRecorded') : t(level)),
    gas: (level) =>
      level === undefined ? t('notRecorded') : t('gasLevel', { level: signedLevel(level), words: t(`gas${level}`) }),
    correct(point) {
      if (point.percentCorrect === undefined || !point.trials) return t('notRecorded');
      const { plus, minus } = point.trials;
      return `${words.percent(point.percentCorrect)} (${t('trials', { plus, total: plus + minus })})`;
    },
    pointLabel(point) {
      const parts = [
        t('sessionOf', { n: point.index + 1, date: words.date(point.at) }),
        `${t('correct')}: ${words.correct(point)}`,
        `${t('assistance')}: ${words.assistance(point.assistance)}`,
      ];
      if (point.prompt) parts.push(`${t('prompt')}: ${t(point.prompt)}`);
      if (point.gasLevel !== undefined) parts.push(`${t('gas')}: ${words.gas(point.gasLevel)}`);
      if (point.setting) parts.push(`${t('setting')}: ${t(point.setting)}`);
      if (point.status) parts.push(`${t('status')}: ${t(point.status)}`);
      return `${parts.join('. ')}.`;
    },
    summary(view) {
      const withPercent = view.points.filter((point) => point.percentCorrect !== undefined);
      const withAssistance = view.points.filter((point) => point.assistance !== undefined);
      const sentences: string[] = [];
      if (withPercent.length > 1)
        sentences.push(
          t('summaryPercent', {
            first: words.percent(withPercent[0]!.percentCorrect),
            last: words.percent(withPercent[withPercent.length - 1]!.percentCorrect),
            count: view.points.length,
          }),
        );
      if (withAssistance.length > 1)
        sentences.push(
          t('summaryAssistance', {
            first: words.assistance(withAssistance[0]!.assistance),
            last: words.assistance(withAssistance[withAssistance.length - 1]!.assistance),
          }),
        );
      const trend = view.trend.percentCorrect.direction;
      const direction = trend === 'insufficient-data' ? view.trend.assistance.direction : trend;
      sentences.push(`${t('trend')}: ${t(direction)}.`);
      return sentences.join(' ');
    },
  };
  return words;
}
