import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestContext } from './test/harness.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('GET /api/health', () => {
  it('answers ok with the kind of database in use', async () => {
    const response = await new Client(ctx.app).get('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: ctx.database.kind });
    expect(ctx.database.kind).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
  });
});

describe('GET /api/openapi.json', () => {
  it('describes every identity endpoint', async () => {
    const response = await new Client(ctx.app).get('/api/openapi.json');
    expect(response.statusCode).toBe(200);
    const doc = response.json<{ info: { title: string }; paths: Record<string, Record<string, unknown>> }>();
    expect(doc.info.title).toBe('人才分类定级评定系统 API');
    const expected: [string, string][] = [
      ['/api/health', 'get'],
      ['/api/auth/session', 'get'],
      ['/api/auth/captcha', 'get'],
      ['/api/auth/sms-code', 'post'],
      ['/api/auth/register/person', 'post'],
      ['/api/auth/register/employer', 'post'],
      ['/api/auth/login', 'post'],
      ['/api/auth/logout', 'post'],
      ['/api/auth/password-reset', 'post'],
      ['/api/auth/password', 'post'],
      ['/api/employer/reviewers', 'get'],
      ['/api/employer/reviewers', 'post'],
      ['/api/employer/reviewers/{id}', 'patch'],
      ['/api/department/accounts', 'get'],
      ['/api/department/accounts', 'post'],
      ['/api/department/accounts/{id}', 'patch'],
      ['/api/department/audit', 'get'],
    ];
    for (const [path, method] of expected)
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    // the request bodies are described from the shared schemas
    const login = doc.paths['/api/auth/login']?.post as { requestBody?: unknown };
    expect(JSON.stringify(login.requestBody)).toContain('captchaCode');
  });
});

describe('the OpenAPI document an integrator generates a client from', () => {
  interface Op {
    operationId?: string;
    description?: string;
    security?: Record<string, string[]>[];
    'x-policy'?: string;
    responses: Record<string, { content?: { 'application/json'?: { schema?: { properties?: object } } } }>;
  }
  it('gives every operation a unique operationId, a description, its security and its error answers', async () => {
    const doc = (await new Client(ctx.app).get('/api/openapi.json')).json<{
      paths: Record<string, Record<string, Op>>;
      components: { securitySchemes: Record<string, { in: string; name: string }> };
    }>();
    expect(doc.components.securitySchemes.sessionCookie).toMatchObject({ in: 'cookie', name: 'rcpd_sid' });
    expect(doc.components.securitySchemes.csrfHeader).toMatchObject({ in: 'header', name: 'x-csrf-token' });
    const ids = new Set<string>();
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const label = `${method.toUpperCase()} ${path}`;
        expect(op.operationId, label).toMatch(/^[a-z][A-Za-z0-9]+$/);
        expect(ids.has(op.operationId ?? ''), `${label}: operationId ${op.operationId} twice`).toBe(false);
        ids.add(op.operationId ?? '');
        expect(op.description, label).toMatch(/[\u3400-\u9fff]/);
        const unsafe = method !== 'get';
        const schemes = (op.security ?? []).flatMap((s) => Object.keys(s)).sort();
        if (op['x-policy']?.startsWith('client:')) {
          expect(schemes, label).toEqual(['integrationClient']);
        } else if (op['x-policy']) {
          expect(schemes, label).toEqual(unsafe ? ['csrfHeader', 'sessionCookie'] : ['sessionCookie']);
          expect(op.responses['401'], label).toBeDefined();
        } else {
          expect(schemes, label).toEqual(unsafe ? ['csrfHeader'] : []);
        }
        // errors come in one shape: {code, message, fields}
        const errors = Object.entries(op.responses).filter(([status]) => status.startsWith('4'));
        expect(errors.length, label).toBeGreaterThan(0);
        for (const [, answer] of errors) {
          expect(Object.keys(answer.content?.['application/json']?.schema?.properties ?? {}), label).toEqual(
            expect.arrayContaining(['code', 'message', 'fields']),
          );
        }
      }
    }
    expect(ids.size).toBeGreaterThan(90);
    // what the province's 电子证照库 reads is typed: the certificate's fields, the 证件号码 only masked
    const lookup = doc.paths['/api/integration/v1/certificates/{number}']?.get;
    const answer = lookup?.responses['200']?.content?.['application/json']?.schema as {
      properties: { certificate: { properties: Record<string, unknown> } };
    };
    expect(Object.keys(answer.properties.certificate.properties)).toEqual(
      expect.arrayContaining(['number', 'holderName', 'maskedIdNumber', 'status', 'validUntil']),
    );
    expect(Object.keys(answer.properties.certificate.properties)).not.toContain('idNumber');
  });

  it('says what an upload takes: a multipart body with one file in the field file', async () => {
    const doc = (await new Client(ctx.app).get('/api/openapi.json')).json<{
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
    }>();
    const uploads = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, op]) => op.requestBody?.content['multipart/form-data'])
        .map(([method, op]) => [`${method.toUpperCase()} ${path}`, op.requestBody?.content] as const),
    );
    expect(uploads.map(([label]) => label).sort()).toEqual([
      'POST /api/department/notices/{id}/attachments',
      'POST /api/department/results/import',
      'POST /api/department/supervisors/import',
      'POST /api/department/work-calendar/import',
      'POST /api/person/applications/{id}/attachments',
    ]);
    for (const [label, content] of uploads)
      expect(content, label).toEqual({
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['file'],
            properties: { file: { type: 'string', format: 'binary', description: '要上传的文件（一个）' } },
          },
        },
      });
  });
});

describe('security headers', () => {
  it('sends a content security policy and the usual hardening headers', async () => {
    const response = await new Client(ctx.app).get('/api/auth/session');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    // scripts from this origin only; WebAssembly may compile (the 扫一扫 QR reader), nothing may eval or run inline
    const directives = String(response.headers['content-security-policy']).split(/;\s*/);
    expect(directives.filter((d) => d.startsWith('script-src'))).toEqual([
      "script-src 'self' 'wasm-unsafe-eval'",
      "script-src-attr 'none'",
    ]);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves the captcha as an SVG image that is never cached', async () => {
    const response = await new Client(ctx.app).get('/api/auth/captcha');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json<{ captchaId: string; image: string; expiresInSeconds: number }>();
    expect(body.captchaId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.image).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(body.expiresInSeconds).toBe(300);
  });
});
