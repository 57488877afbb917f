import { describe, expect, it } from 'vitest';
import { carriedIssueMessage, carryBasicValues, carryOverSource, promotionFill } from './carry-over.js';
import { validateApplication } from './validation.js';

const D1 = '11111111-1111-4111-8111-111111111111';
const C1 = '22222222-2222-4222-8222-222222222222';
const catalogue = [
  { id: D1, category: 'D' as const },
  { id: C1, category: 'C' as const },
];
const basic = { serviceType: '首次认定', category: 'D', basis: D1, position: '工程师' };

describe('carryOverSource', () => {
  it('is the latest submitted application, never a draft, and none without one', () => {
    expect(carryOverSource([])).toBeNull();
    expect(carryOverSource([{ id: 'draft', submittedAt: null }])).toBeNull();
    const picked = carryOverSource([
      { id: 'old', submittedAt: '2024-05-01T00:00:00Z' },
      { id: 'draft', submittedAt: null },
      { id: 'new', submittedAt: new Date('2025-05-01T00:00:00Z') },
    ]);
    expect(picked?.id).toBe('new');
  });
});

describe('carryBasicValues', () => {
  it('carries what still holds as it was, with nothing to note', () => {
    const out = carryBasicValues(basic, {
      serviceTypes: ['首次认定', '晋升认定'],
      catalogue,
      certificate: null,
    });
    expect(out).toEqual({ values: basic, notes: [] });
  });

  it('leaves a disabled or removed 申报依据 empty and says so', () => {
    const out = carryBasicValues(basic, {
      serviceTypes: ['首次认定'],
      catalogue: [catalogue[1]!],
      certificate: null,
    });
    expect(out.values.basis).toBeUndefined();
    expect(out.values.category).toBe('D');
    expect(out.notes).toEqual(['上次选择的申报依据已停用或不存在，请重新选择申报依据']);
  });

  it('a certificate makes it 晋升认定 from it; a category not above the one held is left empty', () => {
    const out = carryBasicValues(basic, {
      serviceTypes: ['首次认定', '晋升认定'],
      catalogue,
      certificate: { category: 'D', issuedOn: '2025-03-01' },
    });
    expect(out.values).toMatchObject({ serviceType: '晋升认定', heldCategory: 'D', heldSince: '2025-03-01' });
    expect(out.values.category).toBeUndefined();
    expect(out.values.basis).toBeUndefined();
    expect(out.notes).toHaveLength(2);
    const higher = carryBasicValues(
      { ...basic, category: 'C', basis: C1 },
      { serviceTypes: ['晋升认定'], catalogue, certificate: { category: 'D', issuedOn: '2025-03-01' } },
    );
    expect([higher.values.category, higher.values.basis]).toEqual(['C', C1]);
  });

  it('drops a 服务类型 the new notice does not accept, and with it the held category', () => {
    const out = carryBasicValues(
      { ...basic, serviceType: '晋升认定', heldCategory: 'C', heldSince: '2020-01-01', category: 'B' },
      { serviceTypes: ['首次认定'], catalogue, certificate: null },
    );
    expect([out.values.serviceType, out.values.heldCategory, out.values.heldSince]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(out.notes[0]).toBe('本次申报通知不受理晋升认定，请重新选择人才认定服务类型');
  });
});

describe('数据验证信息 of carried modules', () => {
  it('asks to look at each module still marked 已带入, in the order of the page', () => {
    const issues = validateApplication(
      { modules: {}, entries: [], slots: { photo: 0, idCard: 0, other: 0 }, carried: ['work', 'basic'] },
      { today: new Date('2026-06-01'), history: [], exception: false },
    );
    const carried = issues.filter((i) => i.message.includes('带入'));
    expect(carried).toEqual([
      { section: 'basic', message: carriedIssueMessage('basic') },
      { section: 'work', message: carriedIssueMessage('work') },
    ]);
    expect(carriedIssueMessage('work')).toBe(
      '工作经历为带入的上次申报信息，请核对：修改并保存，或点击“核对无误”',
    );
  });
});

describe('promotionFill', () => {
  const held = { category: 'D' as const, issuedOn: '2025-03-01' };
  it('fills 已在吉认定人才类别 and 认定日期 from the certificate when 晋升认定 is chosen by hand', () => {
    expect(promotionFill({ serviceType: '晋升认定' }, held)).toEqual({
      heldCategory: 'D',
      heldSince: '2025-03-01',
    });
  });
  it('keeps what the applicant typed, and does nothing for 首次认定 or without a certificate', () => {
    expect(promotionFill({ serviceType: '晋升认定', heldCategory: 'E' }, held)).toEqual({
      heldSince: '2025-03-01',
    });
    expect(promotionFill({ serviceType: '首次认定' }, held)).toEqual({});
    expect(promotionFill({ serviceType: '晋升认定' }, null)).toEqual({});
  });
});
