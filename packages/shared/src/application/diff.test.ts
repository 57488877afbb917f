import { describe, expect, it } from 'vitest';
import { diffSnapshots } from './diff.js';
import type { ApplicationSnapshot } from './validation.js';

const education = {
  startDate: '2008-09-01',
  endDate: '2012-07-01',
  school: '吉林大学',
  major: '计算机',
  level: '大学本科',
  degree: '学士',
  mode: '全日制',
};

const before: ApplicationSnapshot = {
  modules: { basic: { position: '工程师', category: 'D' }, achievement: { text: '成果一' } },
  entries: [
    { id: 'e1', module: 'education', values: education, attachmentCount: 1 },
    {
      id: 'w1',
      module: 'work',
      values: { startDate: '2012-07-15', employer: '甲公司', post: '开发' },
      attachmentCount: 0,
    },
  ],
  slots: { photo: 1, idCard: 1, other: 0 },
};

describe('diffSnapshots', () => {
  it('is empty when nothing changed', () => {
    expect(diffSnapshots(before, structuredClone(before))).toEqual([]);
  });

  it('names each changed field with before and after, module by module', () => {
    const after = structuredClone(before);
    after.modules.basic = { position: '高级工程师', category: 'D' };
    const first = after.entries[0];
    if (first) {
      first.values = { ...education, school: '东北师范大学' };
      first.attachmentCount = 2;
    }
    after.entries = [
      ...after.entries,
      { id: 'e2', module: 'education', values: education, attachmentCount: 1 },
    ];
    after.entries = after.entries.filter((e) => e.id !== 'w1');
    after.slots.other = 2;
    const diff = diffSnapshots(before, after);
    expect(diff.map((m) => m.label)).toEqual(['基本信息', '学习经历', '工作经历', '材料附件信息']);
    expect(diff[0]?.changes[0]?.fields).toEqual([
      { label: '现从事专业/岗位', before: '工程师', after: '高级工程师' },
    ]);
    expect(diff[1]?.changes).toEqual([
      {
        kind: '修改',
        title: '第1条',
        fields: [
          { label: '毕业学校', before: '吉林大学', after: '东北师范大学' },
          { label: '附件', before: '1个', after: '2个' },
        ],
      },
      expect.objectContaining({ kind: '新增', title: '第2条' }),
    ]);
    expect(diff[2]?.changes[0]).toMatchObject({ kind: '删除', title: '原第1条' });
    expect(diff[3]?.changes[0]?.fields).toEqual([{ label: '其他材料', before: '0个', after: '2个' }]);
  });

  it('reports a new photo and a changed 创新创业成果', () => {
    const after = structuredClone(before);
    after.slots.photo = 0;
    after.modules.achievement = { text: '成果二' };
    const diff = diffSnapshots(before, after);
    expect(diff.find((m) => m.section === 'basic')?.changes[0]?.fields).toEqual([
      { label: '个人照片', before: '1个', after: '0个' },
    ]);
    expect(diff.find((m) => m.section === 'achievement')?.changes[0]?.fields[0]).toMatchObject({
      before: '成果一',
      after: '成果二',
    });
  });
});
