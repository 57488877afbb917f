import type { ReviewDecision, ReviewDetail } from '@rcpd/shared';
import { Alert, Button, Card } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { FlowTimeline } from '../../components/application/FlowTimeline';
import { SummaryTable } from '../../components/application/SummaryTable';
import { Loading, PageTitle } from '../../components/Layouts';
import { QueryError } from '../../components/QueryError';
import { reviewPaths, useReviewBase, useReviewCatalogue, useReviewDetail } from './api';
import { ChangesCard } from './ChangesCard';
import { DecisionDialog } from './DecisionDialog';
import { ReviewHeader } from './ReviewHeader';
import { ReviewModules } from './ReviewModules';

/** Why there are no decision buttons: the application waits elsewhere, or is done. */
function standing(detail: ReviewDetail): string | null {
  if (detail.allowedDecisions.length > 0) return null;
  if (detail.status === '已申报')
    return `该申报正在“${detail.stageName}”环节办理，本账号可以查看，不能审核。`;
  if (detail.status === '被退回') return '该申报已退回申报人修改，重新提交后再审核。';
  return `该申报业务状态为“${detail.status}”，已办结。`;
}

/** The decisions the server allows now, as buttons in a bar that stays in view at the bottom. */
function DecisionBar({
  decisions,
  onDecide,
}: {
  decisions: ReviewDecision[];
  onDecide: (d: ReviewDecision) => void;
}) {
  return (
    <section className="decision-bar" aria-label="审核操作">
      {decisions.map((decision) => (
        <Button
          key={decision}
          type={decision === '审核通过' ? 'primary' : 'default'}
          danger={decision === '审核不通过终止审核'}
          onClick={() => onDecide(decision)}
        >
          {decision}
        </Button>
      ))}
    </section>
  );
}

/** A reviewer's view of one application (SPEC §7): everything submitted, what changed, and the decision. */
export function ReviewDetailPage() {
  const { id = '' } = useParams();
  const base = useReviewBase();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '';
  const query = useReviewDetail(id);
  const catalogue = useReviewCatalogue();
  const [deciding, setDeciding] = useState<ReviewDecision | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const detail = query.data;

  const back = (
    <Link to={`${base}${from}`} className="underline-link">
      返回申报审核
    </Link>
  );
  if (query.isError) {
    return (
      <>
        <PageTitle extra={back}>申报详情</PageTitle>
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!detail) return <Loading />;
  const note = standing(detail);

  return (
    <>
      <PageTitle extra={back}>申报详情</PageTitle>
      <div className="card-stack">
        {conflict && (
          <Alert
            type="warning"
            showIcon
            title={conflict}
            description="已为您载入该申报的最新状态。"
            closable={{ 'aria-label': '关闭提示', onClose: () => setConflict(null) }}
          />
        )}
        <ReviewHeader detail={detail} />
        {note && <Alert type="info" showIcon title={note} />}
        {detail.changes && detail.changes.length > 0 && <ChangesCard changes={detail.changes} />}
        {catalogue.isError && (
          <QueryError
            title="人才分类目录加载失败"
            error={catalogue.error}
            onRetry={() => void catalogue.refetch()}
          />
        )}
        <ReviewModules detail={detail} categories={catalogue.data?.categories} />
        <Card title={<h2 className="card-title">业务表册信息</h2>}>
          <SummaryTable url={(download) => reviewPaths.summaryTable(detail.id, download)} />
        </Card>
        <FlowTimeline flow={detail.flow} />
      </div>
      {detail.allowedDecisions.length > 0 && (
        <DecisionBar decisions={detail.allowedDecisions} onDecide={setDeciding} />
      )}
      <DecisionDialog
        detail={detail}
        decision={deciding}
        onClose={() => setDeciding(null)}
        onConflict={(message) => {
          setConflict(message);
          void query.refetch();
          window.scrollTo({ top: 0 });
        }}
      />
    </>
  );
}
