import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { appendAudit } from '../modules/audit/audit.service.js';
import { hashPassword } from '../platform/password-hash.js';
import type { FieldCipher } from '../platform/secrets.js';

export const DEMO_PASSWORD = 'Demo@2026';
export const DEMO = {
  /** 三员分立: the 系统管理员, the 安全审计员 and the 业务管理员, and a 审核人 of 省人社厅审核 */
  admin: { username: 'admin', name: '系统管理员' },
  auditor: { username: 'shenji', name: '钱审计' },
  business: { username: 'yewu', name: '赵业务' },
  reviewer: { username: 'shenhe', name: '王审核' },
  department: '吉林省人力资源和社会保障厅',
  employer: {
    name: '吉林省示范科技有限公司',
    uscc: '91220101MA17A0001Q',
    operator: '李经办',
    phone: '13900000002',
  },
  applicant: { name: '张三', idNumber: '220102199001011239', phone: '13900000001' },
} as const;

const DEPARTMENT_DEMO = [
  ['sys_admin', DEMO.admin],
  ['security_auditor', DEMO.auditor],
  ['business_admin', DEMO.business],
  ['dept_reviewer', DEMO.reviewer],
] as const;

/**
 * The demo accounts of the README, created once (on the embedded database, or with SEED_DEMO=1). Never in
 * production: there the first administrator comes from `npm run create-admin`.
 */
export async function seedDemo(db: Kysely<DB>, cipher: FieldCipher): Promise<boolean> {
  const [existing, employerPresent] = await Promise.all([
    db
      .selectFrom('accounts')
      .select('username')
      .where(
        'username',
        'in',
        DEPARTMENT_DEMO.map(([, who]) => who.username),
      )
      .execute(),
    db.selectFrom('employers').select('id').where('uscc', '=', DEMO.employer.uscc).executeTakeFirst(),
  ]);
  const have = new Set(existing.map((r) => r.username));
  // the 管理端 accounts one by one: a database seeded before 三员分立 gains the roles it lacks
  const missing = DEPARTMENT_DEMO.filter(([, who]) => !have.has(who.username));
  if (missing.length === 0 && employerPresent) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  if (missing.length > 0) {
    await db
      .insertInto('accounts')
      .values(
        missing.map(([role, who]) => ({
          portal: 'department' as const,
          role,
          name: who.name,
          username: who.username,
          department_name: DEMO.department,
          password_hash: passwordHash,
        })),
      )
      .onConflict((oc) => oc.column('username').doNothing())
      .execute();
  }
  if (employerPresent) return true;
  await db.transaction().execute(async (trx) => {
    const employer = await trx
      .insertInto('employers')
      .values({ name: DEMO.employer.name, uscc: DEMO.employer.uscc })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('accounts')
      .values({
        portal: 'employer',
        role: 'employer_admin',
        name: DEMO.employer.operator,
        employer_id: employer.id,
        phone_enc: cipher.encrypt(DEMO.employer.phone),
        phone_hash: cipher.lookup(DEMO.employer.phone),
        password_hash: passwordHash,
      })
      .execute();
    await trx
      .insertInto('accounts')
      .values({
        portal: 'person',
        role: 'applicant',
        name: DEMO.applicant.name,
        id_type: '居民身份证',
        id_number_enc: cipher.encrypt(DEMO.applicant.idNumber),
        id_number_hash: cipher.lookup(DEMO.applicant.idNumber),
        phone_enc: cipher.encrypt(DEMO.applicant.phone),
        phone_hash: cipher.lookup(DEMO.applicant.phone),
        password_hash: passwordHash,
      })
      .execute();
    await seedDemoContent(trx);
    await appendAudit(trx, { actor: { accountId: null, label: '系统' }, action: 'seed.demo' });
  });
  return true;
}

export const DEMO_NOTICE_TITLE = '2026年度吉林省人才分类定级评定申报通知';

