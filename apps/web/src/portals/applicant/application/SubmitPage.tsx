import { COMMITMENT_TEXT, type ValidationResult } from '@rcpd/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Result, Spin } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FlowTimeline } from '../../../components/application/FlowTimeline';
import { SummaryTable } from '../../../components/application/SummaryTable';
import { Loading, PageTitle } from '../../../components/Layouts';
import { QueryError } from '../../../components/QueryError';
import { ApplicationStatusTag } from '../../../components/StatusTag';
import { errorMessage } from '../../../forms/errors';
import { useScrollToHash } from './ApplicationPage';
import {
  applicationKeys,
  applicationPaths,
  issuesOf,
  useApplication,
  useSubmitApplication,
  useValidation,
} from './api';
import { EditableMark } from './ModuleCard';
import { SlotTable } from './SlotTable';
import { ValidationList } from './ValidationList';

/** 下一步 (manual 3.2.3): 数据验证信息, 材料附件信息, 业务表册信息, the commitment and 提交. */
export function SubmitPage() {
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const query = useApplication(id);
  // Only an application that can still be submitted has a 数据验证信息 worth asking for.
  const validation = useValidation(id, Boolean(query.data?.allowedActions.includes('提交')));
  const submit = useSubmitApplication(id);
  const [committed, setCommitted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const detail = query.data;
  useScrollToHash(Boolean(detail));

  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!detail) return <Loading />;

  const canSubmit = detail.allowedActions.includes('提交');
  // 材料附件信息 changes only when the server says so: a draft, or a 退回 that ticked it.
  const editable = canSubmit && detail.attachmentsEditable;
  const issues = validation.data?.issues;
  const blocked = !issues || issues.length > 0;

  const onSubmit = () => {
    setError(null);
    submit.mutate(undefined, {
      onError: (failure) => {
        const returned = issuesOf(failure);
        // The server's list is the one that counts: show it in place of the one loaded before.
        if (returned) {
          queryClient.setQueryData<ValidationResult>(applicationKeys.validation(id), { issues: returned });
        }
        setError(errorMessage(failure));
      },
    });
  };

  return (
    <>
      <PageTitle
        extra={
          <Link to={applicationPaths.page(id)} className="underline-link">
            {canSubmit ? '返回信息填报' : '返回申报信息'}
          </Link>
        }
      >
        {canSubmit ? '数据验证与提交' : '申报材料'}
      </PageTitle>
      <div className="card-stack">
        {submit.isSuccess && (
          <Result
            status="success"
            title={<h2 className="result-title">提交成功</h2>}
            subTitle={
              <>
                业务状态：
                <ApplicationStatusTag status={submit.data.status} />
                。可在人才分类定级评定页面的“申报历史信息”中进行进度跟踪。
              </>
            }
            extra={
              <Link to="/person/rcpd" className="underline-link">
                返回人才分类定级评定
              </Link>
            }
          />
        )}
        {detail.status !== '未提交' && <FlowTimeline flow={detail.flow} />}

        {canSubmit && (
          <Card id="validation" title={<h2 className="card-title">数据验证信息</h2>}>
            {validation.isError && (
              <QueryError error={validation.error} onRetry={() => void validation.refetch()} />
            )}
            {validation.isPending && !validation.isError && <Spin />}
            {issues && <ValidationList applicationId={id} issues={issues} />}
          </Card>
        )}

        <Card
          title={
            <h2 className="card-title module-title">
              材料附件信息
              {detail.status === '被退回' && editable && <EditableMark />}
            </h2>
          }
        >
          <SlotTable detail={detail} editable={editable} />
        </Card>

        <Card title={<h2 className="card-title">业务表册信息</h2>}>
          <SummaryTable url={(download) => applicationPaths.summaryTable(id, download)} />
        </Card>

        {canSubmit && (
          <Card title={<h2 className="card-title">承诺与提交</h2>}>
            <Checkbox checked={committed} onChange={(e) => setCommitted(e.target.checked)}>
              {COMMITMENT_TEXT}
            </Checkbox>
            {error && <Alert className="submit-alert" type="error" showIcon title={error} />}
            {blocked && issues && (
              <p className="muted submit-hint">数据验证通过后方可提交，请先按“数据验证信息”修改。</p>
            )}
          </Card>
        )}
      </div>
      <div className="page-actions-end">
        <Link to={applicationPaths.page(id)} className="button-link button-link-ghost">
          上一步
        </Link>
        {canSubmit && (
          <Button
            type="primary"
            disabled={!committed || blocked}
            loading={submit.isPending}
            onClick={onSubmit}
          >
            提交
          </Button>
        )}
      </div>
    </>
  );
}
