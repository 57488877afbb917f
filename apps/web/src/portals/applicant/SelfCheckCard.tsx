import { CARRIED_CONFIRM, CARRIED_MARK, type CarryOverOffer, type EligibilityCheck } from '@rcpd/shared';
import { Alert, Button, Card, Checkbox, Descriptions, Form, Select, Spin } from 'antd';
import { useState } from 'react';
import { useDeclarationGuide } from '../../api/declarationGuide';
import { formatTime } from '../../components/format';
import { QueryError } from '../../components/QueryError';
import { StatusTag } from '../../components/StatusTag';
import { useRecommendingEmployers } from './api';
import { useSelfCheck } from './application/api';
import { useCarryOverOffer } from './carryOver';
import './rcpd.css';

/** What 确认并开始申报 settled, for the 申报 of a notice below. */
export interface StartChoice {
  employerId: string;
  employerName: string;
  confirmations: boolean[];
  /** 带入上次申报信息: the application offered, when the applicant kept the box ticked */
  carryOverFrom?: string;
}

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

/** The offer of 带入上次申报信息: which application, and what the certificate held fills. */
function CarryOverChoice({
  offer,
  checked,
  onChange,
}: {
  offer: CarryOverOffer;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { source, certificate } = offer;
  if (!source) return null;
  return (
    <div className="carry-choice">
      <Checkbox checked={checked} onChange={(e) => onChange(e.target.checked)}>
        带入上次申报信息
      </Checkbox>
      <p className="muted carry-choice-text">
        带入您于{formatTime(source.submittedAt)}提交的“{source.noticeTitle}”申报的全部模块和附件。
        {`带入的模块标记为“${CARRIED_MARK}”，请逐一核对：修改后保存，或点击“${CARRIED_CONFIRM}”。`}
        {certificate &&
          `您持有${certificate.category}类人才证书（${certificate.number}），人才认定服务类型将为晋升认定，已在吉认定人才类别和认定日期按证书填写。`}
      </p>
    </div>
  );
}

const TITLE = (
  <h2 id="self-check-title" className="card-title">
    条件自检
  </h2>
);

/**
 * 条件自检 (manual 3.2.1), on the 人才分类定级评定 page itself: read the 申报注意事项, see the automatic checks,
 * tick each condition the system cannot check, choose the 推荐单位 at the bottom (带入上次申报信息 when there is
 * a last application), then 确认并开始申报. The notices' 申报 below works only after it.
 */
export function SelfCheckCard({
  choice,
  onConfirm,
  onReset,
}: {
  choice: StartChoice | null;
  onConfirm: (choice: StartChoice) => void;
  onReset: () => void;
}) {
  const guide = useDeclarationGuide(true);
  const employers = useRecommendingEmployers();
  const selfCheck = useSelfCheck(true);
  const offer = useCarryOverOffer();
  const [employerId, setEmployerId] = useState<string | undefined>();
  const [ticked, setTicked] = useState<boolean[]>([]);
  const [carry, setCarry] = useState(true);
  const options = (employers.data?.items ?? []).map((e) => ({ value: e.employerId, label: e.name }));
  const chosen = employerId ?? (options.length === 1 ? options[0]?.value : undefined);
  const confirmations = selfCheck.data?.confirmations ?? [];
  const allTicked = confirmations.length > 0 && confirmations.every((_, i) => ticked[i]);
  const failed = selfCheck.data?.checks.some((c) => c.passed === false) ?? false;
  const ready = Boolean(selfCheck.data && allTicked && chosen && !failed);
  const source = offer.data?.source ?? null;

  if (choice) {
    return (
      <Card role="region" aria-labelledby="self-check-title" title={TITLE}>
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'result', label: '条件自检', children: <StatusTag tone="success">已确认</StatusTag> },
            { key: 'employer', label: '推荐单位', children: choice.employerName },
            {
              key: 'carry',
              label: '带入上次申报信息',
              children: choice.carryOverFrom ? '带入' : '不带入',
            },
          ]}
        />
        <p className="muted">请在下方“申报通知”中找到需要申报的通知，点击“申报”。</p>
        <Button onClick={onReset}>重新自检</Button>
      </Card>
    );
  }

  const missing = !selfCheck.data
    ? null
    : failed
      ? '自动核验未通过，暂不能申报'
      : !allTicked
        ? '请逐项确认申报条件'
        : !chosen
          ? '请选择推荐单位'
          : null;

  const confirm = () => {
    if (!chosen) return;
    onConfirm({
      employerId: chosen,
      employerName: options.find((o) => o.value === chosen)?.label ?? '',
      confirmations: confirmations.map((_, i) => !!ticked[i]),
      ...(carry && source && { carryOverFrom: source.id }),
    });
  };

  return (
    <Card role="region" aria-labelledby="self-check-title" title={TITLE}>
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
          className="self-check-alert"
          type="warning"
          showIcon
          title="请先绑定推荐单位"
          description="推荐单位审核通过后，才能在此选择。如没有推荐单位，请点击页面右下方的“去绑定”；如已申请绑定，请点击“点击查看绑定单位申报状态”查看审核进度。"
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
      {offer.isError && <QueryError error={offer.error} onRetry={() => void offer.refetch()} />}
      {offer.data && <CarryOverChoice offer={offer.data} checked={carry} onChange={setCarry} />}
      <div className="self-check-actions">
        <Button type="primary" disabled={!ready} onClick={confirm}>
          确认并开始申报
        </Button>
        {missing && <span className="muted">{missing}</span>}
      </div>
    </Card>
  );
}
