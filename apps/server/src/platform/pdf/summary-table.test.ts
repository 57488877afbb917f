import { describe, expect, it } from 'vitest';
import { popplerInstalled, poppler as popplerTool } from '../../test/files.js';
import { renderSummaryTable, type SummaryRow, type SummaryTableData } from './summary-table.js';

const poppler = popplerInstalled('pdftotext', 'pdfinfo', 'pdffonts');
const inspect = popplerTool;

/** The text of each page in drawing order (-raw keeps a cell's lines together), without any whitespace. */
async function pages(pdf: Buffer): Promise<string[]> {
  const text = await inspect('pdftotext', pdf, ['-raw', '-enc', 'UTF-8']);
  return text
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\s+/g, ''));
}
const squeeze = (s: string) => s.replace(/\s+/g, '');

const LABELS = [
  '序号',
  '姓名',
  '性别',
  '出生年月',
  '证件号码',
  '推荐单位',
  '统一社会信用代码',
  '最高学历学位',
  '现从事专业/岗位',
  '职称/技能等级',
  '申报类别',
  '申报类型',
  '申报依据',
  '主要业绩摘要',
];
const HEADER = LABELS.join('');
const FULL_ID = '220102199001011239';
const MASKED_ID = '220102********1239';

const SENTENCE =
  '主持完成吉林省重点研发计划项目“寒地玉米秸秆高值化利用关键技术研究与示范”，攻克秸秆低温快速腐解等关键技术难题，获授权发明专利六项，成果在长春、四平、松原等地推广应用；';
/** Exactly `length` Chinese characters, numbered so a lost or repeated stretch shows. */
function summaryOf(length: number): string {
  let text = '';
  for (let i = 1; Array.from(text).length < length; i++) text += `第${i}段${SENTENCE}`;
  return Array.from(text).slice(0, length).join('');
}
const BASIS =
  'C-07 在吉林省重点产业领域从事技术研发工作，近五年内作为主要完成人获得省部级科学技术奖二等奖及以上奖励，或主持完成省部级重大科技项目并通过验收，取得显著经济社会效益，在本领域具有较高知名度和影响力，且在省内企事业单位全职工作满三年以上。';

function row(overrides: Partial<SummaryRow> = {}): SummaryRow {
  return {
    index: 1,
    name: '张伟',
    gender: '男',
    birthMonth: '1990.01',
    maskedIdNumber: MASKED_ID,
    employerName: '吉林省农业科学院',
    uscc: '12220000412757393K',
    education: '大学本科/学士',
    position: '作物栽培与耕作学研究',
    titleOrSkill: '高级工程师（副高级）',
    category: 'C类 省部级领军人才',
    serviceType: '首次认定',
    basis: BASIS,
    achievementSummary: summaryOf(500),
    opinions: [
      {
        stage: '推荐单位意见',
        opinion: '经审核，申报材料真实有效，同意推荐。',
        handler: '孙丽',
        at: '2026-03-12T02:30:00Z',
      },
      { stage: '省人社厅意见', opinion: null, handler: null, at: null },
    ],
    ...overrides,
  };
}
const table = (rows: SummaryRow[]): SummaryTableData => ({
  noticeTitle: '关于开展2026年度人才分类定级认定工作的通知',
  generatedAt: new Date('2026-03-15T06:05:00Z'),
  rows,
});
const NAMES = [
  '张伟',
  '王秀英',
  '李娜',
  '欧阳建国',
  '刘洋',
  '陈静',
  '杨帆',
  '赵磊',
  '黄晓明',
  '周敏',
  '吴桐',
  '徐志强',
];

describe('人才分类定级认定一览表', () => {
  it('is a PDF', async () => {
    const pdf = await renderSummaryTable(table([row()]));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('embeds only its own glyphs, whatever the documents before it used (the font is shared)', async () => {
    const alone = await renderSummaryTable(table([row()]));
    await renderSummaryTable(
      table([row({ name: '龘靐齉', achievementSummary: '鬱鸞驫麤籲灩纞鱻爨讟'.repeat(50) })]),
    );
    const again = await renderSummaryTable(table([row()]));
    expect(again.length).toBe(alone.length);
  });

  describe.skipIf(!poppler)(
    `read back with poppler${poppler ? '' : ' (skipped: pdftotext not installed)'}`,
    () => {
      it('shows one applicant on an A4 page with the font embedded as a small subset', async () => {
        const pdf = await renderSummaryTable(table([row()]));
        // Subsetting keeps one page of Chinese small although the font files are ≈ 10 MB each.
        expect(pdf.length).toBeLessThan(150_000);

        const info = await inspect('pdfinfo', pdf);
        expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
        expect(info).toMatch(/Title:\s+人才分类定级认定一览表/);
        expect(info).toMatch(/Pages:\s+1\n/);
        const fonts = await inspect('pdffonts', pdf);
        expect(fonts).toMatch(/NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);

        const [page] = await pages(pdf);
        expect(page).toContain('人才分类定级认定一览表');
        expect(page).toContain('关于开展2026年度人才分类定级认定工作的通知');
        expect(page).toContain('生成时间：2026-03-1514:05');
        expect(page).toContain(HEADER);
        expect(page).toContain('张伟');
        expect(page).toContain(MASKED_ID);
        expect(page).toContain(squeeze(BASIS));
        expect(page).toContain(squeeze(summaryOf(500)));
        expect(page).toContain('推荐单位意见经审核，申报材料真实有效，同意推荐。');
        expect(page).toContain('经办人：孙丽日期：2026年3月12日');
        expect(page).toContain('省人社厅意见签字（盖章）：年月日');
        expect(page).toContain('第1页共1页');
      });

      it('continues a long table on new pages, each with the header row', async () => {
        const rows = NAMES.map((name, i) =>
          row({ index: i + 1, name, achievementSummary: summaryOf(i % 3 === 0 ? 500 : 120) }),
        );
        const all = await pages(await renderSummaryTable(table(rows)));
        expect(all.length).toBeGreaterThan(2);
        all.forEach((page, i) => {
          expect(page).toContain(HEADER);
          expect(page).toContain(`第${i + 1}页共${all.length}页`);
        });
        const text = all.join('');
        for (const name of NAMES) expect(text.split(name).length - 1).toBe(1);
        expect(text.split('签字（盖章）').length - 1).toBe(12);
      });

      it('cuts a row taller than a page and continues it on the next without losing a character', async () => {
        const summary = summaryOf(2400);
        const all = await pages(await renderSummaryTable(table([row({ achievementSummary: summary })])));
        expect(all.length).toBeGreaterThan(1);
        const joined = all
          .join('')
          .replaceAll(HEADER, '')
          .replace(/第\d+页共\d+页/g, '')
          .replaceAll('1张伟（续）', '');
        expect(joined).toContain(squeeze(summary));
      });

      it('never shows a full 证件号码', async () => {
        const [masked] = await pages(await renderSummaryTable(table([row()])));
        expect(masked).toContain(MASKED_ID);
        expect(masked).not.toContain(FULL_ID);

        // A caller that forgets to mask still gets a masked register.
        const [unmasked] = await pages(await renderSummaryTable(table([row({ maskedIdNumber: FULL_ID })])));
        expect(unmasked).toContain(MASKED_ID);
        expect(unmasked).not.toContain(FULL_ID);
      });
    },
  );
});
