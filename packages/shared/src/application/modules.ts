/**
 * The application's modules (SPEC §6, manual 3.2.2) as data: every field, its label, its kind, when it shows,
 * and every count and attachment limit. The zod schemas (`schemas.ts`), the server's checks, the 数据验证信息 and
 * the browser's forms are all built from these definitions, so a field or a limit is written here once.
 */

export const APPLICATION_SCHEMA_VERSION = 1;

export type FieldKind = 'text' | 'textarea' | 'date' | 'select' | 'radio' | 'number' | 'catalogue';

/** A field shows (and is stored, and may be required) only while another field holds one of `in`. */
export interface FieldCondition {
  field: string;
  in: readonly string[];
}

export interface FieldDef {
  key: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  /** most characters for text and textarea */
  max?: number;
  /** choices for select and radio; a select can be typed into to search (manual 3.2.2 B note 1) */
  options?: readonly string[];
  /** bounds of a number */
  min?: number;
  maxValue?: number;
  when?: FieldCondition;
  /** a date that must not be before this date field of the same entry (an end after its start) */
  notBefore?: string;
  /** a short hint under the field */
  help?: string;
  /** shown empty means this, e.g. 工作经历's missing end date reads 至今 */
  emptyText?: string;
}

export const EDUCATION_LEVELS = [
  '博士研究生',
  '硕士研究生',
  '大学本科',
  '大学专科',
  '中等专科',
  '高中',
  '其他',
] as const;
export const DEGREES = ['博士', '硕士', '学士', '无'] as const;
export const TALENT_TYPES = ['专业技术人才', '技能人才', '其他'] as const;
export type TalentType = (typeof TALENT_TYPES)[number];
export const TITLE_LEVELS = ['正高级', '副高级', '中级', '初级'] as const;
export const SKILL_LEVELS = [
  '一级/高级技师',
  '二级/技师',
  '三级/高级工',
  '四级/中级工',
  '五级/初级工',
] as const;
export const TALENT_SOURCES = ['省内人才', '引进人才'] as const;
export const EMPLOYMENT_FORMS = ['全职', '柔性引进'] as const;
export const YES_NO = ['是', '否'] as const;
export const ETHNIC_GROUPS = [
  '汉族',
  '蒙古族',
  '回族',
  '藏族',
  '维吾尔族',
  '苗族',
  '彝族',
  '壮族',
  '布依族',
  '朝鲜族',
  '满族',
  '侗族',
  '瑶族',
  '白族',
  '土家族',
  '哈尼族',
  '哈萨克族',
  '傣族',
  '黎族',
  '傈僳族',
  '佤族',
  '畲族',
  '高山族',
  '拉祜族',
  '水族',
  '东乡族',
  '纳西族',
  '景颇族',
  '柯尔克孜族',
  '土族',
  '达斡尔族',
  '仫佬族',
  '羌族',
  '布朗族',
  '撒拉族',
  '毛南族',
  '仡佬族',
  '锡伯族',
  '阿昌族',
  '普米族',
  '塔吉克族',
  '怒族',
  '乌孜别克族',
  '俄罗斯族',
  '鄂温克族',
  '德昂族',
  '保安族',
  '裕固族',
  '京族',
  '塔塔尔族',
  '独龙族',
  '鄂伦春族',
  '赫哲族',
  '门巴族',
  '珞巴族',
  '基诺族',
  '其他',
] as const;
export const POLITICAL_STATUSES = [
  '中共党员',
  '中共预备党员',
  '共青团员',
  '民主党派',
  '无党派人士',
  '群众',
] as const;
export const LEVELS = ['国际级', '国家级', '省部级', '市（厅）级', '其他'] as const;

/** The modules in the order of the manual; the key is what the API and the database use. */
export const MODULE_KEYS = [
  'basic',
  'education',
  'training',
  'papers',
  'work',
  'partTime',
  'performance',
  'achievement',
  'honors',
  'awards',
] as const;
export type ModuleKey = (typeof MODULE_KEYS)[number];

/** Attachment slots that belong to the application rather than to an entry. */
export const APPLICATION_SLOTS = ['photo', 'idCard', 'other'] as const;
export type ApplicationSlot = (typeof APPLICATION_SLOTS)[number];
export type AttachmentSlot = ApplicationSlot | 'entry';

export type AttachmentType = 'jpg' | 'png' | 'pdf';

