import type { PublishedNotice } from '@rcpd/shared';
import { Alert, Button, Form, Modal, Select, Spin, Tooltip } from 'antd';
import { useState } from 'react';
import { useDeclarationGuide } from '../../api/declarationGuide';
import { ButtonLink } from '../../components/ButtonLink';
import { QueryError } from '../../components/QueryError';
import { useRecommendingEmployers } from './api';

const COMING_SOON = '信息填报功能即将开放';

/**
 * 条件自检 (manual 3.2.1), first part: read the 申报注意事项 and choose the 推荐单位. 信息填报 comes in the
 * next release, so 确认并开始申报 stays disabled for now.
 */
export function ApplyModal({ notice, onClose }: { notice: PublishedNotice | null; onClose: () => void }) {
  const open = notice !== null;
  const guide = useDeclarationGuide(open);
  const employers = useRecommendingEmployers(open);
  const [employerId, setEmployerId] = useState<string | undefined>();
  const options = (employers.data?.items ?? []).map((e) => ({ value: e.employerId, label: e.name }));

  const close = () => {
    setEmployerId(undefined);
    onClose();
  };

  return (
    <Modal
      open={open}
      title={notice ? `条件自检：${notice.title}` : '条件自检'}
      onCancel={close}
      width={720}
      footer={[
        <Button key="cancel" onClick={close}>
          取消
        </Button>,
        <Tooltip key="start" title={COMING_SOON}>
          <Button type="primary" disabled>
            确认并开始申报
          </Button>
        </Tooltip>,
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
      <p className="muted">请查看申报注意事项，检查自己是否满足申报要求；满足要求则选择推荐单位。</p>
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
        <Form layout="vertical">
          <Form.Item label="推荐单位" htmlFor="apply-employer" required>
            <Select
              id="apply-employer"
              placeholder="请选择推荐单位"
              options={options}
              value={employerId ?? (options.length === 1 ? options[0]?.value : undefined)}
              onChange={setEmployerId}
              loading={employers.isPending}
            />
          </Form.Item>
        </Form>
      )}
      <p className="muted">{COMING_SOON}，届时可在此确认并开始申报。</p>
    </Modal>
  );
}
