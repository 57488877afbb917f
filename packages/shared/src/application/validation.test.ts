import { describe, expect, it } from 'vitest';
import { type ModuleKey, moduleDef } from './modules.js';
import type { ModuleValues } from './schemas.js';
import {
  type ApplicationContext,
  type ApplicationSnapshot,
  SECTION_LABELS,
  type ValidationIssue,
  validateApplication,
} from './validation.js';

/** 2026-11-27 at noon in Beijing. */
const TODAY = new Date('2026-11-27T04:00:00Z');
const CAT_C = 'c0000000-0000-4000-8000-000000000003';
const CAT_D = 'd0000000-0000-4000-8000-000000000004';
const CAT_E = 'e0000000-0000-4000-8000-000000000005';

const ctx: ApplicationContext = {
  today: TODAY,
  identity: { birthDate: '1980-05-17', gender: '女' },
  serviceTypes: ['首次认定', '晋升认定'],
  catalogue: [
    { id: CAT_C, category: 'C' },
    { id: CAT_D, category: 'D' },
    { id: CAT_E, category: 'E' },
  ],
  history: [],
  exception: false,
};

const BASIC: ModuleValues = {
  gender: '女',
  birthDate: '1980-05-17',
  ethnicity: '汉族',
  politicalStatus: '中共党员',
  phone: '13900000001',
  email: 'li.hua@example.com',
  position: '材料科学研究',
  education: '博士研究生',
  degree: '博士',
  talentSource: '省内人才',
  serviceType: '首次认定',
  longContract: '是',
  employmentForm: '全职',
  category: 'C',
  basis: CAT_C,
  talentType: '其他',
};
const EDUCATION: ModuleValues = {
  startDate: '2002-09-01',
  endDate: '2006-07-01',
  school: '吉林大学',
  major: '材料科学与工程',
  level: '大学本科',
  degree: '学士',
  mode: '全日制',
};
const WORK: ModuleValues = { startDate: '2010-07-01', employer: '吉林省新材料研究院', post: '研究员' };
const PERFORMANCE: ModuleValues = {
  year: 2025,
  company: '吉林某新材料有限公司（中型）',
  duty: '总工程师',
  summary: '主持高强铝合金产线改造',
};
const AWARD: ModuleValues = {
  name: '吉林省科学技术进步奖',
  awardedAt: '2023-10-20',
  grantor: '吉林省人民政府',
  grade: '一等奖',
  rank: '第一完成人',
};

let nextId = 0;
function entry(module: ModuleKey, values: ModuleValues, attachmentCount = module === 'work' ? 0 : 1) {
  nextId += 1;
  return { id: `${module}-${nextId}`, module, values, attachmentCount };
}

/** A complete application: 基本信息 with its photo, one 学习经历, one 工作经历, 创新创业成果, 身份证正反面. */
function complete(): ApplicationSnapshot & { entries: ReturnType<typeof entry>[] } {
  return {
    modules: { basic: BASIC, achievement: { text: '主持研制高强铝合金，实现产业化。' } },
    entries: [entry('education', EDUCATION), entry('work', WORK)],
    slots: { photo: 1, idCard: 2, other: 0 },
  };
}
function validate(changes: Partial<ApplicationSnapshot>, c: ApplicationContext = ctx): ValidationIssue[] {
  return validateApplication({ ...complete(), ...changes }, c);
}

