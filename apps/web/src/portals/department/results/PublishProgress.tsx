import type { PublishBatch } from '@rcpd/shared';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Progress, Table, type TableColumnsType, theme } from 'antd';
import { useEffect } from 'react';
import { formatBeijing } from '../../../components/beijingTime';
import { QueryError } from '../../../components/QueryError';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { errorMessage } from '../../../forms/errors';
import { batchesKey, batchStatus, resultsKey, usePublishBatch, useRetryBatch } from './api';

/** Whole per cent, rounded down: the bar reaches the end only when every result is settled. */
const percentOf = (n: number, total: number) => (total > 0 ? Math.floor((n * 100) / total) : 100);

/** The bar of a batch (green 已发布, red 失败, grey still waiting) and its counts. */
export function BatchProgress({ batch, label }: { batch: PublishBatch; label: string }) {
  const { done, failed, total } = batch;
  const { token } = theme.useToken();
  return (
    <div className="batch-progress">
      {/* the whole track counts the settled results, red when some failed; the green part over it 已发布.
          (status "exception" would paint the green part red too.) */}
      <Progress
        aria-label={label}
        percent={percentOf(done + failed, total)}
        strokeColor={failed > 0 ? token.colorError : undefined}
        success={{ percent: percentOf(done, total), strokeColor: token.colorSuccess }}
        status={batch.finishedAt ? (failed > 0 ? 'normal' : 'success') : 'active'}
        showInfo={false}
      />
      <p className="batch-counts">
        已发布 {done} 条 / 失败 {failed} 条 / 共 {total} 条
      </p>
    </div>
  );
}

const failureColumns: TableColumnsType<PublishBatch['failures'][number]> = [
  { title: '申报编号', dataIndex: 'applicationNumber', className: 'nowrap' },
  { title: '姓名', dataIndex: 'applicantName', className: 'nowrap' },
  { title: '失败原因', dataIndex: 'error', render: (v: string) => <span className="cell-text">{v}</span> },
];

/** 重试 of a batch's failed results: they go back into the batch, whose progress is then followed again. */
export function RetryBatchButton({ batch, onRetried }: { batch: PublishBatch; onRetried?: () => void }) {
  const { message } = App.useApp();
  const retry = useRetryBatch();
  return (
    <Button
      size="small"
      loading={retry.isPending}
      aria-label={`重试发布失败的${batch.failed}条评审结果`}
      onClick={() =>
        retry.mutate(batch.id, {
          onSuccess: () => {
            message.success(`已重新发布${batch.failed}条评审结果`);
            onRetried?.();
          },
          onError: (error) => message.error(errorMessage(error)),
        })
      }
    >
      重试
    </Button>
  );
}

/**
 * 发布进度 of one batch, where the 发布 was asked for: read every second until it has finished, then the list
 * of results is read again (its rows turn 已发布). The failed results are listed with why, and 重试 sends
 * them again.
 */
export function PublishProgressPanel({ batchId, onClose }: { batchId: string; onClose: () => void }) {
  const queryClient = useQueryClient();
  const query = usePublishBatch(batchId);
  const batch = query.data;
  const finishedAt = batch?.finishedAt ?? null;

  useEffect(() => {
    if (!finishedAt) return;
    void queryClient.invalidateQueries({ queryKey: resultsKey });
    void queryClient.invalidateQueries({ queryKey: batchesKey, exact: true });
  }, [finishedAt, queryClient]);

  return (
    <section className="publish-progress" aria-labelledby="publish-progress-title">
      <div className="publish-progress-head">
        <h2 id="publish-progress-title">发布进度</h2>
        {batch && <span className="muted">开始时间：{formatBeijing(batch.createdAt)}</span>}
        {(finishedAt || query.isError) && (
          <Button size="small" className="publish-progress-close" onClick={onClose}>
            关闭
          </Button>
        )}
      </div>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {batch && (
        <>
          <BatchProgress batch={batch} label="发布进度" />
          <p className="batch-status" role="status">
            {batchStatus(batch)}
          </p>
          {batch.failures.length > 0 && (
            <>
              <div className="table-toolbar">
                <h3 className="batch-failures-title">发布失败的评审结果</h3>
                <RetryBatchButton batch={batch} />
              </div>
              {batch.failed > batch.failures.length && (
                <p className="muted">
                  共{batch.failed}条失败，下表列出前{batch.failures.length}条。
                </p>
              )}
              <ScrollRegion label="发布失败的评审结果">
                <Table
                  rowKey="resultId"
                  size="small"
                  columns={failureColumns}
                  dataSource={batch.failures}
                  pagination={batch.failures.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
                  tableLayout="auto"
                />
              </ScrollRegion>
            </>
          )}
        </>
      )}
    </section>
  );
}
