import { RESULT_LIST_STATES, type ResultItem, TALENT_CATEGORIES } from '@rcpd/shared';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Select, Table, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../../api/client';
import { ListTotal, LoadMore, SearchBox } from '../../../components/keyset';
import { PageTitle } from '../../../components/Layouts';
import { QueryError } from '../../../components/QueryError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { OutcomeTag, ResultStateTag, StatusTag } from '../../../components/StatusTag';
import {
  isRecorded,
  publicityProblem,
  publishProblem,
  type RecordedItem,
  type ResultFilter,
  useRecentBatches,
  useResults,
} from './api';
import { ImportDialog } from './ImportDialog';
import { ObjectionDialog } from './ObjectionDialog';
import { ObjectionList } from './ObjectionList';
import { PublicityDialog } from './PublicityDialog';
import { PublishDialog } from './PublishDialog';
import { PublishProgressPanel } from './PublishProgress';
import { RecentBatchesDrawer } from './RecentBatches';
import { RecordDialog } from './RecordDialog';

type Dialog =
  | { kind: 'record'; item: ResultItem }
  | { kind: 'objection'; item: RecordedItem }
  | { kind: 'publicity' | 'publish' | 'import' | 'batches' };

function columns(open: (dialog: Dialog) => void): TableColumnsType<ResultItem> {
  return [
    { title: '申报编号', dataIndex: 'applicationNumber', className: 'nowrap' },
    { title: '姓名', dataIndex: 'applicantName', className: 'nowrap' },
    { title: '证件号码', dataIndex: 'maskedIdNumber', className: 'nowrap' },
    {
      title: '推荐单位',
      dataIndex: 'employerName',
      render: (v: string) => <span className="cell-employer">{v}</span>,
    },
    {
      title: '申报类别',
      dataIndex: 'appliedCategory',
      className: 'nowrap',
      render: (v: ResultItem['appliedCategory']) => (v ? `${v}类` : '—'),
    },
    {
      title: '评审结果',
      key: 'outcome',
      className: 'nowrap',
      render: (_, item) =>
        item.result ? <OutcomeTag outcome={item.result.outcome} /> : <span className="muted">未录入</span>,
    },
    {
      title: '认定类别',
      key: 'category',
      className: 'nowrap',
      render: (_, item) => (item.result?.category ? `${item.result.category}类` : '—'),
    },
    {
      title: '状态',
      key: 'state',
      className: 'nowrap',
      render: (_, item) => {
        if (!item.result) return '—';
        // waiting in a running 发布 batch: it turns 已发布 when the batch reaches it
        if (item.result.publishing) return <StatusTag tone="info">发布中</StatusTag>;
        return <ResultStateTag state={item.result.state} endsOn={item.result.publicityEndsOn} />;
      },
    },
    {
      title: '异议',
      key: 'objections',
      className: 'nowrap',
      render: (_, item) => item.result?.objections.length ?? 0,
    },
    {
      title: '操作',
      key: 'actions',
      className: 'nowrap',
      // the buttons are the server's allowedActions (the result policy)
      render: (_, item) =>
        item.allowedActions.includes('录入') || item.allowedActions.includes('登记异议') ? (
          <span className="row-actions row-actions-stack">
            {item.allowedActions.includes('录入') && (
              <Button
                type="link"
                size="small"
                aria-label={`录入结果：${item.applicantName}`}
                onClick={() => open({ kind: 'record', item })}
              >
                录入结果
              </Button>
            )}
            {isRecorded(item) && item.allowedActions.includes('登记异议') && (
              <Button
                type="link"
                size="small"
                aria-label={`登记异议：${item.applicantName}`}
                onClick={() => open({ kind: 'objection', item })}
              >
                登记异议
              </Button>
            )}
          </span>
        ) : (
          '—'
        ),
    },
  ];
}

/** 备注 and the objections of a row, under it. */
function RowDetail({ item }: { item: ResultItem }) {
  const result = item.result;
  if (!result) return null;
  return (
    <div className="result-detail">
      <p>
        <span className="muted">备注：</span>
        {result.remark || '无'}
      </p>
      {result.objections.length > 0 && (
        <>
          <p className="muted">异议（{result.objections.length}）：</p>
          <ObjectionList objections={result.objections} />
        </>
      )}
    </div>
  );
}