export interface AttachmentRule {
  /** fewest files each entry (or the slot) needs; 0 = optional */
  min: number;
  max: number;
  maxBytes: number;
  types: readonly AttachmentType[];
}

const MB = 1024 * 1024;
export const ATTACHMENT_MAX_BYTES = 10 * MB;
export const PHOTO_MAX_BYTES = 2 * MB;
const FILES = (min: number, max: number): AttachmentRule => ({
  min,
  max,
  maxBytes: ATTACHMENT_MAX_BYTES,
  types: ['jpg', 'png', 'pdf'],
});

export type ModuleKind = 'single' | 'entries' | 'text';

export interface ModuleDef {
  key: ModuleKey;
  /** A 基本信息, B 学习教育经历, C 工作经历及业绩信息, D 荣誉奖励信息 */
  group: 'A' | 'B' | 'C' | 'D';
  label: string;
  kind: ModuleKind;
  required: boolean;
  maxEntries: number;
  /** per entry; null = no attachments */
  attachments: AttachmentRule | null;
  fields: readonly FieldDef[];
  /** the fields an entry's row shows in its module's table */
  columns: readonly string[];
  /** a sentence under the module's title, from the manual */
  note: string;
}

export const MODULE_GROUPS = {
  A: '基本信息',
  B: '学习教育经历',
  C: '工作经历及业绩信息',
  D: '荣誉奖励信息',
} as const;

const date = (key: string, label: string, extra: Partial<FieldDef> = {}): FieldDef => ({
  key,
  label,
  kind: 'date',
  required: true,
  ...extra,
});
const text = (key: string, label: string, max = 100, extra: Partial<FieldDef> = {}): FieldDef => ({
  key,
  label,
  kind: 'text',
  required: true,
  max,
  ...extra,
});
const select = (
  key: string,
  label: string,
  options: readonly string[],
  extra: Partial<FieldDef> = {},
): FieldDef => ({ key, label, kind: 'select', required: true, options, ...extra });
const radio = (
  key: string,
  label: string,
  options: readonly string[],
  extra: Partial<FieldDef> = {},
): FieldDef => ({ key, label, kind: 'radio', required: true, options, ...extra });

const PROFESSIONAL = { field: 'talentType', in: ['专业技术人才'] } as const;
const SKILLED = { field: 'talentType', in: ['技能人才'] } as const;

/** 基本信息 (manual 3.2.2 A): the fields the applicant fills; 姓名, 证件类型 and 证件号码 come from the account. */
const BASIC_FIELDS: readonly FieldDef[] = [
  radio('gender', '性别', ['男', '女']),
  date('birthDate', '出生日期'),
  select('ethnicity', '民族', ETHNIC_GROUPS),
  select('politicalStatus', '政治面貌', POLITICAL_STATUSES),
  text('phone', '手机号码', 11),
  text('email', '电子邮箱', 100),
  text('position', '现从事专业/岗位', 100),
  select('education', '最高学历', EDUCATION_LEVELS),
  select('degree', '最高学位', DEGREES),
  radio('talentSource', '人才来源', TALENT_SOURCES),
  text('introducedFrom', '从何地(单位)引进', 100, { when: { field: 'talentSource', in: ['引进人才'] } }),
  radio('serviceType', '人才认定服务类型', ['首次认定', '晋升认定']),
  select('heldCategory', '已在吉认定人才类别', ['A', 'B', 'C', 'D', 'E'], {
    when: { field: 'serviceType', in: ['晋升认定'] },
  }),
  date('heldSince', '认定日期', { when: { field: 'serviceType', in: ['晋升认定'] } }),
  radio('longContract', '是否签订长期聘用合同（五年以上）', YES_NO),
  date('contractStart', '引进或聘用合同(协议)开始时间', { when: { field: 'longContract', in: ['否'] } }),
  radio('employmentForm', '用工形式', EMPLOYMENT_FORMS),
  select('category', '申报人才类别', ['A', 'B', 'C', 'D', 'E']),
  { key: 'basis', label: '申报依据', kind: 'catalogue', required: true, help: '请选择所申报类别中的条款' },
  radio('talentType', '专业技术与职业技能', TALENT_TYPES),
  text('titleName', '专业技术职称', 50, { when: PROFESSIONAL }),
  select('titleLevel', '职称级别', TITLE_LEVELS, { when: PROFESSIONAL }),
  date('titleDate', '取得时间', { when: PROFESSIONAL }),
  text('titleIssuer', '评审(发证)单位', 100, { when: PROFESSIONAL }),
  text('skillName', '职业资格或职业技能等级', 50, { when: SKILLED }),
  select('skillLevel', '等级', SKILL_LEVELS, { when: SKILLED }),
  date('skillDate', '取得时间', { when: SKILLED }),
  text('skillIssuer', '发证单位', 100, { when: SKILLED }),
];

