import { describe, expect, it } from 'vitest';
import { MODULE_KEYS, type ModuleKey } from './modules.js';
import {
  checkModuleValues,
  type ModuleContext,
  type ModuleValues,
  moduleValuesSchema,
  performanceYears,
} from './schemas.js';

/** 2026-11-27 at noon in Beijing. */
const TODAY = new Date('2026-11-27T04:00:00Z');
const CAT_A = 'a0000000-0000-4000-8000-000000000001';
const CAT_B = 'b0000000-0000-4000-8000-000000000002';
const CAT_C = 'c0000000-0000-4000-8000-000000000003';
const CAT_D = 'd0000000-0000-4000-8000-000000000004';
const CAT_E = 'e0000000-0000-4000-8000-000000000005';
const CAT_C_DISABLED = 'c0000000-0000-4000-8000-000000000099';

const ctx: ModuleContext = {
  today: TODAY,
  identity: { birthDate: '1980-05-17', gender: '女' },
  serviceTypes: ['首次认定', '晋升认定'],
  catalogue: [
    { id: CAT_A, category: 'A' },
    { id: CAT_B, category: 'B' },
    { id: CAT_C, category: 'C' },
    { id: CAT_D, category: 'D' },
    { id: CAT_E, category: 'E' },
  ],
};
/** an applicant with a passport: no birth date or gender to agree with */
const passport: ModuleContext = { today: TODAY, identity: null };

