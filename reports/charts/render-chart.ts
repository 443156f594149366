// Vega-Lite → SVG with no browser (vega's headless 'none' renderer), and SVG → PNG with
// resvg for the DOCX, which Word cannot show as SVG. PNG text needs a CJK font on the
// machine (fonts-wqy-microhei or fonts-noto-cjk); without one Chinese renders as boxes.
import { existsSync } from 'node:fs';
import { compile, type TopLevelSpec } from 'vega-lite';
import { parse, View } from 'vega';
import { Resvg } from '@resvg/resvg-js';

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const vgSpec = compile(spec).spec;
  const view = new View(parse(vgSpec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Known locations of CJK fonts on Debian; loading one file is much faster than
 *  scanning every system font. */
const CJK_FONT_FILES = [
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
];

let fontFiles: string[] | undefined;
function cjkFontFiles(): string[] {
  // One file only: each extra CJK font costs 0.1–0.7 s to parse on every render.
  fontFiles ??= CJK_FONT_FILES.filter((f) => existsSync(f)).slice(0, 1);
  return fontFiles;
}

/** True when a CJK font was found, i.e. PNG charts will show Chinese glyphs. */
export function hasCjkFont(): boolean {
  return cjkFontFiles().length > 0;
}

export function svgToPng(svg: string, widthPx = 1200): Buffer {
  const files = cjkFontFiles();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    background: 'white',
    font: files.length
      ? { loadSystemFonts: false, fontFiles: files, defaultFontFamily: files[0]!.includes('wqy') ? 'WenQuanYi Micro Hei' : 'Noto Sans CJK SC' }
      : { loadSystemFonts: true },
    logLevel: 'off',
  });
  return resvg.render().asPng();
}
