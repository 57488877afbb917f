import { Alert, Card, Descriptions, Spin } from 'antd';
import { QueryError } from '../../components/QueryError';
import { BindingStatusTag } from '../../components/StatusTag';
import { useBindingHistory } from './api';

/** The top of 人才分类定级评定: the applicant's 推荐单位, or what to do to get one. */
export function RecommendingCard() {
  const query = useBindingHistory();
  const current = query.data?.current ?? null;
  const last = query.data?.items[0];

  let content: React.ReactNode;
  if (query.isError) content = <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  else if (!query.data) content = <Spin />;
  else if (current)
    content = (
      <>
        <Descriptions
          column={{ xs: 1, sm: 1, md: 3 }}
          items={[
            { key: 'name', label: '单位名称', children: current.employerName },
            { key: 'uscc', label: '统一社会信用代码', children: current.uscc },
            { key: 'status', label: '业务状态', children: <BindingStatusTag status={current.status} /> },
          ]}
        />
        {current.status === '待审核' && (
          <p className="muted">绑定申请正在等待单位审核，审核通过后即可在申报时选择该单位作为推荐单位。</p>
        )}
      </>
    );
  else
    content = (
      <Alert
        type="info"
        showIcon
        title="您尚未绑定推荐单位"
        description={
          <>
            “人才分类定级评定”业务需要申报人先绑定推荐单位，再进行申报填写材料。请点击页面右下方的“去绑定”。
            {last?.status === '审核不通过终止审核' &&
              `最近一次绑定申请（${last.employerName}）审核不通过${last.opinion ? `，办件意见：${last.opinion}` : ''}。`}
          </>
        }
      />
    );

  return <Card title={<h2 className="card-title">推荐单位</h2>}>{content}</Card>;
}
