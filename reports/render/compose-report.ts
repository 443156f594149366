// Writes the digest once, as format-neutral blocks (document-model.ts), in the words a
// discipline inspector reads: what happened this week, where it came from, the cases with
// their evidence and clause, the registers, the burden reports. Every section says so
// plainly when it is empty, so a quiet week still yields a complete report.
import { RULE_CODES, type RuleCode } from '../../checks/types.js';
import type { CaseGroup, RegisterEntry, WeeklyReportData } from '../data/report-data.js';
import type { Block, Cell, ReportDocument, Run } from './document-model.js';
import { plain } from './document-model.js';
import { averageText, basisCn, basisRef, changeArrow, changeCn, dateCn, dateTimeCn, oneLine, quoteCn, weekPeriodCn, weekSpanCn } from './format-text.js';
import { CHECK_LABELS, RULE_TITLES, STATUS_LABELS, burdenStatusLabel, ruleLabel } from './labels.js';

const SECTION_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const SUB_NUMBERS = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）', '（九）', '（十）'];
/** Heat-table rows shown before the rest are folded into "其他". */
const HEAT_ROWS = 15;

export function composeReport(data: WeeklyReportData): ReportDocument {
  const sections: Array<[string, Block[]]> = [
    ['总体情况', overview(data)],
    ['分规则统计', byRule(data)],
    ['线索来源', bySource(data)],
    ['典型线索', notableCases(data)],
    ['台账问题', registers(data)],
    ['基层减负举报', burdenReports(data)],
    ['说明', notes(data)],
  ];
  const blocks: Block[] = [];
  sections.forEach(([title, body], i) => {
    blocks.push({ kind: 'heading', level: 1, text: `${SECTION_NUMBERS[i]}、${title}` }, ...body);
  });
  return {
    title: data.title,
    masthead: '基层减负监测周报',
    issue: `${data.week.year}年第${data.week.week}周`,
    issuer: data.issuer,
    issuedOn: dateCn(data.generatedAt),
    period: weekPeriodCn(data.week),
    blocks,
    footer: [
      `${data.issuer}\u3000\u3000${dateCn(data.generatedAt)}生成`,
      '本报告由减负哨兵根据工作群消息和督查检查、借调、一票否决台账自动生成；所列线索须经核实后方可作为处理依据。',
    ],
  };
}

function overview(d: WeeklyReportData): Block[] {
  const t = d.totals;
  const runs: Run[] = [{ text: `本周（${weekSpanCn(d.week)}），` }];
  if (t.breachesThisWeek === 0) {
    runs.push({ text: '未发现违反“十不得”规定的线索', strong: true }, { text: `（上周 ${t.breachesLastWeek} 条）。` });
  } else {
    runs.push(
      { text: '共发现违反“十不得”规定的线索 ' },
      { text: `${t.breachesThisWeek} 条`, strong: true },
      { text: `，较上周${changeCn(t.breachesThisWeek, t.breachesLastWeek)}${t.breachesThisWeek === t.breachesLastWeek ? '' : ' 条'}；其中工作群消息 ${t.fromMessages} 条、台账记录 ${t.fromRegisters} 条。` },
      { text: `截至目前，经核属实 ${t.byStatus.confirmed} 条、已整改 ${t.byStatus.resolved} 条、待核实 ${t.byStatus.open} 条。` },
    );
    const top = [...d.rules].filter((r) => r.thisWeek > 1).sort((a, b) => b.thisWeek - a.thisWeek || a.rule.localeCompare(b.rule)).slice(0, 3);
    if (top.length) runs.push({ text: `数量较多的是${top.map((r) => `“${r.title}”（${r.thisWeek} 条）`).join('、')}。` });
  }
  if (t.byStatus.dismissed > 0) runs.push({ text: `另有 ${t.byStatus.dismissed} 条经核不属实，未计入上述数字。` });
  const second: Run[] = [
    { text: `收到基层减负举报 ` },
    { text: `${t.burdenReportsThisWeek} 件`, strong: true },
    { text: `（上周 ${t.burdenReportsLastWeek} 件）；向有关乡镇、部门发出借调到期等提醒 ${t.alertsThisWeek} 条（上周 ${t.alertsLastWeek} 条）。` },
  ];
  second.push(
    t.openFromEarlier > 0
      ? { text: `此前 ${t.openLookbackWeeks} 周内发现、至本周末仍未核实或未整改的线索 ${t.openFromEarlier} 条（其中台账问题见第五部分）。` }
      : { text: `此前 ${t.openLookbackWeeks} 周内发现的线索均已办结。` },
  );
  const table: Block = {
    kind: 'table',
    header: ['指标', '本周', '上周', '变化'],
    widths: [4, 2, 2, 2],
    rows: [
      ['违规线索（条）', t.breachesThisWeek, t.breachesLastWeek],
      ['减负举报（件）', t.burdenReportsThisWeek, t.burdenReportsLastWeek],
      ['发出提醒（条）', t.alertsThisWeek, t.alertsLastWeek],
    ].map(([label, now, before]) => [
      { text: String(label) },
      { text: String(now), align: 'right', strong: true },
      { text: String(before), align: 'right' },
      { text: changeArrow(Number(now), Number(before)), align: 'center' },
    ]),
    chat: [],
  };
  return [{ kind: 'paragraph', runs }, { kind: 'paragraph', runs: second }, table];
}

