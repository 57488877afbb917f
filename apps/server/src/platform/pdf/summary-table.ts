/**
 * 人才分类定级认定一览表 (业务表册): one bordered row per applicant on A4 landscape, each followed by the boxes of its
 * review opinions, the header row repeated on every page and 第 N 页 共 M 页 in the footer.
 */
import { maskIdNumber } from '@rcpd/shared';
import PDFDocument from 'pdfkit';
import { cjkFonts } from './fonts.js';

export interface SummaryOpinion {
  stage: string;
  opinion: string | null;
  handler: string | null;
  at: string | null;
}
export interface SummaryRow {
  index: number;
  name: string;
  gender: string;
  birthMonth: string;
  maskedIdNumber: string;
  employerName: string;
  uscc: string;
  education: string;
  position: string;
  titleOrSkill: string;
  category: string;
  serviceType: string;
  basis: string;
  achievementSummary: string;
  /** `opinion: null` leaves an empty box to be filled in and signed by hand. */
  opinions: SummaryOpinion[];
}
export interface SummaryTableData {
  noticeTitle: string;
  generatedAt: Date;
  rows: SummaryRow[];
}

const TITLE = '人才分类定级认定一览表';
const REGULAR = 'cjk';
const BOLD = 'cjk-bold';
const MARGIN = { top: 28, bottom: 34, left: 24, right: 24 };
const FONT_SIZE = 8;
const LINE_GAP = 1;
const PAD_X = 3;
const PAD_Y = 4;
/** Below this much room a row is not started on the page, so no page ends with a sliver of a row. */
const MIN_SPLIT_HEIGHT = 48;
/** Room left in an empty opinion box for a handwritten opinion. */
const HANDWRITING_HEIGHT = 36;
const SIGN_HERE = '签字（盖章）：　　　　　　　　年　　　月　　　日';

interface Column {
  label: string;
  width: number;
  /** Long texts read better from the top left; short values are centred as on a printed form. */
  long?: boolean;
  value: (row: SummaryRow) => string;
}

// Widths in points; 主要业绩摘要 takes what is left of the 793.9 pt between the margins.
const COLUMNS: Column[] = [
  { label: '序号', width: 22, value: (r) => String(r.index) },
  { label: '姓名', width: 38, value: (r) => r.name },
  { label: '性别', width: 22, value: (r) => r.gender },
  { label: '出生年月', width: 38, value: (r) => r.birthMonth },
  { label: '证件号码', width: 52, value: (r) => safeIdNumber(r.maskedIdNumber) },
  { label: '推荐单位', width: 58, value: (r) => r.employerName },
  { label: '统一社会信用代码', width: 52, value: (r) => r.uscc },
  { label: '最高学历学位', width: 44, value: (r) => r.education },
  { label: '现从事专业/岗位', width: 48, value: (r) => r.position },
  { label: '职称/技能等级', width: 48, value: (r) => r.titleOrSkill },
  { label: '申报类别', width: 48, value: (r) => r.category },
  { label: '申报类型', width: 28, value: (r) => r.serviceType },
  { label: '申报依据', width: 118, long: true, value: (r) => r.basis },
  { label: '主要业绩摘要', width: 0, long: true, value: (r) => r.achievementSummary },
];

/** A table of an exported register must never carry a full 证件号码, whatever the caller passed. */
function safeIdNumber(value: string): string {
  return value.includes('*') ? value : maskIdNumber(value);
}

