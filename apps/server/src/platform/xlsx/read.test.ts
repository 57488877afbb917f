import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheet, SheetError } from './read.js';

const NOT_XLSX = '文件不是有效的Excel（.xlsx）文件，请使用导入模板';
const TOO_BIG = '文件内容过多，请删除多余的工作表、图片或空白格式后重试';

async function xlsx(fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('评审结果'), workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A date cell as Excel stores it: a serial number whose UTC fields exceljs gives as the wall-clock time. */
const excelDate = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(Date.UTC(y, m - 1, d, h, min));

async function failure(bytes: Buffer, options?: { maxRows?: number }): Promise<SheetError> {
  const error = await readSheet(bytes, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SheetError);
  return error as SheetError;
}

// ---- a minimal zip writer, for archives exceljs would never write ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface ZipFile {
  name: string;
  content: Buffer | string;
  /** What the central directory claims the inflated size is; the true size unless given. */
  declaredSize?: number;
  /** Deflated data to store instead of deflating `content`. */
  deflated?: Buffer;
  /** Leaves the CRC 0 (unchecked by JSZip) instead of computing it, slow in JS for many MB. */
  noCrc?: boolean;
}
function zip(files: ZipFile[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const content = Buffer.from(file.content);
    const data = file.deflated ?? deflateRawSync(content);
    const name = Buffer.from(file.name);
    const size = file.declaredSize ?? content.length;
    const crc = file.noCrc ? 0 : crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A hand-written .xlsx with one sheet, to put in what exceljs's writer would not. */
function handmade(sheetData: string, more: { sheet?: string; workbook?: string } = {}): Buffer {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip([
    {
      name: '[Content_Types].xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="评审结果" sheetId="1" r:id="rId1"/></sheets>${more.workbook ?? ''}</workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}><sheetData>${sheetData}</sheetData>${more.sheet ?? ''}</worksheet>`,
    },
  ]);
}

describe('readSheet', () => {
  it('reads the Chinese headers and rows as a person sees them', async () => {
    const bytes = await xlsx((sheet) => {
      // row 1 left blank: the header is the first row with text
      sheet.getRow(2).values = [' 申报编号 ', '姓名', '评审结果', '得分', '评审日期', '备注'];
      sheet.getRow(3).values = [
        'SB-2024-001',
        '  张三 ',
        { richText: [{ text: '通过' }, { text: '（推荐）', font: { bold: true } }] },
        92,
        excelDate(2024, 3, 1),
        '',
      ];
      sheet.getRow(4).values = ['   ', '', null]; // whitespace only: blank
      sheet.getRow(6).values = [
        'SB-2024-002',
        '李四',
        { formula: 'IF(D6>=60,"通过","不通过")', result: '不通过' },
        { formula: 'AVERAGE(50,55.5)', result: 52.75 },
        excelDate(2024, 3, 2),
        { text: '评审意见', hyperlink: 'https://example.com/opinion/2' },
      ];
    });
    expect(await readSheet(bytes)).toEqual({
      headers: ['申报编号', '姓名', '评审结果', '得分', '评审日期', '备注'],
      rows: [
        {
          row: 3,
          cells: {
            申报编号: 'SB-2024-001',
            姓名: '张三',
            评审结果: '通过（推荐）',
            得分: '92',
            评审日期: '2024-03-01',
            备注: '',
          },
        },
        {
          row: 6,
          cells: {
            申报编号: 'SB-2024-002',
            姓名: '李四',
            评审结果: '不通过',
            得分: '52.75',
            评审日期: '2024-03-02',
            备注: '评审意见',
          },
        },
      ],
    });
  });

  it('writes numbers plainly, rounded as their format shows them', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['值', '说明']);
      const numbers: [number, string?][] = [
        [1],
        [2.5],
        [0.1 + 0.2],
        [13800138000],
        [1e21],
        [-3],
        [85.333333, '0.00'],
        [1.005, '0.00'],
        [1234567.891, '#,##0'],
        [0.855, '0%'],
        [0.5, '0.0%'],
        [0.145, '0%'],
        [7, '"第"0"名"'],
      ];
      for (const [value, numFmt] of numbers) {
        const row = sheet.addRow([value]);
        if (numFmt) row.getCell(1).numFmt = numFmt;
      }
    });
    const { rows } = await readSheet(bytes);
    expect(rows.map((r) => r.cells.值)).toEqual([
      '1',
      '2.5',
      '0.3',
      '13800138000',
      '1000000000000000000000',
      '-3',
      '85.33',
      '1.01',
      '1234568',
      '86%',
      '50.0%',
      '15%',
      '7',
    ]);
  });

  it('reads a date by its serial value, whatever the time zone of the process', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['评审日期', '时间']);
      // 23:30 on 1 March: a conversion through any zone east of UTC, Beijing included, would say 2 March
      const late = sheet.addRow([excelDate(2024, 3, 1, 23, 30), excelDate(2024, 3, 1, 23, 30)]);
      late.getCell(1).numFmt = 'yyyy"年"m"月"d"日"';
      late.getCell(2).numFmt = 'yyyy-mm-dd hh:mm';
      // just after midnight: a zone west of UTC would say the day before
      const early = sheet.addRow([excelDate(2024, 1, 1, 0, 5), excelDate(1899, 12, 30, 14, 30)]);
      early.getCell(1).numFmt = 'yyyy/m/d';
      early.getCell(2).numFmt = 'h:mm';
      const formula = sheet.addRow([{ formula: 'DATE(2024,12,31)', result: excelDate(2024, 12, 31) }]);
      formula.getCell(1).numFmt = 'yyyy-mm-dd';
    });
    const zone = process.env.TZ;
    for (const tz of ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      try {
        const { rows } = await readSheet(bytes);
        expect(rows.map((r) => r.cells)).toEqual([
          { 评审日期: '2024-03-01', 时间: '2024-03-01 23:30' },
          { 评审日期: '2024-01-01', 时间: '14:30' },
          { 评审日期: '2024-12-31', 时间: '' },
        ]);
      } finally {
        if (zone === undefined) delete process.env.TZ;
        else process.env.TZ = zone;
      }
    }
  });

  it('reads a merged cell once, from its top-left cell', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['单位', '姓名', '结果']);
      sheet.addRow(['某某研究院', '张三', '通过']);
      sheet.addRow([null, '李四', '通过']);
      sheet.addRow(['ACME', '王五', '待定']);
      sheet.mergeCells('A2:A3'); // one 单位 for two people
      sheet.mergeCells('B4:C4');
    });
    const { rows } = await readSheet(bytes);
    expect(rows.map((r) => r.cells)).toEqual([
      { 单位: '某某研究院', 姓名: '张三', 结果: '通过' },
      { 单位: '', 姓名: '李四', 结果: '通过' },
      { 单位: 'ACME', 姓名: '王五', 结果: '' },
    ]);
  });

  it('reads the first visible sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const choices = workbook.addWorksheet('选项', { state: 'hidden' });
    choices.addRow(['通过']);
    workbook.addWorksheet('评审结果').addRow(['姓名']).worksheet.addRow(['张三']);
    workbook.addWorksheet('说明').addRow(['填写说明']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await readSheet(bytes)).toEqual({
      headers: ['姓名'],
      rows: [{ row: 2, cells: { 姓名: '张三' } }],
    });
  });

  it('gives a header-only sheet no rows, and takes any header text as a plain key', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['__proto__', 'constructor']);
    });
    expect(await readSheet(bytes)).toEqual({ headers: ['__proto__', 'constructor'], rows: [] });
    const withRow = await xlsx((sheet) => {
      sheet.addRow(['__proto__', 'constructor']);
      sheet.addRow(['a', 'b']);
    });
    const [row] = (await readSheet(withRow)).rows;
    expect(Object.keys(row!.cells)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(row!.cells, '__proto__')?.value).toBe('a');
    expect(row!.cells.constructor).toBe('b');
  });

  it('names the column of a duplicate or empty header, and of a cell without a header', async () => {
    const duplicate = await xlsx((sheet) => {
      sheet.addRow(['姓名', '单位', ' 姓名', '得分']);
    });
    expect((await failure(duplicate)).message).toBe('表头“姓名”重复：A列和C列');

    const empty = await xlsx((sheet) => {
      sheet.addRow([]);
      sheet.addRow(['姓名', '  ', '得分']);
    });
    expect((await failure(empty)).message).toBe('表头（第2行）的B列为空，请填写列名或删除该列');

    const headless = await xlsx((sheet) => {
      sheet.addRow(['姓名', '得分']);
      sheet.addRow(['张三', 90]);
      sheet.getCell('AB3').value = '漏填的表头';
    });
    expect((await failure(headless)).message).toBe('第3行AB列有内容，但该列没有表头');
  });

  it('rejects an empty sheet', async () => {
    expect((await failure(await xlsx(() => {}))).message).toBe('表格为空');
    const blank = await xlsx((sheet) => {
      sheet.getCell('C5').value = '   ';
      sheet.getCell('D9').numFmt = '0.00';
    });
    expect((await failure(blank)).message).toBe('表格为空');
  });

  it('rejects more than maxRows rows, not counting blank ones', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['编号']);
      for (let i = 1; i <= 10; i++) sheet.addRow([i]);
      sheet.addRow([]);
      sheet.addRow([' ']);
    });
    expect((await readSheet(bytes, { maxRows: 10 })).rows).toHaveLength(10);
    expect((await failure(bytes, { maxRows: 9 })).message).toBe('表格超过9行，请分批导入');
  });

  it('rejects 5001 rows by default', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['编号']);
      for (let i = 1; i <= 5001; i++) sheet.addRow([i]);
    });
    expect((await failure(bytes)).message).toBe('表格超过5000行，请分批导入');
  });

  it('rejects what is not an .xlsx file', async () => {
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 17) % 251;
    const real = await xlsx((sheet) => {
      sheet.addRow(['姓名']);
    });
    const inputs = {
      csv: Buffer.from('\ufeff姓名,得分\r\n张三,90\r\n'),
      random,
      empty: Buffer.alloc(0),
      // an .xls (or a password-protected .xlsx): an OLE compound file
      xls: Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)]),
      truncated: real.subarray(0, real.length - 100),
      'zip without a workbook': zip([{ name: 'readme.txt', content: '你好' }]),
      'xlsx with garbage in an entry': zip([{ name: 'xl/workbook.xml', content: '<workbook><sheets>' }]),
      'data prepended': Buffer.concat([Buffer.from('MZ'), real]),
    };
    for (const [what, bytes] of Object.entries(inputs)) {
      expect((await failure(bytes)).message, what).toBe(NOT_XLSX);
    }
  });

  it('rejects a zip bomb by the size its central directory declares, before inflating anything', async () => {
    // not even valid deflate data: only the declaration is looked at
    const declared = zip([
      {
        name: 'xl/worksheets/sheet1.xml',
        content: '',
        declaredSize: 0xfffffffe,
        deflated: Buffer.from('bomb'),
      },
    ]);
    expect((await failure(declared)).message).toBe(TOO_BIG);
    // 60 MB of spaces deflate to 60 KB
    const honest = zip([
      { name: 'xl/sharedStrings.xml', content: Buffer.alloc(60 * 1024 * 1024, 0x20), noCrc: true },
    ]);
    expect(honest.length).toBeLessThan(100_000);
    expect((await failure(honest)).message).toBe(TOO_BIG);
  });

  it('rejects an entry that inflates to more than its declared size', async () => {
    const zeros = Buffer.alloc(64 * 1024 * 1024);
    const lying = zip([
      { name: 'xl/sharedStrings.xml', content: zeros.subarray(0, 1000), deflated: deflateRawSync(zeros) },
    ]);
    expect((await failure(lying)).message).toBe(NOT_XLSX);
  });

  it('rejects a sheet of too many cells before exceljs builds them', async () => {
    const row = (r: number) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"/><c r="C${r}"/></row>`;
    const bytes = handmade(Array.from({ length: 100_000 }, (_, i) => row(i + 1)).join(''));
    expect(bytes.length).toBeLessThan(5 * 1024 * 1024);
    expect((await failure(bytes)).message).toBe(TOO_BIG);
  });

  it('does not expand whole-sheet ranges of defined names, merges or validations', async () => {
    const whole = 'A1:XFD1048576';
    const bytes = handmade(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>张三</t></is></c><c r="B2"/></row>',
      {
        sheet:
          `<mergeCells count="1"><mergeCell ref="C1:XFD1048576"/></mergeCells>` +
          `<conditionalFormatting sqref="${whole}"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>` +
          `<dataValidations count="1"><dataValidation type="list" sqref="${whole}"><formula1>"通过,不通过"</formula1></dataValidation></dataValidations>`,
        workbook: `<definedNames><definedName name="全部">'评审结果'!$A$1:$XFD$1048576</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">'评审结果'!$A$1:$XFD$1048576</definedName></definedNames>`,
      },
    );
    const started = Date.now();
    expect(await readSheet(bytes)).toEqual({
      headers: ['姓名'],
      rows: [{ row: 2, cells: { 姓名: '张三' } }],
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