const DEMO_GUIDE = `1. 申报条件：在吉林省内用人单位全职工作并签订3年以上劳动（聘用）合同，或以柔性方式在吉工作每年累计不少于4个月的人才，可通过推荐单位申报。公务员和参照公务员法管理的机关（单位）工作人员、事业单位专职管理人员不在申报范围之内。
2. 年龄要求：申报B、C、D类人才的，年龄一般不超过60周岁；申报E类人才的，专业技术人才不超过45周岁、技能人才不超过50周岁（以提交申报之日计算）；A类人才不受年龄限制。
3. 认定限制：近3年内已获认定的人才，或近1年内申报未获认定的人员，不得再次申报（经单位书面申请、人社部门同意的除外）。晋升认定仅限已认定人才申报更高类别。
4. 材料真实：申报人对所填信息和上传材料的真实性负责，推荐单位须认真审核把关。凡弄虚作假的，一经查实，取消认定资格，并按有关规定记入诚信档案。
5. 申报流程：先绑定推荐单位并经单位审核通过，再阅读本注意事项、选择推荐单位，点击“确认并开始申报”后填写信息、上传材料并提交。`;

/** Two or three 条款 per category, in the spirit of the province's catalogue (policy 3.0). */
const DEMO_CATALOGUE: { category: 'A' | 'B' | 'C' | 'D' | 'E'; code: string; text: string }[] = [
  { category: 'A', code: 'A-1', text: '诺贝尔奖获得者，或相当于诺贝尔奖层次的国际科技奖项获得者。' },
  { category: 'A', code: 'A-2', text: '美国、英国、德国、法国、日本等发达国家科学院院士、工程院院士。' },
  { category: 'A', code: 'A-3', text: '国家最高科学技术奖获得者。' },
  { category: 'B', code: 'B-1', text: '中国科学院院士、中国工程院院士。' },
  { category: 'B', code: 'B-2', text: '国家级重大人才工程入选者，国家杰出青年科学基金获得者。' },
  { category: 'B', code: 'B-3', text: '国家自然科学奖、技术发明奖、科学技术进步奖一等奖的主要完成人。' },
  { category: 'C', code: 'C-1', text: '省部级以上科学技术奖一等奖的主要完成人（排名前三）。' },
  { category: 'C', code: 'C-2', text: '享受国务院政府特殊津贴专家，全国技术能手、中华技能大奖获得者。' },
  { category: 'C', code: 'C-3', text: '长白山领军人才等省级重点人才项目入选者。' },
  { category: 'D', code: 'D-1', text: '吉林省有突出贡献的中青年专业技术人才，吉林省拔尖创新人才。' },
  { category: 'D', code: 'D-2', text: '省级科学技术奖二等奖以上的主要完成人。' },
  { category: 'D', code: 'D-3', text: '吉林省技能大师、吉林省首席技师。' },
  { category: 'E', code: 'E-1', text: '获得博士学位并在吉全职工作的青年人才。' },
  { category: 'E', code: 'E-2', text: '具有副高级以上专业技术职称的青年专业技术人才。' },
  { category: 'E', code: 'E-3', text: '省级以上职业技能竞赛获奖的青年技能人才。' },
];

/** The demo notice, 申报注意事项 and catalogue, written with the demo accounts on the first seed only. */
async function seedDemoContent(trx: Transaction<DB>): Promise<void> {
  const now = Date.now();
  await trx
    .insertInto('notices')
    .values({
      title: DEMO_NOTICE_TITLE,
      body: '各市（州）人力资源和社会保障局、各有关单位：\n根据《吉林省人才分类目录》，现启动2026年度人才分类定级评定申报工作。请符合条件的人才通过个人网厅绑定推荐单位后在线申报，推荐单位按要求审核推荐。\n申报期间如有疑问，请咨询所在地人社部门。',
      start_at: new Date(now - 86_400_000),
      end_at: new Date(now + 365 * 86_400_000),
      service_types: JSON.stringify(['首次认定', '晋升认定']),
      status: '已发布',
      published_at: new Date(now),
    })
    .execute();
  await trx
    .insertInto('settings')
    .values({ key: 'declaration_guide', value: JSON.stringify({ schemaVersion: 1, text: DEMO_GUIDE }) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  await trx
    .insertInto('catalogue_items')
    .values(DEMO_CATALOGUE.map((item, i) => ({ ...item, sort: (i % 3) + 1 })))
    .onConflict((oc) => oc.columns(['category', 'code']).doNothing())
    .execute();
}
