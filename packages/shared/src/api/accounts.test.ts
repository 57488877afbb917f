import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  accountStatusSchema,
  type DepartmentAccountCreate,
  departmentAccountCreateSchema,
  departmentAccountStageSchema,
  reviewerCreateSchema,
  supervisorOfStage,
} from './accounts.js';

/** Every issue as [field, message], in the order zod reports them; empty when the body is accepted. */
function issues(schema: z.ZodType, input: unknown): [string, string][] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}
function parsed(schema: z.ZodType, input: unknown): unknown {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(result.error.issues.map((issue) => issue.message).join('; '));
  return result.data;
}

const reviewer = { name: '王五', phone: '13900000003', password: 'Demo@2026' };
const SUPERVISOR = '0c6c9bd0-5b8f-4f3e-9d2a-6a1f6f3c2b10';
const departmentAccount = {
  username: 'zhangsan',
  name: '张三',
  departmentName: '吉林省人力资源和社会保障厅',
  role: 'dept_reviewer',
  password: 'Demo@2026',
};

describe('reviewerCreateSchema', () => {
  it('accepts a 单位审核人 and trims the name and phone', () => {
    expect(parsed(reviewerCreateSchema, reviewer)).toEqual(reviewer);
    expect(parsed(reviewerCreateSchema, { ...reviewer, name: ' 王五 ', phone: ' 13900000003 ' })).toEqual(
      reviewer,
    );
  });

  it.each([
    ['name', undefined, '请填写姓名'],
    ['name', 'Wang5', '姓名只能包含汉字、字母、空格和间隔号'],
    ['phone', undefined, '请填写手机号码'],
    ['phone', '13900000', '请输入正确的11位手机号码'],
    ['password', undefined, '请填写密码'],
    ['password', '', '请填写密码'],
    ['password', 'Demo@20', '密码长度不能少于8位'],
    ['password', 'demo2026', '密码须包含大写字母、小写字母、数字、特殊符号中的至少3类'],
    ['password', `Aa1@${'x'.repeat(61)}`, '密码长度不能超过64位'],
    ['password', 'Aa@13900000003', '密码不能包含账号'],
  ])('shows one message for %s = %j under that field', (field, value, message) => {
    expect(issues(reviewerCreateSchema, { ...reviewer, [field]: value })).toEqual([[field, message]]);
  });
});

