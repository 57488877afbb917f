import type {
  ApplicationStatus,
  BindingStatus,
  CertificateStatus,
  NoticeStatus,
  NoticeWindow,
  ResultOutcome,
  ResultState,
} from '@rcpd/shared';
import { Tag } from 'antd';

/** Tag colours with AA contrast (dark text on a light tint); the words carry the meaning, not the colour. */
type Tone = 'pending' | 'success' | 'danger' | 'neutral' | 'info';

export function StatusTag({ tone, children }: { tone: Tone; children: string }) {
  return <Tag className={`status-tag status-tag-${tone}`}>{children}</Tag>;
}

const BINDING_TONES: Record<BindingStatus, Tone> = {
  待审核: 'pending',
  材料终审通过: 'success',
  审核不通过终止审核: 'danger',
  已解绑: 'neutral',
};

/** 业务状态 of a binding request. */
export function BindingStatusTag({ status }: { status: BindingStatus }) {
  return <StatusTag tone={BINDING_TONES[status]}>{status}</StatusTag>;
}

const NOTICE_TONES: Record<NoticeStatus, Tone> = { 草稿: 'neutral', 已发布: 'success', 已关闭: 'danger' };

export function NoticeStatusTag({ status }: { status: NoticeStatus }) {
  return <StatusTag tone={NOTICE_TONES[status]}>{status}</StatusTag>;
}

const WINDOW_TONES: Record<NoticeWindow, Tone> = { 未开始: 'info', 申报中: 'success', 已截止: 'neutral' };

export function NoticeWindowTag({ window }: { window: NoticeWindow }) {
  return <StatusTag tone={WINDOW_TONES[window]}>{window}</StatusTag>;
}

const APPLICATION_TONES: Record<ApplicationStatus, Tone> = {
  未提交: 'neutral',
  已申报: 'info',
  被退回: 'pending',
  审核不通过终止审核: 'danger',
  材料审核通过: 'success',
};

/** 业务状态 of an application (manual 3.3.2). */
export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  return <StatusTag tone={APPLICATION_TONES[status]}>{status}</StatusTag>;
}

const OUTCOME_TONES: Record<ResultOutcome, Tone> = {
  认定通过: 'success',
  调整类别认定: 'info',
  不予认定: 'danger',
};

/** 评审结果 (manual 3.4): 认定通过, 调整类别认定 or 不予认定. */
export function OutcomeTag({ outcome }: { outcome: ResultOutcome }) {
  return <StatusTag tone={OUTCOME_TONES[outcome]}>{outcome}</StatusTag>;
}

const CERTIFICATE_TONES: Record<CertificateStatus, Tone> = {
  有效: 'success',
  暂扣: 'pending',
  撤销: 'danger',
  注销: 'neutral',
  失效: 'neutral',
};

export function CertificateStatusTag({ status }: { status: CertificateStatus }) {
  return <StatusTag tone={CERTIFICATE_TONES[status]}>{status}</StatusTag>;
}

const RESULT_STATE_TONES: Record<ResultState, Tone> = {
  待发布: 'pending',
  公示中: 'info',
  已发布: 'success',
};

/** Where a result stands: 待发布, 公示中 (with the day it ends below), 已发布. */
export function ResultStateTag({ state, endsOn }: { state: ResultState; endsOn?: string | null }) {
  const tag = <StatusTag tone={RESULT_STATE_TONES[state]}>{state}</StatusTag>;
  if (state !== '公示中' || !endsOn) return tag;
  return (
    <span className="state-cell">
      {tag}
      <span className="state-until">（至{endsOn}）</span>
    </span>
  );
}
