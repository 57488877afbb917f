import { isIP } from 'node:net';
import path from 'node:path';
import type { StageKey } from '@rcpd/shared';
import { z } from 'zod';
import { BLOB_KEY_ID, type BlobKey, keyIdOf } from './platform/blob-crypto.js';
import type { S3Config } from './platform/blob-s3.js';
import { type CryptoProfileName, cryptoProfiles } from './platform/crypto/profile.js';

const flag = z
  .enum(['1', '0', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');
/** `10.0.0.1`, `10.0.0.0/8`, `2001:db8::/32`: a proxy's address or range, never all of them (`/0`) */
function isAddressOrRange(entry: string): boolean {
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  if (!/^\d+$/.test(bits)) return false;
  const n = Number(bits);
  return n >= 1 && n <= (version === 4 ? 32 : 128);
}

/** an address on this host: not one a deployment is announced at, and a relay that needs no TLS */
const LOOPBACK_URL = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/;

/** the role a postgres:// URL signs in as (libpq's default: the system user, here only compared) */
function userOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/** what production requires */
const PRODUCTION_KEYS = [
  'DATA_ENCRYPTION_KEY',
  'BLOB_ENCRYPTION_KEY',
  'LOOKUP_HASH_KEY',
  'CERTIFICATE_SIGNING_KEY',
  'AUDIT_CHAIN_KEY',
  'PUBLIC_BASE_URL',
] as const;
const base64Key = z
  .string()
  .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
  .optional();
/**
 * `id:base64,id:base64`: keys that data was encrypted under before the current one. A key given without `id:`
 * gets the id it had as the current key with no id configured (derived from the key, `prefix-…`).
 */
const oldKeys = (prefix: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const keys: BlobKey[] = [];
      for (const item of (v ?? '').split(',').map((s) => s.trim())) {
        if (!item) continue;
        const [id = '', key = ''] = item.includes(':') ? item.split(':') : [null, item];
        const bytes = Buffer.from(key, 'base64');
        if ((id !== null && !BLOB_KEY_ID.test(id)) || bytes.length !== 32) {
          ctx.addIssue({ code: 'custom', message: 'must be [id:]base64-of-32-bytes, comma-separated' });
          return z.NEVER;
        }
        keys.push({ id: id ?? keyIdOf(bytes, prefix), key: bytes });
      }
      return keys;
    });

/** CERTIFICATE_SIGNING_KEY is a PEM (with literal `\n`s allowed) or its base64 */
function pemOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return value.includes('BEGIN')
    ? value.replaceAll('\\n', '\n')
    : Buffer.from(value, 'base64').toString('utf8');
}

