/**
 * Excel export of review queues. Rows go through exceljs's streaming WorkbookWriter one at a time, so an export of
 * 50,000 applications never sits in memory whole.
 */
import { PassThrough, type Writable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxColumn<Row> {
  header: string;
  width?: number;
  value: (row: Row) => string | number | Date | null;
}
export interface XlsxSheet<Row> {
  name: string;
  title?: string;
  columns: XlsxColumn<Row>[];
  rows: AsyncIterable<Row> | Iterable<Row>;
}

// Excel stores wall-clock time without a zone; reviewers read 北京时间 whatever TZ the server runs in.
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const DATE_FORMAT = 'yyyy-mm-dd hh:mm';
// Excel declares a file with longer cell text damaged.
const MAX_CELL_CHARS = 32_767;
// What spreadsheets take for the start of a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;
// Rows between checks of backpressure, which exceljs never checks itself.
const ROWS_PER_BATCH = 100;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };

function setCell(cell: ExcelJS.Cell, value: string | number | Date | null | undefined): void {
  if (value instanceof Date) {
    // an invalid date or number would be written as "NaN" and corrupt the sheet XML
    if (Number.isNaN(value.getTime())) return;
    cell.value = new Date(value.getTime() + BEIJING_OFFSET_MS);
    cell.numFmt = DATE_FORMAT;
  } else if (typeof value === 'number') {
    if (Number.isFinite(value)) cell.value = value;
  } else if (typeof value === 'string') {
    // exceljs writes a string as a string cell, never as a formula. The Text format (@) also keeps Excel from
    // evaluating it when someone edits the cell and presses Enter, without changing what the reviewer reads.
    // XML parsers read a raw CR as LF anyway; converting it here makes what is written what is read.
    cell.value = value.replace(/\r\n?/g, '\n').slice(0, MAX_CELL_CHARS);
    if (FORMULA_START.test(value)) cell.numFmt = '@';
  }
}

/** Excel rejects these characters in sheet names, and names longer than 31. */
function sheetName(name: string): string {
  return (
    name
      .replace(/[\\/?*[\]:]/g, '_')
      .replace(/^'+|'+$/g, '')
      .slice(0, 31) || 'Sheet1'
  );
}

/** A width that fits the header: Chinese characters take two columns' worth. */
function headerWidth(header: string): number {
  let width = 2;
  for (const ch of header) width += (ch.codePointAt(0) ?? 0) > 0xff ? 2 : 1;
  return Math.max(10, width);
}

/** Resolves on the first of these events. */
function firstOf(...events: [NodeJS.EventEmitter, string][]): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const [emitter, name] of events) emitter.off(name, done);
      resolve();
    };
    for (const [emitter, name] of events) emitter.on(name, done);
  });
}

/** The PassThrough (of archiver's readable-stream 2, hence no `writableNeedDrain`) that queues a sheet's XML. */
interface SheetQueue extends NodeJS.EventEmitter {
  _writableState: { needDrain: boolean };
}

/**
 * exceljs writes a sheet's XML into a PassThrough that archiver compresses, ignoring that stream's backpressure: with
 * a fast source, rows outran zlib and piled up there uncompressed (23 MB after 50,000 rows in one measurement).
 * Waiting for it keeps memory flat (≈ 4 MB retained) however fast the rows come. These are the internals of exceljs 4.4.0 (pinned exactly); failing loudly here makes an
 * upgrade that changes them fail every test of this file rather than quietly buffer whole exports again.
 */
function sheetQueue(worksheet: ExcelJS.Worksheet): SheetQueue {
  const queue = (worksheet as unknown as { stream?: { pipes?: Partial<SheetQueue>[] } }).stream?.pipes?.[0];
  if (typeof queue?._writableState?.needDrain !== 'boolean' || typeof queue.once !== 'function') {
    throw new Error('exceljs internals changed: the sheet queue was not found');
  }
  return queue as SheetQueue;
}

