import type { EligibilityCheck, PublishedNotice } from '@rcpd/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Modal, Select, Spin } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { useDeclarationGuide } from '../../api/declarationGuide';
import { ButtonLink } from '../../components/ButtonLink';
import { QueryError } from '../../components/QueryError';
import { StatusTag } from '../../components/StatusTag';
import { errorMessage } from '../../forms/errors';
import { useRecommendingEmployers } from './api';
import {
  applicationKeys,
  applicationPaths,
  listApplications,
  useSelfCheck,
  useStartApplication,
} from './application/api';

function CheckResult({ check }: { check: EligibilityCheck }) {
  const tag =
    check.passed === true ? (
      <StatusTag tone="success">通过</StatusTag>
    ) : check.passed === false ? (
      <StatusTag tone="danger">未通过</StatusTag>
    ) : (
      <StatusTag tone="pending">待核验</StatusTag>
    );
  return (
    <li className="check-item">
      <span className="check-label">{check.label}</span>
      {tag}
      <span className="muted check-reason">{check.reason}</span>
    </li>
  );
}

/**
 * 条件自检 (manual 3.2.1): read the 申报注意事项, see the automatic checks, tick each condition the system
 * cannot check, choose the 推荐单位, then 确认并开始申报 opens 信息填报 of the new application.
 */
export function ApplyModal({ notice, onClose }: { notice: PublishedNotice | null; onClose: () => void }) {
  const open = notice !== null;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const guide = useDeclarationGuide(open);
  const employers = useRecommendingEmployers(open);
  const selfCheck = useSelfCheck(open);
  const start = useStartApplication();
  const [employerId, setEmployerId] = useState<string | undefined>();
  const [ticked, setTicked] = useState<boolean[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [existing, setExisting] = useState<{ message: string; id: string | null } | null>(null);
  const options = (employers.data?.items ?? []).map((e) => ({ value: e.employerId, label: e.name }));
  const chosen = employerId ?? (options.length === 1 ? options[0]?.value : undefined);
  const confirmations = selfCheck.data?.confirmations ?? [];
  const allTicked = confirmations.length > 0 && confirmations.every((_, i) => ticked[i]);
  const failed = selfCheck.data?.checks.some((c) => c.passed === false) ?? false;
  const ready = Boolean(selfCheck.data && allTicked && chosen && !failed);

  const close = () => {
    setEmployerId(undefined);
    setTicked([]);
    setError(null);
    setExisting(null);
    onClose();
  };

  /** One application per notice: find the one that exists, so the applicant can carry on with it. */
  const findExisting = async (message: string) => {
    let id: string | null = null;
    try {
      const list = await queryClient.fetchQuery({
        queryKey: applicationKeys.list,
        queryFn: listApplications,
        staleTime: 0,
      });
      id = list.items.find((item) => item.noticeId === notice?.id)?.id ?? null;
    } catch {
      // the message alone still says what happened
    }
    setExisting({ message, id });
  };

  const onStart = () => {
    if (!notice || !chosen) return;
    setError(null);
    start.mutate(
      { noticeId: notice.id, employerId: chosen, confirmations: confirmations.map((_, i) => !!ticked[i]) },
      {
        onSuccess: (detail) => {
          close();
          navigate(applicationPaths.page(detail.id));
        },
        onError: (failure) => {
          if (failure instanceof ApiError && failure.code === 'CONFLICT') void findExisting(failure.message);
          else setError(errorMessage(failure));
        },
      },
    );
  };

  const missing = !selfCheck.data
    ? null
    : failed
      ? '自动核验未通过，暂不能申报'
      : !allTicked
        ? '请逐项确认申报条件'
        : !chosen
          ? '请选择推荐单位'
          : null;

  return (
    <Modal
      open={open}
      title={notice ? `条件自检：${notice.title}` : '条件自检'}
      onCancel={close}
      width={760}
      footer={[
        <Button key="cancel" onClick={close}>
          取消
        </Button>,
        <Button key="start" type="primary" disabled={!ready} loading={start.isPending} onClick={onStart}>
          确认并开始申报
        </Button>,
      ]}
    >
      <h3 className="card-title">申报注意事项</h3>
      {guide.isError && <QueryError error={guide.error} onRetry={() => void guide.refetch()} />}
      {guide.isPending && !guide.isError && <Spin />}
      {guide.data && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        <section className="guide-text" tabIndex={0} aria-label="申报注意事项">
          {guide.data.text || '暂无申报注意事项'}
        </section>
      )}
      <p className="muted">请查看申报注意事项，检查自己是否满足申报要求；满足要求则在下方选择推荐单位。</p>

      <h3 className="card-title modal-section">自动核验</h3>
      {selfCheck.isError && <QueryError error={selfCheck.error} onRetry={() => void selfCheck.refetch()} />}
      {selfCheck.isPending && !selfCheck.isError && <Spin />}
      {selfCheck.data && (
        <ul className="check-list" aria-label="自动核验结果">
          {selfCheck.data.checks.map((check) => (
            <CheckResult key={check.key} check={check} />
          ))}
        </ul>
      )}

      {confirmations.length > 0 && (
        <fieldset className="confirm-list">
          <legend className="card-title modal-section">申报条件确认（请逐项勾选）</legend>
          {confirmations.map((text, i) => (
            <Checkbox
              key={text}
              checked={!!ticked[i]}
              onChange={(e) =>
                setTicked((list) => {
                  const next = [...list];
                  next[i] = e.target.checked;
                  return next;
                })
              }
            >
              {text}
            </Checkbox>
          ))}
        </fieldset>
      )}

      {employers.isError && <QueryError error={employers.error} onRetry={() => void employers.refetch()} />}
      {employers.data && options.length === 0 ? (
        <Alert
          type="warning"
          showIcon
          title="请先绑定推荐单位"
          description={
            <>
              <p>推荐单位审核通过后，才能在此选择。如已申请绑定，请查看绑定单位申报状态。</p>
              <ButtonLink to="/person/rcpd/binding">去绑定</ButtonLink>
            </>
          }
        />
      ) : (
        <Form layout="vertical" className="modal-section">
          <Form.Item label="推荐单位" htmlFor="apply-employer" required className="no-margin">
            <Select
              id="apply-employer"
              placeholder="请选择推荐单位"
              options={options}
              value={chosen}
              onChange={setEmployerId}
              loading={employers.isPending}
            />
          </Form.Item>
        </Form>
      )}
      {existing && (
        <Alert
          className="modal-alert"
          type="warning"
          showIcon
          title={existing.message}
          description={existing.id ? '您已申报过该通知，可打开已有的申报继续填写或查看。' : undefined}
          action={
            existing.id ? (
              <Button
                size="small"
                onClick={() => {
                  const id = existing.id as string;
                  close();
                  navigate(applicationPaths.page(id));
                }}
              >
                打开已有申报
              </Button>
            ) : undefined
          }
        />
      )}
      {error && <Alert className="modal-alert" type="error" showIcon title={error} />}
      {missing && !existing && !error && <p className="muted modal-hint">{missing}</p>}
    </Modal>
  );
}
