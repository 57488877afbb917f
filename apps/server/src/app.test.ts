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

describe('security headers', () => {
  it('sends a content security policy and the usual hardening headers', async () => {
    const response = await new Client(ctx.app).get('/api/auth/session');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
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
