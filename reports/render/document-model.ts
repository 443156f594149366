// A small format-neutral document: compose-report.ts writes the digest once as blocks, and
// the Markdown, HTML and DOCX renderers only decide how each block looks. That keeps the
// three formats saying exactly the same thing.
import type { RuleChartInput } from '../charts/rule-bar-chart.js';

/** A piece of inline text; `strong` marks the figures a reader looks for first. */
export interface Run {
  text: string;
  strong?: boolean;
  /** De-emphasised (grey) text such as metadata. */
  muted?: boolean;
  /** Words quoted from a message or a policy. */
  quote?: boolean;
}

export interface Cell {
  text: string;
  /** 0..1 shading intensity for heat tables; undefined = no shading. */
  heat?: number;
  align?: 'left' | 'center' | 'right';
  strong?: boolean;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; items: Run[][] }
  | {
      kind: 'table';
      header: string[];
      rows: Cell[][];
      /** Relative column widths (sum is arbitrary). */
      widths?: number[];
      caption?: string;
      /** What chat (Markdown) shows instead: tables read badly in chat apps. */
      chat: Block[];
    }
  | { kind: 'chart'; chart: RuleChartInput; caption: string; chat: Block[] }
  /** A case or register entry: a headline plus detail lines. */
  | { kind: 'entry'; head: Run[]; lines: Run[][] }
  | { kind: 'note'; runs: Run[] };

export interface ReportDocument {
  title: string;
  /** Masthead name of the series, printed in red on top: "基层减负监测周报". */
  masthead: string;
  /** "2026年第47周" */
  issue: string;
  issuer: string;
  /** Issue date in Chinese, e.g. "2026年11月23日". */
  issuedOn: string;
  period: string;
  blocks: Block[];
  /** Closing lines printed at the foot (版记). */
  footer: string[];
}

export function plain(text: string): Run[] {
  return [{ text }];
}
