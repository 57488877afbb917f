import { Button, Drawer } from 'antd';
import { formatBeijing } from '../../../components/beijingTime';
import { QueryError } from '../../../components/QueryError';
import { useIsMobile } from '../../../components/useIsMobile';
import { batchStatus, useRecentBatches } from './api';
import { BatchProgress, RetryBatchButton } from './PublishProgress';

/** The ten newest batches, read every second while one runs; 查看进度 follows one on the page. */
function BatchList({ onFollow }: { onFollow: (id: string) => void }) {
  const query = useRecentBatches(true);
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data?.items ?? [];
  if (query.isPending) return <p className="muted">正在加载…</p>;
  if (items.length === 0) return <p className="muted">暂无发布记录</p>;
  return (
    <ol className="batch-list">
      {items.map((batch) => {
        const started = formatBeijing(batch.createdAt);
        return (
          <li key={batch.id} className="batch-item" aria-label={`${started}开始的发布`}>
            <p className="batch-item-head">
              <span>开始时间：{started}</span>
              <span className="batch-item-status">{batchStatus(batch)}</span>
            </p>
            <BatchProgress batch={batch} label={`${started}开始的发布的进度`} />
            <span className="row-actions">
              <Button size="small" onClick={() => onFollow(batch.id)}>
                查看进度
              </Button>
              {batch.failed > 0 && <RetryBatchButton batch={batch} onRetried={() => onFollow(batch.id)} />}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** 最近发布: batches started earlier, by anyone, to follow and retry (also after the page was reloaded). */
export function RecentBatchesDrawer({
  open,
  onClose,
  onFollow,
}: {
  open: boolean;
  onClose: () => void;
  onFollow: (id: string) => void;
}) {
  const mobile = useIsMobile();
  return (
    <Drawer title="最近发布" open={open} onClose={onClose} size={mobile ? '100%' : 440} destroyOnHidden>
      <p className="muted">最近10次发布及其进度。</p>
      <BatchList
        onFollow={(id) => {
          onFollow(id);
          onClose();
        }}
      />
    </Drawer>
  );
}
