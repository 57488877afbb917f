import { type AccountListItem, type ReviewerCreate, reviewerCreateSchema } from '@rcpd/shared';
import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { CreateAccountModal, StatusBadge, ToggleEnabledButton } from '../../components/AccountAdmin';
import { formatTime } from '../../components/format';
import { PageTitle } from '../../components/Layouts';
import { QueryError } from '../../components/QueryError';
import { parseBody } from '../../forms/errors';
import { fieldRule, PASSWORD_HINT, passwordRule } from '../../forms/rules';

const PATH = '/api/employer/reviewers';
const KEY = ['employer', 'reviewers'] as const;
const shape = reviewerCreateSchema.shape;

const columns: TableColumnsType<AccountListItem> = [
  { title: '姓名', dataIndex: 'name' },
  { title: '手机号码', dataIndex: 'maskedPhone', render: (value: string | null) => value ?? '—' },
  { title: '状态', dataIndex: 'enabled', render: (enabled: boolean) => <StatusBadge enabled={enabled} /> },
  { title: '创建时间', dataIndex: 'createdAt', render: (value: string) => formatTime(value) },
  {
    title: '最后登录时间',
    dataIndex: 'lastLoginAt',
    render: (value: string | null) => formatTime(value, '从未登录'),
  },
  {
    title: '操作',
    key: 'actions',
    render: (_: unknown, item) => <ToggleEnabledButton item={item} path={PATH} queryKey={KEY} />,
  },
];

/** 审核人账号管理 (employer administrator): the 单位审核人 accounts, who sign in with their 手机号码. */
export function ReviewersPage() {
  const [adding, setAdding] = useState(false);
  const query = useQuery({
    queryKey: KEY,
    queryFn: () => api.get(PATH),
  });

  return (
    <>
      <PageTitle
        extra={
          <Button type="primary" onClick={() => setAdding(true)}>
            添加审核人
          </Button>
        }
      >
        审核人账号管理
      </PageTitle>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<AccountListItem>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isPending && !query.isError}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '暂无审核人账号' }}
      />
      <CreateAccountModal<ReviewerCreate>
        open={adding}
        onClose={() => setAdding(false)}
        title="添加审核人"
        name="reviewer-create"
        path={PATH}
        queryKey={KEY}
        parse={(form, values) => parseBody(form, reviewerCreateSchema, values)}
      >
        <Form.Item label="姓名" name="name" rules={[fieldRule(shape.name)]} required>
          <Input autoComplete="off" maxLength={50} />
        </Form.Item>
        <Form.Item label="手机号码" name="phone" rules={[fieldRule(shape.phone)]} required>
          <Input inputMode="tel" autoComplete="off" maxLength={11} />
        </Form.Item>
        <Form.Item
          label="初始密码"
          name="password"
          rules={[passwordRule(shape.password, ['phone'])]}
          dependencies={['phone']}
          extra={PASSWORD_HINT}
          required
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </CreateAccountModal>
    </>
  );
}
