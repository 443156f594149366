// Vega-Lite spec of the digest's main plot: breaches by rule this week beside the
// four-week average, so a reader sees at a glance which rule is rising.
import type { TopLevelSpec } from 'vega-lite';
import type { RuleCode } from '../../checks/types.js';

export interface RuleChartInput {
  rules: Array<{ rule: RuleCode; title: string; thisWeek: number; average4: number }>;
  /** Legend label of the current week, e.g. "本周（第47周）". */
  thisWeekLabel: string;
  averageLabel: string;
}

/** Font stack readable both in mail clients (YaHei/PingFang) and on the server (WenQuanYi/Noto). */
export const CHART_FONT = 'Microsoft YaHei, PingFang SC, Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif';

export function ruleBarChartSpec(input: RuleChartInput): TopLevelSpec {
  const values = input.rules.flatMap((r) => [
    { rule: r.rule, label: `${r.rule} ${r.title}`, series: input.thisWeekLabel, order: 0, value: r.thisWeek },
    { rule: r.rule, label: `${r.rule} ${r.title}`, series: input.averageLabel, order: 1, value: Math.round(r.average4 * 10) / 10 },
  ]);
  const max = Math.max(1, ...values.map((v) => v.value));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 560,
    height: 220,
    background: 'white',
    padding: 8,
    data: { values },
    encoding: {
      x: {
        field: 'rule',
        type: 'nominal',
        sort: null,
        title: null,
        axis: { labelAngle: 0, labelFontSize: 12, ticks: false, domainColor: '#888' },
      },
      xOffset: { field: 'series', type: 'nominal', sort: [input.thisWeekLabel, input.averageLabel] },
      y: {
        field: 'value',
        type: 'quantitative',
        title: '线索数（条）',
        scale: { domain: [0, Math.ceil(max * 1.15)] },
        axis: { tickMinStep: 1, format: 'd', gridColor: '#e5e5e5', titleFontWeight: 'normal' },
      },
      color: {
        field: 'series',
        type: 'nominal',
        sort: [input.thisWeekLabel, input.averageLabel],
        scale: { domain: [input.thisWeekLabel, input.averageLabel], range: ['#b3261e', '#9e9e9e'] },
        legend: { orient: 'top', title: null, labelFontSize: 12, symbolType: 'square' },
      },
    },
    layer: [
      { mark: { type: 'bar', width: { band: 0.9 } } },
      {
        mark: { type: 'text', dy: -6, fontSize: 11, color: '#333' },
        encoding: { text: { field: 'value', type: 'quantitative', format: '.2~f' } },
        transform: [{ filter: 'datum.value > 0' }],
      },
    ],
    config: {
      font: CHART_FONT,
      view: { stroke: null },
      axis: { labelFont: CHART_FONT, titleFont: CHART_FONT, labelColor: '#333', titleColor: '#333' },
      legend: { labelFont: CHART_FONT },
    },
  };
}
