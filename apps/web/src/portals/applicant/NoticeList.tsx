import type { ApplicationSummary, PublishedNotice } from '@rcpd/shared';
import { Button, Card, Empty, Spin, Tag } from 'antd';
import { attachmentUrl, formatSize } from '../../api/declarationGuide';
import { ButtonLink } from '../../components/ButtonLink';
import { formatTime } from '../../components/format';
import { QueryError } from '../../components/QueryError';
import { ApplicationStatusTag, NoticeWindowTag } from '../../components/StatusTag';
import { usePublishedNotices } from './api';
import { useApplications } from './application/api';

function windowHint(notice: PublishedNotice): string | null {
  if (notice.window === '未开始') return `申报将于 ${formatTime(notice.startAt)} 开始`;
  if (notice.window === '已截止') return `申报已于 ${formatTime(notice.endAt)} 截止`;
  return null;
}

function NoticeEntry({
  notice,
  existing,
  onApply,
}: {
  notice: PublishedNotice;
  /** the applicant's application of this notice, if any: one per notice, so 申报 becomes 继续填报 or 查看 */
  existing: ApplicationSummary | undefined;
  onApply: () => void;
}) {
  const hint = windowHint(notice);
  return (
    <li className="notice-item">
      <h3 className="notice-item-title">
        {notice.title} <NoticeWindowTag window={notice.window} />
      </h3>
      <dl className="notice-meta">
        <dt>申报时间</dt>
        <dd>
          {formatTime(notice.startAt)} 至 {formatTime(notice.endAt)}
        </dd>
        <dt>认定服务类型</dt>
        <dd>
          {notice.serviceTypes.map((type) => (
            <Tag key={type}>{type}</Tag>
          ))}
        </dd>
      </dl>
      <div className="notice-body">{notice.body}</div>
      {notice.attachments.length > 0 && (
        <>
          <h4 className="card-title">附件</h4>
          <ul className="attachment-list">
            {notice.attachments.map((file) => (
              <li key={file.id}>
                <a href={attachmentUrl(notice.id, file.id)} download={file.fileName}>
                  {file.fileName}
                </a>
                <span className="muted">{formatSize(file.size)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="notice-apply">
        {existing ? (
          <>
            <ButtonLink to={`/person/rcpd/applications/${existing.id}`}>
              {existing.allowedActions.includes('编辑') ? '继续填报' : '查看申报'}
            </ButtonLink>
            <span className="muted">
              已申报该通知，业务状态：
              <ApplicationStatusTag status={existing.status} />
            </span>
          </>
        ) : (
          <Button
            type="primary"
            disabled={!notice.canApply}
            onClick={onApply}
            aria-label={`申报：${notice.title}`}
          >
            申报
          </Button>
        )}
        {hint && <span className="muted">{hint}</span>}
      </div>
    </li>
  );
}

/** 申报通知 the department has published; 申报 opens 条件自检 for one of them. */
export function NoticeList({ onApply }: { onApply: (notice: PublishedNotice) => void }) {
  const query = usePublishedNotices();
  const applications = useApplications();
  const items = query.data?.items ?? [];
  const mine = (noticeId: string) => applications.data?.items.find((a) => a.noticeId === noticeId);
  return (
    <Card title={<h2 className="card-title">申报通知</h2>}>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && !query.isError && <Spin />}
      {query.data && items.length === 0 && <Empty description="当前没有开放申报的通知" />}
      {items.length > 0 && (
        <ul className="notice-list">
          {items.map((notice) => (
            <NoticeEntry
              key={notice.id}
              notice={notice}
              existing={mine(notice.id)}
              onApply={() => onApply(notice)}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}
