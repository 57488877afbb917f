import { z } from 'zod';
import { countsOf, isoDateTime, itemsAnswer, pagedAnswer } from './answers.js';
import { TALENT_CATEGORIES } from './catalogue.js';
import { text } from './fields.js';
import { CERTIFICATE_STATUSES, type CertificateStatus } from './results.js';

/**
 * Integration clients (SPEC §1): systems of the province (电子证照库, 吉事办) that call the API with their own
 * credential — `Authorization: Bearer <clientId>.<secret>` — within the scopes the 系统管理员 gave them, from
 * the addresses of their allow-list, and receive signed webhooks when a certificate's status changes.
 */

export const INTEGRATION_SCOPES = ['certificates:read', 'certificates:webhook'] as const;
export type IntegrationScope = (typeof INTEGRATION_SCOPES)[number];

export const INTEGRATION_SCOPE_LABELS: Record<IntegrationScope, string> = {
  'certificates:read': '证书查询',
  'certificates:webhook': '证书状态变更推送',
};

/** Where the integration API lives; the CSRF hook lets requests carrying the credential through here. */
export const INTEGRATION_API_PREFIX = '/api/integration/';

/** `ic_` and 16 hex digits: the public half of the credential, shown in lists and the audit log. */
export const INTEGRATION_CLIENT_ID = /^ic_[0-9a-f]{16}$/;

/** The event every webhook reports, and the headers that carry its id, time and signature. */
export const WEBHOOK_EVENT = 'certificate.status_changed';
export const WEBHOOK_HEADERS = {
  id: 'x-rcpd-webhook-id',
  timestamp: 'x-rcpd-webhook-timestamp',
  signature: 'x-rcpd-webhook-signature',
} as const;

/** The JSON body of a webhook, signed as `sha256=` HMAC-SHA256(signing secret, `${timestamp}.${body}`). */
export interface CertificateWebhookBody {
  event: typeof WEBHOOK_EVENT;
  /** the delivery's id: the same on every try of one delivery, so a receiver can drop a repeat */
  id: string;
  certificateNumber: string;
  status: CertificateStatus;
  changedAt: string;
}

/** Most entries one allow-list holds. */
export const ALLOW_LIST_MAX = 50;

export type IpEntryCheck = { ok: true; value: string } | { ok: false; message: string };

const IPV4_PART = /^(0|[1-9]\d{0,2})$/;

function isIpv4(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 4 && parts.every((p) => IPV4_PART.test(p) && Number(p) <= 255);
}

function isIpv6(value: string): boolean {
  if (!/^[0-9a-f:.]+$/.test(value)) return false;
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const all = halves.flatMap(groups);
  let count = 0;
  for (const [i, group] of all.entries()) {
    // an IPv4 tail (::ffff:10.0.0.1) counts as two groups and only at the end
    if (i === all.length - 1 && group.includes('.')) {
      if (!isIpv4(group)) return false;
      count += 2;
    } else if (/^[0-9a-f]{1,4}$/.test(group)) {
      count += 1;
    } else {
      return false;
    }
  }
  return halves.length === 2 ? count < 8 : count === 8;
}

/**
 * One entry of an IP allow-list: an IPv4 or IPv6 address, or a CIDR range of either (`10.1.0.0/16`,
 * `2001:db8::/32`). The value comes back trimmed and in lower case. A range of every address (`/0`) is refused:
 * it would make the allow-list mean nothing.
 */
export function checkIpAllowEntry(raw: string): IpEntryCheck {
  const value = raw.trim().toLowerCase();
  const invalid = {
    ok: false as const,
    message: `“${raw.trim()}”不是有效的IP地址或网段（如 10.1.2.3、10.1.0.0/16、2001:db8::/32）`,
  };
  const [address = '', prefix, extra] = value.split('/');
  if (extra !== undefined) return invalid;
  const family = isIpv4(address) ? 4 : isIpv6(address) ? 6 : 0;
  if (family === 0) return invalid;
  if (prefix !== undefined) {
    const max = family === 4 ? 32 : 128;
    if (!/^(0|[1-9]\d{0,2})$/.test(prefix) || Number(prefix) > max) {
      return { ok: false, message: `“${raw.trim()}”的网段前缀应为1至${max}` };
    }
    if (Number(prefix) === 0)
      return { ok: false, message: `“${raw.trim()}”放行全部地址，请填写具体的地址或网段` };
  }
  return { ok: true, value };
}

