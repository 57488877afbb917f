import type {
  IntegrationClientBody,
  IntegrationClientItem,
  IntegrationClientSecrets,
  IntegrationScope,
} from '@rcpd/shared';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DB, IntegrationClientsTable } from '../../db/schema.js';
import { actorOf } from '../../http/auth.js';
import { AppError, fieldError } from '../../http/errors.js';
import type { FieldCipher } from '../../platform/secrets.js';
import { appendAudit } from '../audit/audit.service.js';
import type { AuthContext, RequestMeta } from '../identity/sessions.js';
import { newClientId, newSecret, newSigningSecret, secretHash } from './credentials.js';

export const CLIENT_NOT_FOUND = '接口客户端不存在';

type ClientRow = Selectable<IntegrationClientsTable>;

export function clientItem(r: ClientRow): IntegrationClientItem {
  return {
    id: r.id,
    clientId: r.client_id,
    name: r.name,
    scopes: r.scopes as IntegrationScope[],
    allowedIps: r.allowed_ips,
    webhookUrl: r.webhook_url,
    rateLimitPerMinute: r.rate_limit_per_minute,
    enabled: r.enabled,
    createdAt: r.created_at.toISOString(),
    secretRotatedAt: r.secret_rotated_at?.toISOString() ?? null,
    disabledAt: r.disabled_at?.toISOString() ?? null,
  };
}

/** What the audit log keeps of a registration: everything but the secrets. */
const registration = (body: IntegrationClientBody) => ({
  name: body.name,
  scopes: body.scopes,
  allowedIps: body.allowedIps,
  webhookUrl: body.webhookUrl,
  rateLimitPerMinute: body.rateLimitPerMinute,
});

/**
 * 接口客户端 in the 管理端 (系统管理员): registration, 重置密钥 and 停用, each audited in its own transaction. The
 * secret and the signing secret are answered once, when they are made; the server keeps the secret's hash and the
 * signing secret's ciphertext.
 */
export function createIntegrationClients({
  db,
  cipher,
  production,
}: {
  db: Kysely<DB>;
  cipher: Pick<FieldCipher, 'encrypt'>;
  /** production: webhook URLs must be https */
  production: boolean;
}) {
  function checkUrl(body: IntegrationClientBody) {
    if (production && body.webhookUrl?.startsWith('http:')) {
      throw fieldError('webhookUrl', '生产环境的回调地址须使用 https://');
    }
  }

  async function locked(trx: Transaction<DB>, id: string): Promise<ClientRow> {
    const row = await trx
      .selectFrom('integration_clients')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', CLIENT_NOT_FOUND);
    if (!row.enabled) throw new AppError('CONFLICT', `接口客户端“${row.name}”已停用，不能再修改`);
    return row;
  }

  const secrets = () => {
    const secret = newSecret();
    const signingSecret = newSigningSecret();
    return { secret, signingSecret, hash: secretHash(secret), signingEnc: cipher.encrypt(signingSecret) };
  };

  return {
    async list(): Promise<{ items: IntegrationClientItem[] }> {
      const rows = await db
        .selectFrom('integration_clients')
        .selectAll()
        .orderBy('enabled', 'desc')
        .orderBy('created_at', 'desc')
        .execute();
      return { items: rows.map(clientItem) };
    },

    async create({
      auth,
      body,
      meta,
    }: {
      auth: AuthContext;
      body: IntegrationClientBody;
      meta: RequestMeta;
    }): Promise<IntegrationClientSecrets> {
      checkUrl(body);
      const made = secrets();
      const clientId = newClientId();
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('integration_clients')
          .values({
            client_id: clientId,
            name: body.name,
            scopes: JSON.stringify(body.scopes),
            allowed_ips: JSON.stringify(body.allowedIps),
            webhook_url: body.webhookUrl,
            secret_hash: made.hash,
            webhook_secret_enc: made.signingEnc,
            rate_limit_per_minute: body.rateLimitPerMinute,
            created_by: auth.account.id,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'integration_client.create',
          targetType: 'integration_client',
          targetId: row.id,
          detail: { clientId, ...registration(body) },
          ...meta,
        });
        return {
          client: clientItem(row),
          credential: `${clientId}.${made.secret}`,
          signingSecret: made.signingSecret,
        };
      });
    },

    /** 编辑: name, scopes, allow-list, webhook URL and limit; the secrets stay as they are. */
    async update({
      auth,
      id,
      body,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      body: IntegrationClientBody;
      meta: RequestMeta;
    }): Promise<IntegrationClientItem> {
      checkUrl(body);
      return db.transaction().execute(async (trx) => {
        const before = await locked(trx, id);
        const row = await trx
          .updateTable('integration_clients')
          .set({
            name: body.name,
            scopes: JSON.stringify(body.scopes),
            allowed_ips: JSON.stringify(body.allowedIps),
            webhook_url: body.webhookUrl,
            rate_limit_per_minute: body.rateLimitPerMinute,
            updated_at: new Date(),
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'integration_client.update',
          targetType: 'integration_client',
          targetId: id,
          detail: {
            clientId: before.client_id,
            before: registration({
              name: before.name,
              scopes: before.scopes as IntegrationScope[],
              allowedIps: before.allowed_ips,
              webhookUrl: before.webhook_url,
              rateLimitPerMinute: before.rate_limit_per_minute,
            }),
            after: registration(body),
          },
          ...meta,
        });
        return clientItem(row);
      });
    },

    /** 重置密钥: a new secret and signing secret; the old secret stops working with this commit. */
    async resetSecret({
      auth,
      id,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      meta: RequestMeta;
    }): Promise<IntegrationClientSecrets> {
      const made = secrets();
      return db.transaction().execute(async (trx) => {
        const before = await locked(trx, id);
        const now = new Date();
        const row = await trx
          .updateTable('integration_clients')
          .set({
            secret_hash: made.hash,
            webhook_secret_enc: made.signingEnc,
            secret_rotated_at: now,
            updated_at: now,
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'integration_client.reset_secret',
          targetType: 'integration_client',
          targetId: id,
          detail: { clientId: before.client_id, name: before.name },
          ...meta,
        });
        return {
          client: clientItem(row),
          credential: `${before.client_id}.${made.secret}`,
          signingSecret: made.signingSecret,
        };
      });
    },

    /**
     * 停用: the credential stops working at once and for good; the client's deliveries still waiting are given
     * up (失败, with why), so nothing more is pushed to it.
     */
    async disable({
      auth,
      id,
      meta,
    }: {
      auth: AuthContext;
      id: string;
      meta: RequestMeta;
    }): Promise<IntegrationClientItem> {
      return db.transaction().execute(async (trx) => {
        const before = await locked(trx, id);
        const now = new Date();
        const row = await trx
          .updateTable('integration_clients')
          .set({ enabled: false, disabled_at: now, updated_at: now })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
        const dropped = await trx
          .updateTable('webhook_deliveries')
          .set({ state: '失败', last_error: '接口客户端已停用，不再推送', updated_at: now })
          .where('client_id', '=', id)
          .where('state', '=', '待发送')
          .executeTakeFirst();
        await appendAudit(trx, {
          actor: actorOf(auth),
          action: 'integration_client.disable',
          targetType: 'integration_client',
          targetId: id,
          detail: {
            clientId: before.client_id,
            name: before.name,
            deliveriesDropped: Number(dropped.numUpdatedRows),
          },
          ...meta,
        });
        return clientItem(row);
      });
    },
  };
}

export type IntegrationClients = ReturnType<typeof createIntegrationClients>;
