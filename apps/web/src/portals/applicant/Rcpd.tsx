import type { PublishedNotice } from '@rcpd/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { ButtonLink } from '../../components/ButtonLink';
import { PageTitle } from '../../components/Layouts';
import { errorMessage } from '../../forms/errors';
import { ApplicationHistory } from './application/ApplicationHistory';
import { applicationPaths, useStartApplication } from './application/api';
import { carryOverKey } from './carryOver';
import { MyCertificates } from './MyCertificates';
import { NoticeList } from './NoticeList';
import { RecommendingCard } from './RecommendingCard';
import { SelfCheckCard, type StartChoice } from './SelfCheckCard';

/**
 * 【人事人才】——【人才分类定级评定】in the manual's order (3.2.1): the 推荐单位, 条件自检 (申报注意事项, the checks, the
 * 推荐单位 to choose at its bottom, 带入上次申报信息, 确认并开始申报), then the 申报通知 whose 申报 starts the
 * application, the 申报历史信息, 我的证照, and at the lower right 去绑定 and 点击查看绑定单位申报状态 (3.1, 3.3.2, 3.5).
 */
export function ApplicantRcpd() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const start = useStartApplication();
  const [choice, setChoice] = useState<StartChoice | null>(null);
  const [problem, setProblem] = useState<{ message: string; noticeId: string; conflict: boolean } | null>(
    null,
  );

  const confirm = (next: StartChoice) => {
    setChoice(next);
    setProblem(null);
    // the manual's next step: find the notice and press 申报
    window.setTimeout(() => {
      const notices = document.getElementById('notices');
      notices?.scrollIntoView({ block: 'start' });
      notices?.focus({ preventScroll: true });
    }, 50);
  };

  const apply = (notice: PublishedNotice) => {
    if (!choice) return;
    setProblem(null);
    start.mutate(
      {
        noticeId: notice.id,
        employerId: choice.employerId,
        confirmations: choice.confirmations,
        ...(choice.carryOverFrom && { carryOverFrom: choice.carryOverFrom }),
      },
      {
        onSuccess: (detail) => {
          void queryClient.invalidateQueries({ queryKey: carryOverKey });
          navigate(applicationPaths.page(detail.id));
        },
        onError: (failure) =>
          setProblem({
            message: errorMessage(failure),
            noticeId: notice.id,
            conflict: failure instanceof ApiError && failure.code === 'CONFLICT',
          }),
      },
    );
  };

  return (
    <>
      <PageTitle>人才分类定级评定</PageTitle>
      <div className="card-stack">
        <RecommendingCard />
        <SelfCheckCard choice={choice} onConfirm={confirm} onReset={() => setChoice(null)} />
        <NoticeList
          ready={choice !== null}
          applyingId={start.isPending ? (start.variables?.noticeId ?? null) : null}
          onApply={apply}
          problem={
            problem && (
              <Alert
                className="form-alert"
                type={problem.conflict ? 'warning' : 'error'}
                showIcon
                title={problem.message}
                description={
                  problem.conflict ? '您已申报过该通知，可在该通知下点击“继续填报”或“查看申报”。' : undefined
                }
                action={
                  <Button size="small" onClick={() => setProblem(null)}>
                    知道了
                  </Button>
                }
              />
            )
          }
        />
        <ApplicationHistory />
        <MyCertificates />
      </div>
      <div className="page-actions-end">
        <ButtonLink to="/person/rcpd/binding">去绑定</ButtonLink>
        <ButtonLink to="/person/rcpd/bindings" ghost>
          点击查看绑定单位申报状态
        </ButtonLink>
      </div>
    </>
  );
}
