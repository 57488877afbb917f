import type { EmployerSearchResult } from '@rcpd/shared';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Spin } from 'antd';
import { ApiError, api } from '../../api/client';
import { BindingStatusTag } from '../../components/StatusTag';
import { errorMessage } from '../../forms/errors';
import { bindingKeys, useBind } from './api';
import { UnbindButton } from './UnbindButton';

function Actions({ result }: { result: EmployerSearchResult }) {
  const { message } = App.useApp();
  const bind = useBind();
  const { binding } = result;
  if (binding?.status === '材料终审通过')
    return <UnbindButton bindingId={binding.id} employerName={result.name} />;
  if (binding?.status === '待审核')
    return (
      <p className="muted">已提交绑定申请，请等待单位审核。审核结果可点击“点击查看绑定单位申报状态”查看。</p>
    );
  if (result.canBind)
    return (
      <Button
        type="primary"
        loading={bind.isPending}
        onClick={() =>
          bind.mutate(result.employerId, {
            onSuccess: () => message.success('绑定申请已提交，请等待单位审核'),
            onError: (error) => message.error(errorMessage(error)),
          })
        }
      >
        绑定
      </Button>
    );
  return <Alert type="warning" showIcon title={result.reason ?? '该单位暂不能绑定'} />;
}

/** The employer found by 统一社会信用代码, with what the applicant may do now. */
export function EmployerResult({ uscc }: { uscc: string }) {
  const query = useQuery({
    queryKey: bindingKeys.search(uscc),
    queryFn: () => api.get('/api/person/employers', { query: { uscc } }),
  });

  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <Alert
        type={notFound ? 'warning' : 'error'}
        showIcon
        role="alert"
        title={notFound ? '未查询到该单位' : '查询失败'}
        description={errorMessage(query.error)}
        action={
          notFound ? undefined : (
            <Button size="small" onClick={() => void query.refetch()}>
              重试
            </Button>
          )
        }
      />
    );
  }
  if (!query.data) return <Spin />;
  const result = query.data;
  return (
    <Card title={<h2 className="card-title">查询结果</h2>}>
      <Descriptions
        column={1}
        items={[
          { key: 'name', label: '单位名称', children: result.name },
          { key: 'uscc', label: '统一社会信用代码', children: result.uscc },
          ...(result.binding
            ? [
                {
                  key: 'status',
                  label: '业务状态',
                  children: <BindingStatusTag status={result.binding.status} />,
                },
              ]
            : []),
        ]}
      />
      <div className="result-actions">
        <Actions result={result} />
      </div>
    </Card>
  );
}
