import {
  DEFAULT_CATEGORY_NAMES,
  type EligibilityExceptionItem,
  eligibilityExceptionSchema,
  TALENT_CATEGORIES,
  TALENT_RESULT_OUTCOMES,
  type TalentResultItem,
  talentResultSchema,
} from '@rcpd/shared';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import type { FormInstance } from 'antd/es/form';
import { useState } from 'react';
import { api } from '../../api/client';
import { formatTime } from '../../components/format';
import { ListTotal, LoadMore, patchPages, SearchBox } from '../../components/keyset';
import { PageTitle } from '../../components/Layouts';
import { QueryError } from '../../components/QueryError';
import { ScrollRegion } from '../../components/ScrollRegion';
import { applyApiError, parseBody } from '../../forms/errors';
import { fieldRule } from '../../forms/rules';

const EXCEPTIONS = '/api/department/eligibility/exceptions';
const RESULTS = '/api/department/eligibility/results';
type ListPath = typeof EXCEPTIONS | typeof RESULTS;
const recordsKey = (url: ListPath) => ['department', 'eligibility', url] as const;
const PAGE_SIZE = 20;

/** What both lists ask for a page: newest first, searched by 姓名 or 证件号码, 加载更多 with the cursor. */
const paging = {
  initialPageParam: null as string | null,
  getNextPageParam: (last: { next: string | null }) => last.next,
};
const pageQuery = (search: string, after: string | null) => ({
  q: search || undefined,
  limit: PAGE_SIZE,
  after: after ?? undefined,
});

/** The search box and count above one of the lists. */
function ListSearch({
  label,
  total,
  onSearch,
}: {
  label: string;
  total?: number;
  onSearch: (q: string) => void;
}) {
  return (
    <search className="table-toolbar" aria-label={`查询${label}`} style={{ marginTop: 16 }}>
      <SearchBox label={`${label}：姓名或证件号码`} placeholder="姓名或完整证件号码" onSearch={onSearch} />
      <ListTotal total={total} />
    </search>
  );
}

/** One form that posts a body checked by `schema`; its list reads its first page again with the new row. */
function useRecordForm<T>(url: ListPath, done: string) {
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    // T is the body of `url`: each form parses it with that operation's shared schema
    mutationFn: (body: T) => api.post(url, { body: body as never }),
    onSuccess: () => {
      message.success(done);
      void queryClient.invalidateQueries({ queryKey: recordsKey(url) });
      form.resetFields();
    },
    onError: (failure) => setError(applyApiError(form, failure)),
  });
  return { form: form as FormInstance, error, setError, mutation };
}

function ExceptionForm() {
  const { form, error, setError, mutation } = useRecordForm(
    '/api/department/eligibility/exceptions',
    '已登记例外情形',
  );
  const onFinish = (values: unknown) => {
    setError(null);
    const body = parseBody(form, eligibilityExceptionSchema, values);
    if (body.ok) mutation.mutate(body.data);
    else setError(body.message);
  };
  return (
    <Form form={form} name="eligibility-exception" layout="vertical" onFinish={onFinish}>
      <Form.Item
        label="证件号码"
        name="idNumber"
        required
        rules={[fieldRule(eligibilityExceptionSchema.shape.idNumber)]}
      >
        <Input maxLength={30} autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="例外情形说明"
        name="reason"
        required
        rules={[fieldRule(eligibilityExceptionSchema.shape.reason)]}
        extra="写明用人单位书面申请的文号或理由。登记后，该申请人不受“近三年未获认定”“近一年未被不予认定”的限制。"
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
      {error && <Alert className="form-alert" type="error" showIcon title={error} />}
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        登记例外情形
      </Button>
    </Form>
  );
}

function ResultForm() {
  const { form, error, setError, mutation } = useRecordForm(
    '/api/department/eligibility/results',
    '已登记认定记录',
  );
  const onFinish = (values: unknown) => {
    setError(null);
    const body = parseBody(form, talentResultSchema, values);
    if (body.ok) mutation.mutate(body.data);
    else setError(body.message);
  };
  return (
    <Form form={form} name="talent-result" layout="vertical" onFinish={onFinish}>
      <Form.Item
        label="证件号码"
        name="idNumber"
        required
        rules={[fieldRule(talentResultSchema.shape.idNumber)]}
      >
        <Input maxLength={30} autoComplete="off" />
      </Form.Item>
      <Space wrap size="middle">
        <Form.Item label="认定结果" name="outcome" htmlFor="talent-result-outcome" required>
          <Select
            id="talent-result-outcome"
            style={{ width: 160 }}
            placeholder="请选择"
            options={TALENT_RESULT_OUTCOMES.map((o) => ({ value: o, label: o }))}
          />
        </Form.Item>
        <Form.Item label="人才类别" name="category" htmlFor="talent-result-category" required>
          <Select
            id="talent-result-category"
            style={{ width: 220 }}
            placeholder="请选择"
            options={TALENT_CATEGORIES.map((c) => ({
              value: c,
              label: `${c}类 ${DEFAULT_CATEGORY_NAMES[c]}`,
            }))}
          />
        </Form.Item>
        <Form.Item label="认定日期" name="decidedOn" required extra="格式：2024-06-30">
          <Input style={{ width: 160 }} placeholder="YYYY-MM-DD" maxLength={10} />
        </Form.Item>
      </Space>
      {error && <Alert className="form-alert" type="error" showIcon title={error} />}
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        登记认定记录
      </Button>
    </Form>
  );
}

