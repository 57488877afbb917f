import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../modules/audit/audit.service.js';
import {
  Client,
  createTestApp,
  mobile,
  PASSWORD,
  TEST_CAPTCHA,
  type TestContext,
  uscc,
} from '../test/harness.js';
import {
  CJK,
  expectError,
  signedInAdmin,
  signedInBusiness,
  signedInEmployer,
  signedInPerson,
} from '../test/helpers.js';
import { unstorableTextPath } from './errors.js';

let ctx: TestContext;
let person: Client;
let employer: Client;
let admin: Client;
let business: Client;
const reviewerId = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  ctx = await createTestApp();
  person = (await signedInPerson(ctx)).client;
  employer = (await signedInEmployer(ctx)).client;
  admin = await signedInAdmin(ctx);
  business = await signedInBusiness(ctx);
});
afterAll(() => ctx.close());

type Who = 'anonymous' | 'person' | 'employer' | 'admin' | 'business';
interface Endpoint {
  method: 'POST' | 'PATCH' | 'PUT';
  url: string;
  who: Who;
  fields: string[];
}

/** Every endpoint that takes a body, with the fields of its body. */
const ENDPOINTS: Endpoint[] = [
  {
    method: 'POST',
    url: '/api/auth/sms-code',
    who: 'anonymous',
    fields: ['purpose', 'portal', 'phone', 'account', 'captchaId', 'captchaCode'],
  },
  {
    method: 'POST',
    url: '/api/auth/register/person',
    who: 'anonymous',
    fields: ['idType', 'idNumber', 'name', 'phone', 'smsCode', 'password', 'passwordConfirm'],
  },
  {
    method: 'POST',
    url: '/api/auth/register/employer',
    who: 'anonymous',
    fields: ['employerName', 'uscc', 'operatorName', 'phone', 'smsCode', 'password', 'passwordConfirm'],
  },
  {
    method: 'POST',
    url: '/api/auth/login',
    who: 'anonymous',
    fields: ['portal', 'account', 'password', 'captchaId', 'captchaCode'],
  },
  { method: 'POST', url: '/api/auth/logout', who: 'anonymous', fields: [] },
  {
    method: 'POST',
    url: '/api/auth/password-reset',
    who: 'anonymous',
    fields: ['portal', 'account', 'phone', 'smsCode', 'password', 'passwordConfirm'],
  },
  {
    method: 'POST',
    url: '/api/auth/password',
    who: 'person',
    fields: ['oldPassword', 'password', 'passwordConfirm'],
  },
  { method: 'POST', url: '/api/employer/reviewers', who: 'employer', fields: ['name', 'phone', 'password'] },
  { method: 'PATCH', url: `/api/employer/reviewers/${reviewerId}`, who: 'employer', fields: ['enabled'] },
  {
    method: 'POST',
    url: '/api/department/accounts',
    who: 'admin',
    fields: ['username', 'name', 'departmentName', 'role', 'password'],
  },
  { method: 'PATCH', url: `/api/department/accounts/${reviewerId}`, who: 'admin', fields: ['enabled'] },
  { method: 'POST', url: '/api/person/bindings', who: 'person', fields: ['employerId'] },
  {
    method: 'POST',
    url: `/api/employer/bindings/${reviewerId}/decision`,
    who: 'employer',
    fields: ['decision', 'opinion'],
  },
  {
    method: 'POST',
    url: '/api/department/notices',
    who: 'business',
    fields: ['title', 'body', 'startAt', 'endAt', 'serviceTypes'],
  },
  { method: 'PUT', url: '/api/department/declaration-guide', who: 'business', fields: ['text'] },
  {
    method: 'POST',
    url: '/api/department/catalogue/items',
    who: 'business',
    fields: ['category', 'code', 'text', 'sort'],
  },
  {
    method: 'PATCH',
    url: `/api/department/catalogue/items/${reviewerId}`,
    who: 'business',
    fields: ['enabled'],
  },
];

function clientFor(who: Who): Client {
  if (who === 'person') return person;
  if (who === 'employer') return employer;
  if (who === 'admin') return admin;
  if (who === 'business') return business;
  return new Client(ctx.app);
}