describe('departmentAccountCreateSchema', () => {
  it('accepts a department account, which reviews 省人社厅审核 unless told otherwise', () => {
    expect(parsed(departmentAccountCreateSchema, departmentAccount)).toEqual({
      ...departmentAccount,
      reviewStage: 'province',
    });
    expect(
      parsed(departmentAccountCreateSchema, {
        ...departmentAccount,
        reviewStage: 'supervisor',
        supervisorId: SUPERVISOR,
      }),
    ).toMatchObject({ reviewStage: 'supervisor', supervisorId: SUPERVISOR });
  });

  it('asks for the 主管部门 of a 主管部门审核 account, and only then', () => {
    for (const supervisorId of [undefined, null]) {
      expect(
        issues(departmentAccountCreateSchema, {
          ...departmentAccount,
          reviewStage: 'supervisor',
          supervisorId,
        }),
      ).toEqual([['supervisorId', '审核环节为主管部门审核时，请选择主管部门']]);
    }
    expect(
      issues(departmentAccountCreateSchema, {
        ...departmentAccount,
        reviewStage: 'supervisor',
        supervisorId: 'x',
      }),
    ).toEqual([['supervisorId', '请选择主管部门']]);
    // any other stage has none, whatever the form sent
    const province = parsed(departmentAccountCreateSchema, {
      ...departmentAccount,
      supervisorId: SUPERVISOR,
    });
    expect(supervisorOfStage(province as DepartmentAccountCreate)).toBeNull();
    expect(supervisorOfStage({ reviewStage: 'supervisor', supervisorId: SUPERVISOR })).toBe(SUPERVISOR);
  });

  it('trims the 用户名 and writes it in lowercase', () => {
    expect(
      parsed(departmentAccountCreateSchema, { ...departmentAccount, username: ' ZhangSan_01 ' }),
    ).toMatchObject({
      username: 'zhangsan_01',
    });
  });

  it.each(['sys_admin', 'security_auditor', 'business_admin', 'dept_reviewer'])(
    'accepts the role %s',
    (role) => {
      expect(parsed(departmentAccountCreateSchema, { ...departmentAccount, role })).toMatchObject({ role });
    },
  );

  it.each(['abc', `a${'b'.repeat(31)}`, 'a_1'])('accepts the 用户名 %s (3 to 32 characters)', (username) => {
    expect(issues(departmentAccountCreateSchema, { ...departmentAccount, username })).toEqual([]);
  });

  it.each([
    ['username', undefined, '请填写用户名'],
    ['username', 'ab', '用户名为3至32位，以字母开头，只含字母、数字和下划线'],
    ['username', `a${'b'.repeat(32)}`, '用户名为3至32位，以字母开头，只含字母、数字和下划线'],
    ['username', '1abc', '用户名为3至32位，以字母开头，只含字母、数字和下划线'],
    ['username', '_abc', '用户名为3至32位，以字母开头，只含字母、数字和下划线'],
    ['username', 'zhang-san', '用户名为3至32位，以字母开头，只含字母、数字和下划线'],
    ['username', 'zhang san', '用户名为3至32位，以字母开头，只含字母、数字和下划线'],
    ['username', '张三', '用户名为3至32位，以字母开头，只含字母、数字和下划线'],
    ['name', undefined, '请填写姓名'],
    ['departmentName', undefined, '请填写所属部门'],
    ['departmentName', '  ', '请填写所属部门'],
    ['departmentName', '部'.repeat(101), '所属部门不能超过100个字'],
    ['role', undefined, '请选择角色'],
    ['role', 'applicant', '请选择角色'],
    ['role', 'employer_admin', '请选择角色'],
    ['password', undefined, '请填写密码'],
    ['password', 'demo@demo', '密码须包含大写字母、小写字母、数字、特殊符号中的至少3类'],
  ])('shows the message for %s = %j under that field', (field, value, message) => {
    expect(issues(departmentAccountCreateSchema, { ...departmentAccount, [field]: value })).toEqual([
      [field, message],
    ]);
  });

  it('asks for the name first when it is empty', () => {
    expect(issues(departmentAccountCreateSchema, { ...departmentAccount, name: '' })[0]).toEqual([
      'name',
      '请填写姓名',
    ]);
  });

  it.each([
    ['the 用户名', 'Zhangsan@2026'],
    ['the 用户名 in capitals', 'ZHANGSAN@2026a'],
  ])('refuses a password containing %s', (_, password) => {
    expect(issues(departmentAccountCreateSchema, { ...departmentAccount, password })).toEqual([
      ['password', '密码不能包含账号'],
    ]);
  });

  it('compares the password with the 用户名 as it is stored (lowercase, trimmed)', () => {
    expect(
      issues(departmentAccountCreateSchema, {
        ...departmentAccount,
        username: ' ZhangSan ',
        password: 'zhangsan@2026A',
      }),
    ).toEqual([['password', '密码不能包含账号']]);
  });
});

describe('departmentAccountStageSchema', () => {
  it('changes the 审核环节, with a 主管部门 for 主管部门审核', () => {
    expect(parsed(departmentAccountStageSchema, {})).toEqual({ reviewStage: 'province' });
    expect(
      parsed(departmentAccountStageSchema, { reviewStage: 'supervisor', supervisorId: SUPERVISOR }),
    ).toEqual({
      reviewStage: 'supervisor',
      supervisorId: SUPERVISOR,
    });
    expect(issues(departmentAccountStageSchema, { reviewStage: 'supervisor' })).toEqual([
      ['supervisorId', '审核环节为主管部门审核时，请选择主管部门'],
    ]);
    expect(issues(departmentAccountStageSchema, { reviewStage: 'employer' })).toEqual([
      ['reviewStage', '请选择审核环节'],
    ]);
  });
});

describe('accountStatusSchema', () => {
  it.each([true, false])('accepts enabled = %s', (enabled) => {
    expect(parsed(accountStatusSchema, { enabled })).toEqual({ enabled });
  });

  it.each([[undefined], ['true'], [1], [null]])(
    'asks to choose 启用 or 停用 when enabled is %j',
    (enabled) => {
      expect(issues(accountStatusSchema, { enabled })).toEqual([['enabled', '请选择启用或停用']]);
    },
  );
});