/** Every environment variable the server reads, validated once at start (README lists them). */
const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    /**
     * the role that owns the tables: migrations run as it, then it grants DATABASE_URL's role what the server
     * needs (on the audit log: insert, and sealing a row once); required in production with DATABASE_URL
     */
    DATABASE_OWNER_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    PG_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    DATA_DIR: z.string().min(1).default('./data'),
    BLOB_DIR: z.string().min(1).optional(),
    DATA_ENCRYPTION_KEY: base64Key,
    BLOB_STORE: z.enum(['local', 's3'], { error: 'must be local or s3' }).default('local'),
    S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name (3–63 of a-z, 0-9, . and -)')
      .optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: flag,
    BLOB_ENCRYPTION_KEY: base64Key,
    BLOB_KEY_ID: z.string().regex(BLOB_KEY_ID, 'must be 1–32 of letters, digits, _ . -').optional(),
    BLOB_OLD_KEYS: oldKeys('k'),
    LOOKUP_HASH_KEY: base64Key,
    /**
     * the algorithms written (README, 国密): intl (AES-256-GCM, HMAC-SHA-256, Ed25519) or gm (SM4, HMAC-SM3, SM3,
     * SM2); what either wrote stays readable, `npm run crypto:rekey` moves stored data to the current one
     */
    CRYPTO_PROFILE: z.enum(['intl', 'gm'], { error: 'must be intl or gm' }).default('intl'),
    /** the id recorded with each ciphertext of DATA_ENCRYPTION_KEY (default: derived from the key) */
    DATA_KEY_ID: z.string().regex(BLOB_KEY_ID, 'must be 1–32 of letters, digits, _ . -').optional(),
    /** `id:base64,…`: earlier data keys, still read until `npm run crypto:rekey` has moved their rows */
    DATA_OLD_KEYS: oldKeys('data'),
    /** the id recorded with each lookup hash of LOOKUP_HASH_KEY (default: derived from the key) */
    LOOKUP_KEY_ID: z.string().regex(BLOB_KEY_ID, 'must be 1–32 of letters, digits, _ . -').optional(),
    /** `id:base64,…`: earlier lookup keys, still looked up under until the re-key has moved their rows */
    LOOKUP_OLD_KEYS: oldKeys('lookup'),
    /** keys the audit log's hash chain (HMAC of the profile); the database never sees it */
    AUDIT_CHAIN_KEY: base64Key,
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(12),
    COOKIE_SECURE: flag.optional(),
    /**
     * which proxies' X-Forwarded-For is believed: the number of hops (`1` behind one load balancer) or their
     * addresses and CIDR ranges, comma-separated; never everyone (README, Configuration)
     */
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((value, ctx): false | number | string[] => {
        const v = value?.trim() ?? '';
        if (v === '' || v === '0' || v === 'false') return false;
        if (/^\d+$/.test(v)) return Number(v);
        const entries = v.split(',').map((e) => e.trim());
        const bad = entries.filter((e) => !isAddressOrRange(e));
        if (bad.length > 0) {
          ctx.addIssue({
            code: 'custom',
            message: `must be the number of proxy hops or their addresses/CIDR ranges, not ${bad.join(', ')} (trusting every sender would let any client forge its address)`,
          });
          return z.NEVER;
        }
        return entries;
      }),
    SMS_PROVIDER: z.enum(['outbox', 'http']).optional(),
    SMS_HTTP_URL: z.url().optional(),
    SMS_HTTP_TOKEN: z.string().optional(),
    SMS_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    WEBHOOK_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(10_000),
    /**
     * the development aids — demo accounts, the SMS outbox at /api/dev/sms-outbox, DEV_CAPTCHA_CODE — are an
     * explicit opt-in (`npm start` and `npm run dev` set it for themselves; NODE_ENV=test implies it), refused
     * beside any production setting
     */
    DEV_AIDS: flag,
    DEV_CAPTCHA_CODE: z.string().min(1).max(10).optional(),
    SEED_DEMO: flag,
    JOB_WORKERS: z
      .enum(['1', '0', 'true', 'false'])
      .optional()
      .transform((v) => v === undefined || v === '1' || v === 'true'),
    JOB_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    /** at most this long for any job before it counts as lost with its instance (each queue has its own) */
    JOB_EXPIRE_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 3600)
      .optional(),
    EXPORT_DIRECT_MAX_ROWS: z.coerce.number().int().min(1).max(50_000).default(3000),
    WEB_DIST: z.string().optional(),
    PUBLIC_BASE_URL: z.url({ error: 'must be an http(s) URL' }).optional(),
    CERTIFICATE_SIGNING_KEY: z.string().min(1).optional(),
    CERTIFICATE_VALID_YEARS: z.coerce.number().int().min(0).max(50).default(5),
    REVIEW_CHAIN: z
      .enum(['employer,province', 'employer,supervisor,province'], {
        error: 'must be employer,province or employer,supervisor,province',
      })
      .default('employer,province'),
    // Operations (README, Operations)
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    METRICS_HOST: z.string().min(1).default('127.0.0.1'),
    PG_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(86_400_000).default(30_000),
    PG_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    /** a request body (an upload) that sends nothing this long is answered 408 and closed */
    UPLOAD_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    /** and one not complete this long after the request began */
    UPLOAD_DEADLINE_MS: z.coerce.number().int().min(100).max(3_600_000).default(300_000),
    /** 统一身份认证 by OpenID Connect (README, 统一身份认证平台): the province's identity platform */
    OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_SCOPES: z.string().min(1).default('openid profile phone'),
    /** where the platform sends the browser back (`<base>/api/auth/oidc/callback`); default PUBLIC_BASE_URL */
    OIDC_REDIRECT_BASE: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    /** scrypt cost of new password hashes, log2 N (README, Configuration) */
    PASSWORD_HASH_COST: z.coerce.number().int().min(10).max(20).default(17),
  })
  .superRefine((env, ctx) => {
    const production = env.NODE_ENV === 'production';
    const sms = env.SMS_PROVIDER ?? (production ? undefined : 'outbox');
    if (production && sms !== 'http') {
      ctx.addIssue({
        code: 'custom',
        path: ['SMS_PROVIDER'],
        message: 'production needs a real SMS provider: set SMS_PROVIDER=http with SMS_HTTP_URL',
      });
    }
    // a deployment says what it is by NODE_ENV, or by the public address it is announced at
    const publicAddress = env.PUBLIC_BASE_URL && !LOOPBACK_URL.test(env.PUBLIC_BASE_URL);
    const productionSettings = [
      production && 'NODE_ENV=production',
      publicAddress && `PUBLIC_BASE_URL=${env.PUBLIC_BASE_URL}`,
    ].filter(Boolean);
    if (env.DEV_AIDS && productionSettings.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['DEV_AIDS'],
        message: `the development aids (demo accounts, SMS outbox, development captcha) are refused beside a production setting: ${productionSettings.join(', ')}`,
      });
    }
    if (env.METRICS_PORT !== undefined && env.METRICS_PORT === env.PORT) {
      ctx.addIssue({ code: 'custom', path: ['METRICS_PORT'], message: 'must differ from PORT' });
    }
    // the gateway carries codes and phone numbers: TLS in production, unless it is a relay on this host
    const smsUrl = env.SMS_HTTP_URL;
    if (production && smsUrl && !smsUrl.startsWith('https:') && !LOOPBACK_URL.test(smsUrl)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMS_HTTP_URL'],
        message: 'must be https in production (plain http only to a relay on this host)',
      });
    }
    if (sms === 'http' && !env.SMS_HTTP_URL) {
      ctx.addIssue({ code: 'custom', path: ['SMS_HTTP_URL'], message: 'required when SMS_PROVIDER=http' });
    }
    if (env.BLOB_STORE === 's3') {
      for (const key of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required when BLOB_STORE=s3' });
      }
    }
    if (env.BLOB_KEY_ID && !env.BLOB_ENCRYPTION_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['BLOB_KEY_ID'],
        message: 'names BLOB_ENCRYPTION_KEY, which is not set',
      });
    }
    if (env.UPLOAD_IDLE_TIMEOUT_MS > env.UPLOAD_DEADLINE_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['UPLOAD_IDLE_TIMEOUT_MS'],
        message: 'must not exceed UPLOAD_DEADLINE_MS',
      });
    }
    if (env.OIDC_ISSUER) {
      for (const key of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
        if (!env[key])
          ctx.addIssue({ code: 'custom', path: [key], message: 'required when OIDC_ISSUER is set' });
      }
      if (!env.OIDC_SCOPES.split(/\s+/).includes('openid')) {
        ctx.addIssue({ code: 'custom', path: ['OIDC_SCOPES'], message: 'must include openid' });
      }
      if (production && !env.OIDC_ISSUER.startsWith('https:')) {
        ctx.addIssue({ code: 'custom', path: ['OIDC_ISSUER'], message: 'must be https in production' });
      }
    }
    if (production && env.PASSWORD_HASH_COST < 17) {
      ctx.addIssue({
        code: 'custom',
        path: ['PASSWORD_HASH_COST'],
        message: 'must be at least 17 in production (OWASP: scrypt N = 2^17, r = 8, p = 1)',
      });
    }
    const signingKey = pemOf(env.CERTIFICATE_SIGNING_KEY);
    if (signingKey) {
      try {
        cryptoProfiles[env.CRYPTO_PROFILE].signer(signingKey);
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          path: ['CERTIFICATE_SIGNING_KEY'],
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
    if (production) {
      for (const key of PRODUCTION_KEYS) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required in production' });
      }
      // whoever runs the server must not be able to rewrite the audit log: the tables belong to another role
      if (env.DATABASE_URL && !env.DATABASE_OWNER_URL)
        ctx.addIssue({
          code: 'custom',
          path: ['DATABASE_OWNER_URL'],
          message:
            'required in production with DATABASE_URL (the role that owns the tables; README, Database roles)',
        });
      else if (
        env.DATABASE_URL &&
        env.DATABASE_OWNER_URL &&
        userOf(env.DATABASE_URL) === userOf(env.DATABASE_OWNER_URL)
      )
        ctx.addIssue({
          code: 'custom',
          path: ['DATABASE_OWNER_URL'],
          message: 'must name another role than DATABASE_URL: the server must not own the tables',
        });
    }
  });

