import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import jsqr from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfText, popplerInstalled, poppler as popplerTool } from '../../test/files.js';
import { createCertificateSigner, generateSigningKeyPem } from '../signing/certificate-signature.js';
import {
  type CertificateDocument,
  chineseDate,
  officialDate,
  renderCertificate,
  statusStamp,
} from './certificate.js';

const run = promisify(execFile);
// jsqr is CommonJS: under NodeNext the default import is its `module.exports`, whose `default` is the decoder.
const jsQR = jsqr.default;
const dir = mkdtempSync(path.join(os.tmpdir(), 'rcpd-certificate-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const poppler = popplerInstalled('pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm');

let files = 0;
function save(pdf: Buffer): string {
  const file = path.join(dir, `${++files}.pdf`);
  writeFileSync(file, pdf);
  return file;
}
const info = (pdf: Buffer) => popplerTool('pdfinfo', pdf);
const fonts = (pdf: Buffer) => popplerTool('pdffonts', pdf);
/** -raw keeps drawing order, so the diagonal stamp stays in one piece. */
const text = pdfText;
/** What a phone sees: the page rasterised at 200 dpi and the QR code found and decoded in it. */
async function scanQr(pdf: Buffer): Promise<string | null> {
  const file = save(pdf);
  const prefix = file.replace(/\.pdf$/, '');
  await run('pdftoppm', ['-png', '-r', '200', '-singlefile', file, prefix]);
  const png = PNG.sync.read(readFileSync(`${prefix}.png`));
  const found = jsQR(
    new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length),
    png.width,
    png.height,
  );
  return found?.data ?? null;
}

const FULL_ID = '220102199001011239';
const MASKED_ID = '220102********1239';
const signer = createCertificateSigner(generateSigningKeyPem());

function certificate(overrides: Partial<CertificateDocument> = {}): CertificateDocument {
  const claims = { n: 'JLRC-2026-C-000123', h: '欧阳建国', c: 'C', d: '2026-03-15', v: null };
  return {
    number: claims.n,
    holderName: claims.h,
    maskedIdNumber: MASKED_ID,
    employerName: '吉林省农业科学院',
    categoryCode: claims.c,
    categoryName: '省部级领军人才',
    issuedOn: claims.d,
    validUntil: claims.v,
    issuer: '吉林省人力资源和社会保障厅',
    verifyUrl: `https://rcpd.example.cn/verify?t=${signer.sign(claims)}`,
    status: '有效',
    ...overrides,
  };
}

describe('电子证书', () => {
  it('is a PDF', async () => {
    const pdf = await renderCertificate(certificate());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('writes dates and statuses as a certificate does', () => {
    expect(chineseDate('2026-03-05')).toBe('2026年3月5日');
    expect(officialDate('2026-03-15')).toBe('二〇二六年三月十五日');
    expect(officialDate('2030-10-01')).toBe('二〇三〇年十月一日');
    expect(officialDate('2031-12-20')).toBe('二〇三一年十二月二十日');
    expect(officialDate('2031-01-31')).toBe('二〇三一年一月三十一日');
    expect(statusStamp('有效')).toBeNull();
    expect(statusStamp('撤销')).toBe('已撤销');
    expect(statusStamp('暂扣')).toBe('已暂扣');
    expect(statusStamp('注销')).toBe('已注销');
    expect(statusStamp('失效')).toBe('已失效');
  });

  describe.skipIf(!poppler)(
    `read back with poppler${poppler ? '' : ' (skipped: poppler-utils not installed)'}`,
    () => {
      it('is one A4 portrait page with the font embedded as a small subset', async () => {
        const pdf = await renderCertificate(certificate());
        expect(pdf.length).toBeLessThan(150_000);
        const meta = await info(pdf);
        expect(meta).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
        expect(meta).toMatch(/Page rot:\s+0\n/);
        expect(meta).toMatch(/Pages:\s+1\n/);
        expect(meta).toMatch(/Title:\s+吉林省人才分类定级认定证书/);
        expect(await fonts(pdf)).toMatch(/NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
      });

      it('shows what a person checks: title, holder, number, masked id, category, dates, issuer', async () => {
        const page = await text(await renderCertificate(certificate()));
        expect(page).toContain('吉林省人才分类定级认定证书');
        expect(page).toContain('兹认定欧阳建国同志为吉林省C类（省部级领军人才）人才。');
        expect(page).toContain('证书编号JLRC-2026-C-000123');
        expect(page).toContain('欧阳建国');
        expect(page).toContain(`证件号码${MASKED_ID}`);
        expect(page).not.toContain(FULL_ID);
        expect(page).toContain('工作单位吉林省农业科学院');
        expect(page).toContain('发证日期2026年3月15日');
        expect(page).toContain('有效期至长期有效');
        expect(page).toContain('证书状态有效');
        expect(page).toContain('吉林省人力资源和社会保障厅二〇二六年三月十五日');
        expect(page).toContain('扫码验证证书真伪');
        expect(page).not.toMatch(/已(撤销|暂扣|注销|失效)/);
      });

      it('shows the end of validity when there is one', async () => {
        const page = await text(await renderCertificate(certificate({ validUntil: '2031-03-14' })));
        expect(page).toContain('有效期至2031年3月14日');
        expect(page).not.toContain('长期有效');
      });

      it('never shows a full 证件号码, even when the caller forgot to mask it', async () => {
        const page = await text(await renderCertificate(certificate({ maskedIdNumber: FULL_ID })));
        expect(page).toContain(MASKED_ID);
        expect(page).not.toContain(FULL_ID);
      });

      it('carries a QR code that scans to the verification URL with a token the server signed', async () => {
        const doc = certificate();
        const scanned = await scanQr(await renderCertificate(doc));
        expect(scanned).toBe(doc.verifyUrl);
        const token = new URL(scanned!).searchParams.get('t');
        expect(signer.verify(token!)).toEqual({
          n: 'JLRC-2026-C-000123',
          h: '欧阳建国',
          c: 'C',
          d: '2026-03-15',
          v: null,
        });
        // a key that did not sign it says no
        expect(createCertificateSigner(generateSigningKeyPem()).verify(token!)).toBeNull();
      });

      it('stamps a revoked certificate 已撤销 across the page, and its QR code still scans', async () => {
        const doc = certificate({ status: '撤销' });
        const pdf = await renderCertificate(doc);
        const page = await text(pdf);
        expect(page).toContain('已撤销');
        expect(page).toContain('证书状态撤销');
        expect(await scanQr(pdf)).toBe(doc.verifyUrl);
      });

      it('keeps long names and employers on one page', async () => {
        const employerName =
          '中国科学院长春光学精密机械与物理研究所（吉林省光电子产业孵化器有限公司联合培养基地）空间光学先进制造技术研究中心';
        const pdf = await renderCertificate(
          certificate({
            holderName: '阿卜杜热合曼·艾买提江·买买提明',
            employerName,
            categoryCode: 'A',
            categoryName: '国内外顶尖人才（含诺贝尔奖获得者、两院院士等战略科学家）',
            status: '暂扣',
          }),
        );
        expect(await info(pdf)).toMatch(/Pages:\s+1\n/);
        const page = await text(pdf);
        expect(page).toContain('阿卜杜热合曼·艾买提江·买买提明');
        expect(page).toContain(employerName);
        expect(page).toContain('已暂扣');
      });
    },
  );
});
