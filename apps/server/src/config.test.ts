import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { generateSm2KeyPair } from './platform/crypto/gm.js';
import { createHttpSms } from './platform/sms.js';
import { DEMO, DEMO_PASSWORD, seedDemo } from './seed/demo.js';
import { Client, createTestApp, mobile, TEST_CAPTCHA, type TestContext } from './test/harness.js';
import { expectError } from './test/helpers.js';

const key = () => randomBytes(32).toString('base64');
function ed25519Pem(): string {
  return String(generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
}
const PRODUCTION = {
  NODE_ENV: 'production',
  SMS_PROVIDER: 'http',
  SMS_HTTP_URL: 'http://127.0.0.1:9/sms',
  DATA_ENCRYPTION_KEY: key(),
  LOOKUP_HASH_KEY: key(),
  BLOB_ENCRYPTION_KEY: key(),
  CERTIFICATE_SIGNING_KEY: Buffer.from(ed25519Pem()).toString('base64'),
  AUDIT_CHAIN_KEY: key(),
  PUBLIC_BASE_URL: 'https://rcpd.example.cn',
};

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('loadConfig accepted the configuration');
}

describe('loadConfig', () => {
  it('runs with no configuration at all, on the embedded database, without any development aid', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      production: false,
      port: 3000,
      databaseUrl: undefined,
      sms: { provider: 'outbox' },
      devAids: false,
      seedDemo: false,
      cookieSecure: false,
      session: { idleMinutes: 30, maxHours: 12 },
    });
    // a forgotten NODE_ENV does not turn the development captcha on
    expect(loadConfig({ DEV_CAPTCHA_CODE: 'abcd' }).devCaptchaCode).toBeUndefined();
  });

  it('has the development aids only when asked for (DEV_AIDS=1, as npm start does, or NODE_ENV=test)', () => {
    expect(loadConfig({ DEV_AIDS: '1', DEV_CAPTCHA_CODE: 'abcd' })).toMatchObject({
      devAids: true,
      devCaptchaCode: 'abcd',
      seedDemo: true,
    });
    expect(loadConfig({ NODE_ENV: 'test', DEV_CAPTCHA_CODE: 'abcd' }).devCaptchaCode).toBe('abcd');
    expect(loadConfig({ DEV_AIDS: '0', DEV_CAPTCHA_CODE: 'abcd' }).devAids).toBe(false);
  });

  it('refuses the development aids beside a production setting, naming it', () => {
    expect(configError({ ...PRODUCTION, DEV_AIDS: '1' })).toContain('DEV_AIDS');
    expect(configError({ ...PRODUCTION, DEV_AIDS: '1' })).toContain('NODE_ENV=production');
    const announced = configError({ DEV_AIDS: '1', PUBLIC_BASE_URL: 'https://rcpd.jl.gov.cn' });
    expect(announced).toContain('PUBLIC_BASE_URL=https://rcpd.jl.gov.cn');
    expect(loadConfig({ DEV_AIDS: '1', PUBLIC_BASE_URL: 'http://localhost:3000' }).devAids).toBe(true);
  });

  it('refuses production without a real SMS provider, naming SMS_PROVIDER', () => {
    const { SMS_PROVIDER: _, SMS_HTTP_URL: __, ...env } = PRODUCTION;
    expect(configError(env)).toContain('SMS_PROVIDER');
    expect(configError({ ...env, SMS_PROVIDER: 'outbox' })).toContain('SMS_PROVIDER');
  });

  it('hashes passwords at OWASP’s scrypt cost 17 unless told, and never below 17 in production', () => {
    expect(loadConfig({}).passwordHashCost).toBe(17);
    expect(loadConfig(PRODUCTION).passwordHashCost).toBe(17);
    expect(configError({ ...PRODUCTION, PASSWORD_HASH_COST: '15' })).toContain('PASSWORD_HASH_COST');
    expect(configError({ PASSWORD_HASH_COST: '9' })).toContain('PASSWORD_HASH_COST');
  });

  it('wants the SMS gateway over https in production (plain http only to a relay on this host)', () => {
    expect(configError({ ...PRODUCTION, SMS_HTTP_URL: 'http://sms.example.cn/send' })).toContain(
      'SMS_HTTP_URL',
    );
    expect(loadConfig({ ...PRODUCTION, SMS_HTTP_URL: 'https://sms.example.cn/send' }).sms).toMatchObject({
      url: 'https://sms.example.cn/send',
    });
    expect(loadConfig({ ...PRODUCTION, SMS_HTTP_URL: 'http://127.0.0.1:8025/send' }).production).toBe(true);
  });

  it('refuses the http SMS provider without its URL', () => {
    const { SMS_HTTP_URL: _, ...env } = PRODUCTION;
    expect(configError(env)).toContain('SMS_HTTP_URL');
    expect(configError({ SMS_PROVIDER: 'http' })).toContain('SMS_HTTP_URL');
    expect(configError({ ...PRODUCTION, SMS_HTTP_URL: 'not a url' })).toContain('SMS_HTTP_URL');
  });

  it('refuses production without DATA_ENCRYPTION_KEY or LOOKUP_HASH_KEY', () => {
    const { DATA_ENCRYPTION_KEY: _, ...noData } = PRODUCTION;
    expect(configError(noData)).toContain('DATA_ENCRYPTION_KEY');
    const { LOOKUP_HASH_KEY: __, ...noLookup } = PRODUCTION;
    expect(configError(noLookup)).toContain('LOOKUP_HASH_KEY');
  });

  it('refuses a key that is not 32 bytes', () => {
    const short = randomBytes(16).toString('base64');
    expect(configError({ ...PRODUCTION, DATA_ENCRYPTION_KEY: short })).toContain('DATA_ENCRYPTION_KEY');
    expect(configError({ LOOKUP_HASH_KEY: short })).toContain('LOOKUP_HASH_KEY');
  });

  it('takes the certificate signing key as base64 of the PEM or as a PEM with \\n, and the public address', () => {
    const pem = ed25519Pem();
    expect(
      loadConfig({ ...PRODUCTION, CERTIFICATE_SIGNING_KEY: Buffer.from(pem).toString('base64') })
        .certificateSigningKey,
    ).toBe(pem);
    expect(
      loadConfig({ ...PRODUCTION, CERTIFICATE_SIGNING_KEY: pem.replaceAll('\n', '\\n') })
        .certificateSigningKey,
    ).toBe(pem);
    expect(loadConfig({ ...PRODUCTION, PUBLIC_BASE_URL: 'https://rcpd.example.cn/' }).publicBaseUrl).toBe(
      'https://rcpd.example.cn',
    );
    expect(loadConfig({}).publicBaseUrl).toBe('http://localhost:3000');
  });

  it('chooses the crypto profile by CRYPTO_PROFILE (intl by default) and wants a signing key of its kind', () => {
    expect(loadConfig({}).cryptoProfile).toBe('intl');
    expect(loadConfig({ CRYPTO_PROFILE: 'gm' }).cryptoProfile).toBe('gm');
    expect(configError({ CRYPTO_PROFILE: 'sm' })).toContain('CRYPTO_PROFILE: must be intl or gm');
    const sm2 = generateSm2KeyPair().privateKeyPem;
    expect(
      loadConfig({ ...PRODUCTION, CRYPTO_PROFILE: 'gm', CERTIFICATE_SIGNING_KEY: sm2 }).cryptoProfile,
    ).toBe('gm');
    expect(configError({ ...PRODUCTION, CRYPTO_PROFILE: 'gm' })).toContain(
      'CERTIFICATE_SIGNING_KEY: CERTIFICATE_SIGNING_KEY must be an SM2 key under CRYPTO_PROFILE=gm',
    );
    expect(configError({ ...PRODUCTION, CERTIFICATE_SIGNING_KEY: sm2 })).toContain(
      'must be an Ed25519 key under CRYPTO_PROFILE=intl',
    );
    expect(configError({ DATA_OLD_KEYS: 'old:short' })).toContain('DATA_OLD_KEYS');
    const old = loadConfig({ LOOKUP_OLD_KEYS: `lk-2025:${key()}`, LOOKUP_KEY_ID: 'lk-2026' }).fieldKeys;
    expect(old.lookupOldKeys.map((k) => k.id)).toEqual(['lk-2025']);
    expect(old.lookupKeyId).toBe('lk-2026');
  });

  it('ignores DEV_CAPTCHA_CODE in production', () => {
    const config = loadConfig({ ...PRODUCTION, DEV_CAPTCHA_CODE: TEST_CAPTCHA });
    expect(config.production).toBe(true);
    expect(config.devCaptchaCode).toBeUndefined();
    expect(config.sms).toEqual({
      provider: 'http',
      url: PRODUCTION.SMS_HTTP_URL,
      token: undefined,
      timeoutMs: 10_000,
    });
    // this instance runs the background jobs unless told otherwise
    expect(config.jobWorkers).toBe(true);
    expect(loadConfig({ ...PRODUCTION, JOB_WORKERS: '0' }).jobWorkers).toBe(false);
    expect(configError({ JOB_WORKERS: 'maybe' })).toContain('JOB_WORKERS');
    expect(config.encryptionKey?.length).toBe(32);
  });

  it.each(['abc', '0', '65536', '3.5', '-1'])('refuses PORT=%s', (port) => {
    expect(configError({ PORT: port })).toContain('PORT');
  });

  it('trusts X-Forwarded-For from the proxies named (hops or addresses), never from everyone', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16,2001:db8::/32' }).trustProxy).toEqual([
      '10.0.0.1',
      '10.1.0.0/16',
      '2001:db8::/32',
    ]);
    for (const everyone of ['true', '*', '0.0.0.0/0', '::/0', '10.0.0.1,0.0.0.0/0', 'proxy.internal'])
      expect(configError({ TRUST_PROXY: everyone }), everyone).toContain('TRUST_PROXY');
  });

  it('configures OpenID Connect only with its client, an openid scope, and https in production', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
    const oidc = { OIDC_ISSUER: 'http://127.0.0.1:4000', OIDC_CLIENT_ID: 'rcpd', OIDC_CLIENT_SECRET: 's' };
    expect(loadConfig({ ...oidc, PUBLIC_BASE_URL: 'http://localhost:3000' }).oidc).toEqual({
      issuer: 'http://127.0.0.1:4000',
      clientId: 'rcpd',
      clientSecret: 's',
      scopes: 'openid profile phone',
      redirectUri: 'http://localhost:3000/api/auth/oidc/callback',
    });
    expect(loadConfig({ ...oidc, OIDC_REDIRECT_BASE: 'https://rc.example.cn/' }).oidc?.redirectUri).toBe(
      'https://rc.example.cn/api/auth/oidc/callback',
    );
    expect(configError({ OIDC_ISSUER: 'http://127.0.0.1:4000' })).toContain('OIDC_CLIENT_ID');
    expect(configError({ ...oidc, OIDC_SCOPES: 'profile' })).toContain('OIDC_SCOPES: must include openid');
    expect(configError({ ...PRODUCTION, ...oidc })).toContain('OIDC_ISSUER: must be https in production');
  });

  it('reads PORT and the session limits as numbers', () => {
    const config = loadConfig({ PORT: '8080', SESSION_IDLE_MINUTES: '15', SESSION_MAX_HOURS: '8' });
    expect(config.port).toBe(8080);
    expect(config.session).toEqual({ idleMinutes: 15, maxHours: 8 });
  });

  it('reads the webhook timeout (10 s by default, 100 ms to 30 s)', () => {
    expect(loadConfig({}).webhookTimeoutMs).toBe(10_000);
    expect(loadConfig({ WEBHOOK_HTTP_TIMEOUT_MS: '2500' }).webhookTimeoutMs).toBe(2500);
    for (const bad of ['50', '60000', 'soon']) {
      expect(configError({ WEBHOOK_HTTP_TIMEOUT_MS: bad })).toContain('WEBHOOK_HTTP_TIMEOUT_MS');
    }
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL, and an unknown NODE_ENV or flag value', () => {
    expect(configError({ DATABASE_URL: 'mysql://localhost/db' })).toContain('DATABASE_URL');
    expect(configError({ NODE_ENV: 'staging' })).toContain('NODE_ENV');
    expect(configError({ SEED_DEMO: 'yes' })).toContain('SEED_DEMO');
  });

  it('seeds the demo accounts on the embedded database, not on a server unless SEED_DEMO=1, never in production', () => {
    const url = 'postgres://app@db.internal:5432/rcpd';
    const owner = 'postgres://rcpd_owner@db.internal:5432/rcpd';
    const dev = { DEV_AIDS: '1' };
    expect(loadConfig(dev).seedDemo).toBe(true);
    expect(loadConfig({}).seedDemo).toBe(false);
    expect(loadConfig({ SEED_DEMO: '1' }).seedDemo).toBe(false);
    expect(loadConfig({ ...dev, DATABASE_URL: url }).seedDemo).toBe(false);
    expect(loadConfig({ ...dev, DATABASE_URL: url, SEED_DEMO: '1' }).seedDemo).toBe(true);
    expect(loadConfig({ ...dev, DATABASE_URL: url, SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({ ...dev, DATABASE_URL: url, SEED_DEMO: '0' }).seedDemo).toBe(false);
    expect(loadConfig({ ...PRODUCTION }).seedDemo).toBe(false);
    expect(loadConfig({ ...PRODUCTION, SEED_DEMO: '1' }).seedDemo).toBe(false);
    expect(
      loadConfig({ ...PRODUCTION, DATABASE_URL: url, DATABASE_OWNER_URL: owner, SEED_DEMO: '1' }).seedDemo,
    ).toBe(false);
  });

  it('runs production on PostgreSQL only as a role that does not own the tables', () => {
    const url = 'postgres://rcpd_app:pw@db.internal:5432/rcpd';
    const owner = 'postgres://rcpd_owner:pw@db.internal:5432/rcpd';
    expect(configError({ ...PRODUCTION, DATABASE_URL: url })).toContain('DATABASE_OWNER_URL');
    expect(configError({ ...PRODUCTION, DATABASE_URL: url, DATABASE_OWNER_URL: url })).toMatch(
      /DATABASE_OWNER_URL: must name another role/,
    );
    expect(loadConfig({ ...PRODUCTION, DATABASE_URL: url, DATABASE_OWNER_URL: owner })).toMatchObject({
      databaseUrl: url,
      databaseOwnerUrl: owner,
    });
    // outside production one role may do both (the local demo, the tests)
    expect(loadConfig({ DATABASE_URL: url }).databaseOwnerUrl).toBeUndefined();
  });

  it('makes cookies Secure in production unless told otherwise', () => {
    expect(loadConfig({ ...PRODUCTION }).cookieSecure).toBe(true);
    expect(loadConfig({ ...PRODUCTION, COOKIE_SECURE: '0' }).cookieSecure).toBe(false);
    expect(loadConfig({ COOKIE_SECURE: '1' }).cookieSecure).toBe(true);
  });

  it('lists every missing production setting at once', () => {
    const message = configError({ NODE_ENV: 'production' });
    for (const name of [
      'SMS_PROVIDER',
      'DATA_ENCRYPTION_KEY',
      'LOOKUP_HASH_KEY',
      'BLOB_ENCRYPTION_KEY',
      'CERTIFICATE_SIGNING_KEY',
      'AUDIT_CHAIN_KEY',
      'PUBLIC_BASE_URL',
    ])
      expect(message).toContain(name);
  });
});

