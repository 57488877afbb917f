import { Alert, Card, Spin } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { PageTitle } from '../../components/Layouts';
import { QueryError } from '../../components/QueryError';
import { NoticeStatusTag } from '../../components/StatusTag';
import { NoticeAttachments } from './NoticeAttachments';
import { NoticeForm } from './NoticeForm';
import { useNotice } from './notices';

const BACK = (
  <Link to="/admin/notices" className="underline-link">
    返回申报通知列表
  </Link>
);

/** 新建通知: after the first 保存 the notice exists and the page turns into its editor (附件 appear). */
export function NoticeCreatePage() {
  const navigate = useNavigate();
  return (
    <>
      <PageTitle extra={BACK}>新建通知</PageTitle>
      <div className="card-stack">
        <Card>
          <NoticeForm onSaved={(saved) => navigate(`/admin/notices/${saved.id}`, { replace: true })} />
        </Card>
        <Alert type="info" showIcon title="保存草稿后可上传附件，确认无误后在列表中发布。" />
      </div>
    </>
  );
}

/** 编辑 a notice and its 附件; when 编辑 is not allowed the fields are shown read-only. */
export function NoticeEditPage() {
  const { id = '' } = useParams();
  const query = useNotice(id);
  const notice = query.data;
  const missing =
    query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400);

  if (query.isError && !missing)
    return (
      <>
        <PageTitle extra={BACK}>编辑通知</PageTitle>
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  if (!notice && !missing) return <Spin />;
  if (!notice)
    return (
      <>
        <PageTitle extra={BACK}>编辑通知</PageTitle>
        <Alert type="warning" showIcon title="该通知不存在或已删除" />
      </>
    );
  const editable = notice.allowedActions.includes('编辑');
  return (
    <>
      <PageTitle extra={BACK}>编辑通知</PageTitle>
      <div className="card-stack">
        {!editable && <Alert type="info" showIcon title={`该通知${notice.status}，当前不可编辑。`} />}
        <Card
          title={
            <h2 className="card-title">
              通知内容 <NoticeStatusTag status={notice.status} />
            </h2>
          }
        >
          <NoticeForm
            key={`${notice.id}-${notice.version}`}
            notice={notice}
            disabled={!editable}
            onSaved={() => {}}
          />
        </Card>
        <NoticeAttachments notice={notice} disabled={!editable} />
      </div>
    </>
  );
}
