// DOCX for printing and filing, laid out after the party and government document format
// (GB/T 9704-2012) as a 简报: red masthead with the issue and the issuing body over a red
// rule, title in 小标宋, body in 3号仿宋, level-1 headings in 黑体, level-2 in 楷体, A4 with
// the standard margins, page numbers "— 1 —" at the foot (odd pages right, even left).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { Block, Cell, ReportDocument, Run } from './document-model.js';
import { heatColour } from './render-html.js';

const FONT = {
  fang: '仿宋',
  hei: '黑体',
  kai: '楷体',
  song: '宋体',
  title: '方正小标宋简体',
  latin: 'Times New Roman',
};
/** Half-point sizes of the Chinese type sizes. */
const SIZE = { chu: 84, xiaochu: 72, er: 44, san: 32, si: 28, xiaosi: 24, wu: 21 };
const RED = 'C00000';
/** A4 text width with 28 mm / 26 mm side margins: 156 mm in twentieths of a point. */
const TEXT_WIDTH_TWIPS = Math.round((156 / 25.4) * 1440);
const TEXT_WIDTH_PX = Math.round((156 / 25.4) * 96);
const MM = 1440 / 25.4;

type Face = keyof typeof FONT;

function run(text: string, face: Face, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  const name = FONT[face];
  return new TextRun({ text, font: { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia: name, cs: FONT.latin }, size, ...extra });
}

function runsOf(rs: Run[], size: number, face: Face = 'fang'): TextRun[] {
  return rs.map((r) =>
    run(r.text, r.strong ? 'hei' : face, r.muted ? Math.max(SIZE.wu, size - 4) : size, {
      ...(r.muted ? { color: '595959' } : {}),
    }),
  );
}

/** Body paragraph: 3号仿宋, first-line indent of two characters, fixed 28 pt lines. */
function bodyParagraph(children: TextRun[], size = SIZE.san, indent = true): Paragraph {
  return new Paragraph({
    children,
    indent: indent ? { firstLine: size * 20 } : undefined,
    spacing: { line: Math.round(size * 17.5), lineRule: LineRuleType.EXACT },
    alignment: AlignmentType.JUSTIFIED,
  });
}

function tableCell(c: Cell, header: boolean, widthTwips: number): TableCell {
  const shaded = !header && c.heat !== undefined && c.text !== '';
  const fill = header ? 'EFEBEB' : shaded ? heatColour(c.heat ?? 0).slice(1).toUpperCase() : undefined;
  const white = shaded && (c.heat ?? 0) > 0.55;
  return new TableCell({
    width: { size: widthTwips, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(fill ? { shading: { fill, type: ShadingType.CLEAR, color: 'auto' } } : {}),
    children: [
      new Paragraph({
        alignment: c.align === 'right' ? AlignmentType.RIGHT : c.align === 'center' || header ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(c.text, header || c.strong ? 'hei' : 'fang', SIZE.wu, white ? { color: 'FFFFFF' } : {})],
      }),
    ],
  });
}

function table(b: Extract<Block, { kind: 'table' }>): Array<Paragraph | Table> {
  const weights = b.widths ?? b.header.map(() => 1);
  const sum = weights.reduce((a, n) => a + n, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * TEXT_WIDTH_TWIPS));
  const out: Array<Paragraph | Table> = [];
  if (b.caption) {
    out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 60 }, keepNext: true, children: [run(b.caption, 'hei', SIZE.xiaosi)] }));
  }
  out.push(
    new Table({
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: b.header.map((h, i) => tableCell({ text: h }, true, widths[i] ?? 0)) }),
        ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => tableCell(c, false, widths[i] ?? 0)) })),
      ],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  );
  return out;
}

function chart(b: Extract<Block, { kind: 'chart' }>, png: ChartImage | undefined): Paragraph[] {
  if (!png) return [];
  const width = Math.min(TEXT_WIDTH_PX - 10, png.width);
  const height = Math.round((width * png.height) / png.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120 },
      keepNext: true,
      children: [new ImageRun({ type: 'png', data: png.data, transformation: { width, height }, altText: { name: 'chart', title: b.caption, description: b.caption } })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 160 }, children: [run(b.caption, 'hei', SIZE.xiaosi)] }),
  ];
}