function byRule(d: WeeklyReportData): Block[] {
  const active = d.rules.filter((r) => r.trend.some((n) => n > 0) || r.lastWeek > 0);
  if (active.length === 0) {
    return [{ kind: 'paragraph', runs: plain('近四周各条规则均未发现线索。') }];
  }
  const chatLines: Run[][] = active.map((r) => [
    { text: `${ruleLabel(r.rule)}：` },
    { text: `本周 ${r.thisWeek}`, strong: r.thisWeek > 0 },
    { text: `，上周 ${r.lastWeek}（${changeArrow(r.thisWeek, r.lastWeek)}），近四周 ${r.trend.join('→')}` },
  ]);
  const quiet = RULE_CODES.filter((c) => !active.some((r) => r.rule === c));
  const chatBlocks: Block[] = [{ kind: 'list', items: chatLines }];
  if (quiet.length) chatBlocks.push({ kind: 'paragraph', runs: plain(`其余规则（${quiet.join('、')}）近四周均无线索。`) });
  return [
    {
      kind: 'chart',
      chart: {
        rules: d.rules.map((r) => ({ rule: r.rule, title: r.title, thisWeek: r.thisWeek, average4: r.average4 })),
        thisWeekLabel: `本周（第${d.week.week}周）`,
        averageLabel: '近四周平均',
      },
      caption: '图1\u3000各规则本周线索数与近四周平均数',
      chat: [],
    },
    {
      kind: 'table',
      caption: `表1\u3000各规则线索数（近四周为${weekRangeCn(d.trendWeeks)}）`,
      header: ['规则', '本周', '上周', '变化', '近四周', '四周平均'],
      widths: [5, 1.4, 1.4, 1.4, 3, 1.8],
      rows: d.rules.map((r) => [
        { text: ruleLabel(r.rule) },
        { text: String(r.thisWeek), align: 'right', strong: r.thisWeek > 0 },
        { text: String(r.lastWeek), align: 'right' },
        { text: changeArrow(r.thisWeek, r.lastWeek), align: 'center' },
        { text: r.trend.join('→'), align: 'center' },
        { text: averageText(r.average4), align: 'right' },
      ]),
      chat: chatBlocks,
    },
  ];
}

/** "第44—47周（10月26日至11月22日）" */
function weekRangeCn(weeks: WeeklyReportData['trendWeeks']): string {
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return '';
  const span = weekSpanCn({ ...last, start: first.start });
  return first.year === last.year ? `第${first.week}—${last.week}周，${span}` : `${first.label}至${last.label}，${span}`;
}

function bySource(d: WeeklyReportData): Block[] {
  if (d.sources.length === 0) return [{ kind: 'paragraph', runs: plain('本周未发现线索，无来源可统计。') }];
  const townships = new Set(d.sources.flatMap((s) => s.townships.map((t) => t.township)));
  const out: Block[] = [
    {
      kind: 'paragraph',
      runs: plain(`按提出要求的县直部门（或领导）统计，本周线索涉及 ${d.sources.length} 个来源、${townships.size} 个乡镇（街道）。`),
    },
  ];
  out.push({
    kind: 'list',
    items: d.sources.map((s) => {
      const rules = RULE_CODES.filter((c) => (s.byRule[c] ?? 0) > 0)
        .sort((a, b) => (s.byRule[b] ?? 0) - (s.byRule[a] ?? 0))
        .map((c) => `${RULE_TITLES[c]} ${s.byRule[c]}`)
        .join('、');
      const towns = s.townships.length ? s.townships.map((t) => `${t.township} ${t.count}`).join('、') : '未指明具体乡镇';
      return [{ text: s.source, strong: true }, { text: `（${s.total} 条）：${rules}；涉及乡镇：${towns}。` }];
    }),
  });
  out.push(heatTable(d));
  return out;
}