function RevokeButton({ item }: { item: EligibilityExceptionItem }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const mutation = useMutation({
    mutationFn: () =>
      api.post('/api/department/eligibility/exceptions/{id}/revoke', { params: { id: item.id } }),
    // the answer is the exception as it is now: its row changes in place
    onSuccess: (changed) => {
      message.success('已撤销');
      patchPages(queryClient, recordsKey(EXCEPTIONS), (e: EligibilityExceptionItem) => e.id, [changed]);
    },
    onError: (failure) => message.error(failure.message),
  });
  return (
    <Popconfirm title="撤销后，该申请人重新受申报条件限制。确定撤销？" onConfirm={() => mutation.mutate()}>
      <Button type="link" aria-label={`撤销例外情形：${item.name}`} loading={mutation.isPending}>
        撤销
      </Button>
    </Popconfirm>
  );
}

/** 申报条件管理: 申报例外情形 and 历史认定记录 for 条件自检 (SPEC §5). */
export function EligibilityPage() {
  const [exceptionSearch, setExceptionSearch] = useState('');
  const [resultSearch, setResultSearch] = useState('');
  const exceptions = useInfiniteQuery({
    queryKey: [...recordsKey(EXCEPTIONS), exceptionSearch],
    queryFn: ({ pageParam }) => api.get(EXCEPTIONS, { query: pageQuery(exceptionSearch, pageParam) }),
    ...paging,
  });
  const results = useInfiniteQuery({
    queryKey: [...recordsKey(RESULTS), resultSearch],
    queryFn: ({ pageParam }) => api.get(RESULTS, { query: pageQuery(resultSearch, pageParam) }),
    ...paging,
  });
  return (
    <>
      <PageTitle>申报条件管理</PageTitle>
      <p className="muted">
        近三年内获认定、近一年内被不予认定的人员不能申报；用人单位书面申请并经同意的，在此登记例外情形。本系统之前的认定结果，在此登记历史认定记录。
      </p>
      {exceptions.isError && (
        <QueryError error={exceptions.error} onRetry={() => void exceptions.refetch()} />
      )}
      {results.isError && <QueryError error={results.error} onRetry={() => void results.refetch()} />}
      <div className="card-stack">
        <Card title={<h2 className="card-title">申报例外情形</h2>}>
          <ExceptionForm />
          <ListSearch
            label="申报例外情形"
            total={exceptions.data?.pages[0]?.total}
            onSearch={setExceptionSearch}
          />
          <ScrollRegion label="申报例外情形列表">
            <Table<EligibilityExceptionItem>
              rowKey="id"
              size="small"
              loading={exceptions.isPending}
              dataSource={exceptions.data?.pages.flatMap((page) => page.items) ?? []}
              pagination={false}
              columns={[
                { title: '姓名', dataIndex: 'name' },
                { title: '证件号码', dataIndex: 'maskedIdNumber' },
                { title: '例外情形说明', dataIndex: 'reason' },
                { title: '登记时间', dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
                { title: '登记人', dataIndex: 'createdBy' },
                {
                  title: '状态',
                  key: 'status',
                  render: (_, item) => (item.revokedAt ? <Tag>已撤销</Tag> : <Tag color="green">有效</Tag>),
                },
                {
                  title: '操作',
                  key: 'actions',
                  render: (_, item) => (item.revokedAt ? null : <RevokeButton item={item} />),
                },
              ]}
            />
          </ScrollRegion>
          <LoadMore query={exceptions} />
        </Card>
        <Card title={<h2 className="card-title">历史认定记录</h2>}>
          <ResultForm />
          <ListSearch label="历史认定记录" total={results.data?.pages[0]?.total} onSearch={setResultSearch} />
          <ScrollRegion label="历史认定记录列表">
            <Table<TalentResultItem>
              rowKey="id"
              size="small"
              loading={results.isPending}
              dataSource={results.data?.pages.flatMap((page) => page.items) ?? []}
              pagination={false}
              columns={[
                { title: '姓名', dataIndex: 'name' },
                { title: '证件号码', dataIndex: 'maskedIdNumber' },
                { title: '认定结果', dataIndex: 'outcome' },
                { title: '人才类别', dataIndex: 'category', render: (c: string) => `${c}类` },
                { title: '认定日期', dataIndex: 'decidedOn' },
                { title: '登记时间', dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
              ]}
            />
          </ScrollRegion>
          <LoadMore query={results} />
        </Card>
      </div>
    </>
  );
}
