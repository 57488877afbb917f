import { type SupervisorItem, supervisorBodySchema } from '@rcpd/shared';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { formatTime } from '../../../components/format';
import { PageTitle } from '../../../components/Layouts';
import { QueryError } from '../../../components/QueryError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { useIsMobile } from '../../../components/useIsMobile';
import { applyApiError, errorMessage, parseBody } from '../../../forms/errors';
import { fieldRule } from '../../../forms/rules';
import { useDeleteSupervisor, useSaveSupervisor, useSupervisors } from './api';
import { SupervisorEmployers } from './SupervisorEmployers';

/** 添加 or 重命名 of one 主管部门. */
function NameModal({ editing, onClose }: { editing: SupervisorItem | 'new' | null; onClose: () => void }) {
  const [form] = Form.useForm<{ name: string }>();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const save = useSaveSupervisor();
  const current = editing === 'new' ? null : editing;
  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };
  const onFinish = (values: unknown) => {
    setError(null);
    const body = parseBody(form, supervisorBodySchema, values);
    if (!body.ok) return setError(body.message);
    save.mutate(
      { id: current?.id ?? null, name: body.data.name },
      {
        onSuccess: () => {
          message.success(current ? '已修改主管部门名称' : '已添加主管部门');
          close();
        },
        onError: (failure) => setError(applyApiError(form, failure)),
      },
    );
  };
  return (
    <Modal
      open={editing !== null}
      title={current ? `重命名：${current.name}` : '添加主管部门'}
      onCancel={close}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close}>
          取消
        </Button>,
        <Button key="save" type="primary" htmlType="submit" form="supervisor-name" loading={save.isPending}>
          保存
        </Button>,
      ]}
    >
      <Form
        form={form}
        name="supervisor-name"
        layout="vertical"
        initialValues={{ name: current?.name ?? '' }}
        onFinish={onFinish}
      >
        <Form.Item
          label="主管部门名称"
          name="name"
          rules={[fieldRule(supervisorBodySchema.shape.name)]}
          extra="如：吉林省科学技术厅。导入单位的主管部门时，表格中的名称须与此处完全一致。"
          required
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}

function DeleteButton({ item }: { item: SupervisorItem }) {
  const { message } = App.useApp();
  const remove = useDeleteSupervisor();
  return (
    <Popconfirm
      title={`确定删除“${item.name}”吗？`}
      description="仅当没有单位和审核账号属于该主管部门时才能删除。"
      okText="删除"
      cancelText="取消"
      okButtonProps={{ danger: true, loading: remove.isPending }}
      onConfirm={() =>
        remove.mutateAsync(item.id).then(
          () => void message.success('已删除主管部门'),
          (error: unknown) => void message.error(errorMessage(error)),
        )
      }
    >
      <Button size="small" danger aria-label={`删除：${item.name}`}>
        删除
      </Button>
    </Popconfirm>
  );
}

/**
 * 主管部门管理 (系统管理员): the 主管部门 and which employers each one supervises. A 主管部门审核 reviewer sees only
 * the applications of its 主管部门's employers; an employer moved to another 主管部门 takes its waiting
 * applications along.
 */
export function SupervisorsPage() {
  const query = useSupervisors();
  const [editing, setEditing] = useState<SupervisorItem | 'new' | null>(null);
  const [showing, setShowing] = useState<string>('');
  const supervisors = query.data?.items ?? [];
  const mobile = useIsMobile();
  const actions = (item: SupervisorItem) => (
    <div className="table-actions">
      <Button
        size="small"
        aria-label={`查看单位：${item.name}`}
        onClick={() => {
          setShowing(item.id);
          document.getElementById('supervisor-employers')?.scrollIntoView({ block: 'start' });
        }}
      >
        查看单位
      </Button>
      <Button size="small" aria-label={`重命名：${item.name}`} onClick={() => setEditing(item)}>
        重命名
      </Button>
      <DeleteButton item={item} />
    </div>
  );

  const columns: TableColumnsType<SupervisorItem> = [
    {
      title: '主管部门名称',
      dataIndex: 'name',
      render: (v: string) => <span className="cell-name">{v}</span>,
    },
    { title: '单位数', dataIndex: 'employerCount', className: 'nowrap' },
    { title: '审核账号数', dataIndex: 'accountCount', className: 'nowrap' },
    { title: '添加时间', dataIndex: 'createdAt', className: 'nowrap', render: (v: string) => formatTime(v) },
    {
      title: '操作',
      key: 'actions',
      className: 'nowrap',
      render: (_, item) => actions(item),
    },
  ];

  return (
    <>
      <PageTitle
        extra={
          <Button type="primary" onClick={() => setEditing('new')}>
            添加主管部门
          </Button>
        }
      >
        主管部门管理
      </PageTitle>
      <p className="muted">
        审核环节为“主管部门审核”的账号只能看到、审核其所属主管部门下单位推荐的申报。单位调整到其他主管部门后，其正在主管部门审核环节等待的申报随单位转到新的主管部门。未分配主管部门的单位，其申报在主管部门审核环节任何主管部门都看不到，请及时分配。
      </p>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <div className="card-stack">
        <Card title={<h2 className="card-title">主管部门</h2>}>
          {mobile ? (
            // phones: one block per 主管部门, its buttons in view without scrolling sideways
            <section aria-label="主管部门列表">
              {supervisors.length === 0 ? (
                <p className="muted entry-empty">{query.isPending ? '加载中…' : '暂无主管部门，请先添加'}</p>
              ) : (
                <ol className="entry-cards">
                  {supervisors.map((item) => (
                    <li key={item.id} className="entry-card-item">
                      <div className="entry-card-head">{item.name}</div>
                      <dl className="entry-card-fields">
                        <div>
                          <dt>单位数</dt>
                          <dd>{item.employerCount}</dd>
                        </div>
                        <div>
                          <dt>审核账号数</dt>
                          <dd>{item.accountCount}</dd>
                        </div>
                        <div>
                          <dt>添加时间</dt>
                          <dd>{formatTime(item.createdAt)}</dd>
                        </div>
                      </dl>
                      {actions(item)}
                    </li>
                  ))}
                </ol>
              )}
            </section>
          ) : (
            <ScrollRegion label="主管部门列表">
              <Table<SupervisorItem>
                rowKey="id"
                size="middle"
                columns={columns}
                dataSource={supervisors}
                loading={query.isPending && !query.isError}
                pagination={false}
                tableLayout="auto"
                locale={{ emptyText: '暂无主管部门，请先添加' }}
              />
            </ScrollRegion>
          )}
        </Card>
        <SupervisorEmployers supervisors={supervisors} filter={showing} onFilter={setShowing} />
      </div>
      <NameModal
        key={editing === 'new' ? 'new' : (editing?.id ?? 'none')}
        editing={editing}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