/** Sends a raw body with the right CSRF token for the client. */
async function sendRaw(endpoint: Endpoint, payload: string | Buffer, contentType?: string) {
  const client = clientFor(endpoint.who);
  if (!client.csrfToken) await client.session();
  return client.request({
    method: endpoint.method,
    url: endpoint.url,
    headers: {
      'x-csrf-token': client.csrfToken ?? '',
      ...(contentType ? { 'content-type': contentType } : {}),
    },
    payload,
  });
}

/** No 5xx, and a JSON error body with a code and a Chinese message (or a success). */
function expectHandled(response: LightMyRequestResponse, label: string) {
  expect(response.statusCode, `${label}: ${response.body}`).toBeLessThan(500);
  expect(response.headers['content-type'], label).toMatch(/^application\/json/);
  if (response.statusCode >= 400) {
    const body = response.json<{ code: string; message: string }>();
    expect(typeof body.code, label).toBe('string');
    expect(body.message, label).toMatch(CJK);
    expect(response.body, label).not.toMatch(/stack|at .*\.js|Error:/);
  }
}

const JSON_TYPE = 'application/json';
const bodyOf = (fields: string[], value: unknown) =>
  JSON.stringify(Object.fromEntries(fields.map((f) => [f, value])));

describe('no request produces a 5xx', () => {
  for (const endpoint of ENDPOINTS) {
    describe(`${endpoint.method} ${endpoint.url}`, () => {
      it('answers malformed JSON, an empty body and a JSON with a poisoned prototype with 400', async () => {
        for (const [payload, label] of [
          ['{"phone": "1390', 'malformed'],
          ['{', 'one brace'],
          ['', 'empty'],
          ['{"__proto__": {"admin": true}}', '__proto__'],
          ['{"constructor": {"prototype": {"admin": true}}}', 'constructor.prototype'],
        ] as const) {
          const response = await sendRaw(endpoint, payload, JSON_TYPE);
          expectHandled(response, label);
          expect(response.statusCode, label).toBe(400);
        }
      });

      it('answers a body that is not an object (array, null, string, number) with a Chinese message', async () => {
        for (const payload of ['[]', '[1,2,3]', 'null', '"text"', '42', 'true']) {
          const response = await sendRaw(endpoint, payload, JSON_TYPE);
          expectHandled(response, payload);
          if (endpoint.fields.length > 0) {
            const body = expectError(response, 400, 'VALIDATION_FAILED');
            expect(body.message).toBe('请求格式不正确');
          }
        }
      });

      it('answers a body over 1 MB with 413', async () => {
        const huge = JSON.stringify({ [endpoint.fields[0] ?? 'x']: 'x'.repeat(1024 * 1024 + 10) });
        const response = await sendRaw(endpoint, huge, JSON_TYPE);
        const body = expectError(response, 413, 'PAYLOAD_TOO_LARGE');
        expect(body.message).toBe('提交的内容过大');
      });

      it('answers a wrong content type without a 5xx', async () => {
        for (const [type, payload] of [
          ['application/xml', '<a>1</a>'],
          ['application/x-www-form-urlencoded', 'a=1&b=2'],
          ['multipart/form-data; boundary=x', '--x--'],
          ['text/plain', 'hello'],
          ['application/json; charset=utf-16', '{}'],
        ] as const) {
          const response = await sendRaw(endpoint, payload, type);
          expectHandled(response, type);
          if (type !== 'text/plain' && !type.includes('json')) {
            expectError(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
          }
        }
        const noType = await sendRaw(endpoint, Buffer.from('hello'));
        expectHandled(noType, 'no content type');
      });

      it('answers every field of a wrong type, null or very long, in Chinese', async () => {
        if (endpoint.fields.length === 0) return;
        const values: unknown[] = [
          null,
          0,
          1e308,
          -1,
          true,
          false,
          {},
          [],
          ['a'],
          { a: { b: 1 } },
          'x'.repeat(100_000),
          ' ',
          '',
        ];
        for (const value of values) {
          const response = await sendRaw(endpoint, bodyOf(endpoint.fields, value), JSON_TYPE);
          expectHandled(response, JSON.stringify(value).slice(0, 40));
          // { enabled: true | false } is a valid change of an account that does not exist
          expect(response.statusCode).toBe(
            typeof value === 'boolean' && endpoint.method === 'PATCH' ? 404 : 400,
          );
          const body = response.json<{ fields?: { path: string; message: string }[] }>();
          for (const f of body.fields ?? []) expect(f.message, f.path).toMatch(CJK);
        }
      });

      it('refuses text the database cannot store (NUL, a lone surrogate) under the field', async () => {
        if (endpoint.fields.length === 0) return;
        for (const bad of ['a\u0000b', '\ud800', 'x\udc00y']) {
          for (const field of endpoint.fields) {
            const response = await sendRaw(endpoint, JSON.stringify({ [field]: bad }), JSON_TYPE);
            const body = expectError(response, 400, 'VALIDATION_FAILED', field);
            expect(body.message).toBe('包含无法识别的字符，请检查后重新输入');
          }
        }
      });

      it('ignores unknown fields and deep nesting without a 5xx', async () => {
        const extra = JSON.stringify({
          role: 'sys_admin',
          enabled: 'yes',
          __meta: { deep: [[[[[]]]]] },
          id: reviewerId,
        });
        expectHandled(await sendRaw(endpoint, extra, JSON_TYPE), 'extra fields');
        const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
        expectHandled(await sendRaw(endpoint, deep, JSON_TYPE), 'deep array');
        const deepObject = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
        expectHandled(await sendRaw(endpoint, deepObject, JSON_TYPE), 'deep object');
      });
    });
  }
});

describe('text the database cannot store, deep inside otherwise valid requests', () => {
  it('refuses it at sign-in on every portal, before it reaches a query', async () => {
    for (const portal of ['person', 'employer', 'department']) {
      const client = new Client(ctx.app);
      const response = await client.post('/api/auth/login', {
        portal,
        account: `${uscc().slice(0, 10)}\u0000`,
        password: PASSWORD,
        captchaId: await client.captcha(),
        captchaCode: TEST_CAPTCHA,
      });
      expectError(response, 400, 'VALIDATION_FAILED', 'account');
    }
  });

  it('refuses it in an employer name and a department name, and the audit chain stays whole', async () => {
    const client = new Client(ctx.app);
    const registered = await client.post('/api/auth/register/employer', {
      employerName: '测试\ud800有限公司',
      uscc: uscc(),
      operatorName: '赵经办',
      phone: mobile(),
      smsCode: '123456',
      password: PASSWORD,
      passwordConfirm: PASSWORD,
    });
    expectError(registered, 400, 'VALIDATION_FAILED', 'employerName');
    const created = await admin.post('/api/department/accounts', {
      username: 'nul_dept',
      name: '刘经办',
      departmentName: '人社厅\u0000',
      role: 'dept_reviewer',
      password: 'Dept#Pass2026',
    });
    expectError(created, 400, 'VALIDATION_FAILED', 'departmentName');
    expect((await verifyAuditChain(ctx.database.db, ctx.auditKeys)).ok).toBe(true);
  });

  it('accepts rare characters written as surrogate pairs (生僻字 of CJK Extension B)', async () => {
    const created = await admin.post('/api/department/accounts', {
      username: 'rare_name',
      name: '张𠀾',
      departmentName: '吉林省人力资源和社会保障厅',
      role: 'dept_reviewer',
      password: 'Dept#Pass2026',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<{ name: string }>().name).toBe('张𠀾');
    expect((await verifyAuditChain(ctx.database.db, ctx.auditKeys)).ok).toBe(true);
  });

  it('finds the path of such text at any depth', () => {
    expect(unstorableTextPath({ a: 'ok', b: { c: ['x', 'y\u0000'] } })).toBe('b.c.1');
    expect(unstorableTextPath('\udfff')).toBe('');
    expect(unstorableTextPath({ name: '张𠀾', n: 1, z: null })).toBeNull();
  });
});

describe('unknown paths', () => {
  it('answers an unknown /api path with 404 NOT_FOUND in JSON', async () => {
    const client = new Client(ctx.app);
    for (const url of [
      '/api/nothing',
      '/api/auth',
      '/api/auth/login/extra',
      '/api/department/accounts/x/y',
    ]) {
      const body = expectError(await client.get(url), 404, 'NOT_FOUND');
      expect(body.message).toBe('请求的内容不存在');
    }
    expectError(await client.send('DELETE', '/api/auth/login'), 404, 'NOT_FOUND');
    expectError(await client.send('PUT', '/api/nothing', { a: 1 }), 404, 'NOT_FOUND');
  });

  it('answers a page outside /api with 404 JSON when no web app is built', async () => {
    expectError(await new Client(ctx.app).get('/person/home'), 404, 'NOT_FOUND');
  });
});