const ALL = '';
const CATEGORY_OPTIONS = [
  { value: ALL, label: '全部类别' },
  ...TALENT_CATEGORIES.map((c) => ({ value: c, label: `${c}类` })),
];
const STATE_OPTIONS = [
  { value: ALL, label: '全部状态' },
  ...RESULT_LIST_STATES.map((s) => ({ value: s, label: s })),
];

/** 申报通知 to filter by: found by words of the title, twenty at a time. */
function NoticePicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const [text, setText] = useState('');
  const notices = useQuery({
    queryKey: ['department', 'notices', 'pick', text],
    queryFn: () => api.get('/api/department/notices', { query: { q: text || undefined, limit: 20 } }),
  });
  return (
    <Select
      id="result-notice-filter"
      value={value}
      onChange={onChange}
      showSearch
      filterOption={false}
      onSearch={setText}
      loading={notices.isFetching}
      options={[
        { value: ALL, label: '全部通知' },
        ...(notices.data?.items ?? []).map((n) => ({ value: n.id, label: n.title })),
      ]}
      style={{ minWidth: 200, maxWidth: 320 }}
      popupMatchSelectWidth={false}
    />
  );
}

/**
 * 评审结果 (SPEC §8): the applications in 材料审核通过 with their results. Results are recorded one by one or
 * imported, optionally go on 公示, and are published when the department chooses.
 */
