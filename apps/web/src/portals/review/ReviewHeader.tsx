import type { ReviewDetail } from '@rcpd/shared';
import { Card, Descriptions } from 'antd';
import { formatTime } from '../../components/format';
import { ApplicationStatusTag } from '../../components/StatusTag';

const text = (v: unknown) => (typeof v === 'string' && v ? v : '—');

/** Who applies, through which 推荐单位, for which notice, and where the application stands now. */
export function ReviewHeader({ detail }: { detail: ReviewDetail }) {
  const basic = detail.modules.basic?.values ?? {};
  const category = typeof basic.category === 'string' && basic.category ? `${basic.category}类` : '—';
  return (
    <Card className="application-header">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2, lg: 3 }}
        items={[
          { key: 'name', label: '姓名', children: detail.identity.name },
          { key: 'id', label: '证件号码', children: detail.identity.maskedIdNumber },
          { key: 'employer', label: '推荐单位', children: detail.employer.name },
          { key: 'notice', label: '申报通知', children: detail.notice.title },
          { key: 'category', label: '申报类别', children: category },
          { key: 'type', label: '申报类型', children: text(basic.serviceType) },
          { key: 'status', label: '业务状态', children: <ApplicationStatusTag status={detail.status} /> },
          { key: 'stage', label: '当前环节', children: detail.stageName || '—' },
          { key: 'at', label: '申报时间', children: formatTime(detail.submittedAt) },
        ]}
      />
    </Card>
  );
}
