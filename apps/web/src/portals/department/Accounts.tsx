import {
  type AccountListItem,
  DEPARTMENT_REVIEW_STAGES,
  DEPARTMENT_ROLE_DUTIES,
  DEPARTMENT_ROLES,
  type DepartmentAccountCreate,
  type DepartmentAccountStage,
  type DepartmentRole,
  departmentAccountCreateSchema,
  departmentAccountStageSchema,
  ROLE_LABELS,
  type SupervisorItem,
  stageName,
} from '@rcpd/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { CreateAccountModal, StatusBadge, ToggleEnabledButton } from '../../components/AccountAdmin';
import { formatTime } from '../../components/format';
import { PageTitle } from '../../components/Layouts';
import { QueryError } from '../../components/QueryError';
import { applyApiError, parseBody } from '../../forms/errors';
import { fieldRule, PASSWORD_HINT, passwordRule } from '../../forms/rules';
import { useSupervisors } from './supervisors/api';

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

const supervisorOptions = (items: SupervisorItem[]) => items.map((s) => ({ value: s.id, label: s.name }));
const NO_SUPERVISORS = '尚无主管部门，请先在“主管部门管理”中添加';

/**
 * 主管部门, asked for only while the 审核环节 is 主管部门审核: such an account sees only the applications of that
 * 主管部门's employers.
 */
function SupervisorField({ id, supervisors }: { id: string; supervisors: SupervisorItem[] }) {
  return (
    <Form.Item noStyle dependencies={['reviewStage']}>
      {({ getFieldValue }) =>
        getFieldValue('reviewStage') === 'supervisor' ? (
          <Form.Item
            label="主管部门"
            name="supervisorId"
            htmlFor={id}
            extra="该账号只能看到、审核此主管部门下单位推荐的申报。"
            rules={[{ required: true, message: '审核环节为主管部门审核时，请选择主管部门' }]}
            required
          >
            <Select
              id={id}
              placeholder="请选择主管部门"
              options={supervisorOptions(supervisors)}
              showSearch={{ optionFilterProp: 'label' }}
              notFoundContent={NO_SUPERVISORS}
            />
          </Form.Item>
        ) : null
      }
    </Form.Item>
  );
}

/** 编辑 of a department account's 审核环节 and 主管部门. */
function StageModal({ item, onClose }: { item: AccountListItem | null; onClose: () => void }) {
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const supervisors = useSupervisors();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (body: DepartmentAccountStage) =>
      api.put(`${PATH}/{id}/review-stage`, { params: { id: item?.id ?? '' }, body }),
    onSuccess: () => {
      message.success('已保存审核环节');
      void queryClient.invalidateQueries({ queryKey: KEY });
      onClose();
    },
    onError: (failure) => setError(applyApiError(form, failure)),
  });
  const onFinish = (values: unknown) => {
    setError(null);
    const body = parseBody(form, departmentAccountStageSchema, values);
    if (body.ok) mutation.mutate(body.data);
    else setError(body.message);
  };
  return (
    <Modal
      open={item !== null}
      title={`编辑审核环节：${item?.name ?? ''}（${item?.login ?? ''}）`}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button key="save" type="primary" htmlType="submit" form="account-stage" loading={mutation.isPending}>
          保存
        </Button>,
      ]}
    >
      <Form
        form={form}
        name="account-stage"
        layout="vertical"
        initialValues={{
          reviewStage: item?.reviewStage ?? 'province',
          supervisorId: item?.supervisorId ?? undefined,
        }}
        onFinish={onFinish}
      >
        <Form.Item label="审核环节" name="reviewStage" htmlFor="account-stage-review-stage" required>
          <Select id="account-stage-review-stage" options={STAGE_OPTIONS} />
        </Form.Item>
        <SupervisorField id="account-stage-supervisor" supervisors={supervisors.data?.items ?? []} />
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}

const columns = (edit: (item: AccountListItem) => void): TableColumnsType<AccountListItem> => [
  { title: '用户名', dataIndex: 'login' },
  { title: '姓名', dataIndex: 'name' },
  { title: '所属部门', dataIndex: 'departmentName', render: (value: string | null) => value ?? '—' },
  { title: '角色', dataIndex: 'roleLabel' },
  {
    title: '审核环节',
    dataIndex: 'reviewStageName',
    render: (value: string | null, item) =>
      item.supervisorName ? `${value}（${item.supervisorName}）` : (value ?? '—'),
  },
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
    render: (_: unknown, item) => (
      <div className="table-actions">
        {item.allowedActions.includes('编辑审核环节') && (
          <Button size="small" aria-label={`编辑审核环节：${item.login}`} onClick={() => edit(item)}>
            编辑
          </Button>
        )}
        <ToggleEnabledButton item={item} path={PATH} queryKey={KEY} />
      </div>
    ),
  },
];

/** 账号管理 (系统管理员): department accounts, which sign in at 管理端登录 with a 用户名. */
export function AccountsPage() {
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<AccountListItem | null>(null);
  const supervisors = useSupervisors();
  const query = useQuery({
    queryKey: KEY,
    queryFn: () => api.get(PATH),
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
        columns={columns(setEditing)}
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
              <>
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
                <SupervisorField id="account-supervisor" supervisors={supervisors.data?.items ?? []} />
              </>
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
      <StageModal key={editing?.id ?? 'none'} item={editing} onClose={() => setEditing(null)} />
    </>
  );
}