describe('object storage settings', () => {
  const S3 = {
    BLOB_STORE: 's3',
    S3_ENDPOINT: 'http://minio.internal:9000',
    S3_BUCKET: 'rcpd-files',
    S3_ACCESS_KEY_ID: 'rcpd',
    S3_SECRET_ACCESS_KEY: 'secret',
    S3_FORCE_PATH_STYLE: '1',
  };

  it('keeps files in the local folder by default, and in a bucket with BLOB_STORE=s3', () => {
    expect(loadConfig({})).toMatchObject({ blobStore: 'local', s3: undefined });
    expect(loadConfig(S3)).toMatchObject({
      blobStore: 's3',
      s3: {
        endpoint: 'http://minio.internal:9000',
        region: 'us-east-1',
        bucket: 'rcpd-files',
        accessKeyId: 'rcpd',
        secretAccessKey: 'secret',
        forcePathStyle: true,
      },
    });
    expect(loadConfig({ ...S3, S3_REGION: 'cn-north-1', S3_FORCE_PATH_STYLE: '0' }).s3).toMatchObject({
      region: 'cn-north-1',
      forcePathStyle: false,
    });
  });

  it('refuses BLOB_STORE=s3 without its bucket and credentials, naming each, and a bad endpoint or bucket', () => {
    const message = configError({ BLOB_STORE: 's3' });
    for (const name of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'])
      expect(message).toContain(`${name}: required when BLOB_STORE=s3`);
    expect(configError({ ...S3, S3_ENDPOINT: 'minio:9000' })).toContain('S3_ENDPOINT');
    expect(configError({ ...S3, S3_BUCKET: 'Rcpd_Files' })).toContain('S3_BUCKET');
    expect(configError({ BLOB_STORE: 'ftp' })).toContain('BLOB_STORE: must be local or s3');
  });

  it('reads the blob encryption key, its id (a fingerprint when not given) and the old keys', () => {
    const current = key();
    const old = key();
    const config = loadConfig({
      BLOB_ENCRYPTION_KEY: current,
      BLOB_KEY_ID: '2026-01',
      BLOB_OLD_KEYS: `2025:${old}`,
    });
    expect(config.blobKeys.current).toEqual({ id: '2026-01', key: Buffer.from(current, 'base64') });
    expect(config.blobKeys.old).toEqual([{ id: '2025', key: Buffer.from(old, 'base64') }]);
    expect(loadConfig({ BLOB_ENCRYPTION_KEY: current }).blobKeys.current?.id).toMatch(/^k-[0-9a-f]{12}$/);
    expect(loadConfig({}).blobKeys).toEqual({ current: undefined, old: [] });
    expect(configError({ BLOB_OLD_KEYS: 'no-key-here' })).toContain('BLOB_OLD_KEYS');
    expect(configError({ BLOB_OLD_KEYS: `a b:${old}` })).toContain('BLOB_OLD_KEYS');
    expect(configError({ BLOB_ENCRYPTION_KEY: randomBytes(16).toString('base64') })).toContain(
      'BLOB_ENCRYPTION_KEY',
    );
    expect(configError({ BLOB_KEY_ID: 'k1' })).toContain('BLOB_KEY_ID');
  });
});

describe('the HTTP SMS provider', () => {
  it('posts { phone, text } as JSON with the bearer token, and throws when the gateway fails', async () => {
    const received: { headers: IncomingMessage['headers']; body: string }[] = [];
    let status = 200;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.statusCode = status;
        if (status === 302)
          res.setHeader('location', `http://127.0.0.1:${(server.address() as AddressInfo).port}/elsewhere`);
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const sms = createHttpSms(`http://127.0.0.1:${port}/send`, 'tok-123');
      await sms.send({ phone: '13900000009', text: '验证码为123456', code: '123456' });
      expect(received).toHaveLength(1);
      expect(received[0]?.headers.authorization).toBe('Bearer tok-123');
      expect(received[0]?.headers['content-type']).toBe('application/json');
      // the code goes only inside the text, as the phone shows it
      expect(JSON.parse(received[0]?.body ?? '')).toEqual({ phone: '13900000009', text: '验证码为123456' });
      status = 500;
      await expect(sms.send({ phone: '13900000009', text: 'x' })).rejects.toThrow(/500/);
      // a redirect is not followed (the token would go with it): a failed try, whose error says only the status
      status = 302;
      const failure = await sms.send({ phone: '13900000009', text: '验证码为654321' }).catch((e: Error) => e);
      expect(String(failure)).toMatch(/302/);
      expect(String(failure)).not.toMatch(/tok-123|13900000009|654321/);
      expect(received).toHaveLength(3);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('an app built with the production configuration', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    // the signing key of the profile the suite runs with (CRYPTO_PROFILE=gm: SM2)
    const signingKey =
      process.env.CRYPTO_PROFILE === 'gm' ? generateSm2KeyPair().privateKeyPem : ed25519Pem();
    ctx = await createTestApp({
      ...PRODUCTION,
      CERTIFICATE_SIGNING_KEY: Buffer.from(signingKey).toString('base64'),
      PASSWORD_HASH_COST: '17',
    });
    await seedDemo(ctx.database.db, ctx.cipher);
  });
  afterAll(() => ctx.close());

  /** A captcha whose answer the test knows, as a person reading the image would. */
  async function solvedCaptcha(): Promise<{ captchaId: string; captchaCode: string }> {
    const answer = 'kx7p';
    const row = await ctx.database.db
      .insertInto('captchas')
      .values({
        answer_hash: createHash('sha256').update(answer).digest('hex'),
        expires_at: new Date(Date.now() + 60_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { captchaId: row.id, captchaCode: answer.toUpperCase() };
  }

  it('has no development SMS outbox', async () => {
    const body = expectError(await new Client(ctx.app).get('/api/dev/sms-outbox'), 404, 'NOT_FOUND');
    expect(body.message).toBe('请求的内容不存在');
    const openapi = await new Client(ctx.app).get('/api/openapi.json');
    expect(Object.keys(openapi.json<{ paths: object }>().paths)).not.toContain('/api/dev/sms-outbox');
  });

  it('serves the OpenAPI document but not Swagger UI', async () => {
    expect((await new Client(ctx.app).get('/api/openapi.json')).statusCode).toBe(200);
    expectError(await new Client(ctx.app).get('/api/docs'), 404, 'NOT_FOUND');
    expectError(await new Client(ctx.app).get('/api/docs/static/index.html'), 404, 'NOT_FOUND');
  });

  it('does not take DEV_CAPTCHA_CODE as the answer to a captcha', async () => {
    const client = new Client(ctx.app);
    const login = await client.post('/api/auth/login', {
      portal: 'department',
      account: DEMO.admin.username,
      password: DEMO_PASSWORD,
      captchaId: await client.captcha(),
      captchaCode: TEST_CAPTCHA,
    });
    expectError(login, 400, 'CAPTCHA_INVALID');
    const sms = await client.post('/api/auth/sms-code', {
      purpose: 'register',
      portal: 'person',
      phone: mobile(),
      captchaId: await client.captcha(),
      captchaCode: TEST_CAPTCHA,
    });
    expectError(sms, 400, 'CAPTCHA_INVALID');
  });

  it('signs in with the real captcha answer (in any case), and sets the session cookie Secure', async () => {
    const client = new Client(ctx.app);
    const response = await client.post('/api/auth/login', {
      portal: 'department',
      account: DEMO.admin.username,
      password: DEMO_PASSWORD,
      ...(await solvedCaptcha()),
    });
    expect(response.statusCode, response.body).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'rcpd_sid');
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
    const anonymous = (await new Client(ctx.app).get('/api/auth/session')).cookies.find(
      (c) => c.name === 'rcpd_csrf',
    );
    expect(anonymous?.secure).toBe(true);
  });

  it('sends SMS through the configured gateway; when it is down the person is told, and no code is kept', async () => {
    const client = new Client(ctx.app);
    const phone = mobile();
    const response = await client.post('/api/auth/sms-code', {
      purpose: 'register',
      portal: 'person',
      phone,
      ...(await solvedCaptcha()),
    });
    const body = expectError(response, 503, 'SMS_UNAVAILABLE');
    expect(body.message).toBe('短信发送失败，请稍后再试');
    const codes = await ctx.database.db
      .selectFrom('sms_codes')
      .select('id')
      .where('phone_hash', '=', ctx.cipher.lookup(phone))
      .execute();
    expect(codes).toHaveLength(0);
    const outbox = await ctx.database.db.selectFrom('sms_outbox').select('id').execute();
    expect(outbox).toHaveLength(0);
  });

  it('asks browsers to upgrade to https', async () => {
    const response = await new Client(ctx.app).get('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });
});

describe('a server started without NODE_ENV', () => {
  it('serves no SMS outbox and takes no development captcha unless DEV_AIDS=1 asks for them', async () => {
    // NODE_ENV unset reads as development; createTestApp's DEV_CAPTCHA_CODE stays in the environment
    const plain = await createTestApp({ NODE_ENV: 'development' });
    try {
      expectError(await new Client(plain.app).get('/api/dev/sms-outbox'), 404, 'NOT_FOUND');
      const client = new Client(plain.app);
      const login = await client.post('/api/auth/login', {
        portal: 'department',
        account: DEMO.admin.username,
        password: DEMO_PASSWORD,
        captchaId: await client.captcha(),
        captchaCode: TEST_CAPTCHA,
      });
      expectError(login, 400, 'CAPTCHA_INVALID');
    } finally {
      await plain.close();
    }
    const opted = await createTestApp({ NODE_ENV: 'development', DEV_AIDS: '1' });
    try {
      expect((await new Client(opted.app).get('/api/dev/sms-outbox')).statusCode).toBe(200);
    } finally {
      await opted.close();
    }
  });
});