export function ResultsPage() {
  const { message } = App.useApp();
  const [filter, setFilterState] = useState<ResultFilter>({});
  const query = useResults(filter);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [selectedKeys, setSelectedKeys] = useState<string[]>([]);
  // another filter, other rows: the selection starts again
  const setFilter = (change: Partial<ResultFilter>) => {
    setFilterState((current) => {
      const next: ResultFilter = { ...current, ...change };
      for (const key of Object.keys(next) as (keyof ResultFilter)[]) if (!next[key]) delete next[key];
      return next;
    });
    setSelectedKeys([]);
  };
  // what a 公示 or 发布 dialog acts on, kept while it closes (the selection is cleared when it succeeds)
  const [batch, setBatch] = useState<RecordedItem[]>([]);
  const items = useMemo(() => query.data?.pages.flatMap((page) => page.items) ?? [], [query.data]);
  const total = query.data?.pages[0]?.total;
  const selected = useMemo(
    () => items.filter(isRecorded).filter((item) => selectedKeys.includes(item.applicationId)),
    [items, selectedKeys],
  );
  const cols = useMemo(() => columns(setDialog), []);
  const close = () => setDialog(null);
  const clearSelection = () => setSelectedKeys([]);

  // 发布进度 of the batch followed: the one just started, one chosen under 最近发布, or, when the page opens
  // while a batch runs (started before a reload, or by a colleague), that one
  const [followed, setFollowed] = useState<string | null>(null);
  const recent = useRecentBatches(false);
  const [looked, setLooked] = useState(false);
  useEffect(() => {
    if (looked || !recent.data) return;
    setLooked(true);
    const running = recent.data.items.find((b) => !b.finishedAt);
    if (running) setFollowed((current) => current ?? running.id);
  }, [looked, recent.data]);

  const startBatch = (kind: 'publicity' | 'publish') => {
    const problem = kind === 'publicity' ? publicityProblem(selected) : publishProblem(selected);
    if (problem) {
      message.warning(problem);
      return;
    }
    setBatch(selected);
    setDialog({ kind });
  };

  return (
    <>
      <PageTitle
        extra={
          <span className="row-actions">
            <Button onClick={() => setDialog({ kind: 'batches' })}>最近发布</Button>
            <Button onClick={() => setDialog({ kind: 'import' })}>导入评审结果</Button>
          </span>
        }
      >
        评审结果
      </PageTitle>
      <p className="muted">
        材料审核通过的申报在线下评审后，在此录入评审结果（可逐条录入或导入）。勾选评审结果后可以公示或发布：公示期内可登记异议、修改结果，公示期满后发布；发布后申报人可以查看结果，认定通过和调整类别认定的发放电子证书。
      </p>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {followed && (
        <PublishProgressPanel key={followed} batchId={followed} onClose={() => setFollowed(null)} />
      )}
      <search className="table-toolbar" aria-label="筛选评审结果">
        <label htmlFor="result-notice-filter">申报通知</label>
        <NoticePicker value={filter.noticeId ?? ALL} onChange={(noticeId) => setFilter({ noticeId })} />
        <label htmlFor="result-category-filter">申报类别</label>
        <Select
          id="result-category-filter"
          value={filter.category ?? ALL}
          onChange={(category: ResultFilter['category'] | '') =>
            setFilter({ category: category || undefined })
          }
          options={CATEGORY_OPTIONS}
          style={{ minWidth: 110 }}
        />
        <label htmlFor="result-state-filter">状态</label>
        <Select
          id="result-state-filter"
          value={filter.state ?? ALL}
          onChange={(state: ResultFilter['state'] | '') => setFilter({ state: state || undefined })}
          options={STATE_OPTIONS}
          style={{ minWidth: 110 }}
        />
        <SearchBox
          label="姓名、申报编号或证件号码"
          placeholder="姓名、完整申报编号或证件号码"
          onSearch={(q) => setFilter({ q })}
          width={340}
        />
        <ListTotal total={total} />
      </search>
      <div className="table-toolbar">
        <span aria-live="polite">已选择 {selected.length} 条</span>
        <Button disabled={selected.length === 0} onClick={() => startBatch('publicity')}>
          公示
        </Button>
        <Button type="primary" disabled={selected.length === 0} onClick={() => startBatch('publish')}>
          发布
        </Button>
      </div>
      <ScrollRegion label="评审结果列表">
        <Table<ResultItem>
          rowKey="applicationId"
          size="small"
          columns={cols}
          dataSource={items}
          loading={query.isPending && !query.isError}
          pagination={false}
          tableLayout="auto"
          locale={{
            emptyText: Object.keys(filter).length > 0 ? '没有符合条件的申报' : '暂无材料审核通过的申报',
          }}
          rowSelection={{
            selectedRowKeys: selectedKeys,
            onChange: (keys) => setSelectedKeys(keys.map(String)),
            getCheckboxProps: (item) => ({
              disabled: !item.result || item.result.state === '已发布' || item.result.publishing,
              'aria-label': `选择：${item.applicantName}`,
            }),
            getTitleCheckboxProps: () => ({ 'aria-label': '全选' }),
          }}
          expandable={{
            columnTitle: <span className="sr-only">备注与异议</span>,
            expandIcon: ({ expanded, expandable, onExpand, record }) =>
              expandable ? (
                <button
                  type="button"
                  className={`ant-table-row-expand-icon ant-table-row-expand-icon-${expanded ? 'expanded' : 'collapsed'}`}
                  aria-label={`备注与异议：${record.applicantName}`}
                  aria-expanded={expanded}
                  onClick={(event) => onExpand(record, event)}
                />
              ) : null,
            expandedRowRender: (item) => <RowDetail item={item} />,
            rowExpandable: (item) => item.result !== null,
          }}
        />
      </ScrollRegion>
      <LoadMore query={query} />
      <RecordDialog item={dialog?.kind === 'record' ? dialog.item : null} onClose={close} />
      <ObjectionDialog item={dialog?.kind === 'objection' ? dialog.item : null} onClose={close} />
      <PublicityDialog
        items={batch}
        open={dialog?.kind === 'publicity'}
        onClose={close}
        onDone={clearSelection}
      />
      <PublishDialog
        items={batch}
        open={dialog?.kind === 'publish'}
        onClose={close}
        onDone={(batchId) => {
          clearSelection();
          setFollowed(batchId);
        }}
      />
      <ImportDialog open={dialog?.kind === 'import'} onClose={close} />
      <RecentBatchesDrawer open={dialog?.kind === 'batches'} onClose={close} onFollow={setFollowed} />
    </>
  );
}
