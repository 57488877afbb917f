import type { ApplicationDetail } from '@rcpd/shared';
import { Alert, Card, Descriptions } from 'antd';
import { formatTime } from '../../../components/format';
import { ApplicationStatusTag } from '../../../components/StatusTag';

/**
 * Why nothing can be saved outside the notice's window (SPEC §4), said before the applicant types. A returned
 * application is not bound by the window: the reviewer asked for the change.
 */
function windowAlert(detail: ApplicationDetail) {
  if (detail.status !== '未提交') return null;
  const { window, startAt, endAt } = detail.notice;
  if (window === '未开始') return `申报将于 ${formatTime(startAt)} 开始，届时方可填报和提交。`;
  if (window === '已截止') return `申报已于 ${formatTime(endAt)} 截止，不能再填报和提交。`;
  return null;
}

/** The top of 信息填报 and 下一步: which notice, which 推荐单位, the 业务状态 and the deadline. */
export function ApplicationHeader({ detail }: { detail: ApplicationDetail }) {
  const closed = windowAlert(detail);
  return (
    <Card className="application-header">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2, lg: 4 }}
        items={[
          { key: 'notice', label: '申报通知', children: detail.notice.title },
          { key: 'employer', label: '推荐单位', children: detail.employer.name },
          { key: 'status', label: '业务状态', children: <ApplicationStatusTag status={detail.status} /> },
          { key: 'endAt', label: '申报截止时间', children: formatTime(detail.notice.endAt) },
        ]}
      />
      {closed && <Alert className="header-alert" type="warning" showIcon title={closed} />}
    </Card>
  );
}
