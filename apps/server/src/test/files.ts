import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import type { Client } from './harness.js';

/** Small real files and multipart uploads, as a browser sends them. */

export const MINIMAL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
export const MINIMAL_JPG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)]);
export const MINIMAL_PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 2),
]);

export function multipart(fileName: string, content: Buffer, field = 'file') {
  const boundary = `----rcpd${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** Uploads one file as the browser does: multipart with the CSRF header. */
export async function uploadFile(client: Client, url: string, fileName: string, content: Buffer) {
  const { payload, contentType } = multipart(fileName, content);
  if (!client.csrfToken) await client.session();
  return client.request({
    method: 'POST',
    url,
    headers: { 'x-csrf-token': client.csrfToken ?? '', 'content-type': contentType },
    payload,
  });
}

/** Every file a blob folder holds, temporary ones included. */
export function blobFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name);
  } catch {
    return [];
  }
}

/** Whether poppler-utils' tools are on this machine (`.ci/run` installs them); PDF checks skip without. */
export function popplerInstalled(...tools: string[]): boolean {
  return tools.every((tool) => {
    try {
      execFileSync(tool, ['-v'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
}

/** Runs a poppler tool (pdftotext, pdfinfo, pdffonts) on a PDF and returns what it printed. */
export async function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts', pdf: Buffer, args: string[] = []) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-pdf-'));
  try {
    const file = path.join(dir, 'file.pdf');
    writeFileSync(file, pdf);
    const out = tool === 'pdftotext' ? ['-'] : [];
    const { stdout } = await promisify(execFile)(tool, [...args, file, ...out], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF in drawing order (-raw keeps a cell's lines together), whitespace removed. */
export async function pdfText(pdf: Buffer): Promise<string> {
  return (await poppler('pdftotext', pdf, ['-raw', '-enc', 'UTF-8'])).replace(/\s+/g, '');
}

/** The cells of a workbook's first sheet, row by row, as text. */
export async function sheetRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
  });
  return rows;
}
