import jsQR from 'jsqr';

/** The text of the QR code in an image's pixels, or null. */
export function decodePixels(image: ImageData): string | null {
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
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
    return pixels ? decodePixels(pixels) : null;
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