describe('validateApplication', () => {
  it('finds nothing wrong with a complete, valid application', () => {
    expect(validateApplication(complete(), ctx)).toEqual([]);
  });

  it('accepts every optional module filled in, with 其他材料', () => {
    const app = complete();
    app.entries.push(
      entry('training', {
        startDate: '2019-03-01',
        endDate: '2019-03-15',
        mode: '脱产',
        institution: '吉林省人才发展研究院',
        content: '新材料产业政策',
      }),
      entry(
        'papers',
        {
          title: '高熵合金',
          kind: '论文',
          publishedAt: '2021-04-10',
          publication: '金属学报',
          rank: '第一作者',
        },
        20,
      ),
      entry('partTime', {
        organization: '吉林省材料学会',
        authority: '吉林省科协',
        role: '理事',
        startDate: '2018-01-01',
      }),
      entry('performance', PERFORMANCE, 3),
      entry('performance', { ...PERFORMANCE, year: 2024 }),
      entry('honors', {
        name: '拔尖创新人才',
        awardedAt: '2022-12-01',
        grantor: '吉林省人民政府',
        level: '省部级',
      }),
      ...Array.from({ length: 10 }, () => entry('awards', AWARD)),
    );
    expect(validateApplication({ ...app, slots: { photo: 1, idCard: 1, other: 10 } }, ctx)).toEqual([]);
  });

  it('lists what an empty application misses, in the order of the page', () => {
    const empty: ApplicationSnapshot = { modules: {}, entries: [], slots: { photo: 0, idCard: 0, other: 0 } };
    expect(validateApplication(empty, ctx)).toEqual([
      { section: 'basic', message: '请填写并保存基本信息' },
      { section: 'education', message: '学习经历为必填项，请至少添加一条' },
      { section: 'work', message: '工作经历为必填项，请至少添加一条' },
      { section: 'achievement', message: '请填写并保存创新创业成果（突出业绩）' },
      { section: 'attachments', field: 'idCard', message: '请上传身份证正反面' },
    ]);
    // with a passport there is no birth date at all: the age check waits for 基本信息
    expect(validateApplication(empty, { ...ctx, identity: null })).toHaveLength(5);
  });

  it('does not ask for a module that is configured optional', () => {
    const achievement = moduleDef('achievement') as { required: boolean };
    achievement.required = false;
    try {
      expect(validate({ modules: { basic: BASIC } })).toEqual([]);
    } finally {
      achievement.required = true;
    }
    expect(validate({ modules: { basic: BASIC } })).toEqual([
      { section: 'achievement', message: '请填写并保存创新创业成果（突出业绩）' },
    ]);
  });

  it('asks for the photo once 基本信息 is saved, listed with 基本信息', () => {
    expect(validate({ slots: { photo: 0, idCard: 2, other: 0 } })).toEqual([
      { section: 'basic', field: 'photo', message: '请上传个人照片' },
    ]);
    expect(validate({ slots: { photo: 2, idCard: 2, other: 0 } })).toEqual([
      { section: 'basic', field: 'photo', message: '个人照片最多1个' },
    ]);
    const app = complete();
    expect(
      validateApplication(
        {
          modules: { ...app.modules, basic: { ...BASIC, phone: '123' } },
          entries: [app.entries[1]!],
          slots: { photo: 0, idCard: 1, other: 0 },
        },
        ctx,
      ).map((i) => [i.section, i.field, i.message]),
    ).toEqual([
      ['basic', 'phone', '请输入正确的11位手机号码'],
      ['basic', 'photo', '请上传个人照片'],
      ['education', undefined, '学习经历为必填项，请至少添加一条'],
    ]);
  });

  it('reports the saved values that break a rule, on their field', () => {
    const app = complete();
    expect(
      validateApplication(
        {
          ...app,
          modules: {
            basic: { ...BASIC, talentSource: '引进人才', gender: '男' },
            achievement: { text: '创'.repeat(501) },
          },
        },
        ctx,
      ),
    ).toEqual([
      { section: 'basic', field: 'introducedFrom', message: '请填写从何地(单位)引进' },
      { section: 'basic', field: 'gender', message: '性别与居民身份证号码不一致（证件为女）' },
      {
        section: 'achievement',
        field: 'text',
        message: '创新创业成果（突出业绩）不能超过500个字（现501个字）',
      },
    ]);
  });

  it('numbers the entries that break a rule, and points at entry and field', () => {
    const app = complete();
    const second = entry('education', {
      ...EDUCATION,
      startDate: '2006-09-01',
      endDate: '2006-06-30',
      school: ' ',
    });
    app.entries.push(second);
    expect(validateApplication(app, ctx)).toEqual([
      {
        section: 'education',
        entryId: second.id,
        field: 'endDate',
        message: '第2条学习经历：毕业时间不能早于入学时间',
      },
      { section: 'education', entryId: second.id, field: 'school', message: '第2条学习经历：请填写毕业学校' },
    ]);
  });

  it('reports an entry without the attachments its module needs, without failing', () => {
    const app = complete();
    const [education] = app.entries;
    education!.attachmentCount = 0;
    expect(validateApplication(app, ctx)).toEqual([
      { section: 'education', entryId: education!.id, message: '第1条学习经历未上传证明材料（附件）' },
    ]);
  });

  it('needs no attachment for 工作经历', () => {
    expect(validate({ entries: [entry('education', EDUCATION), entry('work', WORK, 0)] })).toEqual([]);
  });

  it('reports too many attachments on an entry', () => {
    const paper = entry(
      'papers',
      {
        title: '高熵合金',
        kind: '论文',
        publishedAt: '2021-04-10',
        publication: '金属学报',
        rank: '第一作者',
      },
      21,
    );
    const education = entry('education', EDUCATION, 4);
    expect(validate({ entries: [education, entry('work', WORK), paper] })).toEqual([
      { section: 'education', entryId: education.id, message: '第1条学习经历的附件最多3个' },
      { section: 'papers', entryId: paper.id, message: '第1条论文著作的附件最多20个' },
    ]);
  });

  it('reports more entries than a module allows', () => {
    const four = Array.from({ length: 4 }, () => entry('education', EDUCATION));
    expect(validate({ entries: [...four, entry('work', WORK)] })).toEqual([
      { section: 'education', message: '学习经历最多填写3条，请删除多余的' },
    ]);
    const works = Array.from({ length: 4 }, () => entry('work', WORK));
    expect(validate({ entries: [entry('education', EDUCATION), ...works] })).toEqual([
      { section: 'work', message: '工作经历最多填写3条，请删除多余的' },
    ]);
    const awards = Array.from({ length: 11 }, () => entry('awards', AWARD));
    expect(validate({ entries: [...complete().entries, ...awards] })).toEqual([
      { section: 'awards', message: '专业获奖最多填写10条，请删除多余的' },
    ]);
  });

  it('ignores an entry of a module that is not a list', () => {
    expect(validate({ entries: [...complete().entries, entry('basic', { phone: 'x' })] })).toEqual([]);
  });

  describe('企业人才业绩', () => {
    it('allows one entry a year', () => {
      const entries = [
        ...complete().entries,
        entry('performance', PERFORMANCE),
        entry('performance', { ...PERFORMANCE, year: 2024 }),
        entry('performance', PERFORMANCE),
      ];
      expect(validate({ entries })).toEqual([
        { section: 'performance', message: '企业人才业绩每年一条，2025年填写了多条' },
      ]);
    });

    it('names a repeated year once however often it is repeated', () => {
      const entries = [
        ...complete().entries,
        ...Array.from({ length: 3 }, () => entry('performance', PERFORMANCE)),
      ];
      expect(validate({ entries })).toEqual([
        { section: 'performance', message: '企业人才业绩每年一条，2025年填写了多条' },
      ]);
    });

    it('accepts only the last three years', () => {
      const late = entry('performance', { ...PERFORMANCE, year: 2026 });
      expect(validate({ entries: [...complete().entries, late] })).toEqual([
        {
          section: 'performance',
          entryId: late.id,
          field: 'year',
          message: '第1条企业人才业绩：业绩年度须为近三年（2023—2025年）',
        },
      ]);
    });

    it('does not call entries without a year a repeated year', () => {
      const { year: _, ...noYear } = PERFORMANCE;
      const first = entry('performance', noYear);
      const second = entry('performance', noYear);
      expect(validate({ entries: [...complete().entries, first, second] })).toEqual([
        {
          section: 'performance',
          entryId: first.id,
          field: 'year',
          message: '第1条企业人才业绩：请填写业绩年度',
        },
        {
          section: 'performance',
          entryId: second.id,
          field: 'year',
          message: '第2条企业人才业绩：请填写业绩年度',
        },
      ]);
    });
  });

  it('reports the 材料附件 slots: 身份证正反面 1–2, 其他材料 at most 10', () => {
    expect(validate({ slots: { photo: 1, idCard: 0, other: 0 } })).toEqual([
      { section: 'attachments', field: 'idCard', message: '请上传身份证正反面' },
    ]);
    expect(validate({ slots: { photo: 1, idCard: 3, other: 11 } })).toEqual([
      { section: 'attachments', field: 'idCard', message: '身份证正反面最多2个' },
      { section: 'attachments', field: 'other', message: '其他材料最多10个' },
    ]);
  });

  describe('申报条件', () => {
    it('reports a certification in the last three years', () => {
      const c = {
        ...ctx,
        history: [{ outcome: '认定通过', category: 'D', decidedOn: '2025-01-01' }] as const,
      };
      expect(validate({}, c)).toEqual([
        {
          section: 'eligibility',
          field: 'recentCertified',
          message: '您于2025-01-01获认定为D类人才，三年内不能再次申报',
        },
      ]);
      expect(validate({}, { ...c, exception: true })).toEqual([]);
    });

    it('reports a refusal in the last year', () => {
      const c = {
        ...ctx,
        history: [{ outcome: '不予认定', category: 'C', decidedOn: '2026-03-01' }] as const,
      };
      expect(validate({}, c)).toEqual([
        {
          section: 'eligibility',
          field: 'recentRefused',
          message: '您于2026-03-01被不予认定，一年内不能再次申报',
        },
      ]);
    });

    it('checks the age with the birth date of the 居民身份证, else of 基本信息', () => {
      const older = { ...BASIC, birthDate: '1960-01-01' };
      // passport: 基本信息's birth date counts
      expect(
        validate({ modules: { ...complete().modules, basic: older } }, { ...ctx, identity: null }),
      ).toEqual([{ section: 'eligibility', field: 'age', message: '您现年66岁，超过C类申报年龄上限60岁' }]);
      // 居民身份证: the ID's date counts; 基本信息 must agree with it
      expect(validate({ modules: { ...complete().modules, basic: older } })).toEqual([
        {
          section: 'basic',
          field: 'birthDate',
          message: '出生日期与居民身份证号码不一致（证件为1980-05-17）',
        },
      ]);
      expect(validate({}, { ...ctx, identity: { birthDate: '1960-01-01', gender: '女' } })).toEqual([
        {
          section: 'basic',
          field: 'birthDate',
          message: '出生日期与居民身份证号码不一致（证件为1960-01-01）',
        },
        { section: 'eligibility', field: 'age', message: '您现年66岁，超过C类申报年龄上限60岁' },
      ]);
    });

    it('applies the E limit of the talent type saved in 基本信息', () => {
      const e = { ...BASIC, category: 'E', basis: CAT_E, talentType: '其他' };
      expect(validate({ modules: { ...complete().modules, basic: e } })).toEqual([
        { section: 'eligibility', field: 'age', message: '您现年46岁，超过E类申报年龄上限45岁' },
      ]);
    });

    it('reports a 晋升认定 to a category that is not higher, on the field and as a condition', () => {
      const basic = { ...BASIC, serviceType: '晋升认定', heldCategory: 'C', heldSince: '2018-06-01' };
      expect(validate({ modules: { ...complete().modules, basic } })).toEqual([
        { section: 'basic', field: 'category', message: '晋升认定须申报高于已认定类别（C类）的人才类别' },
        { section: 'eligibility', field: 'promotion', message: '已认定为C类，晋升认定须申报更高类别' },
      ]);
      const higher = { ...basic, heldCategory: 'D' };
      expect(validate({ modules: { ...complete().modules, basic: higher } })).toEqual([]);
    });
  });
});

describe('SECTION_LABELS', () => {
  it('names every section of 数据验证信息', () => {
    expect(SECTION_LABELS).toEqual({
      basic: '基本信息',
      education: '学习经历',
      training: '继续教育(培训)经历',
      papers: '论文著作',
      work: '工作经历',
      partTime: '专业兼职',
      performance: '企业人才业绩',
      achievement: '创新创业成果（突出业绩）',
      honors: '人才荣誉表彰',
      awards: '专业获奖',
      attachments: '材料附件信息',
      eligibility: '申报条件',
    });
  });
});
