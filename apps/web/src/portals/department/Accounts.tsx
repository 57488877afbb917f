import {
  type AccountListItem,
  DEPARTMENT_REVIEW_STAGES,
  DEPARTMENT_ROLE_DUTIES,
  DEPARTMENT_ROLES,
  type DepartmentAccountCreate,
  type DepartmentRole,
  departmentAccountCreateSchema,
  ROLE_LABELS,
  stageName,
} from '@rcpd/shared';
import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { CreateAccountModal, StatusBadge, ToggleEnabledButton } from '../../components/AccountAdmin';
import { formatTime } from '../../components/format';
import { PageTitle } from '../../components/Layouts';
import { QueryError } from '../../components/QueryError';
import { parseBody } from '../../forms/errors';
import { fieldRule, PASSWORD_HINT, passwordRule } from '../../forms/rules';

const PATH = '/api/department/accounts';
const KEY = ['department', 'accounts'] as const;
const shape = departmentAccountCreateSchema.shape;
const ROLE_OPTIONS = DEPARTMENT_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** A role and what it is for: 三员分立 is chosen knowingly. */
function RoleOption({ role }: { role: DepartmentRole }) {
  return (
    <div className="role-option">
      <div>{ROLE_LABELS[role]}</div>
      <div className="muted role-option-duty">{DEPARTMENT_ROLE_DUTIES[role]}</div>
    </div>
  );
}
const STAGE_OPTIONS = DEPARTMENT_REVIEW_STAGES.map((stage) => ({ value: stage, label: stageName(stage) }));

const columns: TableColumnsType<AccountListItem> = [
  { title: '用户名', dataIndex: 'login' },
  { title: '姓名', dataIndex: 'name' },
  { title: '所属部门', dataIndex: 'departmentName', render: (value: string | null) => value ?? '—' },
  { title: '角色', dataIndex: 'roleLabel' },
  { title: '审核环节', dataIndex: 'reviewStageName', render: (value: string | null) => value ?? '—' },
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

/** 账号管理 (系统管理员): department accounts, which sign in at 管理端登录 with a 用户名. */
export function AccountsPage() {
  const [adding, setAdding] = useState(false);
  const query = useQuery({
    queryKey: KEY,
    queryFn: () => api.get<{ items: AccountListItem[] }>(PATH),
  });

  return (
    <>
      <PageTitle
        extra={
          <Button type="primary" onClick={() => setAdding(true)}>
            新建账号
          </Button>
        }
      >
        账号管理
      </PageTitle>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <Table<AccountListItem>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isPending && !query.isError}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '暂无账号' }}
      />
      <CreateAccountModal<DepartmentAccountCreate>
        open={adding}
        onClose={() => setAdding(false)}
        title="新建账号"
        name="department-account-create"
        path={PATH}
        queryKey={KEY}
        parse={(form, values) => parseBody(form, departmentAccountCreateSchema, values)}
      >
        <Form.Item label="用户名" name="username" rules={[fieldRule(shape.username)]} required>
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item label="姓名" name="name" rules={[fieldRule(shape.name)]} required>
          <Input autoComplete="off" maxLength={50} />
        </Form.Item>
        <Form.Item label="所属部门" name="departmentName" rules={[fieldRule(shape.departmentName)]} required>
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item label="角色" name="role" rules={[fieldRule(shape.role)]} required>
          <Select
            options={ROLE_OPTIONS}
            placeholder="请选择角色"
            optionRender={(o) => <RoleOption role={o.value as DepartmentRole} />}
          />
        </Form.Item>
        {/* only a 审核人 holds a review stage (三员分立: the other roles review nothing) */}
        <Form.Item noStyle dependencies={['role']}>
          {({ getFieldValue }) =>
            getFieldValue('role') === 'dept_reviewer' && (
              <Form.Item
                label="审核环节"
                name="reviewStage"
                htmlFor="account-review-stage"
                initialValue="province"
                extra="主管部门的账号审核“主管部门审核”环节（启用该环节时）；其他账号审核“省人社厅审核”环节。"
                required
              >
                <Select id="account-review-stage" options={STAGE_OPTIONS} />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item
          label="初始密码"
          name="password"
          rules={[passwordRule(shape.password, ['username'])]}
          dependencies={['username']}
          extra={PASSWORD_HINT}
          required
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </CreateAccountModal>
    </>
  );
}
