/**
 * Import of uploaded .xlsx sheets (评审结果 and the like). The file comes from outside, so it is checked as a zip
 * before exceljs sees it, and what exceljs is allowed to build from it is bounded: see `inspectZip` and `readSheet`.
 */
import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';

export interface SheetRow {
  /** 1-based row number in the sheet, as Excel shows it. */
  row: number;
  /** Header text → cell text, trimmed; every header of the sheet is a key ('' for an empty cell). */
  cells: Record<string, string>;
}
export interface ReadSheetResult {
  headers: string[];
  rows: SheetRow[];
}

/** Bad input: the message is Chinese and meant for the person who uploaded the file. */
export class SheetError extends Error {
  override name = 'SheetError';
}

export const DEFAULT_MAX_ROWS = 5000;
const NOT_XLSX = '文件不是有效的Excel（.xlsx）文件，请使用导入模板';
const TOO_BIG = '文件内容过多，请删除多余的工作表、图片或空白格式后重试';

/**
 * Zip-bomb limits, checked before anything is inflated for exceljs. exceljs (through JSZip) inflates every entry of
 * the archive completely into memory, and deflate packs up to ≈ 1000:1, so a 5 MB upload could otherwise become
 * gigabytes. A genuine import sheet of a few thousand rows unpacks to a few MB.
 */
const MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 1000;
/**
 * What exceljs builds from those bytes costs far more than the bytes: ≈ 300 bytes of heap and several µs per cell
 * (2.5 M cells, 68 MB of XML, took 745 MB of heap and 16 s in one measurement; 270,000 cells took 2.5 s and
 * blocked the event loop for 0.7 s at once). These bound the XML elements in the whole archive, counted on the
 * inflated bytes before exceljs parses them: enough for 5000 rows of 20 columns of distinct texts (≈ 205,000).
 */
const MAX_CELLS = 300_000; // <c>, <row> and <si> (shared string) elements: each becomes an object
const MAX_ELEMENTS = 2_000_000; // every XML element: each costs the parser

/**
 * Worksheet parts that exceljs would expand cell by cell while loading (a data validation or merge over
 * A1:XFD1048576 is 17 billion cells) and that reading values never needs. Without `mergeCells`, the covered cells
 * of a merge read as the empty cells they are in the file, so a merged value is read once, from its top-left cell.
 */
const IGNORED_NODES = [
  'mergeCells',
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'hyperlinks',
  'drawing',
  'picture',
  'tableParts',
  'rowBreaks',
  'autoFilter',
];

const inflate = promisify(inflateRaw);

const EOCD_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