/** China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact. */
function beijing(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function chineseDate(at: string): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T00:00:00+08:00` : at);
  if (Number.isNaN(date.getTime())) return at;
  const [y, m, d] = beijing(date).slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export async function renderSummaryTable(data: SummaryTableData): Promise<Buffer> {
  const fonts = await cjkFonts();

  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    lang: 'zh-CN',
    displayTitle: true,
    // No default font: pdfkit would parse Helvetica's metrics for every document (≈ 1 ms) that never uses it.
    font: '',
    info: {
      Title: TITLE,
      Subject: data.noticeTitle,
      Creator: '人才分类定级评定系统',
      CreationDate: data.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);
  new SummaryTableWriter(doc).write(data);
  doc.end();
  return ended;
}

class SummaryTableWriter {
  private readonly left = MARGIN.left;
  private readonly tableWidth: number;
  private readonly widths: number[];
  private readonly bottom: number;
  private readonly headerHeight: number;
  private y = 0;
  /** Where rows start on the current page, under the repeated header. */
  private bodyTop = 0;

  constructor(private readonly doc: PDFKit.PDFDocument) {
    doc.addPage();
    this.tableWidth = doc.page.width - MARGIN.left - MARGIN.right;
    const fixed = COLUMNS.reduce((sum, c) => sum + c.width, 0);
    this.widths = COLUMNS.map((c) => c.width || this.tableWidth - fixed);
    this.bottom = doc.page.height - MARGIN.bottom;
    this.headerHeight = this.rowHeight(
      COLUMNS.map((c) => c.label),
      BOLD,
    );
  }

  write(data: SummaryTableData): void {
    this.titleBlock(data);
    this.headerRow();
    for (const row of data.rows) this.row(row);
    this.footers();
  }

  private titleBlock(data: SummaryTableData): void {
    const { doc, left, tableWidth } = this;
    doc.font(BOLD).fontSize(18).text(TITLE, left, MARGIN.top, { width: tableWidth, align: 'center' });
    const right = `共 ${data.rows.length} 人　　生成时间：${beijing(data.generatedAt)}`;
    doc.font(REGULAR).fontSize(9);
    const rightWidth = doc.widthOfString(right) + 2;
    const top = doc.y + 6;
    const noticeOptions = { width: tableWidth - rightWidth - 24, lineGap: LINE_GAP };
    const noticeHeight = doc.heightOfString(`申报通知：${data.noticeTitle}`, noticeOptions);
    doc.text(`申报通知：${data.noticeTitle}`, left, top, noticeOptions);
    doc.text(right, left + tableWidth - rightWidth, top, { width: rightWidth, lineBreak: false });
    this.y = top + noticeHeight + 6;
  }

  private headerRow(): void {
    const { doc } = this;
    doc.font(BOLD).fontSize(FONT_SIZE);
    const height = this.headerHeight;
    let x = this.left;
    COLUMNS.forEach((column, i) => {
      const width = this.widths[i]!;
      doc.lineWidth(0.6).rect(x, this.y, width, height).fillAndStroke('#ececec', '#000');
      doc.fillColor('#000');
      this.cellText(column.label, x, this.y, width, height, 'center');
      x += width;
    });
    this.y += height;
    this.bodyTop = this.y;
    doc.font(REGULAR);
  }

  private newPage(): void {
    this.doc.addPage();
    this.y = MARGIN.top;
    this.headerRow();
  }

  private row(row: SummaryRow): void {
    let cells = COLUMNS.map((c) => c.value(row));
    const opinionsHeight = this.opinionsHeight(row.opinions);
    const capacity = this.bottom - MARGIN.top - this.headerHeight;
    let height = this.rowHeight(cells);
    // Keep a row with its opinion boxes, or failing that at least whole, whenever a fresh page can hold it.
    const together = height + opinionsHeight <= capacity ? height + opinionsHeight : height;
    if (this.y + together > this.bottom && this.y > this.bodyTop && together <= capacity) this.newPage();

    // Only a row taller than a whole page is cut, and its 序号 and 姓名 repeated on the next page.
    while (this.y + height > this.bottom) {
      if (this.bottom - this.y < MIN_SPLIT_HEIGHT) {
        this.newPage();
        continue;
      }
      const room = this.bottom - this.y;
      const split = cells.map((text, i) =>
        this.fitPrefix(text, this.widths[i]! - 2 * PAD_X, room - 2 * PAD_Y),
      );
      this.drawRow(
        split.map(([head]) => head),
        room,
      );
      cells = split.map(([, rest]) => rest);
      cells[0] = String(row.index);
      cells[1] = `${row.name}（续）`;
      this.newPage();
      height = this.rowHeight(cells);
    }
    this.drawRow(cells, height);

    if (row.opinions.length === 0) return;
    if (this.y + opinionsHeight > this.bottom) this.newPage();
    this.drawOpinions(row.opinions, opinionsHeight);
  }

  private drawRow(cells: string[], height: number): void {
    const { doc } = this;
    doc.font(REGULAR).fontSize(FONT_SIZE).lineWidth(0.6);
    let x = this.left;
    cells.forEach((text, i) => {
      const width = this.widths[i]!;
      doc.rect(x, this.y, width, height).stroke('#000');
      if (COLUMNS[i]!.long) this.cellText(text, x, this.y, width, height, 'left', true);
      else this.cellText(text, x, this.y, width, height, 'center');
      x += width;
    });
    this.y += height;
  }

  private cellText(
    text: string,
    x: number,
    y: number,
    width: number,
    height: number,
    align: 'left' | 'center',
    top = false,
  ): void {
    if (!text) return;
    const options = { width: width - 2 * PAD_X, lineGap: LINE_GAP, align };
    // Measured only to centre it: wrapping the 500 characters of a 主要业绩摘要 once more costs a millisecond.
    const offset = top ? PAD_Y : Math.max(PAD_Y, (height - this.doc.heightOfString(text, options)) / 2);
    // An explicit height keeps pdfkit from opening a page of its own when text reaches the bottom margin.
    this.doc.text(text, x + PAD_X, y + offset, { ...options, height: height - offset + 1 });
  }

  private rowHeight(cells: string[], font = REGULAR): number {
    this.doc.font(font).fontSize(FONT_SIZE);
    const heights = cells.map((text, i) =>
      text ? this.doc.heightOfString(text, { width: this.widths[i]! - 2 * PAD_X, lineGap: LINE_GAP }) : 0,
    );
    return Math.max(18, ...heights) + 2 * PAD_Y;
  }

  /** The longest start of `text` that fits in `height`, and the rest: whole lines, found by bisection. */
  private fitPrefix(text: string, width: number, height: number): [string, string] {
    const options = { width, lineGap: LINE_GAP };
    this.doc.font(REGULAR).fontSize(FONT_SIZE);
    if (this.doc.heightOfString(text, options) <= height) return [text, ''];
    const chars = Array.from(text);
    let lo = 0;
    let hi = chars.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.doc.heightOfString(chars.slice(0, mid).join(''), options) <= height) lo = mid;
      else hi = mid - 1;
    }
    return [chars.slice(0, lo).join(''), chars.slice(lo).join('')];
  }

  private opinionLayout(opinions: SummaryOpinion[]) {
    const width = this.tableWidth / Math.max(opinions.length, 1);
    return opinions.map((o) => {
      const sign =
        o.opinion === null
          ? SIGN_HERE
          : [o.handler && `经办人：${o.handler}`, o.at && `日期：${chineseDate(o.at)}`]
              .filter(Boolean)
              .join('　　');
      this.doc.font(REGULAR).fontSize(9);
      const body =
        o.opinion === null
          ? HANDWRITING_HEIGHT
          : this.doc.heightOfString(o.opinion || ' ', { width: width - 4 * PAD_X, lineGap: LINE_GAP });
      return { opinion: o, sign, body, width };
    });
  }

  private opinionsHeight(opinions: SummaryOpinion[]): number {
    if (opinions.length === 0) return 0;
    const lines = this.opinionLayout(opinions);
    this.doc.font(REGULAR).fontSize(9);
    const line = this.doc.currentLineHeight(true);
    return Math.max(...lines.map((l) => l.body)) + 2 * line + 4 * PAD_Y + 6;
  }

  private drawOpinions(opinions: SummaryOpinion[], height: number): void {
    const { doc } = this;
    let x = this.left;
    for (const { opinion, sign, body, width } of this.opinionLayout(opinions)) {
      doc.lineWidth(0.6).rect(x, this.y, width, height).stroke('#000');
      const inner = width - 4 * PAD_X;
      const textX = x + 2 * PAD_X;
      doc
        .font(BOLD)
        .fontSize(9)
        .text(opinion.stage, textX, this.y + PAD_Y + 2, { width: inner, lineBreak: false });
      doc.font(REGULAR).fontSize(9);
      const line = doc.currentLineHeight(true);
      if (opinion.opinion !== null) {
        doc.text(opinion.opinion, textX, this.y + PAD_Y + 2 + line + 3, {
          width: inner,
          lineGap: LINE_GAP,
          height: body + 1,
        });
      }
      if (sign) {
        doc.text(sign, textX, this.y + height - PAD_Y - 2 - line, {
          width: inner,
          align: 'right',
          lineBreak: false,
        });
      }
      x += width;
    }
    this.y += height;
  }

  private footers(): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i);
      // Writing inside the bottom margin would otherwise make pdfkit add a page.
      doc.page.margins.bottom = 0;
      doc
        .font(REGULAR)
        .fontSize(9)
        .text(`第 ${i + 1} 页 共 ${range.count} 页`, this.left, doc.page.height - MARGIN.bottom + 12, {
          width: this.tableWidth,
          align: 'center',
          lineBreak: false,
        });
      doc.page.margins.bottom = MARGIN.bottom;
    }
  }
}