export const MODULES: readonly ModuleDef[] = [
  {
    key: 'basic',
    group: 'A',
    label: '基本信息',
    kind: 'single',
    required: true,
    maxEntries: 1,
    attachments: null,
    fields: BASIC_FIELDS,
    columns: [],
    note: '填写基本信息后，点击保存，上传个人照片。带红色星号的是必填项。',
  },
  {
    key: 'education',
    group: 'B',
    label: '学习经历',
    kind: 'entries',
    required: true,
    maxEntries: 3,
    attachments: FILES(1, 3),
    fields: [
      date('startDate', '入学时间'),
      date('endDate', '毕业时间', { notBefore: 'startDate' }),
      text('school', '毕业学校'),
      text('major', '所学专业'),
      select('level', '学历', EDUCATION_LEVELS),
      select('degree', '学位', DEGREES),
      select('mode', '教育方式', ['全日制', '非全日制']),
    ],
    columns: ['startDate', 'endDate', 'school', 'major', 'level'],
    note: '必填，最多填写三条经历，每条须上传证明材料（附件），每条最多三个附件。',
  },
  {
    key: 'training',
    group: 'B',
    label: '继续教育(培训)经历',
    kind: 'entries',
    required: false,
    maxEntries: 3,
    attachments: FILES(1, 3),
    fields: [
      date('startDate', '开始时间'),
      date('endDate', '结束时间', { notBefore: 'startDate' }),
      select('mode', '学习方式', ['脱产', '在职', '线上', '其他']),
      text('institution', '培训机构'),
      { key: 'content', label: '学习内容', kind: 'textarea', required: true, max: 200 },
    ],
    columns: ['startDate', 'endDate', 'mode', 'institution'],
    note: '选填，最多填写三条经历，如果填写须上传证明材料（附件），每条最多三个附件。',
  },
  {
    key: 'papers',
    group: 'C',
    label: '论文著作',
    kind: 'entries',
    required: false,
    maxEntries: 3,
    attachments: FILES(1, 20),
    fields: [
      text('title', '论文题目/著作名称', 200),
      select('kind', '类型', ['论文', '专著', '译著', '编著']),
      date('publishedAt', '发表日期'),
      text('publication', '刊物名称/出版社', 100),
      select('rank', '本人排名', ['独著', '第一作者', '通讯作者', '第二作者', '第三作者', '其他']),
    ],
    columns: ['title', 'kind', 'publishedAt', 'publication'],
    note: '选填，最多填写三条，如果填写须上传证明材料（附件），每条最多二十个附件。',
  },
  {
    key: 'work',
    group: 'C',
    label: '工作经历',
    kind: 'entries',
    required: true,
    maxEntries: 3,
    attachments: null,
    fields: [
      date('startDate', '开始时间'),
      date('endDate', '结束时间', {
        required: false,
        notBefore: 'startDate',
        emptyText: '至今',
        help: '仍在职请留空（至今）',
      }),
      text('employer', '工作单位'),
      text('post', '工作岗位', 50),
      text('duty', '职务', 50, { required: false }),
    ],
    columns: ['startDate', 'endDate', 'employer', 'post'],
    note: '必填，最多填写三条经历，无需上传附件。',
  },
  {
    key: 'partTime',
    group: 'C',
    label: '专业兼职',
    kind: 'entries',
    required: false,
    maxEntries: 3,
    attachments: FILES(1, 3),
    fields: [
      text('organization', '兼职组织机构名称'),
      text('authority', '主管部门'),
      text('role', '担任职务', 50),
      date('startDate', '开始时间'),
      date('endDate', '结束时间', { required: false, notBefore: 'startDate', emptyText: '至今' }),
    ],
    columns: ['organization', 'authority', 'role', 'startDate'],
    note: '选填，最多填写三条，如果填写须上传证明材料（附件），每条最多三个附件。',
  },
  {
    key: 'performance',
    group: 'C',
    label: '企业人才业绩',
    kind: 'entries',
    required: false,
    maxEntries: 3,
    attachments: FILES(1, 3),
    fields: [
      {
        key: 'year',
        label: '业绩年度',
        kind: 'number',
        required: true,
        min: 1990,
        maxValue: 2100,
        help: '近三年，每年一条',
      },
      text('company', '企业规模名称'),
      text('duty', '本人职务', 50),
      {
        key: 'revenue',
        label: '企业营业收入（万元）',
        kind: 'number',
        required: false,
        min: 0,
        maxValue: 1e9,
      },
      { key: 'tax', label: '企业纳税额（万元）', kind: 'number', required: false, min: 0, maxValue: 1e9 },
      { key: 'summary', label: '业绩说明', kind: 'textarea', required: true, max: 300 },
    ],
    columns: ['year', 'company', 'duty'],
    note: '选填，企业人才填报近三年业绩，每年一条，如果填写须上传证明材料（附件），每条最多三个附件。',
  },
  {
    key: 'achievement',
    group: 'C',
    label: '创新创业成果（突出业绩）',
    kind: 'text',
    required: true,
    maxEntries: 1,
    attachments: null,
    fields: [{ key: 'text', label: '创新创业成果（突出业绩）', kind: 'textarea', required: true, max: 500 }],
    columns: [],
    note: '必填，填写内容不超过500字，填写完成后点击保存。',
  },
  {
    key: 'honors',
    group: 'D',
    label: '人才荣誉表彰',
    kind: 'entries',
    required: false,
    maxEntries: 3,
    attachments: FILES(1, 3),
    fields: [
      text('name', '荣誉表彰名称', 100),
      date('awardedAt', '授予日期'),
      text('grantor', '授予单位'),
      select('level', '级别', LEVELS),
    ],
    columns: ['name', 'awardedAt', 'grantor', 'level'],
    note: '选填，最多填写三条，如果填写须上传证明材料（附件），每条最多三个附件。',
  },
  {
    key: 'awards',
    group: 'D',
    label: '专业获奖',
    kind: 'entries',
    required: false,
    maxEntries: 10,
    attachments: FILES(1, 3),
    fields: [
      text('name', '奖项名称', 100),
      date('awardedAt', '授予日期'),
      text('grantor', '授予单位'),
      select('grade', '获奖等级', ['特等奖', '一等奖', '二等奖', '三等奖', '其他']),
      select('rank', '本人排名', ['第一完成人', '第二完成人', '第三完成人', '其他']),
    ],
    columns: ['name', 'awardedAt', 'grantor', 'grade'],
    note: '选填，最多填写十条，如果填写须上传证明材料（附件），每条最多三个附件。',
  },
];

