import { type SupervisedEmployerItem, type SupervisorItem, UNASSIGNED, UNASSIGNED_LABEL } from '@rcpd/shared';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Pagination,
  Select,
  Table,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { QueryError } from '../../../components/QueryError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { StatusTag } from '../../../components/StatusTag';
import { useIsMobile } from '../../../components/useIsMobile';
import { errorMessage } from '../../../forms/errors';
import { PATH, useAssignEmployer, useSupervisedEmployers } from './api';
import { SupervisorImportDialog } from './SupervisorImportDialog';

const ALL = '';

/** 设置主管部门 of one employer. */
function AssignModal({
  employer,
  supervisors,
  onClose,
}: {
  employer: SupervisedEmployerItem | null;
  supervisors: SupervisorItem[];
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const assign = useAssignEmployer();
  const [chosen, setChosen] = useState<string>(employer?.supervisorId ?? UNASSIGNED);
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    if (!employer) return;
    setError(null);
    assign.mutate(
      { employerId: employer.id, supervisorId: chosen === UNASSIGNED ? null : chosen },
      {
        onSuccess: (item) => {
          message.success(`已将“${item.name}”的主管部门设为${item.supervisorName ?? UNASSIGNED_LABEL}`);
          onClose();
        },
        onError: (failure) => setError(errorMessage(failure)),
      },
    );
  };
  return (
    <Modal
      open={employer !== null}
      title="设置主管部门"
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button key="save" type="primary" onClick={save} loading={assign.isPending}>
          保存
        </Button>,
      ]}
    >
      <p>
        单位：{employer?.name}（{employer?.uscc}）
      </p>
      <Form layout="vertical">
        <Form.Item
          label="主管部门"
          htmlFor="assign-supervisor"
          extra="该单位正在“主管部门审核”环节等待的申报将随单位转到所选主管部门。"
        >
          <Select
            id="assign-supervisor"
            value={chosen}
            onChange={setChosen}
            showSearch={{ optionFilterProp: 'label' }}
            options={[
              { value: UNASSIGNED, label: UNASSIGNED_LABEL },
              ...supervisors.map((s) => ({ value: s.id, label: s.name })),
            ]}
          />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}

/**
 * 单位的主管部门: employers found by name or 统一社会信用代码 (or those of one 主管部门, or the unassigned),
 * paged; each assigned one by one, or many by 导入.
 */
export function SupervisorEmployers({
  supervisors,
  filter,
  onFilter,
}: {
  supervisors: SupervisorItem[];
  /** the 主管部门 shown: an id, `none`, or '' for every employer */
  filter: string;
  onFilter: (supervisorId: string) => void;
}) {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [assigning, setAssigning] = useState<SupervisedEmployerItem | null>(null);
  const [importing, setImporting] = useState(false);
  const query = useSupervisedEmployers({ q, supervisorId: filter, page });
  const data = query.data;
  const mobile = useIsMobile();
  const supervisorOf = (item: SupervisedEmployerItem) =>
    item.supervisorName ?? <StatusTag tone="pending">{UNASSIGNED_LABEL}</StatusTag>;
  const assignButton = (item: SupervisedEmployerItem) => (
    <Button size="small" aria-label={`设置主管部门：${item.name}`} onClick={() => setAssigning(item)}>
      设置主管部门
    </Button>
  );

  const search = () => {
    setQ(text.trim());
    setPage(1);
  };
  const columns: TableColumnsType<SupervisedEmployerItem> = [
    { title: '单位名称', dataIndex: 'name', render: (v: string) => <span className="cell-name">{v}</span> },
    { title: '统一社会信用代码', dataIndex: 'uscc', className: 'nowrap' },
    {
      title: '主管部门',
      dataIndex: 'supervisorName',
      render: (_: string | null, item) => supervisorOf(item),
    },
    { title: '操作', key: 'actions', className: 'nowrap', render: (_, item) => assignButton(item) },
  ];

  return (
    <Card
      id="supervisor-employers"
      title={<h2 className="card-title">单位的主管部门</h2>}
      extra={
        <div className="table-actions">
          <Button onClick={() => setImporting(true)}>导入</Button>
          <Button href={`${PATH}/import-template.xlsx`} download>
            下载导入模板
          </Button>
        </div>
      }
    >
      <Form
        name="supervisor-employer-search"
        layout="vertical"
        className="search-row employer-search"
        onFinish={search}
      >
        <Form.Item label="单位名称或统一社会信用代码" htmlFor="employer-search-text">
          <Input
            id="employer-search-text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={100}
            allowClear
            autoComplete="off"
          />
        </Form.Item>
        <Form.Item label="主管部门" htmlFor="employer-search-supervisor">
          <Select
            id="employer-search-supervisor"
            value={filter}
            onChange={(value) => {
              onFilter(value);
              setPage(1);
            }}
            showSearch={{ optionFilterProp: 'label' }}
            options={[
              { value: ALL, label: '全部单位' },
              { value: UNASSIGNED, label: UNASSIGNED_LABEL },
              ...supervisors.map((s) => ({ value: s.id, label: s.name })),
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          查询
        </Button>
      </Form>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {mobile ? (
        // phones: one block per employer, its button in view without scrolling sideways
        <section aria-label="单位列表">
          {(data?.items.length ?? 0) === 0 ? (
            <p className="muted entry-empty">{query.isPending ? '加载中…' : '没有符合条件的单位'}</p>
          ) : (
            <ol className="entry-cards">
              {data?.items.map((item) => (
                <li key={item.id} className="entry-card-item">
                  <div className="entry-card-head">{item.name}</div>
                  <dl className="entry-card-fields">
                    <div>
                      <dt>统一社会信用代码</dt>
                      <dd>{item.uscc}</dd>
                    </div>
                    <div>
                      <dt>主管部门</dt>
                      <dd>{supervisorOf(item)}</dd>
                    </div>
                  </dl>
                  {assignButton(item)}
                </li>
              ))}
            </ol>
          )}
          {(data?.total ?? 0) > (data?.pageSize ?? 10) && (
            <Pagination
              className="cards-pager"
              simple
              current={page}
              pageSize={data?.pageSize ?? 10}
              total={data?.total ?? 0}
              onChange={setPage}
            />
          )}
        </section>
      ) : (
        <ScrollRegion label="单位列表">
          <Table<SupervisedEmployerItem>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={query.isFetching && !query.isError}
            tableLayout="auto"
            locale={{ emptyText: '没有符合条件的单位' }}
            pagination={{
              current: page,
              pageSize: data?.pageSize ?? 10,
              total: data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              showTotal: (total) => `共 ${total} 家单位`,
              onChange: setPage,
            }}
          />
        </ScrollRegion>
      )}
      <AssignModal
        key={assigning?.id ?? 'none'}
        employer={assigning}
        supervisors={supervisors}
        onClose={() => setAssigning(null)}
      />
      <SupervisorImportDialog open={importing} onClose={() => setImporting(false)} />
    </Card>
  );
}