/** The WHATWG URL of browsers and Node; this package compiles without the DOM's or Node's types. */
declare const URL: new (
  input: string,
) => { protocol: string; username: string; password: string; hash: string; hostname: string };

/** A webhook address: http(s), no user or password in it. Production accepts https only (checked on the server). */
function checkWebhookUrl(value: string): string | null {
  let url: InstanceType<typeof URL>;
  try {
    url = new URL(value);
  } catch {
    return '回调地址格式不正确，应以 https:// 开头';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return '回调地址应以 https:// 开头';
  if (url.username || url.password) return '回调地址不能包含用户名或密码';
  if (url.hash) return '回调地址不能包含“#”片段';
  return null;
}

/** `POST /api/department/integration-clients` and `PUT …/:id`: what the 系统管理员 registers. */
export const integrationClientSchema = z
  .object({
    name: text('客户端名称', { max: 50 }),
    scopes: z
      .array(z.enum(INTEGRATION_SCOPES, { error: '权限只能是证书查询或证书状态变更推送' }), {
        error: '请选择权限',
      })
      .min(1, '请至少选择一项权限')
      .transform((scopes) => INTEGRATION_SCOPES.filter((s) => scopes.includes(s))),
    allowedIps: z
      .array(
        z.string({ error: '地址白名单的每一项须为文本' }).max(64, '地址白名单的每一项不能超过64个字符'),
        {
          error: '地址白名单格式不正确',
        },
      )
      .max(ALLOW_LIST_MAX, `地址白名单最多${ALLOW_LIST_MAX}项`)
      .default([])
      .transform((entries, ctx) => {
        const values: string[] = [];
        for (const entry of entries) {
          if (entry.trim() === '') continue;
          const check = checkIpAllowEntry(entry);
          if (!check.ok) {
            ctx.addIssue({ code: 'custom', message: check.message });
            return z.NEVER;
          }
          if (!values.includes(check.value)) values.push(check.value);
        }
        return values;
      }),
    webhookUrl: z
      .string({ error: '回调地址须为文本' })
      .trim()
      .max(500, '回调地址不能超过500个字符')
      .nullish()
      .transform((v, ctx) => {
        if (!v) return null;
        const message = checkWebhookUrl(v);
        if (message) {
          ctx.addIssue({ code: 'custom', message });
          return z.NEVER;
        }
        return v;
      }),
    rateLimitPerMinute: z
      .number({ error: '请填写每分钟调用上限' })
      .int('每分钟调用上限须为整数')
      .min(1, '每分钟调用上限至少为1')
      .max(100_000, '每分钟调用上限不能超过100000')
      .default(600),
  })
  .superRefine((data, ctx) => {
    // no scope chosen yet: 请至少选择一项权限 says enough
    if (data.scopes.length === 0) return;
    const pushes = data.scopes.includes('certificates:webhook');
    if (pushes && !data.webhookUrl) {
      ctx.addIssue({
        code: 'custom',
        path: ['webhookUrl'],
        message: '开通证书状态变更推送时请填写回调地址',
      });
    }
    if (!pushes && data.webhookUrl) {
      ctx.addIssue({
        code: 'custom',
        path: ['webhookUrl'],
        message: '只有开通证书状态变更推送的客户端需要回调地址',
      });
    }
  });
export type IntegrationClientInput = z.input<typeof integrationClientSchema>;
export type IntegrationClientBody = z.infer<typeof integrationClientSchema>;

/** A row of 接口客户端: never a secret; the allow-list as entered (normalised). */
export const integrationClientItemSchema = z
  .object({
    id: z.string(),
    clientId: z.string().describe('客户端编号（ic_ 加16位十六进制）'),
    name: z.string(),
    scopes: z.array(z.enum(INTEGRATION_SCOPES)),
    allowedIps: z.array(z.string()).describe('地址白名单；空为不限'),
    webhookUrl: z.string().nullable(),
    rateLimitPerMinute: z.number(),
    enabled: z.boolean(),
    createdAt: isoDateTime,
    /** the last 重置密钥 */
    secretRotatedAt: isoDateTime.nullable().describe('最近一次重置密钥的时间'),
    disabledAt: isoDateTime.nullable(),
  })
  .describe('接口客户端（不含密钥）');
export type IntegrationClientItem = z.infer<typeof integrationClientItemSchema>;

/** `GET /api/department/integration-clients` */
export const integrationClientListAnswerSchema =
  itemsAnswer(integrationClientItemSchema).describe('接口客户端');

/**
 * The answer of 新增 and 重置密钥: the secrets in clear, this once. Only their hash (the secret) and their
 * ciphertext (the signing secret, which the server needs to sign) are kept.
 */
export const integrationClientSecretsSchema = z
  .object({
    client: integrationClientItemSchema,
    /** what the client sends: `Authorization: Bearer <credential>` */
    credential: z.string().describe('调用凭据：Authorization: Bearer <credential>（只显示这一次）'),
    /** signs the webhooks (`whsec_…`) */
    signingSecret: z.string().describe('推送签名密钥 whsec_…（只显示这一次）'),
  })
  .describe('接口客户端及其密钥（只显示这一次）');
export type IntegrationClientSecrets = z.infer<typeof integrationClientSecretsSchema>;

/** `POST /api/integration/v1/certificates/search`: the number travels in the body, never in a URL. */
export const integrationSearchSchema = z.object({
  idNumber: z
    .string({ error: '请提供证件号码（idNumber）' })
    .trim()
    .toUpperCase()
    .min(1, '请提供证件号码（idNumber）')
    .max(32, '证件号码不能超过32位')
    .regex(/^[0-9A-Z]+$/, '证件号码只能包含字母和数字'),
});
export type IntegrationSearchBody = z.infer<typeof integrationSearchSchema>;

/**
 * A certificate as the integration API answers it: what the public 证书查验 shows, and the masked 证件号码. A
 * schema, not only a type: the server serializes the answer through it (nothing else can slip out) and the
 * OpenAPI document describes it, so an integrator's generated client has the type.
 */
export const integrationCertificateSchema = z
  .object({
    number: z.string().describe('证书编号'),
    holderName: z.string().describe('持证人姓名'),
    maskedIdNumber: z.string().describe('持证人证件号码（脱敏，如 220102********1234）'),
    category: z.enum(TALENT_CATEGORIES).describe('人才类别 A–E'),
    categoryName: z.string().describe('人才类别名称'),
    issuedOn: z.string().describe('发证日期 YYYY-MM-DD'),
    validUntil: z.string().nullable().describe('有效期至 YYYY-MM-DD；null 为长期有效'),
    status: z.enum(CERTIFICATE_STATUSES).describe('证书状态'),
    statusChangedAt: z.string().nullable().describe('状态变更时间（ISO 8601）'),
  })
  .describe('电子证书');
export type IntegrationCertificate = z.infer<typeof integrationCertificateSchema>;

/** `GET /api/integration/v1/certificates/:number` */
export const integrationLookupAnswerSchema = z.object({ certificate: integrationCertificateSchema });
/** `POST /api/integration/v1/certificates/search`: every certificate of the holder, newest first */
export const integrationSearchAnswerSchema = z.object({ items: z.array(integrationCertificateSchema) });

/** The states of a webhook delivery, as 消息发送记录 has for SMS. */
export const WEBHOOK_STATES = ['待发送', '已送达', '失败'] as const;
export type WebhookState = (typeof WEBHOOK_STATES)[number];

export const webhookDeliveryItemSchema = z
  .object({
    id: z.string(),
    clientName: z.string(),
    clientId: z.string(),
    /** a stopped client's deliveries are not tried again */
    clientEnabled: z.boolean().describe('客户端是否启用；停用客户端的记录不再重试'),
    certificateNumber: z.string(),
    status: z.enum(CERTIFICATE_STATUSES),
    changedAt: isoDateTime,
    state: z.enum(WEBHOOK_STATES),
    /** tries so far */
    attempts: z.number().describe('已尝试次数'),
    lastError: z.string().nullable(),
    /** the receiver's HTTP status of the last try, when it answered */
    lastHttpStatus: z.number().nullable().describe('接收方最近一次响应的 HTTP 状态码'),
    createdAt: isoDateTime,
    deliveredAt: isoDateTime.nullable(),
  })
  .describe('证书状态推送记录');
export type WebhookDeliveryItem = z.infer<typeof webhookDeliveryItemSchema>;

/** `GET /api/department/integration-clients/deliveries?state=&page=` */
export const webhookDeliveryPageSchema = pagedAnswer(webhookDeliveryItemSchema)
  .extend({ counts: countsOf(WEBHOOK_STATES).describe('各推送状态的记录数') })
  .describe('证书状态推送记录（分页）');
export type WebhookDeliveryPage = z.infer<typeof webhookDeliveryPageSchema>;
