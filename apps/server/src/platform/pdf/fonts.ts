/**
 * The CJK font of every generated PDF: Noto Sans SC as TrueType (.ttf). pdfkit subsets a TrueType font to the
 * glyphs used, so a page of Chinese stays a few dozen KB although each file is ≈ 10 MB; the .otf (CFF) builds
 * of CJK fonts come out garbled through fontkit's subsetter.
 *
 * Each weight is read and parsed once per process and the same fontkit font is handed to every document:
 * pdfkit's `registerFont` takes a fontkit font as well as bytes, and given bytes it parses them again for each
 * document, decoding the cmap, metrics and layout tables and every glyph's metrics anew (a third of a 一览表's
 * time). Each document still makes its own subset, which pdfkit creates per document from the shared font.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

// Resolved through node_modules rather than a path relative to this file, so the same code finds the font from
// `src/` under vitest and from `dist/` after `tsc -b`.
const require = createRequire(import.meta.url);

export const cjkFontPaths = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
} as const;

/** A parsed font, as `doc.registerFont(name, font)` takes it (see fontkit.d.ts). */
export type PdfFont = fontkit.Font;

export interface CjkFonts {
  regular: PdfFont;
  bold: PdfFont;
}

/** Strings up to this long are shaped once per process: the words pdfkit measures one by one while wrapping. */
const SHAPED_MAX_LENGTH = 24;
/** Distinct short strings kept (≈ 1 KB each); the text of these PDFs uses a few thousand characters. */
const SHAPED_MAX_ENTRIES = 10_000;

/**
 * The shared fontkit font as each document sees it, with two things remembered across documents that fontkit
 * and pdfkit would otherwise work out again for every one:
 * - `layout` of short strings. pdfkit wraps Chinese text one character at a time and asks the font to shape
 *   each one (GSUB and GPOS lookups) for its width; its own cache of shaped text lives and dies with one
 *   document. The run is copied on the way out because pdfkit scales its positions in place.
 * - what the subsetter reads of each glyph's outline (fontkit's `_decode`) to copy the glyph into the
 *   document's font, which it decodes in full again for every document: a quarter of a 一览表's time. The font
 *   has no variations, so a glyph's outline never changes.
 */
function shared(font: fontkit.Font): PdfFont {
  const shaped = new Map<string, { glyphs: fontkit.Glyph[]; positions: fontkit.GlyphPosition[] }>();
  const layout = (text: string, features?: unknown, ...rest: unknown[]): fontkit.GlyphRun => {
    if (features !== undefined || rest.length > 0 || text.length > SHAPED_MAX_LENGTH) {
      return font.layout(text, features, ...rest);
    }
    let run = shaped.get(text);
    if (!run) {
      const fresh = font.layout(text);
      run = {
        glyphs: fresh.glyphs,
        positions: fresh.positions.map(copyPosition),
      };
      if (shaped.size >= SHAPED_MAX_ENTRIES) shaped.clear();
      shaped.set(text, run);
    }
    return new CopiedRun(run.glyphs.slice(), run.positions.map(copyPosition));
  };

  // The subsetter asks for each glyph by id and reads from its decoded outline only whether it is composite
  // and of which glyphs; it sees a view of the shared glyph whose `_decode` answers just that, worked out once.
  // (Remembering whole outlines would cost ≈ 6 KB a glyph, up to 200 MB for all of them.)
  const forSubset = new Map<number, fontkit.Glyph>();
  const getGlyph = (id: number, codePoints?: number[]): fontkit.Glyph => {
    let view = forSubset.get(id);
    if (view) return view;
    const glyph = font.getGlyph(id, codePoints);
    if (typeof glyph?._decode !== 'function') return glyph;
    void glyph.advanceWidth; // metrics cached on the shared glyph, which the view reads through
    const decoded = glyph._decode() as { numberOfContours: number; components?: unknown[] } | null;
    const outline = decoded && { numberOfContours: decoded.numberOfContours, components: decoded.components };
    view = Object.assign(Object.create(glyph) as fontkit.Glyph, { _decode: () => outline });
    forSubset.set(id, view);
    return view;
  };

  // Everything else (metrics, tables, subsets) comes from the shared font itself.
  return Object.assign(Object.create(font) as fontkit.Font, { layout, getGlyph });
}

/** Spelled out rather than spread: one object shape, and no slow path on the first documents. */
const copyPosition = (p: fontkit.GlyphPosition): fontkit.GlyphPosition => ({
  xAdvance: p.xAdvance,
  yAdvance: p.yAdvance,
  xOffset: p.xOffset,
  yOffset: p.yOffset,
});

/** What pdfkit reads of a fontkit GlyphRun: the glyphs, their positions and the total advance. */
class CopiedRun implements fontkit.GlyphRun {
  constructor(
    readonly glyphs: fontkit.Glyph[],
    readonly positions: fontkit.GlyphPosition[],
  ) {}

  get advanceWidth(): number {
    let width = 0;
    for (const position of this.positions) width += position.xAdvance;
    return width;
  }
}

async function parse(path: string): Promise<PdfFont> {
  const font = fontkit.create(await readFile(path));
  if (!('layout' in font)) throw new Error(`${path} is a font collection, not a font`);
  return shared(font);
}

let loaded: Promise<CjkFonts> | undefined;

/**
 * Both weights, read and parsed on first use and kept: ≈ 20 MB of bytes that never change. A failed read is
 * forgotten so the next PDF tries again.
 */
export function cjkFonts(): Promise<CjkFonts> {
  loaded ??= Promise.all([parse(cjkFontPaths.regular), parse(cjkFontPaths.bold)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      loaded = undefined;
      throw error;
    },
  );
  return loaded;
}
