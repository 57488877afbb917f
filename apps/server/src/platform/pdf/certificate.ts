/**
 * 电子证书: the 吉林省人才分类定级认定证书 as one A4 portrait page — a double red border with corner ornaments, the
 * title, the 兹认定 sentence, a table of the certificate's facts, the issuer and date at the bottom right and the
 * QR code of its verification URL at the bottom left. A certificate that is no longer 有效 carries its status
 * (已撤销, …) stamped diagonally across the page, so a printed copy shows it too.
 */
import { maskIdNumber } from '@rcpd/shared';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { cjkFonts } from './fonts.js';

export interface CertificateDocument {
  number: string;
  holderName: string;
  /** Masked by the caller; a full 证件号码 is masked here all the same. */
  maskedIdNumber: string;
  employerName: string;
  categoryCode: string;
  categoryName: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  /** YYYY-MM-DD, or null for 长期有效 */
  validUntil: string | null;
  /** e.g. 吉林省人力资源和社会保障厅 */
  issuer: string;
  /** The full URL the QR code encodes, e.g. https://host/verify?t=<token>. */
  verifyUrl: string;
  /** 有效 / 暂扣 / 撤销 / 注销 / 失效 */
  status: string;
}

const TITLE = '吉林省人才分类定级认定证书';
const REGULAR = 'cjk';
const BOLD = 'cjk-bold';
const RED = '#a1191d';
const STAMP_RED = '#d7000f';
const INK = '#1a1a1a';
const GREY = '#666666';
const LABEL_FILL = '#faf3ea';
const MM = 72 / 25.4;
/** The QR code's printed width, quiet zone included. */
const QR_SIZE = 35 * MM;
/** Four modules of white around the code, as ISO/IEC 18004 asks. */
const QR_MARGIN = 4;
const VALID = '有效';
/** The modules of a QR code, row by row, 1 for dark. */
type QrMatrix = Pick<QRCode.BitMatrix, 'size' | 'data'>;
/** The left and right edge of everything inside the border. */
const CONTENT_X = 72;
/** Font sizes tried for the body, largest first, until it fits above the QR code. */
const BODY_SIZES = [15, 14, 13, 12, 11, 10];

