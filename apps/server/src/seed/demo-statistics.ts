import { residentIdCheckChar, usccCheckChar } from '@rcpd/shared';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { validationInput } from '../modules/applications/application-context.js';
import { appendAudit } from '../modules/audit/audit.service.js';
import type { FieldCipher } from '../platform/secrets.js';
import type { CertificateSigner } from '../platform/signing/certificate-signature.js';

/**
 * A finished round of the demo for 统计分析 (issue 13): a closed notice of last year, six employers and thirty
 * applicants whose applications went every way the workflow allows — still drafts, waiting at the employer,
 * returned, terminated, approved with 认定通过 / 调整类别认定 / 不予认定 — and the certificates issued for them, so that
 * every chart of the page shows something. Written once, with the demo accounts; none of it belongs to the demo
 * applicant or the demo employer, and nothing waits at the 省人社厅, so the demo's own journeys start as before.
 */
export const DEMO_STATISTICS_NOTICE = '2025年度吉林省人才分类定级评定申报通知';

const EMPLOYERS = [
  '吉林大学',
  '中国第一汽车集团有限公司',
  '长春理工大学',
  '吉林省农业科学院',
  '长春光华微电子设备工程中心有限公司',
  '吉林化纤集团有限责任公司',
];
const NAMES =
  '王建国 李晓梅 张伟 刘洋 陈静 杨帆 赵磊 黄丽 周敏 吴刚 徐鹏 孙悦 胡军 朱琳 高峰 林涛 何平 郭亮 马超 罗娟 梁雪 宋佳 郑宇 谢婷 韩冰 唐宁 冯博 于洋 董晨 萧然'.split(
    ' ',
  );
type Fate = '未提交' | '待审核' | '退回' | '终止' | '认定通过' | '调整类别认定' | '不予认定';
/** what became of each applicant's application, in order */
const FATES: Fate[] = [
  ...Array<Fate>(3).fill('未提交'),
  ...Array<Fate>(6).fill('待审核'),
  ...Array<Fate>(4).fill('退回'),
  ...Array<Fate>(3).fill('终止'),
  ...Array<Fate>(9).fill('认定通过'),
  ...Array<Fate>(3).fill('调整类别认定'),
  ...Array<Fate>(2).fill('不予认定'),
];
const CATEGORIES = ['D', 'E', 'C', 'D', 'E', 'B', 'D', 'E', 'D', 'C'] as const;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export async function seedDemoStatistics(
  db: Kysely<DB>,
  cipher: FieldCipher,
  signer: Pick<CertificateSigner, 'sign'>,
): Promise<void> {
  const present = await db
    .selectFrom('notices')
    .select('id')
    .where('title', '=', DEMO_STATISTICS_NOTICE)
    .executeTakeFirst();
  if (present) return;
  await db.transaction().execute((trx) => seed(db, trx, cipher, signer));
}

