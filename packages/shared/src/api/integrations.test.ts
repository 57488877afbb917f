import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { checkIpAllowEntry, integrationClientSchema, integrationSearchSchema } from './integrations.js';

function issues(schema: z.ZodType, input: unknown): [string, string][] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

const client = {
  name: '吉林省电子证照库',
  scopes: ['certificates:read', 'certificates:webhook'],
  allowedIps: ['10.1.2.3'],
  webhookUrl: 'https://zzk.jl.gov.cn/hooks/rcpd',
};

describe('checkIpAllowEntry', () => {
  it.each([
    ['10.1.2.3', '10.1.2.3'],
    [' 10.1.0.0/16 ', '10.1.0.0/16'],
    ['0.0.0.0', '0.0.0.0'],
    ['255.255.255.255/32', '255.255.255.255/32'],
    ['2001:DB8::1', '2001:db8::1'],
    ['2001:db8::/32', '2001:db8::/32'],
    ['::1', '::1'],
    ['::', '::'],
    ['::ffff:10.0.0.1', '::ffff:10.0.0.1'],
    ['fe80:0:0:0:0:0:0:1/128', 'fe80:0:0:0:0:0:0:1/128'],
  ])('accepts %s', (raw, value) => {
    expect(checkIpAllowEntry(raw)).toEqual({ ok: true, value });
  });

  it.each([
    '1.2.3.256',
    '1.2.3',
    '01.2.3.4',
    '1.2.3.4.5',
    'example.com',
    '2001:db8:::1',
    '2001:db8::1::2',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7',
    '12345::1',
    '10.0.0.0/16/1',
    '',
  ])('refuses %s with a Chinese message', (raw) => {
    const check = checkIpAllowEntry(raw);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(/不是有效的IP地址或网段/);
  });

  it('refuses a prefix past the family, or one that opens every address', () => {
    expect(checkIpAllowEntry('10.0.0.0/33')).toEqual({
      ok: false,
      message: '“10.0.0.0/33”的网段前缀应为1至32',
    });
    expect(checkIpAllowEntry('::/129')).toEqual({ ok: false, message: '“::/129”的网段前缀应为1至128' });
    expect(checkIpAllowEntry('0.0.0.0/0')).toEqual({
      ok: false,
      message: '“0.0.0.0/0”放行全部地址，请填写具体的地址或网段',
    });
  });
});

describe('integrationClientSchema', () => {
  it('normalises: scopes in a fixed order, entries trimmed, blanks and repeats dropped, the default limit', () => {
    const parsed = integrationClientSchema.parse({
      ...client,
      scopes: ['certificates:webhook', 'certificates:read', 'certificates:read'],
      allowedIps: [' 10.1.2.3', '', '10.1.2.3', '2001:DB8::/32'],
    });
    expect(parsed).toEqual({
      ...client,
      allowedIps: ['10.1.2.3', '2001:db8::/32'],
      rateLimitPerMinute: 600,
    });
  });

  it('accepts an empty allow-list (every call is then refused) and a reader without a webhook', () => {
    expect(
      integrationClientSchema.parse({ name: '吉事办', scopes: ['certificates:read'], allowedIps: [] }),
    ).toMatchObject({ allowedIps: [], webhookUrl: null });
  });

  it('says what is wrong, field by field, in Chinese', () => {
    expect(issues(integrationClientSchema, { ...client, name: ' ', scopes: [] })).toEqual([
      ['name', '请填写客户端名称'],
      ['scopes', '请至少选择一项权限'],
    ]);
    expect(issues(integrationClientSchema, { ...client, scopes: ['certificates:write'] })).toEqual([
      ['scopes.0', '权限只能是证书查询或证书状态变更推送'],
    ]);
    expect(issues(integrationClientSchema, { ...client, allowedIps: ['10.0.0.1', '10.0.0.300'] })).toEqual([
      ['allowedIps', '“10.0.0.300”不是有效的IP地址或网段（如 10.1.2.3、10.1.0.0/16、2001:db8::/32）'],
    ]);
    expect(issues(integrationClientSchema, { ...client, webhookUrl: 'ftp://x.cn/h' })).toEqual([
      ['webhookUrl', '回调地址应以 https:// 开头'],
    ]);
    expect(issues(integrationClientSchema, { ...client, webhookUrl: 'https://u:p@x.cn/h' })).toEqual([
      ['webhookUrl', '回调地址不能包含用户名或密码'],
    ]);
    expect(issues(integrationClientSchema, { ...client, webhookUrl: '' })).toEqual([
      ['webhookUrl', '开通证书状态变更推送时请填写回调地址'],
    ]);
    expect(issues(integrationClientSchema, { ...client, scopes: ['certificates:read'] })).toEqual([
      ['webhookUrl', '只有开通证书状态变更推送的客户端需要回调地址'],
    ]);
    expect(issues(integrationClientSchema, { ...client, rateLimitPerMinute: 0.5 })).toEqual([
      ['rateLimitPerMinute', '每分钟调用上限须为整数'],
    ]);
  });
});

describe('integrationSearchSchema', () => {
  it('takes a 证件号码 of letters and digits, in upper case', () => {
    expect(integrationSearchSchema.parse({ idNumber: ' 11010519491231002x ' })).toEqual({
      idNumber: '11010519491231002X',
    });
    expect(issues(integrationSearchSchema, {})).toEqual([['idNumber', '请提供证件号码（idNumber）']]);
    expect(issues(integrationSearchSchema, { idNumber: '2201 02' })).toEqual([
      ['idNumber', '证件号码只能包含字母和数字'],
    ]);
  });
});
