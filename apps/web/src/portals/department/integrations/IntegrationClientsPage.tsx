import {
  INTEGRATION_SCOPE_LABELS,
  type IntegrationClientItem,
  type IntegrationClientSecrets,
} from '@rcpd/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Spin, Table, type TableColumnsType, Tag } from 'antd';
import { type ReactNode, useState } from 'react';
import { api } from '../../../api/client';
import { StatusBadge } from '../../../components/AccountAdmin';
import { BeijingTime } from '../../../components/beijingTime';
import { FieldCards } from '../../../components/FieldCards';
import { PageTitle } from '../../../components/Layouts';
import { QueryError } from '../../../components/QueryError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { useIsMobile } from '../../../components/useIsMobile';
import { errorMessage } from '../../../forms/errors';
import { CLIENTS_KEY, CLIENTS_PATH, ClientFormModal } from './ClientFormModal';
import { Deliveries } from './Deliveries';
import { SecretsModal } from './SecretsModal';

function AllowList({ item }: { item: IntegrationClientItem }) {
  if (item.allowedIps.length === 0) return <span className="text-warning">未登记（拒绝所有调用）</span>;
  return (
    <span className="cell-value allow-list">
      {item.allowedIps.map((ip) => (
        <span key={ip} className="nowrap">
          {ip}
        </span>
      ))}
    </span>
  );
}

interface Handlers {
  edit: (item: IntegrationClientItem) => void;
  shown: (secrets: IntegrationClientSecrets, renewed: boolean) => void;
}

function Actions({ item, handlers }: { item: IntegrationClientItem; handlers: Handlers }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: CLIENTS_KEY });
  const params = { id: item.id };
  const reset = useMutation({
    mutationFn: () => api.post(`${CLIENTS_PATH}/{id}/reset-secret`, { params }),
    onSettled: refresh,
  });
  const disable = useMutation({
    mutationFn: () => api.post(`${CLIENTS_PATH}/{id}/disable`, { params }),
    onSettled: refresh,
  });
  if (!item.enabled) return '—';
  return (
    <span className="row-actions">
      <Button type="link" size="small" aria-label={`编辑：${item.name}`} onClick={() => handlers.edit(item)}>
        编辑
      </Button>
      <Popconfirm
        title="确定重置密钥吗？"
        description="新密钥只显示一次，旧密钥立即失效，该系统须换用新密钥后才能继续调用。"
        okText="重置密钥"
        cancelText="取消"
        okButtonProps={{ loading: reset.isPending }}
        onConfirm={() =>
          reset.mutateAsync().then(
            (secrets) => {
              handlers.shown(secrets, true);
              // the answer carried the secrets: the mutation keeps no copy of them
              reset.reset();
            },
            (error: unknown) => void message.error(errorMessage(error)),
          )
        }
      >
        <Button type="link" size="small" aria-label={`重置密钥：${item.name}`}>
          重置密钥
        </Button>
      </Popconfirm>
      <Popconfirm
        title="确定停用该接口客户端吗？"
        description="停用后凭据立即失效，等待中的推送不再发送；停用不能撤回。"
        okText="停用"
        okButtonProps={{ danger: true, loading: disable.isPending }}
        cancelText="取消"
        onConfirm={() =>
          disable.mutateAsync().then(
            () => void message.success(`已停用：${item.name}`),
            (error: unknown) => void message.error(errorMessage(error)),
          )
        }
      >
        <Button type="link" size="small" danger aria-label={`停用：${item.name}`}>
          停用
        </Button>
      </Popconfirm>
    </span>
  );
}

const FIELDS: [title: string, value: (item: IntegrationClientItem) => ReactNode][] = [
  ['客户端编号', (item) => <code>{item.clientId}</code>],
  [
    '权限',
    (item) => (
      <span className="tag-list">
        {item.scopes.map((s) => (
          <Tag key={s}>{INTEGRATION_SCOPE_LABELS[s]}</Tag>
        ))}
      </span>
    ),
  ],
  ['地址白名单', (item) => <AllowList item={item} />],
  ['回调地址', (item) => (item.webhookUrl ? <span className="url-value">{item.webhookUrl}</span> : '—')],
  ['每分钟上限', (item) => `${item.rateLimitPerMinute}次`],
  ['状态', (item) => <StatusBadge enabled={item.enabled} />],
  ['创建时间', (item) => <BeijingTime iso={item.createdAt} />],
];

