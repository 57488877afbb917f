import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeXlsx, type XlsxSheet, xlsxBuffer } from './workbook.js';

interface Applicant {
  name: string;
  employer: string;
  score: number | null;
  submittedAt: Date;
}

const columns: XlsxSheet<Applicant>['columns'] = [
  { header: '姓名', value: (r) => r.name },
  { header: '申报单位', width: 30, value: (r) => r.employer },
  { header: '得分', value: (r) => r.score },
  { header: '提交时间', value: (r) => r.submittedAt },
];

async function open(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = await new ExcelJS.Workbook().xlsx.load(new Uint8Array(bytes).buffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

/** What Excel shows for a date cell: it has no zone, so its UTC fields are the wall-clock time. */
const shown = (value: ExcelJS.CellValue) => (value as Date).toISOString().slice(0, 16).replace('T', ' ');

describe('xlsx export', () => {
  it('writes the title, the Chinese headers and every row as a reviewer sees them', async () => {
    const bytes = await xlsxBuffer<Applicant>({
      name: '待审核申报',
      title: '人才分类定级申报 — 待审核（2024 年第一批）',
      columns,
      rows: [
        {
          name: '张三',
          employer: '某某科技有限公司',
          score: 92.5,
          submittedAt: new Date('2024-03-01T16:30:00Z'),
        },
        { name: '李四', employer: 'ACME 研究院', score: null, submittedAt: new Date('2024-03-02T01:05:00Z') },
      ],
    });
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    const sheet = await open(bytes);
    expect(sheet.name).toBe('待审核申报');
    expect(sheet.getCell('A1').value).toBe('人才分类定级申报 — 待审核（2024 年第一批）');
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
    expect(sheet.getCell('D1').master.address).toBe('A1');

    const header = sheet.getRow(2);
    expect(header.values).toEqual([undefined, '姓名', '申报单位', '得分', '提交时间']);
    expect(header.getCell(4).font).toMatchObject({ bold: true });
    expect(header.getCell(4).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe('A2:D4');
    expect(sheet.getColumn(2).width).toBe(30);

    expect(sheet.getRow(3).values).toEqual([undefined, '张三', '某某科技有限公司', 92.5, expect.any(Date)]);
    expect(sheet.getRow(4).getCell(3).value).toBeNull();
    expect(sheet.rowCount).toBe(4);
    // 16:30 UTC is half past midnight the next day in Beijing
    expect(shown(sheet.getCell('D3').value)).toBe('2024-03-02 00:30');
    expect(shown(sheet.getCell('D4').value)).toBe('2024-03-02 09:05');
    expect(sheet.getCell('D3').numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('stores text that looks like a formula as text, never as a formula', async () => {
    const risky = ['=SUM(A1)', '+86 138', '-1+1', '@cmd', '\t=1', '\r=1'];
    const bytes = await xlsxBuffer({
      name: 'injection',
      columns: [{ header: '备注', value: (r: string) => r }],
      rows: [...risky, '普通文本'],
    });
    const sheet = await open(bytes);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    risky.forEach((text, i) => {
      const cell = sheet.getCell(i + 2, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      // a lone CR reads back as the LF that every XML parser turns it into
      expect(cell.value).toBe(text.replace('\r', '\n'));
      expect(cell.numFmt).toBe('@');
    });
    expect(sheet.getCell(risky.length + 2, 1).value).toBe('普通文本');
  });

  it('streams 10,000 rows from an async generator', async () => {
    async function* rows() {
      for (let i = 1; i <= 10_000; i++) {
        yield {
          name: `申请人${i}`,
          employer: `单位${i % 7}`,
          score: i,
          submittedAt: new Date(Date.UTC(2024, 0, 1)),
        };
      }
    }
    const sheet = await open(await xlsxBuffer({ name: 'bulk', columns, rows: rows() }));
    expect(sheet.rowCount).toBe(10_001);
    for (const i of [1, 4_999, 10_000]) {
      expect(sheet.getRow(i + 1).values).toEqual([
        undefined,
        `申请人${i}`,
        `单位${i % 7}`,
        i,
        expect.any(Date),
      ]);
    }
  });

  it('stops reading rows and rejects when the client goes away', async () => {
    let produced = 0;
    let released = false;
    async function* rows() {
      try {
        for (;;) {
          produced++;
          yield { name: 'x', employer: 'y', score: 1, submittedAt: new Date() };
        }
      } finally {
        released = true;
      }
    }
    const out = new PassThrough();
    out.once('data', () => out.destroy());
    out.resume();
    await expect(writeXlsx({ name: 'gone', columns, rows: rows() }, out)).rejects.toThrow('aborted');
    expect(released).toBe(true);
    expect(produced).toBeLessThan(5_000);
  });

  it('destroys the output when the rows fail, so no truncated file looks complete', async () => {
    async function* rows() {
      yield { name: 'x', employer: 'y', score: 1, submittedAt: new Date() };
      throw new Error('database went away');
    }
    const out = new PassThrough().resume();
    await expect(writeXlsx({ name: 'broken', columns, rows: rows() }, out)).rejects.toThrow(
      'database went away',
    );
    expect(out.destroyed).toBe(true);
    expect(out.errored?.message).toBe('database went away');
  });
});