/** Department × rule counts, each cell shaded by its count (the "heatmap"). A table rather
 *  than an image: it survives every mail client and prints sharply. */
function heatTable(d: WeeklyReportData): Block {
  const rules = RULE_CODES.filter((c) => d.sources.some((s) => (s.byRule[c] ?? 0) > 0));
  let rows = d.sources.map((s) => ({ source: s.source, byRule: s.byRule, total: s.total }));
  if (rows.length > HEAT_ROWS) {
    const rest = rows.slice(HEAT_ROWS - 1);
    const merged: Partial<Record<RuleCode, number>> = {};
    for (const r of rest) for (const c of rules) merged[c] = (merged[c] ?? 0) + (r.byRule[c] ?? 0);
    rows = [...rows.slice(0, HEAT_ROWS - 1), { source: `其他 ${rest.length} 个来源`, byRule: merged, total: rest.reduce((n, r) => n + r.total, 0) }];
  }
  const max = Math.max(1, ...rows.flatMap((r) => rules.map((c) => r.byRule[c] ?? 0)));
  return {
    kind: 'table',
    caption: '表2\u3000来源 × 规则线索数（颜色越深数量越多）',
    header: ['来源', ...rules, '合计'],
    widths: [4, ...rules.map(() => 1), 1.2],
    rows: rows.map((r) => [
      { text: r.source },
      ...rules.map((c): Cell => {
        const n = r.byRule[c] ?? 0;
        return { text: n ? String(n) : '', align: 'center', heat: n / max };
      }),
      { text: String(r.total), align: 'right', strong: true },
    ]),
    chat: [],
  };
}

function notableCases(d: WeeklyReportData): Block[] {
  const groups = d.cases.filter((g) => g.total > 0);
  if (groups.length === 0) return [{ kind: 'paragraph', runs: plain('本周未发现需要列出的典型线索。') }];
  const out: Block[] = [
    { kind: 'paragraph', runs: plain('按规则分组，每组列出本周有代表性的线索；编号可用于向机器人发送“核实 编号 属实|不属实 说明”。') },
  ];
  groups.forEach((g, i) => {
    out.push({ kind: 'heading', level: 2, text: `${SUB_NUMBERS[i] ?? ''}${ruleLabel(g.rule)}（本周 ${g.total} 条${g.total > g.cases.length ? `，列出 ${g.cases.length} 条` : ''}）` });
    for (const c of g.cases) out.push(caseEntry(c));
  });
  return out;
}

function caseEntry(c: CaseGroup['cases'][number]): Block {
  const who = c.department ?? '来源未确定';
  const head: Run[] = [
    { text: `【${c.number}】`, strong: true },
    { text: c.township ? `${who} → ${c.township}` : who, strong: true },
    // A register finding has a date but no meaningful time of day.
    { text: `\u3000${c.where} · ${c.origin === 'message' ? dateTimeCn(c.at) : dateCn(c.at, false)} · ${STATUS_LABELS[c.status]}`, muted: true },
  ];
  const lines: Run[][] =
    c.origin === 'message'
      ? [[{ text: '原文：' }, { text: quoteCn(oneLine(c.excerpt, 200)), quote: true }]]
      : [[{ text: '问题：' }, { text: oneLine(c.excerpt, 200) }]];
  // The primary clause in full; further sources by reference, so that a case stays a few
  // lines long however many documents back it.
  const [primary, ...more] = c.basis;
  if (primary) lines.push([{ text: '依据：' }, { text: basisCn(primary) }]);
  const refs = [...new Set(more.map(basisRef))].filter((r) => r !== (primary && basisRef(primary)));
  if (refs.length) lines.push([{ text: '另见：', muted: true }, { text: refs.join('；'), muted: true }]);
  return { kind: 'entry', head, lines };
}

