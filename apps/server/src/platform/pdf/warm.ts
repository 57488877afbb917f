/**
 * PDF rendering prepared at start, so that the first 一览表 or certificate a person asks for costs about what
 * later ones do: the fonts read and parsed, their cmap, metrics and layout tables decoded, common characters
 * shaped, and the code of pdfkit, fontkit and qrcode compiled by rendering a few documents of each kind. V8
 * optimises a function only once it has run a while: after one round the first real 一览表 took 80–100 ms,
 * after three 60–70 ms, later ones 15–20 ms (bench/pdf.mjs, 2 busy cores). Left to the first request, the
 * preparation itself took 400–1,200 ms.
 */
import { performance } from 'node:perf_hooks';
import { renderCertificate } from './certificate.js';
import { renderSummaryTable } from './summary-table.js';

const ROUNDS = 3;
const SAMPLES = [
  '主持完成吉林省重点研发计划项目，攻克关键技术难题，获授权发明专利六项，成果在长春、四平、松原等地推广应用；发表论文十二篇，培养研究生二十名。',
  '负责企业数字化转型与智能制造产线建设，牵头制定行业标准三项，带领团队荣获省科技进步奖一等奖，年新增产值逾五亿元，带动就业八百余人。',
  '长期从事临床医学与公共卫生研究，建立区域医疗协同救治体系，主编专著两部，入选国家级人才计划，获评全国优秀科技工作者、吉林省劳动模范。',
];

export async function preparePdfRendering(log: {
  info(message: string): void;
  warn(details: object, message: string): void;
}): Promise<void> {
  const start = performance.now();
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const text = SAMPLES[round % SAMPLES.length]!;
      await renderSummaryTable({
        noticeTitle: '关于开展2026年度人才分类定级认定工作的通知',
        generatedAt: new Date(),
        rows: [
          {
            index: 1,
            name: '张三',
            gender: '男',
            birthMonth: '1990.01',
            maskedIdNumber: '220102********1239',
            employerName: '吉林省示范科技有限公司',
            uscc: '91220101MA17A0001Q',
            education: '研究生/博士',
            position: '作物栽培与耕作学研究',
            titleOrSkill: '高级工程师（副高级）',
            category: 'C类 省部级领军人才',
            serviceType: '首次认定',
            basis: `C-07 ${SAMPLES[(round + 1) % SAMPLES.length]}`,
            achievementSummary: text.repeat(4),
            opinions: [
              { stage: '推荐单位意见', opinion: '审核通过。同意推荐。', handler: '李经办', at: '2026-03-12' },
              { stage: '省人社厅意见', opinion: null, handler: null, at: null },
            ],
          },
        ],
      });
      await renderCertificate({
        number: `JLRC-2026-C-00000${round}`,
        holderName: '张三',
        maskedIdNumber: '220102********1239',
        employerName: '吉林省示范科技有限公司',
        categoryCode: 'C',
        categoryName: '省部级领军人才',
        issuedOn: '2026-03-15',
        validUntil: round % 2 ? '2031-03-14' : null,
        issuer: '吉林省人力资源和社会保障厅',
        verifyUrl: `https://localhost/verify?t=${'x'.repeat(200)}${round}`,
        status: round % 2 ? '撤销' : '有效',
      });
    }
    log.info(`PDF rendering prepared in ${Math.round(performance.now() - start)} ms`);
  } catch (error) {
    // The PDFs will try again (and fail visibly) on request; everything else works without them.
    log.warn({ err: error }, 'PDF rendering could not be prepared');
  }
}
