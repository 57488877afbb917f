import { pipeline, type Readable, Transform } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { AppError, fieldError } from '../http/errors.js';
import type { BlobStore } from './blob-store.js';

export type FileType = 'pdf' | 'png' | 'jpg' | 'doc' | 'xls' | 'docx' | 'xlsx';

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** What each allowed type is served as, and the bytes its files begin with. */
const TYPES: Record<FileType, { label: string; contentType: string; magic: Buffer }> = {
  pdf: { label: 'PDF', contentType: 'application/pdf', magic: Buffer.from('%PDF-') },
  png: {
    label: 'PNG图片',
    contentType: 'image/png',
    magic: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  jpg: { label: 'JPG图片', contentType: 'image/jpeg', magic: Buffer.from([0xff, 0xd8, 0xff]) },
  doc: { label: 'Word（doc）', contentType: 'application/msword', magic: OLE },
  xls: { label: 'Excel（xls）', contentType: 'application/vnd.ms-excel', magic: OLE },
  docx: {
    label: 'Word（docx）',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: ZIP,
  },
  xlsx: {
    label: 'Excel（xlsx）',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: ZIP,
  },
};

export const typesMessage = (allowed: readonly FileType[]) =>
  `附件格式不支持，仅支持${allowed.map((t) => (t === 'jpg' ? 'jpg、jpeg' : t)).join('、')}格式`;

/** The cleaned file name and its type, from the name; the bytes are checked later by `sniffer`. */
export function fileTypeOf(rawName: string, allowed: readonly FileType[]) {
  // keep only the last path segment and drop control characters
  const name = (rawName.split(/[/\\]/).pop() ?? '')
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(-200);
  const ext = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
  const type = (ext === 'jpeg' ? 'jpg' : ext) as FileType;
  if (!name || !allowed.includes(type)) throw fieldError('file', typesMessage(allowed));
  return { fileName: name, type, ...TYPES[type] };
}

/**
 * Passes a file through unchanged once its first bytes match its type's signature; otherwise fails the
 * stream (and so the upload) with a Chinese message. Only the first few bytes are ever held.
 */
export function sniffer(fileName: string, type: FileType): Transform {
  const { magic, label } = TYPES[type];
  const mismatch = () =>
    fieldError('file', `文件“${fileName}”的内容不是有效的${label}文件，请检查后重新上传`);
  let head: Buffer | null = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (head === null) return callback(null, chunk);
      head = Buffer.concat([head, chunk]);
      if (head.length < magic.length) return callback();
      const out = head;
      head = null;
      if (!out.subarray(0, magic.length).equals(magic)) return callback(mismatch());
      callback(null, out);
    },
    flush(callback) {
      if (head === null) return callback();
      callback(head.length === 0 ? fieldError('file', '附件内容为空，请重新选择文件') : mismatch());
    },
  });
}

/** `content-disposition`: an ASCII fallback and the UTF-8 name (RFC 6266 / 5987); inline for 预览. */
export function contentDisposition(
  fileName: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * Sends a stored file or a generated document: inline for 预览 unless `download`, never cached, never
 * sniffed into another type by the browser.
 */
export function sendFile(
  reply: FastifyReply,
  file: { fileName: string; contentType: string; size?: number; download: boolean },
  body: Readable | Buffer,
): FastifyReply {
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file.fileName, file.download ? 'attachment' : 'inline'))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store');
  if (file.size !== undefined) reply.header('content-length', file.size);
  return reply.send(body);
}

export function isTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'FST_REQ_FILE_TOO_LARGE';
}

const UPLOAD_BROKEN = '文件上传中断，请重新上传';
const brokenUpload = () =>
  new AppError('BAD_REQUEST', UPLOAD_BROKEN, [{ path: 'file', message: UPLOAD_BROKEN }]);
const tooLarge = (message: string) => new AppError('PAYLOAD_TOO_LARGE', message, [{ path: 'file', message }]);
/**
 * The parser destroys a file whose body broke off (no closing boundary) without an error, and may do so before
 * the handler reads it (a short body is parsed whole at once): such a stream is a broken upload, never one to
 * wait for.
 */
const closedEarly = (stream: Readable) => stream.destroyed && !stream.readableEnded;

/**
 * A whole (small) upload in memory, for the Excel imports: over the parser's size limit a 413 with
 * `tooLargeMessage`; a body that broke off or was malformed a 400, never taken for a file too large.
 */
export async function readUpload(
  file: { file: Readable & { truncated?: boolean }; toBuffer(): Promise<Buffer> },
  tooLargeMessage: string,
): Promise<Buffer> {
  if (closedEarly(file.file)) throw brokenUpload();
  try {
    return await file.toBuffer();
  } catch (error) {
    if (isTooLarge(error) || file.file.truncated) throw tooLarge(tooLargeMessage);
    throw brokenUpload();
  }
}

/** A multipart file as @fastify/multipart hands it over: `truncated` once it passed the size limit. */
export interface UploadedFile {
  filename: string;
  stream: Readable & { truncated?: boolean };
}

/**
 * Streams an upload into the blob store under `key`, checking its first bytes against its type and its size
 * against the parser's limit on the way; memory stays flat whatever the size. On any failure nothing is left
 * in the store, and a file over the limit is a 413 with `tooLargeMessage`.
 */
export async function storeUpload({
  blobs,
  key,
  file,
  type,
  tooLargeMessage,
}: {
  blobs: Pick<BlobStore, 'put' | 'delete'>;
  key: string;
  file: UploadedFile;
  type: { fileName: string; type: FileType };
  tooLargeMessage: string;
}): Promise<{ size: number }> {
  // what the request stream itself failed with: the client broke off, or sent a malformed body
  let sourceError: unknown;
  file.stream.once('error', (error) => {
    sourceError = error;
  });
  if (closedEarly(file.stream)) throw brokenUpload();
  file.stream.once('close', () => {
    if (!file.stream.readableEnded) sourceError ??= brokenUpload();
  });
  try {
    // pipeline() hands the parser's own errors (the size limit) on to the sniffer, and so to put()
    const checked = pipeline(file.stream, sniffer(type.fileName, type.type), () => {});
    const { size } = await blobs.put(key, checked);
    if (file.stream.truncated)
      throw Object.assign(new Error('truncated'), { code: 'FST_REQ_FILE_TOO_LARGE' });
    return { size };
  } catch (error) {
    await blobs.delete(key).catch(() => {});
    if (isTooLarge(error)) throw tooLarge(tooLargeMessage);
    // the request's own stream failed or closed early: whatever it made the pipeline throw, it is a broken upload
    if (sourceError !== undefined) throw sourceError instanceof AppError ? sourceError : brokenUpload();
    throw error;
  }
}