export interface Config {
  production: boolean;
  /** scrypt log2 N of new password hashes */
  passwordHashCost: number;
  port: number;
  host: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  databaseUrl: string | undefined;
  /** the tables' owner: migrations run as it and grant the server's role its privileges */
  databaseOwnerUrl: string | undefined;
  pgPoolMax: number;
  dataDir: string;
  /** the local blob store's folder (uploaded files) */
  blobDir: string;
  /** where uploaded files live: `blobDir`, or the bucket of `s3` */
  blobStore: 'local' | 's3';
  s3: S3Config | undefined;
  /**
   * encrypt files at rest: `current` for new files (undefined when not configured: main.ts derives one from
   * the data key outside production), `old` to read files written under earlier keys
   */
  blobKeys: { current: BlobKey | undefined; old: BlobKey[] };
  /** which algorithms are written (platform/crypto/profile.ts) */
  cryptoProfile: CryptoProfileName;
  encryptionKey: Buffer | undefined;
  lookupKey: Buffer | undefined;
  /** ids of the current data and lookup keys (undefined: derived) and the earlier keys still read */
  fieldKeys: {
    dataKeyId: string | undefined;
    dataOldKeys: BlobKey[];
    lookupKeyId: string | undefined;
    lookupOldKeys: BlobKey[];
  };
  /** keys the audit chain; outside production generated into DATA_DIR */
  auditChainKey: Buffer | undefined;
  session: { idleMinutes: number; maxHours: number };
  cookieSecure: boolean;
  /** false: the socket's address; n: the n-th address from the right of X-Forwarded-For; or the proxies' addresses */
  trustProxy: false | number | string[];
  sms:
    | { provider: 'outbox' }
    | { provider: 'http'; url: string; token: string | undefined; timeoutMs: number };
  /** a webhook receiver that does not answer within this fails the try */
  webhookTimeoutMs: number;
  /** DEV_AIDS (or NODE_ENV=test): the demo accounts, the SMS outbox route and DEV_CAPTCHA_CODE may exist */
  devAids: boolean;
  devCaptchaCode: string | undefined;
  seedDemo: boolean;
  /** this instance runs jobs (SMS, webhooks, 发布, housekeeping); off, it only enqueues them for the others */
  jobWorkers: boolean;
  jobs: { maintenanceIntervalSeconds: number; expireInSeconds: number | undefined };
  /** an export of more rows than this is made in the background */
  exportDirectMaxRows: number;
  webDist: string;
  /** the review stages of a new submission: 推荐单位审核 → (主管部门审核 →) 省人社厅审核 */
  reviewChain: StageKey[];
  /** where the public pages live: a certificate's QR code links to `${publicBaseUrl}/verify?t=…` */
  publicBaseUrl: string;
  /** PKCS#8 PEM of the Ed25519 key that signs certificates; outside production generated into DATA_DIR */
  certificateSigningKey: string | undefined;
  /** years a certificate is valid; 0 = 长期有效 */
  certificateValidYears: number;
  /**
   * /metrics: on its own listener at `host:port` when `port` is set; otherwise on the main port, behind the
   * bearer `token` when set, open outside production, not served in production.
   */
  metrics: { token: string | undefined; port: number | undefined; host: string };
  /** PostgreSQL only, per connection; 0 = no limit */
  pgTimeouts: { statementMs: number; idleInTransactionMs: number };
  /** how long a shutdown waits for requests in flight */
  shutdownGraceMs: number;
  /** a request body (an upload) may not stall longer than `idleMs` nor take longer than `deadlineMs` */
  bodyTimeouts: { idleMs: number; deadlineMs: number };
  /** 统一身份认证 by OpenID Connect: undefined when OIDC_ISSUER is not set (the login panels offer passwords and QR) */
  oidc:
    | { issuer: string; clientId: string; clientSecret: string; scopes: string; redirectUri: string }
    | undefined;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const devAids = !production && (e.DEV_AIDS || e.NODE_ENV === 'test');
  const key = (v: string | undefined) => (v ? Buffer.from(v, 'base64') : undefined);
  return {
    production,
    passwordHashCost: e.PASSWORD_HASH_COST,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    databaseUrl: e.DATABASE_URL,
    databaseOwnerUrl: e.DATABASE_OWNER_URL,
    pgPoolMax: e.PG_POOL_MAX,
    dataDir: path.resolve(e.DATA_DIR),
    blobDir: path.resolve(e.BLOB_DIR ?? path.join(e.DATA_DIR, 'blobs')),
    blobStore: e.BLOB_STORE,
    s3:
      e.BLOB_STORE === 's3'
        ? {
            endpoint: e.S3_ENDPOINT,
            region: e.S3_REGION,
            bucket: e.S3_BUCKET ?? '',
            accessKeyId: e.S3_ACCESS_KEY_ID ?? '',
            secretAccessKey: e.S3_SECRET_ACCESS_KEY ?? '',
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
          }
        : undefined,
    blobKeys: {
      current: e.BLOB_ENCRYPTION_KEY
        ? {
            id: e.BLOB_KEY_ID ?? keyIdOf(Buffer.from(e.BLOB_ENCRYPTION_KEY, 'base64')),
            key: Buffer.from(e.BLOB_ENCRYPTION_KEY, 'base64'),
          }
        : undefined,
      old: e.BLOB_OLD_KEYS,
    },
    cryptoProfile: e.CRYPTO_PROFILE,
    encryptionKey: key(e.DATA_ENCRYPTION_KEY),
    lookupKey: key(e.LOOKUP_HASH_KEY),
    fieldKeys: {
      dataKeyId: e.DATA_KEY_ID,
      dataOldKeys: e.DATA_OLD_KEYS,
      lookupKeyId: e.LOOKUP_KEY_ID,
      lookupOldKeys: e.LOOKUP_OLD_KEYS,
    },
    auditChainKey: key(e.AUDIT_CHAIN_KEY),
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, maxHours: e.SESSION_MAX_HOURS },
    cookieSecure: e.COOKIE_SECURE ?? production,
    trustProxy: e.TRUST_PROXY,
    sms:
      (e.SMS_PROVIDER ?? 'outbox') === 'http'
        ? {
            provider: 'http',
            url: e.SMS_HTTP_URL ?? '',
            token: e.SMS_HTTP_TOKEN,
            timeoutMs: e.SMS_HTTP_TIMEOUT_MS,
          }
        : { provider: 'outbox' },
    webhookTimeoutMs: e.WEBHOOK_HTTP_TIMEOUT_MS,
    // No development aid exists unless asked for (never in production: refused above).
    devAids,
    devCaptchaCode: devAids ? e.DEV_CAPTCHA_CODE : undefined,
    seedDemo: devAids && (e.SEED_DEMO || !e.DATABASE_URL),
    jobWorkers: e.JOB_WORKERS,
    jobs: { maintenanceIntervalSeconds: e.JOB_MAINTENANCE_SECONDS, expireInSeconds: e.JOB_EXPIRE_SECONDS },
    exportDirectMaxRows: e.EXPORT_DIRECT_MAX_ROWS,
    webDist: path.resolve(e.WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
    reviewChain: e.REVIEW_CHAIN.split(',') as StageKey[],
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    certificateSigningKey: pemOf(e.CERTIFICATE_SIGNING_KEY),
    certificateValidYears: e.CERTIFICATE_VALID_YEARS,
    metrics: { token: e.METRICS_TOKEN, port: e.METRICS_PORT, host: e.METRICS_HOST },
    pgTimeouts: {
      statementMs: e.PG_STATEMENT_TIMEOUT_MS,
      idleInTransactionMs: e.PG_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    bodyTimeouts: { idleMs: e.UPLOAD_IDLE_TIMEOUT_MS, deadlineMs: e.UPLOAD_DEADLINE_MS },
    oidc: e.OIDC_ISSUER
      ? {
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID ?? '',
          clientSecret: e.OIDC_CLIENT_SECRET ?? '',
          scopes: e.OIDC_SCOPES,
          redirectUri: `${(e.OIDC_REDIRECT_BASE ?? e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '')}/api/auth/oidc/callback`,
        }
      : undefined,
  };
}
