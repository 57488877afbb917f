import { describe, expect, it } from 'vitest';
import {
  APPLICATION_SLOTS,
  ATTACHMENT_MAX_BYTES,
  attachmentRequirements,
  type FieldDef,
  fieldVisible,
  isModuleKey,
  MODULE_GROUPS,
  MODULE_KEYS,
  MODULES,
  type ModuleKey,
  moduleDef,
  PHOTO_MAX_BYTES,
  SLOT_RULES,
} from './modules.js';

const MB = 1024 * 1024;

describe('module definitions', () => {
  it('lists every module once, in the order of the manual', () => {
    expect(MODULES.map((m) => m.key)).toEqual([...MODULE_KEYS]);
    expect(MODULES.map((m) => `${m.group} ${m.label}`)).toEqual([
      'A 基本信息',
      'B 学习经历',
      'B 继续教育(培训)经历',
      'C 论文著作',
      'C 工作经历',
      'C 专业兼职',
      'C 企业人才业绩',
      'C 创新创业成果（突出业绩）',
      'D 人才荣誉表彰',
      'D 专业获奖',
    ]);
    expect(Object.values(MODULE_GROUPS)).toEqual([
      '基本信息',
      '学习教育经历',
      '工作经历及业绩信息',
      '荣誉奖励信息',
    ]);
  });

  describe.each(MODULES.map((m) => [m.key, m] as const))('%s', (_, def) => {
    const keys = def.fields.map((f) => f.key);

    it('has unique field keys and at least one field', () => {
      expect(keys.length).toBeGreaterThan(0);
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('makes every condition and every notBefore refer to another field of the module', () => {
      for (const field of def.fields) {
        if (field.when) {
          expect(keys, `${field.key}.when`).toContain(field.when.field);
          expect(field.when.field).not.toBe(field.key);
          const controller = def.fields.find((f) => f.key === field.when?.field);
          // the condition's values are choices of the controlling field
          for (const v of field.when.in) expect(controller?.options).toContain(v);
        }
        if (field.notBefore) {
          expect(keys, `${field.key}.notBefore`).toContain(field.notBefore);
          expect(def.fields.find((f) => f.key === field.notBefore)?.kind).toBe('date');
          expect(field.kind).toBe('date');
        }
      }
    });

    it('gives every choice field its options, and text fields a maximum length', () => {
      for (const field of def.fields) {
        if (field.kind === 'select' || field.kind === 'radio') {
          expect(field.options?.length, field.key).toBeGreaterThan(1);
          expect(new Set(field.options).size).toBe(field.options?.length);
        }
        if (field.kind === 'text' || field.kind === 'textarea')
          expect(field.max, field.key).toBeGreaterThan(0);
      }
    });

    it('shows only the columns it has', () => {
      for (const column of def.columns) expect(keys).toContain(column);
      expect(def.columns.length > 0).toBe(def.kind === 'entries');
    });

    it('has a note from the manual', () => {
      expect(def.note).not.toBe('');
    });
  });

  it('keeps the limits of SPEC §6: required modules, most entries, attachments per entry', () => {
    const table = Object.fromEntries(
      MODULES.map((m) => [
        m.key,
        [m.required, m.maxEntries, m.attachments ? `${m.attachments.min}–${m.attachments.max}` : 'none'],
      ]),
    );
    expect(table).toEqual({
      basic: [true, 1, 'none'],
      education: [true, 3, '1–3'],
      training: [false, 3, '1–3'],
      papers: [false, 3, '1–20'],
      work: [true, 3, 'none'],
      partTime: [false, 3, '1–3'],
      performance: [false, 3, '1–3'],
      achievement: [true, 1, 'none'],
      honors: [false, 3, '1–3'],
      awards: [false, 10, '1–3'],
    });
  });

  it('accepts jpg, png and pdf of at most 10 MB for every entry attachment', () => {
    expect(ATTACHMENT_MAX_BYTES).toBe(10 * 1024 * 1024);
    for (const def of MODULES) {
      if (!def.attachments) continue;
      expect(def.attachments.maxBytes, def.key).toBe(10 * MB);
      expect(def.attachments.types, def.key).toEqual(['jpg', 'png', 'pdf']);
    }
  });

  it('keeps the limits of the application slots: photo, 身份证正反面, 其他材料', () => {
    expect(APPLICATION_SLOTS).toEqual(['photo', 'idCard', 'other']);
    expect(PHOTO_MAX_BYTES).toBe(2 * 1024 * 1024);
    expect(SLOT_RULES).toEqual({
      photo: { label: '个人照片', min: 1, max: 1, maxBytes: 2 * MB, types: ['jpg', 'png'] },
      idCard: { label: '身份证正反面', min: 1, max: 2, maxBytes: 10 * MB, types: ['jpg', 'png', 'pdf'] },
      other: { label: '其他材料', min: 0, max: 10, maxBytes: 10 * MB, types: ['jpg', 'png', 'pdf'] },
    });
  });

  it('makes the rules of 基本信息 conditional as the manual says', () => {
    const when = Object.fromEntries(
      moduleDef('basic')
        .fields.filter((f) => f.when)
        .map((f) => [f.key, `${f.when?.field}=${f.when?.in.join('|')}`]),
    );
    expect(when).toEqual({
      introducedFrom: 'talentSource=引进人才',
      heldCategory: 'serviceType=晋升认定',
      heldSince: 'serviceType=晋升认定',
      contractStart: 'longContract=否',
      titleName: 'talentType=专业技术人才',
      titleLevel: 'talentType=专业技术人才',
      titleDate: 'talentType=专业技术人才',
      titleIssuer: 'talentType=专业技术人才',
      skillName: 'talentType=技能人才',
      skillLevel: 'talentType=技能人才',
      skillDate: 'talentType=技能人才',
      skillIssuer: 'talentType=技能人才',
    });
  });

  it('lets 工作经历 and 专业兼职 go on 至今 without an end date', () => {
    const end = (key: ModuleKey) => moduleDef(key).fields.find((f) => f.key === 'endDate');
    expect(end('work')).toMatchObject({ required: false, notBefore: 'startDate', emptyText: '至今' });
    expect(end('partTime')).toMatchObject({ required: false, notBefore: 'startDate', emptyText: '至今' });
    expect(end('education')).toMatchObject({ required: true, notBefore: 'startDate' });
  });

  it('limits 创新创业成果 to one text of 500 characters', () => {
    expect(moduleDef('achievement').fields).toEqual([
      { key: 'text', label: '创新创业成果（突出业绩）', kind: 'textarea', required: true, max: 500 },
    ]);
  });
});

describe('moduleDef and isModuleKey', () => {
  it('finds a module by its key', () => {
    expect(moduleDef('work').label).toBe('工作经历');
    expect(moduleDef('awards').maxEntries).toBe(10);
  });

  it('throws on a key that is not a module', () => {
    expect(() => moduleDef('photo' as ModuleKey)).toThrow('unknown module photo');
  });

  it('tells module keys from other strings', () => {
    for (const key of MODULE_KEYS) expect(isModuleKey(key)).toBe(true);
    expect(isModuleKey('photo')).toBe(false);
    expect(isModuleKey('Basic')).toBe(false);
    expect(isModuleKey('')).toBe(false);
  });
});

describe('fieldVisible', () => {
  const plain: FieldDef = { key: 'school', label: '毕业学校', kind: 'text', required: true };
  const introducedFrom = moduleDef('basic').fields.find((f) => f.key === 'introducedFrom');
  if (!introducedFrom) throw new Error('introducedFrom missing');

  it('shows a field without a condition whatever the values', () => {
    expect(fieldVisible(plain, {})).toBe(true);
  });

  it('shows a conditional field only while its controlling field holds one of its values', () => {
    expect(fieldVisible(introducedFrom, { talentSource: '引进人才' })).toBe(true);
    expect(fieldVisible(introducedFrom, { talentSource: '省内人才' })).toBe(false);
    expect(fieldVisible(introducedFrom, {})).toBe(false);
    expect(fieldVisible(introducedFrom, { talentSource: 1 })).toBe(false);
  });
});

describe('attachmentRequirements', () => {
  it('describes an entry upload: 格式要求, 大小要求, 数量要求', () => {
    expect(attachmentRequirements(moduleDef('education').attachments!)).toEqual({
      format: '仅支持jpg、jpeg、png、pdf格式',
      size: '单个文件不超过10MB',
      count: '至少1个，最多3个',
    });
    expect(attachmentRequirements(moduleDef('papers').attachments!).count).toBe('至少1个，最多20个');
  });

  it('describes the photo', () => {
    expect(attachmentRequirements(SLOT_RULES.photo)).toEqual({
      format: '仅支持jpg、jpeg、png格式',
      size: '单个文件不超过2MB',
      count: '须上传1个',
    });
  });

  it('describes the application slots', () => {
    expect(attachmentRequirements(SLOT_RULES.idCard).count).toBe('至少1个，最多2个');
    expect(attachmentRequirements(SLOT_RULES.other)).toEqual({
      format: '仅支持jpg、jpeg、png、pdf格式',
      size: '单个文件不超过10MB',
      count: '最多10个',
    });
  });
});
