import type { ApplicationSummary, PublishedNotice } from '@rcpd/shared';
import { Button, Card, Empty, Spin, Tag } from 'antd';
import type { ReactNode } from 'react';
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
  ready,
  applying,
  onApply,
}: {
  notice: PublishedNotice;
  /** the applicant's application of this notice, if any: one per notice, so 申报 becomes 继续填报 or 查看 */
  existing: ApplicationSummary | undefined;
  /** 确认并开始申报 was pressed: 申报 may start an application */
  ready: boolean;
  /** this notice's 申报 is on its way */
  applying: boolean;
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
            disabled={!notice.canApply || !ready}
            loading={applying}
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

/**
 * 申报通知 the department has published. After 确认并开始申报 (条件自检 above), 申报 of a notice starts the
 * application (manual 3.2.1: “点击‘确认并开始申报’，找到需要申报的通知点击‘申报’”).
 */
export function NoticeList({
  ready,
  applyingId,
  onApply,
  problem,
}: {
  ready: boolean;
  applyingId: string | null;
  onApply: (notice: PublishedNotice) => void;
  /** what went wrong with the last 申报 */
  problem?: ReactNode;
}) {
  const query = usePublishedNotices();
  const applications = useApplications();
  const items = query.data?.items ?? [];
  const mine = (noticeId: string) => applications.data?.items.find((a) => a.noticeId === noticeId);
  return (
    <Card
      id="notices"
      tabIndex={-1}
      role="region"
      aria-labelledby="notices-title"
      title={
        <h2 id="notices-title" className="card-title">
          申报通知
        </h2>
      }
    >
      {!ready && (
        <p className="muted notice-hint">
          请先在上方“条件自检”中确认申报条件、选择推荐单位，点击“确认并开始申报”，再点击通知的“申报”。
        </p>
      )}
      {problem}
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
              ready={ready}
              applying={applyingId === notice.id}
              onApply={() => onApply(notice)}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}