async function seed(
  db: Kysely<DB>,
  trx: Transaction<DB>,
  cipher: FieldCipher,
  signer: Pick<CertificateSigner, 'sign'>,
): Promise<void> {
  const now = Date.now();
  const { password_hash } = await trx
    .selectFrom('accounts')
    .select('password_hash')
    .where('username', '=', 'yewu')
    .executeTakeFirstOrThrow();
  const notice = await trx
    .insertInto('notices')
    .values({
      title: DEMO_STATISTICS_NOTICE,
      body: '2025年度人才分类定级评定申报已于截止日期结束，本通知仅供查阅。',
      start_at: new Date(now - 40 * DAY),
      end_at: new Date(now - 10 * DAY),
      service_types: JSON.stringify(['首次认定', '晋升认定']),
      status: '已关闭',
      published_at: new Date(now - 40 * DAY),
      created_at: new Date(now - 41 * DAY),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const employers = await trx
    .insertInto('employers')
    .values(
      EMPLOYERS.map((name, i) => {
        const body = `9122010${String(7_300_000_000 + i * 1_111_111).padStart(10, '0')}`;
        return { name, uscc: body + usccCheckChar(body) };
      }),
    )
    .returning(['id', 'name'])
    .execute();
  const catalogue = await trx.selectFrom('catalogue_items').select(['id', 'category']).execute();

  for (const [i, fate] of FATES.entries()) {
    const name = NAMES[i] ?? `申报人${i}`;
    const first17 = `220102${1972 + (i % 20)}0${1 + (i % 9)}1${i % 9}${100 + i}`;
    const idNumber = first17 + residentIdCheckChar(first17);
    const phone = `1370000${String(i).padStart(4, '0')}`;
    const person = await trx
      .insertInto('accounts')
      .values({
        portal: 'person',
        role: 'applicant',
        name,
        id_type: '居民身份证',
        id_number_enc: cipher.encrypt(idNumber),
        id_number_hash: cipher.lookup(idNumber),
        phone_enc: cipher.encrypt(phone),
        phone_hash: cipher.lookup(phone),
        password_hash,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // the big employers bring more applicants
    const employer = employers[[0, 0, 1, 0, 2, 1, 3, 0, 4, 5][i % 10] ?? 5] ?? employers[5];
    const category = CATEGORIES[i % CATEGORIES.length] ?? 'D';
    const submitted = new Date(now - (38 - ((i * 7) % 27)) * DAY + (i % 8) * HOUR);
    const employerAt = new Date(submitted.getTime() + (4 + ((i * 13) % 70)) * HOUR);
    const provinceAt = new Date(employerAt.getTime() + (20 + ((i * 29) % 150)) * HOUR);
    const drafted = fate === '未提交';
    const status = {
      未提交: '未提交',
      待审核: '已申报',
      退回: '被退回',
      终止: '审核不通过终止审核',
      认定通过: '材料审核通过',
      调整类别认定: '材料审核通过',
      不予认定: '材料审核通过',
    } as const;
    const app = await trx
      .insertInto('applications')
      .values({
        applicant_id: person.id,
        notice_id: notice.id,
        employer_id: employer?.id ?? '',
        status: status[fate],
        stage: fate === '待审核' ? 'employer' : null,
        stage_since: fate === '待审核' ? submitted : null,
        stage_chain: drafted ? null : JSON.stringify(['employer', 'province']),
        category,
        service_type: '首次认定',
        confirmations: JSON.stringify([true, true, true, true]),
        applicant_name: name,
        id_number_hash: cipher.lookup(idNumber),
        number: drafted ? null : `RC2025${String(9_000_001 + i)}`,
        submitted_at: drafted ? null : submitted,
        created_at: new Date(submitted.getTime() - 2 * DAY),
        updated_at: submitted,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const basis = catalogue.find((c) => c.category === category)?.id;
    await trx
      .insertInto('application_entries')
      .values({
        application_id: app.id,
        module: 'basic',
        data: JSON.stringify({
          gender: Number(first17.charAt(16)) % 2 === 1 ? '男' : '女',
          birthDate: `${first17.slice(6, 10)}-${first17.slice(10, 12)}-${first17.slice(12, 14)}`,
          ethnicity: '汉族',
          politicalStatus: '群众',
          phone,
          email: 'demo@example.cn',
          position: '研究员',
          education: '研究生',
          degree: '博士',
          talentSource: '省内人才',
          serviceType: '首次认定',
          longContract: '是',
          employmentForm: '全职',
          category,
          basis,
          talentType: '专业技术人才',
        }),
      })
      .execute();
    if (drafted) continue;
    const input = await validationInput(db, trx, cipher, app.id);
    await trx
      .insertInto('application_versions')
      .values({ application_id: app.id, number: 1, snapshot: JSON.stringify(input?.snapshot ?? {}) })
      .execute();
    const events: {
      stage: string;
      stage_key: string | null;
      handler: string;
      action: string;
      opinion: string | null;
      created_at: Date;
    }[] = [
      {
        stage: '个人申报',
        stage_key: null,
        handler: name,
        action: '提交',
        opinion: null,
        created_at: submitted,
      },
    ];
    if (fate !== '待审核') {
      const employerAction = fate === '终止' ? '审核不通过终止审核' : '审核通过';
      events.push({
        stage: '推荐单位审核',
        stage_key: 'employer',
        handler: employer?.name ?? '',
        action: employerAction,
        opinion: fate === '终止' ? '不符合申报条件' : null,
        created_at: employerAt,
      });
    }
    if (fate === '退回' || fate === '认定通过' || fate === '调整类别认定' || fate === '不予认定') {
      events.push({
        stage: '省人社厅审核',
        stage_key: 'province',
        handler: '吉林省人力资源和社会保障厅',
        action: fate === '退回' ? '退回' : '审核通过',
        opinion: fate === '退回' ? '请补充近三年业绩证明材料' : null,
        created_at: provinceAt,
      });
    }
    await trx
      .insertInto('application_events')
      .values(events.map((e) => ({ ...e, application_id: app.id })))
      .execute();
    if (fate === '认定通过' || fate === '调整类别认定' || fate === '不予认定') {
      const certified = fate === '不予认定' ? null : fate === '调整类别认定' ? 'E' : category;
      const published = new Date(provinceAt.getTime() + 3 * DAY);
      const result = await trx
        .insertInto('review_results')
        .values({
          application_id: app.id,
          outcome: fate === '调整类别认定' && category === 'E' ? '认定通过' : fate,
          category: certified,
          state: '已发布',
          published_at: published,
          recorded_at: published,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (certified) {
        const issued = published.toISOString().slice(0, 10);
        const number = `JLRC${issued.slice(0, 4)}${String(900_001 + i)}`;
        const changed = i % 6 === 0 ? '暂扣' : i % 7 === 0 ? '撤销' : '有效';
        await trx
          .insertInto('certificates')
          .values({
            number,
            application_id: app.id,
            result_id: result.id,
            holder_id: person.id,
            holder_name: name,
            category: certified,
            issued_on: issued,
            valid_until: null,
            token: signer.sign({ n: number, h: name, c: certified, d: issued, v: null }),
            status: changed,
            status_reason: changed === '有效' ? null : '演示数据：核查中',
            status_changed_at: changed === '有效' ? null : new Date(now - DAY),
          })
          .execute();
      }
    }
  }
  // the counts of 统计分析, with the times at each stage read from the 流程推送 nodes written above
  await sql`select statistics_rebuild()`.execute(trx);
  await appendAudit(trx, { actor: { accountId: null, label: '系统' }, action: 'seed.demo.statistics' });
}