interface ZipEntry {
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function notXlsx(): SheetError {
  return new SheetError(NOT_XLSX);
}

/**
 * Reads the central directory the way JSZip (which exceljs loads with) does, and refuses every layout in which the
 * two could disagree about which bytes are an entry: prepended data, zip64, spanned archives, bytes between
 * the entries and the end record. Thus the sizes checked here are the sizes JSZip will inflate.
 */
function centralDirectory(zip: Buffer): ZipEntry[] {
  // JSZip takes the last end-of-central-directory signature of the whole buffer; so does this
  const eocd = zip.lastIndexOf(EOCD_SIGNATURE);
  if (eocd < 0 || eocd + 22 > zip.length) throw notXlsx();
  const disk = zip.readUInt16LE(eocd + 4);
  const directoryDisk = zip.readUInt16LE(eocd + 6);
  const entriesOnDisk = zip.readUInt16LE(eocd + 8);
  const entryCount = zip.readUInt16LE(eocd + 10);
  const directorySize = zip.readUInt32LE(eocd + 12);
  const directoryOffset = zip.readUInt32LE(eocd + 16);
  const commentLength = zip.readUInt16LE(eocd + 20);
  if (
    eocd + 22 + commentLength !== zip.length ||
    disk !== 0 ||
    directoryDisk !== 0 ||
    entriesOnDisk !== entryCount ||
    // the directory must end where the end record starts: nothing prepended, no zip64 records
    directoryOffset + directorySize !== eocd
  ) {
    throw notXlsx();
  }
  if (entryCount > MAX_ZIP_ENTRIES) throw new SheetError(TOO_BIG);

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    if (at + 46 > eocd || zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw notXlsx();
    const entry: ZipEntry = {
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    };
    const encrypted = (zip.readUInt16LE(at + 8) & 1) === 1;
    // 0xFFFFFFFF says "the real value is in a zip64 extra field": no import sheet needs one
    const zip64 = [entry.compressedSize, entry.size, entry.localOffset].includes(0xffffffff);
    if (encrypted || zip64) throw notXlsx();
    entries.push(entry);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  // JSZip reads entries for as long as their signature follows, so they must end exactly at the end record
  if (at !== eocd) throw notXlsx();
  return entries;
}

/**
 * Counts XML start tags, and among them the ones exceljs makes an object of. A tag is "<" and a name-start byte:
 * a letter, "_", ":" or any byte of a non-ASCII character (an element named 中 costs the parser as much as any).
 */
function countElements(xml: Buffer): { elements: number; cells: number } {
  const isNameStart = (byte: number | undefined) =>
    byte !== undefined &&
    (((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a) || byte === 0x5f || byte === 0x3a || byte >= 0x80);
  const endsName = (byte: number | undefined) =>
    byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x3e || byte === 0x2f;
  let elements = 0;
  let cells = 0;
  for (let i = xml.indexOf(0x3c); i !== -1; i = xml.indexOf(0x3c, i + 1)) {
    if (!isNameStart(xml[i + 1])) continue;
    elements++;
    const cell = xml[i + 1] === 0x63 && endsName(xml[i + 2]); // <c
    const row = xml[i + 1] === 0x72 && xml[i + 2] === 0x6f && xml[i + 3] === 0x77 && endsName(xml[i + 4]); // <row
    const string = xml[i + 1] === 0x73 && xml[i + 2] === 0x69 && endsName(xml[i + 3]); // <si
    if (cell || row || string) cells++;
  }
  return { elements, cells };
}

/**
 * Zip-bomb guard. First the sizes the central directory declares, before inflating anything; then, since a
 * declaration can lie and JSZip would only notice after inflating all of it, every entry is inflated here with a
 * hard output limit of its declared size (so at most MAX_UNCOMPRESSED_BYTES in all, one entry at a time) and must
 * come out exactly that size. The inflated bytes are also where the XML elements are counted.
 */
async function inspectZip(zip: Buffer): Promise<void> {
  const entries = centralDirectory(zip);
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > MAX_UNCOMPRESSED_BYTES) throw new SheetError(TOO_BIG);

  let elements = 0;
  let cells = 0;
  for (const entry of entries) {
    const local = entry.localOffset;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_SIGNATURE) throw notXlsx();
    // where JSZip takes the data from: after the local header's own name and extra field
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const end = start + entry.compressedSize;
    if (end > zip.length) throw notXlsx();
    const data = zip.subarray(start, end);
    let content: Buffer;
    if (entry.compressedSize === 0) {
      // how some writers store an empty file even as "deflated"; zlib would call it truncated, JSZip takes it
      content = data;
    } else if (entry.method === 0) {
      content = data;
    } else if (entry.method === 8) {
      try {
        content = await inflate(data, { maxOutputLength: Math.max(entry.size, 1) });
      } catch {
        throw notXlsx();
      }
    } else {
      throw notXlsx();
    }
    if (content.length !== entry.size) throw notXlsx();
    const counted = countElements(content);
    elements += counted.elements;
    cells += counted.cells;
    if (elements > MAX_ELEMENTS || cells > MAX_CELLS) throw new SheetError(TOO_BIG);
  }
}

/**
 * exceljs 4.4.0 expands every defined name (print areas, filter ranges, named ranges) into one object per cell when
 * the workbook model is set; a name over $A$1:$XFD$1048576 would never finish. Names are not needed to read values,
 * so the workbook's name table is told to drop them. Internals of the pinned exceljs: fail loudly if they change.
 */
function dropDefinedNames(workbook: ExcelJS.Workbook): void {
  const names = (workbook as unknown as { _definedNames?: object })._definedNames;
  const setter = names && Object.getOwnPropertyDescriptor(Object.getPrototypeOf(names), 'model')?.set;
  if (names === undefined || setter === undefined || !('matrixMap' in names)) {
    throw new Error('exceljs internals changed: the defined names of a workbook were not found');
  }
  Object.defineProperty(names, 'model', { get: () => [], set: () => {} });
}

/** The first section of a number format with literal text, escapes, paddings and [colour]/[locale] parts removed. */
function formatCore(numFmt: string | undefined): string {
  return (numFmt ?? '')
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*]/g, '')
    .replace(/[\\_*]./g, '')
    .split(';')[0]!
    .trim();
}