export async function renderCertificate(doc: CertificateDocument): Promise<Buffer> {
  const fonts = await cjkFonts();
  // One byte segment: given the bare text, qrcode searches for a cheaper mix of modes (a shortest path over
  // every character), which costs as much as the rest of the code and for a URL with a base64url token finds
  // nothing smaller (the same version in 200 of 200 tries, the same symbol in 192).
  const qr = QRCode.create([{ data: Buffer.from(doc.verifyUrl), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
  }).modules;

  const pdf = new PDFDocument({
    size: 'A4',
    layout: 'portrait',
    margin: 0,
    autoFirstPage: false,
    lang: 'zh-CN',
    displayTitle: true,
    // No default font: pdfkit would parse Helvetica's metrics for every document (≈ 1 ms) that never uses it.
    font: '',
    info: {
      Title: TITLE,
      Subject: `证书编号 ${doc.number}`,
      Author: doc.issuer,
      Creator: '人才分类定级评定系统',
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  pdf.registerFont(REGULAR, fonts.regular);
  pdf.registerFont(BOLD, fonts.bold);
  pdf.addPage();
  new CertificateWriter(pdf, doc).write(qr);
  pdf.end();
  return ended;
}

/** A certificate must never carry a full 证件号码, whatever the caller passed. */
function safeIdNumber(value: string): string {
  return value.includes('*') ? value : maskIdNumber(value);
}

/** 2026-03-05 → 2026年3月5日; anything else is shown as given. */
export function chineseDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

const DIGITS = '〇一二三四五六七八九';
function chineseNumber(n: number): string {
  if (n <= 10) return n === 10 ? '十' : DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** 2026-03-15 → 二〇二六年三月十五日, as dates are written above an official seal. */
export function officialDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const year = Array.from(match[1]!, (d) => DIGITS[Number(d)]).join('');
  return `${year}年${chineseNumber(Number(match[2]))}月${chineseNumber(Number(match[3]))}日`;
}

/** What is stamped across a certificate that is no longer 有效: 撤销 → 已撤销. */
export function statusStamp(status: string): string | null {
  const value = status.trim();
  if (value === VALID || value === '') return null;
  return value.startsWith('已') || value.endsWith('中') ? value : `已${value}`;
}

class CertificateWriter {
  private readonly width: number;
  private readonly height: number;

  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    private readonly doc: CertificateDocument,
  ) {
    this.width = pdf.page.width;
    this.height = pdf.page.height;
  }

  write(qr: QrMatrix): void {
    this.border();
    const titleBottom = this.title();
    const qrTop = this.height - 92 - QR_SIZE;
    this.body(titleBottom + 30, qrTop - 26);
    this.footer(qr, qrTop);
    const stamp = statusStamp(this.doc.status);
    if (stamp) this.stamp(stamp);
  }

  private border(): void {
    const { pdf, width, height } = this;
    pdf.save();
    pdf
      .lineWidth(4)
      .rect(22, 22, width - 44, height - 44)
      .stroke(RED);
    pdf
      .lineWidth(1)
      .rect(30, 30, width - 60, height - 60)
      .stroke(RED);
    // 回纹 corners: a square knot in each corner of the inner frame, joined to it by short bars.
    const knot = 16;
    const inset = 36;
    for (const [x, y, dx, dy] of [
      [inset, inset, 1, 1],
      [width - inset, inset, -1, 1],
      [inset, height - inset, 1, -1],
      [width - inset, height - inset, -1, -1],
    ] as const) {
      const left = dx > 0 ? x : x - knot;
      const top = dy > 0 ? y : y - knot;
      pdf.lineWidth(1.2).rect(left, top, knot, knot).stroke(RED);
      pdf.rect(left + 5, top + 5, knot - 10, knot - 10).fill(RED);
      pdf
        .lineWidth(0.8)
        .moveTo(x + dx * (knot + 4), y)
        .lineTo(x + dx * (knot + 40), y)
        .moveTo(x, y + dy * (knot + 4))
        .lineTo(x, y + dy * (knot + 40))
        .stroke(RED);
    }
    pdf.restore();
  }

  /** The title and the ornamental rule under it; returns where the rule ends. */
  private title(): number {
    const { pdf, width } = this;
    const top = 96;
    pdf.font(BOLD).fontSize(27).fillColor(RED);
    pdf.text(TITLE, CONTENT_X, top, {
      width: width - 2 * CONTENT_X,
      align: 'center',
      characterSpacing: 2,
      lineBreak: false,
    });
    const ruleY = top + pdf.currentLineHeight() + 14;
    const half = 150;
    const centre = width / 2;
    pdf.save();
    pdf
      .lineWidth(1.2)
      .moveTo(centre - half, ruleY)
      .lineTo(centre - 10, ruleY)
      .moveTo(centre + 10, ruleY)
      .lineTo(centre + half, ruleY)
      .stroke(RED);
    pdf
      .lineWidth(0.5)
      .moveTo(centre - half + 20, ruleY + 4)
      .lineTo(centre - 12, ruleY + 4)
      .moveTo(centre + 12, ruleY + 4)
      .lineTo(centre + half - 20, ruleY + 4)
      .stroke(RED);
    pdf.polygon([centre, ruleY - 5], [centre + 5, ruleY], [centre, ruleY + 5], [centre - 5, ruleY]).fill(RED);
    pdf.restore();
    return ruleY + 5;
  }

  private rows(): [string, string][] {
    const d = this.doc;
    return [
      ['证书编号', d.number],
      ['姓　　名', d.holderName],
      ['证件号码', safeIdNumber(d.maskedIdNumber)],
      ['工作单位', d.employerName],
      ['认定类别', this.category()],
      ['发证日期', chineseDate(d.issuedOn)],
      ['有效期至', d.validUntil === null ? '长期有效' : chineseDate(d.validUntil)],
      ['证书状态', d.status],
    ];
  }

  private category(): string {
    const { categoryCode, categoryName } = this.doc;
    return categoryName ? `${categoryCode}类（${categoryName}）` : `${categoryCode}类`;
  }

  /** The 兹认定 sentence and the table, at the largest size that ends above `bottom`. */
  private body(top: number, bottom: number): void {
    const size =
      BODY_SIZES.find((s) => this.layoutBody(top, s, false) <= bottom) ?? BODY_SIZES[BODY_SIZES.length - 1]!;
    this.layoutBody(top, size, true);
  }

  /** Measures (draw = false) or draws the body; returns its bottom. */
  private layoutBody(top: number, size: number, draw: boolean): number {
    const { pdf, doc } = this;
    const width = this.width - 2 * CONTENT_X;
    const sentenceOptions = { width, lineGap: size * 0.7, indent: size * 2 };

    // 兹认定 张三 同志为吉林省 C类（…）人才。 The name and category are bold; measured as one run.
    // The name is underlined like a filled-in blank.
    const parts: [string, string, boolean][] = [
      [REGULAR, '兹认定 ', false],
      [BOLD, `　${doc.holderName}　`, true],
      [REGULAR, ' 同志为吉林省', false],
      [BOLD, this.category(), false],
      [REGULAR, '人才。', false],
    ];
    pdf.font(BOLD).fontSize(size + 1);
    const sentenceHeight = pdf.heightOfString(parts.map(([, t]) => t).join(''), sentenceOptions);
    if (draw) {
      pdf.fillColor(INK);
      parts.forEach(([font, text, underline], i) => {
        const options = { ...sentenceOptions, underline, continued: i < parts.length - 1 };
        pdf.font(font).fontSize(size + 1);
        if (i === 0) pdf.text(text, CONTENT_X, top, options);
        else pdf.text(text, options);
      });
    }
    let y = top + sentenceHeight + size * 0.5;
    pdf.font(REGULAR).fontSize(size + 1);
    if (draw) pdf.text('特发此证。', CONTENT_X, y, { width, indent: size * 2, lineBreak: false });
    y += pdf.currentLineHeight(true) + size * 1.6;

    return this.table(y, size - 2, draw);
  }

  private table(top: number, size: number, draw: boolean): number {
    const { pdf } = this;
    const tableWidth = this.width - 2 * CONTENT_X - 20;
    const left = (this.width - tableWidth) / 2;
    const labelWidth = Math.round(size * 7.5);
    const valueWidth = tableWidth - labelWidth;
    const padX = size * 0.9;
    const padY = size * 0.7;
    const valueOptions = { width: valueWidth - 2 * padX, lineGap: 2 };
    let y = top;
    for (const [label, value] of this.rows()) {
      const isStatus = label === '证书状态';
      const bold = label === '证书编号' || label === '认定类别' || isStatus;
      pdf.font(bold ? BOLD : REGULAR).fontSize(size);
      const textHeight = pdf.heightOfString(value || ' ', valueOptions);
      const lineHeight = pdf.currentLineHeight(true);
      const rowHeight = Math.max(lineHeight, textHeight) + 2 * padY;
      if (draw) {
        pdf.save();
        pdf.lineWidth(0.8);
        pdf.rect(left, y, labelWidth, rowHeight).fillAndStroke(LABEL_FILL, RED);
        pdf.rect(left + labelWidth, y, valueWidth, rowHeight).stroke(RED);
        pdf.restore();
        pdf
          .font(BOLD)
          .fontSize(size)
          .fillColor(INK)
          .text(label, left, y + (rowHeight - lineHeight) / 2, {
            width: labelWidth,
            align: 'center',
            lineBreak: false,
          });
        pdf
          .font(bold ? BOLD : REGULAR)
          .fontSize(size)
          .fillColor(isStatus && statusStamp(value) ? STAMP_RED : INK)
          .text(value, left + labelWidth + padX, y + (rowHeight - textHeight) / 2, valueOptions);
        pdf.fillColor(INK);
      }
      y += rowHeight;
    }
    if (draw) {
      // a heavier outline around the whole table
      pdf.save();
      pdf
        .lineWidth(1.6)
        .rect(left, top, tableWidth, y - top)
        .stroke(RED);
      pdf.restore();
    }
    return y;
  }

  private footer(qr: QrMatrix, qrTop: number): void {
    const { pdf, doc, width } = this;
    const qrLeft = CONTENT_X;
    this.qrCode(qr, qrLeft, qrTop);
    pdf
      .font(REGULAR)
      .fontSize(9)
      .fillColor(INK)
      .text('扫码验证证书真伪', qrLeft - 20, qrTop + QR_SIZE + 2, {
        width: QR_SIZE + 40,
        align: 'center',
        lineBreak: false,
      });

    // issuer and date, right-aligned, level with the middle of the QR code
    const right = width - CONTENT_X;
    const issuerWidth = right - (qrLeft + QR_SIZE + 30);
    pdf.font(BOLD).fontSize(14);
    const issuerHeight = pdf.heightOfString(doc.issuer, { width: issuerWidth, align: 'right' });
    const dateTop = qrTop + QR_SIZE / 2 + 6;
    pdf.text(doc.issuer, right - issuerWidth, dateTop - issuerHeight - 8, {
      width: issuerWidth,
      align: 'right',
    });
    pdf
      .font(REGULAR)
      .fontSize(13)
      .text(officialDate(doc.issuedOn), right - issuerWidth, dateTop, {
        width: issuerWidth,
        align: 'right',
        lineBreak: false,
      });

    pdf
      .font(REGULAR)
      .fontSize(8)
      .fillColor(GREY)
      .text('本证书为电子证书，证书真伪及当前状态以扫码验证结果为准。', CONTENT_X, this.height - 64, {
        width: width - 2 * CONTENT_X,
        align: 'center',
        lineBreak: false,
      });
    pdf.fillColor(INK);
  }

  /**
   * The QR code as vector squares: sharp at any zoom or print resolution, and far cheaper than a PNG that
   * pdfkit would have to decode and compress again. Each run of dark modules in a row is one rectangle, and
   * all of them one path filled at once, so no hairline seams show between neighbouring modules.
   */
  private qrCode(qr: QrMatrix, left: number, top: number): void {
    const { pdf } = this;
    const { size, data } = qr;
    const module = QR_SIZE / (size + 2 * QR_MARGIN);
    pdf.save();
    pdf.rect(left, top, QR_SIZE, QR_SIZE).fill('#ffffff');
    for (let row = 0; row < size; row++) {
      const y = top + (row + QR_MARGIN) * module;
      let col = 0;
      while (col < size) {
        if (!data[row * size + col]) {
          col++;
          continue;
        }
        const start = col;
        while (col < size && data[row * size + col]) col++;
        pdf.rect(left + (start + QR_MARGIN) * module, y, (col - start) * module, module);
      }
    }
    pdf.fill('#000000');
    pdf.restore();
  }

  /** The status in red, framed like a rubber stamp, diagonally across the middle of the page. */
  private stamp(text: string): void {
    const { pdf, width, height } = this;
    const size = 88;
    const centreX = width / 2;
    const centreY = height * 0.47;
    pdf.save();
    pdf.rotate(-30, { origin: [centreX, centreY] });
    pdf.font(BOLD).fontSize(size);
    const spacing = size * 0.15;
    const textWidth = pdf.widthOfString(text, { characterSpacing: spacing }) - spacing;
    const lineHeight = pdf.currentLineHeight();
    const boxWidth = textWidth + size * 0.8;
    const boxHeight = lineHeight + size * 0.3;
    pdf.opacity(0.55);
    pdf
      .lineWidth(6)
      .rect(centreX - boxWidth / 2, centreY - boxHeight / 2, boxWidth, boxHeight)
      .stroke(STAMP_RED);
    pdf
      .lineWidth(1.5)
      .rect(centreX - boxWidth / 2 + 8, centreY - boxHeight / 2 + 8, boxWidth - 16, boxHeight - 16)
      .stroke(STAMP_RED);
    pdf.fillColor(STAMP_RED).text(text, centreX - textWidth / 2, centreY - lineHeight / 2, {
      characterSpacing: spacing,
      lineBreak: false,
    });
    pdf.restore();
    pdf.fillColor(INK);
  }
}