/** A sheet of rows of any type, for a workbook of several sheets (`writeXlsx` checks each sheet's own rows). */
export type AnyXlsxSheet = XlsxSheet<never>;
export const xlsxSheet = <Row>(sheet: XlsxSheet<Row>): AnyXlsxSheet => sheet as unknown as AnyXlsxSheet;

/**
 * Streams the workbook to `out` (e.g. a PassThrough piped to the HTTP reply) without holding all rows in memory.
 * Resolves once `out` has taken the whole file. On failure, or when `out` is closed early (the client went away),
 * it stops reading `rows` (so a database cursor behind them is released), destroys `out` so that a truncated file
 * is never delivered as complete, and rejects. Several sheets (`xlsxSheet`) are written one after another.
 */
export async function writeXlsx<Row>(
  sheets: XlsxSheet<Row> | readonly AnyXlsxSheet[],
  out: NodeJS.WritableStream,
): Promise<void> {
  const stream = out as Writable;
  const outFinished = finished(out, { readable: false });
  // awaited after the commit; this only keeps an early close from counting as an unhandled rejection meanwhile
  outFinished.catch(() => {});
  try {
    // inline strings rather than a shared-string table, which would grow with every distinct value
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream,
      useStyles: true,
      useSharedStrings: false,
    });
    const list = (Array.isArray(sheets) ? sheets : [sheets]) as readonly XlsxSheet<Row>[];
    for (const sheet of list) await writeSheet(workbook, sheet, stream, out);
    await Promise.all([workbook.commit(), outFinished]);
  } catch (error) {
    if (!stream.destroyed) stream.destroy?.(error as Error);
    throw error;
  }
}

async function writeSheet<Row>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: XlsxSheet<Row>,
  stream: Writable,
  out: NodeJS.WritableStream,
): Promise<void> {
  const columnCount = sheet.columns.length;
  const headerRow = sheet.title === undefined ? 1 : 2;
  // the sheet view is written when the sheet opens, so the frozen pane must be given here
  const worksheet = workbook.addWorksheet(sheetName(sheet.name), {
    views: [{ state: 'frozen', ySplit: headerRow }],
  });
  worksheet.columns = sheet.columns.map((c) => ({ width: c.width ?? headerWidth(c.header) }));

  if (sheet.title !== undefined) {
    const title = worksheet.getCell(1, 1);
    setCell(title, sheet.title);
    title.font = { bold: true, size: 14 };
    if (columnCount > 1) worksheet.mergeCells(1, 1, 1, columnCount);
    worksheet.getRow(1).commit();
  }
  const header = worksheet.getRow(headerRow);
  sheet.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    setCell(cell, column.header);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  header.commit();
  const queue = sheetQueue(worksheet);

  let rowNumber = headerRow;
  for await (const row of sheet.rows) {
    const line = worksheet.getRow(++rowNumber);
    sheet.columns.forEach((column, i) => {
      setCell(line.getCell(i + 1), column.value(row));
    });
    line.commit();
    if ((rowNumber - headerRow) % ROWS_PER_BATCH === 0) {
      // hold back while zlib or the client is behind; stop when the client is gone
      await new Promise(setImmediate);
      while (!stream.destroyed && (queue._writableState.needDrain || stream.writableNeedDrain)) {
        await firstOf([queue, 'drain'], [out, 'drain'], [out, 'close']);
      }
      if (stream.destroyed) throw new Error('xlsx export aborted: the output stream was closed');
    }
  }
  // written when the sheet is committed, so it can cover every row now that their number is known
  worksheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: rowNumber, column: Math.max(columnCount, 1) },
  };
  worksheet.commit();
}

/** Convenience for small exports and tests. */
export async function xlsxBuffer<Row>(sheets: XlsxSheet<Row> | readonly AnyXlsxSheet[]): Promise<Buffer> {
  const out = new PassThrough();
  const [, bytes] = await Promise.all([writeXlsx(sheets, out), buffer(out)]);
  return bytes;
}