/** Every issue as [field, message], in the order they are reported; empty when the values are accepted. */
function issues(module: ModuleKey, raw: unknown, c: ModuleContext = ctx): [string, string][] {
  const result = checkModuleValues(module, raw, c);
  return result.ok ? [] : result.issues.map((i) => [i.field, i.message]);
}
/** The values as stored; throws with the messages when they are refused. */
function accepted(module: ModuleKey, raw: unknown, c: ModuleContext = ctx): ModuleValues {
  const result = checkModuleValues(module, raw, c);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.field}: ${i.message}`).join('; '));
  return result.values;
}

const BASIC = {
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

/** One valid entry of every module (today is 2026-11-27). */
const SAMPLES: Record<ModuleKey, Record<string, string | number>> = {
  basic: BASIC,
  education: {
    startDate: '2002-09-01',
    endDate: '2006-07-01',
    school: '吉林大学',
    major: '材料科学与工程',
    level: '大学本科',
    degree: '学士',
    mode: '全日制',
  },
  training: {
    startDate: '2019-03-01',
    endDate: '2019-03-15',
    mode: '脱产',
    institution: '吉林省人才发展研究院',
    content: '新材料产业政策与技术前沿',
  },
  papers: {
    title: '高熵合金的低温力学性能',
    kind: '论文',
    publishedAt: '2021-04-10',
    publication: '金属学报',
    rank: '第一作者',
  },
  work: { startDate: '2010-07-01', employer: '吉林省新材料研究院', post: '研究员' },
  partTime: {
    organization: '吉林省材料学会',
    authority: '吉林省科学技术协会',
    role: '理事',
    startDate: '2018-01-01',
  },
  performance: {
    year: 2025,
    company: '吉林某新材料有限公司（中型）',
    duty: '总工程师',
    revenue: 12000,
    tax: 800,
    summary: '主持高强铝合金产线改造',
  },
  achievement: { text: '主持研制高强铝合金，实现产业化。' },
  honors: {
    name: '吉林省有突出贡献的中青年专业技术人才',
    awardedAt: '2022-12-01',
    grantor: '吉林省人民政府',
    level: '省部级',
  },
  awards: {
    name: '吉林省科学技术进步奖',
    awardedAt: '2023-10-20',
    grantor: '吉林省人民政府',
    grade: '一等奖',
    rank: '第一完成人',
  },
};

describe('checkModuleValues: every module', () => {
  it.each(MODULE_KEYS.map((k) => [k]))('accepts a complete %s entry and stores it as typed', (module) => {
    expect(accepted(module, SAMPLES[module])).toEqual(SAMPLES[module]);
  });

  it('asks for every required field of an empty 学习经历 entry', () => {
    expect(issues('education', {})).toEqual([
      ['startDate', '请填写入学时间'],
      ['endDate', '请填写毕业时间'],
      ['school', '请填写毕业学校'],
      ['major', '请填写所学专业'],
      ['level', '请选择学历'],
      ['degree', '请选择学位'],
      ['mode', '请选择教育方式'],
    ]);
  });

  it('asks only for the required fields of 工作经历 (结束时间 and 职务 may stay empty)', () => {
    expect(issues('work', {})).toEqual([
      ['startDate', '请填写开始时间'],
      ['employer', '请填写工作单位'],
      ['post', '请填写工作岗位'],
    ]);
  });

  it('asks for the required fields of 企业人才业绩, not for 营业收入 and 纳税额', () => {
    expect(issues('performance', {})).toEqual([
      ['year', '请填写业绩年度'],
      ['company', '请填写企业规模名称'],
      ['duty', '请填写本人职务'],
      ['summary', '请填写业绩说明'],
    ]);
  });

  it('asks for every visible required field of an empty 基本信息, and for no hidden one', () => {
    expect(issues('basic', {})).toEqual([
      ['gender', '请选择性别'],
      ['birthDate', '请填写出生日期'],
      ['ethnicity', '请选择民族'],
      ['politicalStatus', '请选择政治面貌'],
      ['phone', '请填写手机号码'],
      ['email', '请填写电子邮箱'],
      ['position', '请填写现从事专业/岗位'],
      ['education', '请选择最高学历'],
      ['degree', '请选择最高学位'],
      ['talentSource', '请选择人才来源'],
      ['serviceType', '请选择人才认定服务类型'],
      ['longContract', '请选择是否签订长期聘用合同（五年以上）'],
      ['employmentForm', '请选择用工形式'],
      ['category', '请选择申报人才类别'],
      ['basis', '请选择申报依据'],
      ['talentType', '请选择专业技术与职业技能'],
    ]);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', '吉林大学'],
    ['a number', 42],
    ['an array', [SAMPLES.work]],
  ])('treats %s as an empty entry', (_, raw) => {
    expect(issues('work', raw)).toEqual(issues('work', {}));
  });

  it('takes a field of only spaces as missing', () => {
    expect(issues('work', { ...SAMPLES.work, employer: '   ', post: '\t\n' })).toEqual([
      ['employer', '请填写工作单位'],
      ['post', '请填写工作岗位'],
    ]);
    expect(issues('basic', { ...BASIC, phone: ' ', category: ' ' })).toEqual([
      ['phone', '请填写手机号码'],
      ['category', '请选择申报人才类别'],
    ]);
  });

  it('trims what is typed before checking and storing it', () => {
    expect(
      accepted('education', {
        ...SAMPLES.education,
        school: '  吉林大学 ',
        level: ' 大学本科 ',
        endDate: ' 2006-07-01',
      }),
    ).toEqual(SAMPLES.education);
  });

  it('drops keys that are not fields of the module', () => {
    expect(
      accepted('basic', { ...BASIC, name: '张三', idNumber: '220102198005170028', status: '已申报' }),
    ).toEqual(BASIC);
    expect(accepted('work', { ...SAMPLES.work, attachmentCount: 3, id: 'x' })).toEqual(SAMPLES.work);
  });

  it('leaves out an empty optional field', () => {
    expect(accepted('work', { ...SAMPLES.work, endDate: '', duty: '  ' })).toEqual(SAMPLES.work);
    expect(accepted('performance', { ...SAMPLES.performance, revenue: '', tax: null })).toEqual({
      year: 2025,
      company: '吉林某新材料有限公司（中型）',
      duty: '总工程师',
      summary: '主持高强铝合金产线改造',
    });
  });

  it('refuses text that is not text', () => {
    expect(issues('work', { ...SAMPLES.work, employer: 42, post: ['研究员'] })).toEqual([
      ['employer', '工作单位应为文字'],
      ['post', '工作岗位应为文字'],
    ]);
  });
});

describe('checkModuleValues: conditional rules of 基本信息', () => {
  describe('人才来源', () => {
    it('requires 从何地(单位)引进 for 引进人才', () => {
      expect(issues('basic', { ...BASIC, talentSource: '引进人才' })).toEqual([
        ['introducedFrom', '请填写从何地(单位)引进'],
      ]);
      expect(issues('basic', { ...BASIC, talentSource: '引进人才', introducedFrom: '  ' })).toEqual([
        ['introducedFrom', '请填写从何地(单位)引进'],
      ]);
      expect(
        accepted('basic', { ...BASIC, talentSource: '引进人才', introducedFrom: '上海交通大学' }),
      ).toEqual({
        ...BASIC,
        talentSource: '引进人才',
        introducedFrom: '上海交通大学',
      });
    });

    it('hides 从何地(单位)引进 for 省内人才 and does not store it even when sent', () => {
      const values = accepted('basic', {
        ...BASIC,
        talentSource: '省内人才',
        introducedFrom: '上海交通大学',
      });
      expect(values).toEqual(BASIC);
      expect(values).not.toHaveProperty('introducedFrom');
      // hidden, so not even checked
      expect(accepted('basic', { ...BASIC, introducedFrom: 'x'.repeat(500) })).toEqual(BASIC);
    });
  });

  describe('人才认定服务类型', () => {
    const promotion = { ...BASIC, serviceType: '晋升认定', heldCategory: 'D', heldSince: '2020-06-30' };

    it('requires 已在吉认定人才类别 and 认定日期 for 晋升认定', () => {
      expect(issues('basic', { ...BASIC, serviceType: '晋升认定' })).toEqual([
        ['heldCategory', '请选择已在吉认定人才类别'],
        ['heldSince', '请填写认定日期'],
      ]);
      expect(accepted('basic', promotion)).toEqual(promotion);
    });

    it('refuses a 认定日期 in the future and a category that is not in the list', () => {
      expect(issues('basic', { ...promotion, heldSince: '2026-11-28', heldCategory: 'F' })).toEqual([
        ['heldCategory', '请从列表中选择已在吉认定人才类别'],
        ['heldSince', '认定日期不能晚于今天'],
      ]);
    });

    it('requires a category higher than the one held', () => {
      expect(issues('basic', { ...promotion, category: 'D', basis: CAT_D })).toEqual([
        ['category', '晋升认定须申报高于已认定类别（D类）的人才类别'],
      ]);
      expect(issues('basic', { ...promotion, category: 'E', basis: CAT_E })).toEqual([
        ['category', '晋升认定须申报高于已认定类别（D类）的人才类别'],
      ]);
      expect(issues('basic', { ...promotion, heldCategory: 'A', category: 'A', basis: CAT_A })).toEqual([
        ['category', '晋升认定须申报高于已认定类别（A类）的人才类别'],
      ]);
      expect(
        accepted('basic', { ...promotion, heldCategory: 'C', category: 'B', basis: CAT_B }),
      ).toMatchObject({
        heldCategory: 'C',
        category: 'B',
      });
    });

    it('hides both fields for 首次认定 and does not store them, nor compare categories', () => {
      const values = accepted('basic', { ...BASIC, heldCategory: 'A', heldSince: '2099-01-01' });
      expect(values).toEqual(BASIC);
      expect(values).not.toHaveProperty('heldCategory');
      expect(values).not.toHaveProperty('heldSince');
    });
  });

  describe('是否签订长期聘用合同（五年以上）', () => {
    it('requires 引进或聘用合同(协议)开始时间 for 否', () => {
      expect(issues('basic', { ...BASIC, longContract: '否' })).toEqual([
        ['contractStart', '请填写引进或聘用合同(协议)开始时间'],
      ]);
      expect(accepted('basic', { ...BASIC, longContract: '否', contractStart: '2024-03-01' })).toEqual({
        ...BASIC,
        longContract: '否',
        contractStart: '2024-03-01',
      });
    });

    it('hides it for 是 and does not store it', () => {
      expect(accepted('basic', { ...BASIC, longContract: '是', contractStart: '2024-03-01' })).toEqual(BASIC);
    });
  });

  describe('专业技术与职业技能', () => {
    const title = {
      titleName: '研究员',
      titleLevel: '正高级',
      titleDate: '2018-12-01',
      titleIssuer: '吉林省人社厅',
    };
    const skill = {
      skillName: '焊工',
      skillLevel: '一级/高级技师',
      skillDate: '2019-06-01',
      skillIssuer: '吉林省职业技能鉴定中心',
    };

    it('requires the 职称 fields of 专业技术人才 and drops the 技能 fields', () => {
      expect(issues('basic', { ...BASIC, talentType: '专业技术人才', ...skill })).toEqual([
        ['titleName', '请填写专业技术职称'],
        ['titleLevel', '请选择职称级别'],
        ['titleDate', '请填写取得时间'],
        ['titleIssuer', '请填写评审(发证)单位'],
      ]);
      expect(accepted('basic', { ...BASIC, talentType: '专业技术人才', ...title, ...skill })).toEqual({
        ...BASIC,
        talentType: '专业技术人才',
        ...title,
      });
    });

    it('requires the 技能 fields of 技能人才 and drops the 职称 fields', () => {
      expect(issues('basic', { ...BASIC, talentType: '技能人才', ...title })).toEqual([
        ['skillName', '请填写职业资格或职业技能等级'],
        ['skillLevel', '请选择等级'],
        ['skillDate', '请填写取得时间'],
        ['skillIssuer', '请填写发证单位'],
      ]);
      expect(accepted('basic', { ...BASIC, talentType: '技能人才', ...title, ...skill })).toEqual({
        ...BASIC,
        talentType: '技能人才',
        ...skill,
      });
    });

    it('requires nothing for 其他 and drops both', () => {
      expect(accepted('basic', { ...BASIC, talentType: '其他', ...title, ...skill })).toEqual(BASIC);
    });

    it('checks the fields it shows', () => {
      expect(
        issues('basic', {
          ...BASIC,
          talentType: '专业技术人才',
          ...title,
          titleLevel: '特级',
          titleDate: '2026-12-01',
        }),
      ).toEqual([
        ['titleLevel', '请从列表中选择职称级别'],
        ['titleDate', '取得时间不能晚于今天'],
      ]);
    });
  });
});

describe('checkModuleValues: dates', () => {
  const education = SAMPLES.education;

  it.each([
    ['2023-02-29', 'not a real day'],
    ['2023-13-01', 'month 13'],
    ['2023-04-31', 'April 31'],
    ['2023/02/01', 'slashes'],
    ['2023-2-1', 'no leading zeros'],
    ['2023-02-01T00:00:00Z', 'a time'],
  ])('refuses %s (%s)', (value) => {
    expect(issues('education', { ...education, startDate: value })).toEqual([
      ['startDate', '入学时间不是有效的日期'],
    ]);
  });

  it('refuses a date that is not a string', () => {
    expect(issues('education', { ...education, startDate: 20020901 })).toEqual([
      ['startDate', '入学时间不是有效的日期'],
    ]);
  });

  it('accepts 29 February of a leap year', () => {
    expect(accepted('education', { ...education, startDate: '2004-02-29' })).toMatchObject({
      startDate: '2004-02-29',
    });
  });

  it('refuses a date after today and accepts today', () => {
    expect(issues('education', { ...education, endDate: '2026-11-28' })).toEqual([
      ['endDate', '毕业时间不能晚于今天'],
    ]);
    expect(accepted('education', { ...education, endDate: '2026-11-27' })).toMatchObject({
      endDate: '2026-11-27',
    });
  });

  it('takes today as the Beijing date, whatever the clock of the machine', () => {
    // 2026-11-27T16:30Z is 2026-11-28 00:30 in Beijing
    const afterMidnight: ModuleContext = { ...ctx, today: new Date('2026-11-27T16:30:00Z') };
    expect(accepted('education', { ...education, endDate: '2026-11-28' }, afterMidnight)).toMatchObject({
      endDate: '2026-11-28',
    });
    expect(issues('education', { ...education, endDate: '2026-11-29' }, afterMidnight)).toEqual([
      ['endDate', '毕业时间不能晚于今天'],
    ]);
    // 2026-11-27T15:59:59Z is still 2026-11-27 in Beijing
    const beforeMidnight: ModuleContext = { ...ctx, today: new Date('2026-11-27T15:59:59Z') };
    expect(issues('education', { ...education, endDate: '2026-11-28' }, beforeMidnight)).toEqual([
      ['endDate', '毕业时间不能晚于今天'],
    ]);
  });

  it('refuses a date before 1900 and accepts 1900-01-01', () => {
    expect(issues('education', { ...education, startDate: '1899-12-31' })).toEqual([
      ['startDate', '入学时间不能早于1900年'],
    ]);
    expect(accepted('education', { ...education, startDate: '1900-01-01' })).toMatchObject({
      startDate: '1900-01-01',
    });
  });

  it('refuses an end before its start, naming the start field', () => {
    expect(issues('education', { ...education, startDate: '2006-07-02', endDate: '2006-07-01' })).toEqual([
      ['endDate', '毕业时间不能早于入学时间'],
    ]);
    expect(issues('work', { ...SAMPLES.work, endDate: '2010-06-30' })).toEqual([
      ['endDate', '结束时间不能早于开始时间'],
    ]);
    expect(issues('training', { ...SAMPLES.training, endDate: '2019-02-28' })).toEqual([
      ['endDate', '结束时间不能早于开始时间'],
    ]);
    expect(issues('partTime', { ...SAMPLES.partTime, endDate: '2017-12-31' })).toEqual([
      ['endDate', '结束时间不能早于开始时间'],
    ]);
  });

  it('accepts an end on the day of its start', () => {
    expect(accepted('work', { ...SAMPLES.work, endDate: '2010-07-01' })).toEqual({
      ...SAMPLES.work,
      endDate: '2010-07-01',
    });
  });

  it('does not compare with a start that is missing or not a real day (the start has its own message)', () => {
    expect(issues('education', { ...education, startDate: '2006-02-30', endDate: '2006-01-01' })).toEqual([
      ['startDate', '入学时间不是有效的日期'],
    ]);
    expect(issues('education', { ...education, startDate: '', endDate: '2006-01-01' })).toEqual([
      ['startDate', '请填写入学时间'],
    ]);
  });

  it('accepts 工作经历 and 专业兼职 without an end date (至今)', () => {
    const work = accepted('work', SAMPLES.work);
    expect(work).not.toHaveProperty('endDate');
    expect(accepted('partTime', { ...SAMPLES.partTime, endDate: ' ' })).not.toHaveProperty('endDate');
  });
});

describe('checkModuleValues: 居民身份证 agreement', () => {
  it('refuses a birth date that disagrees with the ID, naming the ID’s date', () => {
    expect(issues('basic', { ...BASIC, birthDate: '1980-05-18' })).toEqual([
      ['birthDate', '出生日期与居民身份证号码不一致（证件为1980-05-17）'],
    ]);
  });

  it('refuses a gender that disagrees with the ID, naming the ID’s gender', () => {
    expect(issues('basic', { ...BASIC, gender: '男' })).toEqual([
      ['gender', '性别与居民身份证号码不一致（证件为女）'],
    ]);
  });

  it('accepts both when they agree', () => {
    expect(accepted('basic', BASIC)).toMatchObject({ birthDate: '1980-05-17', gender: '女' });
  });

  it('does not check them for another ID (passport)', () => {
    const values = { ...BASIC, birthDate: '1975-01-01', gender: '男' };
    expect(accepted('basic', values, passport)).toEqual(values);
    expect(accepted('basic', values, { today: TODAY })).toEqual(values);
  });

  it('shows one message per field: an invalid date is not compared with the ID', () => {
    expect(issues('basic', { ...BASIC, birthDate: '1980-02-30', gender: '未知' })).toEqual([
      ['gender', '请从列表中选择性别'],
      ['birthDate', '出生日期不是有效的日期'],
    ]);
  });
});

describe('checkModuleValues: 手机号码 and 电子邮箱', () => {
  it.each([
    ['1390000000', 'ten digits'],
    ['12900000001', 'starting with 12'],
    ['139-0000-00', 'dashes'],
    ['139000000a1', 'a letter'],
  ])('refuses %s (%s)', (phone) => {
    expect(issues('basic', { ...BASIC, phone })).toEqual([['phone', '请输入正确的11位手机号码']]);
  });

  it('refuses a number too long to be a mobile number by its length', () => {
    expect(issues('basic', { ...BASIC, phone: '139000000012' })).toEqual([
      ['phone', '手机号码不能超过11个字（现12个字）'],
    ]);
  });

  it('accepts a mainland mobile number, trimmed', () => {
    expect(accepted('basic', { ...BASIC, phone: ' 19912345678 ' })).toMatchObject({ phone: '19912345678' });
  });

  it.each([
    'li.hua@example',
    'li hua@example.com',
    '@example.com',
    'li.hua.example.com',
    'li@hua@example.com',
  ])('refuses the e-mail address %s', (email) => {
    expect(issues('basic', { ...BASIC, email })).toEqual([['email', '电子邮箱格式不正确']]);
  });

  it('accepts an e-mail address with dots, plus and subdomains', () => {
    expect(accepted('basic', { ...BASIC, email: 'li.hua+rc@mail.jl.gov.cn' })).toMatchObject({
      email: 'li.hua+rc@mail.jl.gov.cn',
    });
  });
});

describe('checkModuleValues: choices, numbers and lengths', () => {
  it('refuses a choice that is not in the list', () => {
    expect(
      issues('basic', { ...BASIC, ethnicity: '火星族', gender: 1, category: 'F', talentType: '管理人才' }),
    ).toEqual([
      ['gender', '请从列表中选择性别'],
      ['ethnicity', '请从列表中选择民族'],
      ['category', '请从列表中选择申报人才类别'],
      ['talentType', '请从列表中选择专业技术与职业技能'],
    ]);
    expect(issues('education', { ...SAMPLES.education, level: '研究生' })).toEqual([
      ['level', '请从列表中选择学历'],
    ]);
  });

  it('keeps numbers within their bounds', () => {
    expect(issues('performance', { ...SAMPLES.performance, revenue: -1, tax: 1e9 + 1 })).toEqual([
      ['revenue', '企业营业收入（万元）不能小于0'],
      ['tax', '企业纳税额（万元）不能大于1000000000'],
    ]);
    expect(issues('performance', { ...SAMPLES.performance, year: 1989 })).toEqual([
      ['year', '业绩年度不能小于1990'],
    ]);
    expect(issues('performance', { ...SAMPLES.performance, year: 2101 })).toEqual([
      ['year', '业绩年度不能大于2100'],
    ]);
    expect(accepted('performance', { ...SAMPLES.performance, revenue: 0, tax: 1e9 })).toMatchObject({
      revenue: 0,
      tax: 1e9,
    });
  });

  it.each([
    ['a string', '2025'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a boolean', true],
  ])('refuses a number that is %s', (_, year) => {
    expect(issues('performance', { ...SAMPLES.performance, year })).toEqual([['year', '业绩年度应为数字']]);
  });

  it('accepts 500 characters of 创新创业成果 and refuses 501', () => {
    expect(accepted('achievement', { text: '创'.repeat(500) })).toEqual({ text: '创'.repeat(500) });
    expect(issues('achievement', { text: '创'.repeat(501) })).toEqual([
      ['text', '创新创业成果（突出业绩）不能超过500个字（现501个字）'],
    ]);
  });

  it('counts a character outside the BMP as one', () => {
    expect('𠀀'.length).toBe(2);
    expect(accepted('achievement', { text: '𠀀'.repeat(500) })).toEqual({ text: '𠀀'.repeat(500) });
    expect(accepted('achievement', { text: `${'创'.repeat(499)}𠀀` })).toEqual({
      text: `${'创'.repeat(499)}𠀀`,
    });
    expect(issues('achievement', { text: '𠀀'.repeat(501) })).toEqual([
      ['text', '创新创业成果（突出业绩）不能超过500个字（现501个字）'],
    ]);
  });

  it('does not count the spaces around the text', () => {
    expect(accepted('achievement', { text: `  ${'创'.repeat(500)}\n` })).toEqual({ text: '创'.repeat(500) });
  });

  it('asks for an empty 创新创业成果', () => {
    expect(issues('achievement', { text: '   ' })).toEqual([['text', '请填写创新创业成果（突出业绩）']]);
  });

  it('limits the other texts to their own maximum', () => {
    expect(issues('training', { ...SAMPLES.training, content: '学'.repeat(201) })).toEqual([
      ['content', '学习内容不能超过200个字（现201个字）'],
    ]);
    expect(issues('work', { ...SAMPLES.work, post: '岗'.repeat(51) })).toEqual([
      ['post', '工作岗位不能超过50个字（现51个字）'],
    ]);
  });
});

describe('checkModuleValues: the notice and the catalogue', () => {
  it('refuses a service type the notice does not accept', () => {
    const firstOnly: ModuleContext = { ...ctx, serviceTypes: ['首次认定'] };
    expect(
      issues(
        'basic',
        { ...BASIC, serviceType: '晋升认定', heldCategory: 'D', heldSince: '2020-06-30' },
        firstOnly,
      ),
    ).toEqual([['serviceType', '本次申报通知不受理晋升认定']]);
    expect(accepted('basic', BASIC, firstOnly)).toEqual(BASIC);
  });

  it('does not check the service type when the notice is not known', () => {
    const values = { ...BASIC, serviceType: '晋升认定', heldCategory: 'D', heldSince: '2020-06-30' };
    expect(accepted('basic', values, { today: TODAY, identity: ctx.identity ?? null })).toEqual(values);
  });

  it('refuses a 申报依据 that is not in the catalogue (or disabled)', () => {
    expect(issues('basic', { ...BASIC, basis: CAT_C_DISABLED })).toEqual([
      ['basis', '申报依据不存在或已停用，请重新选择'],
    ]);
  });

  it('refuses a 申报依据 of another category', () => {
    expect(issues('basic', { ...BASIC, basis: CAT_B })).toEqual([
      ['basis', '申报依据须为所申报人才类别中的条款'],
    ]);
    expect(accepted('basic', { ...BASIC, category: 'B', basis: CAT_B })).toMatchObject({
      category: 'B',
      basis: CAT_B,
    });
  });

  it('refuses a 申报依据 that is not an id', () => {
    expect(issues('basic', { ...BASIC, basis: 'C-3' })).toEqual([['basis', '请选择申报依据']]);
    expect(issues('basic', { ...BASIC, basis: 3 })).toEqual([['basis', '请选择申报依据']]);
  });

  it('accepts any id when the catalogue is not known', () => {
    expect(accepted('basic', { ...BASIC, basis: CAT_C_DISABLED }, passport)).toMatchObject({
      basis: CAT_C_DISABLED,
    });
  });
});

describe('checkModuleValues: 企业人才业绩 year', () => {
  it('offers the last three complete years, by the Beijing date', () => {
    expect(performanceYears(TODAY)).toEqual([2023, 2024, 2025]);
    expect(performanceYears(new Date('2026-12-31T15:59:59Z'))).toEqual([2023, 2024, 2025]);
    // 2026-12-31T16:30Z is 2027-01-01 in Beijing
    expect(performanceYears(new Date('2026-12-31T16:30:00Z'))).toEqual([2024, 2025, 2026]);
  });

  it.each([2023, 2024, 2025])('accepts %i', (year) => {
    expect(accepted('performance', { ...SAMPLES.performance, year })).toMatchObject({ year });
  });

  it.each([2022, 2026, 2027])('refuses %i', (year) => {
    expect(issues('performance', { ...SAMPLES.performance, year })).toEqual([
      ['year', '业绩年度须为近三年（2023—2025年）'],
    ]);
  });

  it('moves with the Beijing new year', () => {
    const newYear: ModuleContext = { ...ctx, today: new Date('2026-12-31T16:30:00Z') };
    expect(accepted('performance', { ...SAMPLES.performance, year: 2026 }, newYear)).toMatchObject({
      year: 2026,
    });
    expect(issues('performance', { ...SAMPLES.performance, year: 2023 }, newYear)).toEqual([
      ['year', '业绩年度须为近三年（2024—2026年）'],
    ]);
  });

  it('refuses a year that is not whole', () => {
    expect(issues('performance', { ...SAMPLES.performance, year: 2024.5 })).toEqual([
      ['year', '业绩年度应为整数年份'],
    ]);
  });
});

describe('moduleValuesSchema', () => {
  function zodIssues(module: ModuleKey, input: unknown): [string, string][] {
    const result = moduleValuesSchema(module, ctx).safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
  }

  it('gives the stored values of an accepted body', () => {
    const result = moduleValuesSchema('work', ctx).safeParse({ ...SAMPLES.work, endDate: '', extra: 1 });
    expect(result.success && result.data).toEqual(SAMPLES.work);
  });

  it('reports each issue on its field, with the same messages', () => {
    expect(zodIssues('education', { ...SAMPLES.education, endDate: '2001-01-01', school: ' ' })).toEqual([
      ['endDate', '毕业时间不能早于入学时间'],
      ['school', '请填写毕业学校'],
    ]);
    expect(zodIssues('basic', { ...BASIC, talentSource: '引进人才', gender: '男' })).toEqual([
      ['introducedFrom', '请填写从何地(单位)引进'],
      ['gender', '性别与居民身份证号码不一致（证件为女）'],
    ]);
  });

  it.each([
    ['null', null],
    ['a string', 'text'],
    ['an array', []],
  ])('refuses a body that is %s', (_, input) => {
    expect(zodIssues('work', input)).toEqual([['', '填写的内容格式不正确']]);
  });
});