function block(b: Block, pngs: Map<Block, ChartImage>): Array<Paragraph | Table> {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          keepNext: true,
          indent: { firstLine: SIZE.san * 20 },
          spacing: { line: 560, lineRule: LineRuleType.EXACT },
          children: [run(b.text, b.level === 1 ? 'hei' : 'kai', SIZE.san)],
        }),
      ];
    case 'paragraph':
      return [bodyParagraph(runsOf(b.runs, SIZE.san))];
    case 'note':
      return [bodyParagraph(runsOf(b.runs, SIZE.si), SIZE.si)];
    case 'list':
      // Official documents number nothing with bullets: each item is an indented paragraph.
      return b.items.map((item) => bodyParagraph(runsOf(item, SIZE.san)));
    case 'table':
      return table(b);
    case 'chart':
      return chart(b, pngs.get(b));
    case 'entry':
      return [
        new Paragraph({
          keepNext: true,
          spacing: { before: 100, line: 400, lineRule: LineRuleType.EXACT },
          indent: { left: 0 },
          children: runsOf(b.head, SIZE.si),
        }),
        ...b.lines.map(
          (l) =>
            new Paragraph({
              indent: { left: SIZE.si * 20 },
              spacing: { line: 400, lineRule: LineRuleType.EXACT },
              alignment: AlignmentType.JUSTIFIED,
              children: runsOf(l, SIZE.si),
            }),
        ),
      ];
  }
}

function masthead(doc: ReportDocument): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 200, after: 120 },
      children: [run(doc.masthead, 'title', SIZE.xiaochu, { color: RED, characterSpacing: 40 })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(doc.issue, 'kai', SIZE.san)] }),
    // Issuing body at the left, date at the right, over the red rule (版头分隔线).
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS }],
      border: { bottom: { color: RED, space: 4, style: BorderStyle.SINGLE, size: 18 } },
      spacing: { after: 360 },
      children: [run(doc.issuer, 'fang', SIZE.san), run(`\t${doc.issuedOn}`, 'fang', SIZE.san)],
    }),
    // The title breaks before the week in parentheses, so it never wraps mid-word (标题回行
    // 要词意完整).
    ...titleLines(doc.title).map(
      (line) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: LineRuleType.EXACT }, children: [run(line, 'title', SIZE.er)] }),
    ),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 240 }, children: [run(`统计期间：${doc.period}`, 'kai', SIZE.si)] }),
  ];
}

function titleLines(title: string): string[] {
  const i = title.lastIndexOf('（');
  return i > 0 && Array.from(title).length > 18 ? [title.slice(0, i), title.slice(i)] : [title];
}

function pageNumberFooter(align: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: align,
        indent: align === AlignmentType.RIGHT ? { right: 280 } : { left: 280 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: { ascii: FONT.song, hAnsi: FONT.song, eastAsia: FONT.song }, size: SIZE.si })],
      }),
    ],
  });
}

/** A rendered chart: PNG bytes and its pixel size (for the aspect ratio). */
export interface ChartImage {
  data: Buffer;
  width: number;
  height: number;
}

export async function renderDocx(doc: ReportDocument, charts: Map<Block, ChartImage>): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [...masthead(doc), ...doc.blocks.flatMap((b) => block(b, charts))];
  // 版记: a closing ruled block with the generation note.
  children.push(
    new Paragraph({ spacing: { before: 480 }, border: { top: { color: '000000', space: 4, style: BorderStyle.SINGLE, size: 8 } }, children: [] }),
    ...doc.footer.map((f) => new Paragraph({ spacing: { line: 360, lineRule: LineRuleType.EXACT }, children: [run(f, 'fang', SIZE.wu, { color: '404040' })] })),
  );
  const document = new Document({
    title: doc.title,
    creator: doc.issuer,
    description: `${doc.issuer} ${doc.issue} 基层减负监测周报`,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia: FONT.fang }, size: SIZE.san },
        },
        heading1: { run: { font: { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia: FONT.hei }, size: SIZE.san, color: '000000', bold: false } },
        heading2: { run: { font: { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia: FONT.kai }, size: SIZE.san, color: '000000' } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM), footer: Math.round(20 * MM) },
          },
        },
        footers: { default: pageNumberFooter(AlignmentType.RIGHT), even: pageNumberFooter(AlignmentType.LEFT) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
