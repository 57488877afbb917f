// The .wasm of zxing-wasm's reader, copied into our own build: the browser never fetches it from a CDN (the
// CSP and an offline network both forbid that). Only the URL is in this chunk; the file loads on first decode.
import readerWasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

type Reader = typeof import('zxing-wasm/reader');

let reader: Promise<Reader> | undefined;

/**
 * zxing-wasm's reader, imported and compiled on first use: only the 扫一扫 page ever asks for it, so no other
 * page's bundle carries it. A failed load is forgotten so that the next attempt tries again.
 */
export function loadReader(): Promise<Reader> {
  reader ??= import('zxing-wasm/reader')
    .then(async (zxing) => {
      await zxing.prepareZXingModule({
        overrides: {
          locateFile: (file: string, prefix: string) =>
            file.endsWith('.wasm') ? readerWasmUrl : prefix + file,
        },
        fireImmediately: true,
      });
      return zxing;
    })
    .catch((error: unknown) => {
      reader = undefined;
      throw error;
    });
  return reader;
}

/** The text of the QR code in an image's pixels, or null. */
export async function decodePixels(image: ImageData): Promise<string | null> {
  const { readBarcodes } = await loadReader();
  const [found] = await readBarcodes(image, {
    formats: ['QRCode'],
    tryHarder: true,
    tryInvert: true,
    maxNumberOfSymbols: 1,
  });
  return found?.isValid ? found.text : null;
}

/** Draws a picture (a photo, a frame of the camera) scaled to at most `max` pixels wide and reads its pixels. */
export function pixelsOf(
  source: CanvasImageSource,
  width: number,
  height: number,
  max = 1024,
): ImageData | null {
  const scale = Math.min(1, max / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** The QR code in a photo or picture file, or null. */
export async function decodeFile(file: File): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  try {
    const pixels = pixelsOf(bitmap, bitmap.width, bitmap.height);
    return pixels ? await decodePixels(pixels) : null;
  } finally {
    bitmap.close();
  }
}

/** The code id of a 扫码登录 QR code (`…/scan?c=<id>`), or null for any other content. */
export function loginCodeOf(text: string): string | null {
  try {
    const url = new URL(text);
    const id = url.searchParams.get('c');
    return url.pathname === '/scan' && id && /^[\w-]{43}$/.test(id) ? id : null;
  } catch {
    return null;
  }
}
