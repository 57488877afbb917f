import { Readable, type Writable } from 'node:stream';
import { ZipFile } from 'yazl';

export const ZIP_CONTENT_TYPE = 'application/zip';

/** Longest name of one path segment, in UTF-8 bytes (most file systems take 255). */
const MAX_SEGMENT_BYTES = 200;

/**
 * One path segment of a zip entry from text a person wrote (a name, an uploaded file's name): no separators,
 * no control or reserved characters, never `.` or `..`, at most 200 bytes with the extension kept.
 */
export function safeSegment(text: string, fallback = '文件'): string {
  let name = text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .replace(/\.{2,}/g, '.');
  if (!name) name = fallback;
  if (Buffer.byteLength(name) <= MAX_SEGMENT_BYTES) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  let stem = name.slice(0, name.length - ext.length);
  while (Buffer.byteLength(stem + ext) > MAX_SEGMENT_BYTES) stem = Array.from(stem).slice(0, -1).join('');
  return stem + ext;
}

/** `name`, or `name (2).ext`, `name (3).ext` … when `taken` holds it already; the answer joins `taken`. */
export function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${stem} (${n})${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * A zip written into `out` as it is made: entries are stored (attachments are PDFs and images, compressed
 * already), names in UTF-8 with the language encoding flag (Windows Explorer and macOS show Chinese names),
 * each entry's bytes piped from its stream. `add` resolves once the entry's source is read to its end, so a
 * caller that awaits it holds one file at a time, whatever the count.
 */
export function zipWriter(out: Writable) {
  const zip = new ZipFile();
  let failed: Error | null = null;
  const failures = new Set<(error: Error) => void>();
  zip.on('error', (error: Error) => {
    failed = error;
    for (const reject of failures) reject(error);
  });
  zip.outputStream.on('error', (error: Error) => out.destroy(error));
  zip.outputStream.pipe(out);

  function add(name: string, open: () => Promise<Readable>): Promise<void> {
    if (failed) return Promise.reject(failed);
    return new Promise<void>((resolve, reject) => {
      const fail = (error: Error) => {
        failures.delete(fail);
        reject(error);
      };
      failures.add(fail);
      zip.addReadStreamLazy(name, { compress: false }, (cb) => {
        open().then(
          (stream) => {
            stream.once('end', () => {
              failures.delete(fail);
              resolve();
            });
            stream.once('error', fail);
            cb(null, stream);
          },
          (error: Error) => {
            fail(error);
            cb(error, undefined as unknown as Readable);
          },
        );
      });
    });
  }

  return {
    /** An entry whose bytes come from `open()`'s stream, opened when the zip reaches it. */
    add,
    /** A small entry made in memory (a PDF of one page, a note). */
    addBuffer: (name: string, bytes: Buffer) => add(name, async () => Readable.from([bytes])),
    /** Writes the central directory; resolves when `out` has taken the last byte. */
    end(): Promise<void> {
      if (failed) return Promise.reject(failed);
      return new Promise<void>((resolve, reject) => {
        out.once('finish', resolve);
        out.once('error', reject);
        out.once('close', () => (failed ? reject(failed) : resolve()));
        zip.end();
      });
    },
  };
}
