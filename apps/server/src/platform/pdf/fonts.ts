/**
 * The CJK font of every generated PDF: Noto Sans SC as TrueType (.ttf). pdfkit subsets a TrueType font to the
 * glyphs used, so a page of Chinese stays a few dozen KB although each file is ≈ 10 MB; the .otf (CFF) builds
 * of CJK fonts come out garbled through fontkit's subsetter.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

// Resolved through node_modules rather than a path relative to this file, so the same code finds the font from
// `src/` under vitest and from `dist/` after `tsc -b`.
const require = createRequire(import.meta.url);

export const cjkFontPaths = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
} as const;

export interface CjkFonts {
  regular: Buffer;
  bold: Buffer;
}

let loaded: Promise<CjkFonts> | undefined;

/**
 * The bytes of both weights, read on first use and kept: ≈ 20 MB that never change, which every PDF would
 * otherwise read again from disk. A failed read is forgotten so the next PDF tries again.
 */
export function cjkFonts(): Promise<CjkFonts> {
  loaded ??= Promise.all([readFile(cjkFontPaths.regular), readFile(cjkFontPaths.bold)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      loaded = undefined;
      throw error;
    },
  );
  return loaded;
}