function registers(d: WeeklyReportData): Block[] {
  const { fresh, carriedOver } = d.registers;
  const out: Block[] = [
    {
      kind: 'paragraph',
      runs: fresh + carriedOver
        ? [{ text: `督查检查、借调、一票否决三本台账中，本周新发现问题 ${fresh} 条，此前各周发现、至本周末仍未办结 ${carriedOver} 条。` }]
        : plain('三本台账本周未发现问题，也没有此前未办结的问题。'),
    },
  ];
  const parts: Array<[string, RegisterEntry[], string]> = [
    ['督查检查台账（未经报批、重复检查、要求迎检准备）', d.registers.inspections, '无未报批或重复的督查检查。'],
    ['借调台账（未经批准、未约定期限、超期、超过限额、新录用人员）', d.registers.secondments, '无违规借调。'],
    ['一票否决事项（未列入县委县政府批准清单）', d.registers.vetoes, '无清单外的一票否决事项。'],
  ];
  const keys = ['inspections', 'secondments', 'vetoes'] as const;
  parts.forEach(([title, entries, none], i) => {
    out.push({ kind: 'heading', level: 2, text: `${SUB_NUMBERS[i]}${title}` });
    if (entries.length === 0) {
      out.push({ kind: 'paragraph', runs: plain(none) });
      return;
    }
    // New problems first, then the ones carried over, oldest first: the longest-open
    // item is the one an inspector most needs to chase.
    const sorted = [...entries].sort((a, b) => Number(a.carriedOver) - Number(b.carriedOver) || a.firstFound.getTime() - b.firstFound.getTime());
    for (const e of sorted) out.push(registerEntry(e));
    const omitted = d.registers.omitted[keys[i]!];
    if (omitted > 0) out.push({ kind: 'note', runs: plain(`另有 ${omitted} 条未列出（按发现时间排在后面），请在台账中查阅。`) });
  });
  return out;
}

function registerEntry(e: RegisterEntry): Block {
  const where = [e.department, e.township].filter(Boolean).join(' → ');
  return {
    kind: 'entry',
    head: [
      { text: `【${e.number}】`, strong: true },
      { text: `${CHECK_LABELS[e.check]}（${e.ref}）`, strong: true },
      { text: `\u3000${where ? `${where} · ` : ''}${e.carriedOver ? `${dateCn(e.firstFound, false)}发现，仍未办结` : '本周新发现'} · ${STATUS_LABELS[e.status]}`, muted: true },
    ],
    lines: [[{ text: oneLine(e.message, 200) }]],
  };
}

function burdenReports(d: WeeklyReportData): Block[] {
  if (d.burdenReports.length === 0) return [{ kind: 'paragraph', runs: plain('本周未收到基层减负举报。') }];
  const out: Block[] = [
    {
      kind: 'paragraph',
      runs: [
        { text: `本周收到基层减负举报 ${d.totals.burdenReportsThisWeek} 件${d.totals.burdenReportsThisWeek > d.burdenReports.length ? `（下列 ${d.burdenReports.length} 件，其余请在系统中查阅）` : ''}。` },
        { text: '举报人身份依规保密，本报告不含任何举报人信息。', strong: true },
      ],
    },
  ];
  for (const r of d.burdenReports) {
    out.push({
      kind: 'entry',
      head: [
        { text: `【${r.number}】`, strong: true },
        { text: r.township ?? '乡镇未注明', strong: true },
        { text: `\u3000${dateCn(new Date(`${r.receivedOn}T12:00:00+08:00`), false)}收到${r.department ? ` · 反映对象：${r.department}` : ''} · ${burdenStatusLabel(r.status)}`, muted: true },
      ],
      lines: [[{ text: '内容：' }, { text: quoteCn(oneLine(r.content, 300)), quote: true }]],
    });
  }
  return out;
}

function notes(d: WeeklyReportData): Block[] {
  return [
    {
      kind: 'list',
      items: [
        plain('线索由减负哨兵对照“十不得”规定及有关文件条款自动识别，标明原文和依据条款；是否属实须经核实，不能直接作为处理依据。'),
        plain(`统计口径：按北京时间周一 0 时至周日 24 时计周；线索按发现时间计入所在周。本期统计截至 ${dateCn(d.week.end)}0时。`),
        plain('核实结果可在聊天中向机器人发送“核实 编号 属实|不属实 说明”登记，下期周报将显示处理状态。'),
      ],
    },
  ];
}