const GENERAL = new Intl.NumberFormat('en-US', {
  maximumSignificantDigits: 15,
  useGrouping: false,
  signDisplay: 'negative',
});

/**
 * A number as plain text: Excel's 15 significant digits (0.1 + 0.2 → "0.3", 5 → "5", never "1e+21"), or the
 * decimals and percent of a simple fixed format ("0.00", "#,##0.0", "0%") as shown, without thousands separators
 * or literal text. Other formats (fractions, scientific, currency text) give the General form.
 */
function numberText(value: number, numFmt: string | undefined): string {
  if (!Number.isFinite(value)) return '';
  const format = formatCore(numFmt);
  // Excel keeps 15 significant digits: 0.145 * 100 shows as 15%, not as the 14.499999999999998 it is in binary
  const shown = (n: number) => Number(n.toPrecision(15));
  const fixed = /general|[eE][+-]|\/|@/i.test(format)
    ? null
    : /[0#?][0#?,]*(?:\.([0#?]*))?|\.([0#?]+)/.exec(format);
  if (!fixed) return GENERAL.format(shown(value));
  const decimals = fixed[1] ?? fixed[2] ?? '';
  const required = decimals.replace(/[#?]/g, '').length;
  const percent = format.includes('%');
  const text = new Intl.NumberFormat('en-US', {
    minimumFractionDigits: required,
    maximumFractionDigits: Math.min(decimals.length, 20),
    useGrouping: false,
    signDisplay: 'negative',
  }).format(shown(percent ? value * 100 : value));
  return percent ? `${text}%` : text;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * exceljs turns the serial number of a date cell into the Date whose UTC fields are the serial's wall-clock time
 * (Excel dates have no zone), so the UTC fields are what the person sees, whatever the process time zone.
 * Date formats give YYYY-MM-DD; formats with a time part add HH:mm (and :ss when shown), a time alone gives HH:mm.
 */
function dateText(value: Date, numFmt: string | undefined): string {
  const ms = value.getTime();
  if (Number.isNaN(ms)) return '';
  const at = new Date(Math.round(ms / 1000) * 1000);
  const format = formatCore(numFmt).toLowerCase();
  const hasTime = /[hs]/.test(format);
  const hasDate = /[yd]/.test(format) || !hasTime;
  const date = `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  const time = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}${format.includes('s') ? `:${pad(at.getUTCSeconds())}` : ''}`;
  if (!hasTime) return date;
  return hasDate ? `${date} ${time}` : time;
}

/** What the person sees in a cell, before trimming. */
function valueText(value: unknown, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value, numFmt);
  if (typeof value !== 'object') return '';
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText
      .map((run: { text?: unknown }) => (typeof run?.text === 'string' ? run.text : ''))
      .join('');
  }
  if ('error' in value) return typeof value.error === 'string' ? value.error : '';
  // a formula: its result as Excel cached it when the file was saved (none if the file was never calculated)
  if ('formula' in value || 'sharedFormula' in value) {
    return 'result' in value ? valueText(value.result, numFmt) : '';
  }
  if ('text' in value) return valueText(value.text, numFmt); // a hyperlink
  return '';
}

function cellText(cell: ExcelJS.Cell): string {
  // a cell without value or style, which exceljs types as part of a merge even when there is none
  if (cell.type === ExcelJS.ValueType.Merge) return '';
  return valueText(cell.value, cell.numFmt).trim();
}

/** The texts of a row, index 0 being column A; trailing empty cells left off. */
function rowTexts(row: ExcelJS.Row): string[] {
  const texts: string[] = [];
  row.eachCell((cell, column) => {
    const text = cellText(cell);
    if (text !== '') texts[column - 1] = text;
  });
  return Array.from(texts, (text) => text ?? '');
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** The header texts, unless one is empty or repeated. */
function checkHeaders(names: string[], rowNumber: number): string[] {
  const seen = new Map<string, number>();
  names.forEach((name, column) => {
    if (name === '') {
      throw new SheetError(`表头（第${rowNumber}行）的${columnName(column)}列为空，请填写列名或删除该列`);
    }
    const other = seen.get(name);
    if (other !== undefined) {
      throw new SheetError(`表头“${name}”重复：${columnName(other)}列和${columnName(column)}列`);
    }
    seen.set(name, column);
  });
  return names;
}

/**
 * Reads the first worksheet of an .xlsx buffer: the first non-empty row is the header row; blank rows are skipped.
 * The first visible worksheet, that is: a hidden sheet (say, of drop-down choices) is not what the person filled in.
 */
export async function readSheet(
  buffer: Buffer,
  options: { maxRows?: number } = {},
): Promise<ReadSheetResult> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (!Number.isInteger(maxRows) || maxRows < 1) throw new RangeError(`maxRows must be a positive integer`);

  await inspectZip(buffer);
  const workbook = new ExcelJS.Workbook();
  dropDefinedNames(workbook);
  try {
    // exceljs declares an ArrayBuffer but hands the data to JSZip, which reads a Buffer as it is; passing
    // `buffer.buffer` instead would be wrong for a Buffer that is a slice of a larger (pooled) ArrayBuffer
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES });
  } catch (error) {
    throw new SheetError(NOT_XLSX, { cause: error });
  }
  const sheets = workbook.worksheets;
  const sheet = sheets.find((s) => s.state !== 'hidden' && s.state !== 'veryHidden') ?? sheets[0];
  if (!sheet) throw notXlsx();

  let headers: string[] | undefined;
  const rows: SheetRow[] = [];
  try {
    // rows in order, the blank ones (no cell with text) left out; throwing ends the iteration
    sheet.eachRow((row, rowNumber) => {
      const texts = rowTexts(row);
      if (texts.length === 0) return;
      if (!headers) {
        headers = checkHeaders(texts, rowNumber);
        return;
      }
      if (texts.length > headers.length) {
        const column = columnName(texts.length - 1);
        throw new SheetError(`第${rowNumber}行${column}列有内容，但该列没有表头`);
      }
      if (rows.length === maxRows) throw new SheetError(`表格超过${maxRows}行，请分批导入`);
      // no prototype, so that a header such as "__proto__" or "constructor" is just a key
      const cells: Record<string, string> = Object.create(null);
      headers.forEach((name, column) => {
        cells[name] = texts[column] ?? '';
      });
      rows.push({ row: rowNumber, cells });
    });
  } catch (error) {
    // a SheetError says what is wrong; anything else is exceljs choking on a malformed sheet
    if (error instanceof SheetError) throw error;
    throw new SheetError(NOT_XLSX, { cause: error });
  }
  if (!headers) throw new SheetError('表格为空');
  return { headers, rows };
}