/** The table's first column: the name, and the client id it signs in with below it. */
function NameCell({ item }: { item: IntegrationClientItem }) {
  return (
    <span className="cell-name">
      {item.name}
      <br />
      <code className="muted">{item.clientId}</code>
    </span>
  );
}

/**
 * 接口客户端 (系统管理员): the province's systems (电子证照库, 吉事办) that look certificates up with their own
 * credential and receive status webhooks; their registration, 重置密钥 and 停用, and the webhooks sent to them.
 */
export function IntegrationClientsPage() {
  const mobile = useIsMobile();
  const [form, setForm] = useState<{ open: boolean; editing: IntegrationClientItem | null }>({
    open: false,
    editing: null,
  });
  const [secrets, setSecrets] = useState<{ value: IntegrationClientSecrets; renewed: boolean } | null>(null);
  const query = useQuery({
    queryKey: CLIENTS_KEY,
    queryFn: () => api.get(CLIENTS_PATH),
  });
  const handlers: Handlers = {
    edit: (item) => setForm({ open: true, editing: item }),
    shown: (value, renewed) => setSecrets({ value, renewed }),
  };
  const items = query.data?.items ?? [];

  // the id goes under the name, and the day of creation stays for the phone's cards: the table fits 1280 px
  const columns: TableColumnsType<IntegrationClientItem> = [
    { title: '接口客户端', key: 'name', render: (_, item) => <NameCell item={item} /> },
    ...FIELDS.filter(([title]) => title !== '客户端编号' && title !== '创建时间').map(([title, value]) => ({
      title,
      key: title,
      className: title === '地址白名单' || title === '回调地址' || title === '权限' ? undefined : 'nowrap',
      render: (_: unknown, item: IntegrationClientItem) => value(item),
    })),
    {
      title: '操作',
      key: 'actions',
      className: 'nowrap',
      render: (_, item) => <Actions item={item} handlers={handlers} />,
    },
  ];

  let list: ReactNode;
  if (mobile && !query.data) list = query.isError ? null : <Spin />;
  else if (mobile)
    list = (
      <FieldCards
        label="接口客户端列表"
        empty="暂无接口客户端"
        items={items.map((item) => ({
          key: item.id,
          title: item.name,
          fields: FIELDS.map(([title, value]): [string, ReactNode] => [title, value(item)]),
          actions: item.enabled ? <Actions item={item} handlers={handlers} /> : undefined,
        }))}
      />
    );
  else
    list = (
      <ScrollRegion label="接口客户端列表">
        <Table<IntegrationClientItem>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={items}
          loading={query.isPending && !query.isError}
          pagination={false}
          tableLayout="auto"
          rowClassName={(item) => (item.enabled ? '' : 'row-disabled')}
          locale={{ emptyText: '暂无接口客户端' }}
        />
      </ScrollRegion>
    );

  return (
    <>
      <PageTitle
        extra={
          <Button type="primary" onClick={() => setForm({ open: true, editing: null })}>
            新增
          </Button>
        }
      >
        接口客户端
      </PageTitle>
      <p className="muted">
        省内其他系统（电子证照库、吉事办等）以自己的凭据调用本系统的集成接口：按证书编号或持证人证件号码查询证书，并在证书状态变更时接收带签名的推送。调用须来自地址白名单内的地址，按客户端限制每分钟调用次数，每次调用都记入审计日志。
      </p>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {list}
      <Deliveries />
      <ClientFormModal
        open={form.open}
        editing={form.editing}
        onClose={() => setForm({ open: false, editing: null })}
        onCreated={(value) => setSecrets({ value, renewed: false })}
      />
      <SecretsModal
        secrets={secrets?.value ?? null}
        renewed={secrets?.renewed ?? false}
        onClose={() => setSecrets(null)}
      />
    </>
  );
}