/** Attachments of the application itself: the photo of 基本信息 and the 材料附件信息. */
export const SLOT_RULES: Record<ApplicationSlot, AttachmentRule & { label: string }> = {
  photo: { label: '个人照片', min: 1, max: 1, maxBytes: PHOTO_MAX_BYTES, types: ['jpg', 'png'] },
  idCard: { label: '身份证正反面', ...FILES(1, 2) },
  other: { label: '其他材料', ...FILES(0, 10) },
};

export function moduleDef(key: ModuleKey): ModuleDef {
  const def = MODULES.find((m) => m.key === key);
  if (!def) throw new Error(`unknown module ${key}`);
  return def;
}

export function isModuleKey(value: string): value is ModuleKey {
  return (MODULE_KEYS as readonly string[]).includes(value);
}

/** Does `field` show for these values (its condition holds, or it has none)? */
export function fieldVisible(field: FieldDef, values: Record<string, unknown>): boolean {
  if (!field.when) return true;
  const v = values[field.when.field];
  return typeof v === 'string' && field.when.in.includes(v);
}

/** The three lines of 格式要求, 大小要求 and 数量要求 that an upload dialog shows beside its file picker. */
export function attachmentRequirements(rule: AttachmentRule): {
  format: string;
  size: string;
  count: string;
} {
  const mb = rule.maxBytes / MB;
  return {
    format: `仅支持${rule.types.map((t) => (t === 'jpg' ? 'jpg、jpeg' : t)).join('、')}格式`,
    size: `单个文件不超过${mb}MB`,
    count:
      rule.min === rule.max
        ? `须上传${rule.max}个`
        : rule.min > 0
          ? `至少${rule.min}个，最多${rule.max}个`
          : `最多${rule.max}个`,
  };
}
