import {
  RETURNABLE_SECTIONS,
  type ReviewDecision,
  type ReviewDetail,
  reviewDecisionSchema,
  SECTION_LABELS,
} from '@rcpd/shared';
import { Alert, App, Button, Checkbox, Descriptions, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { applyApiError, parseBody } from '../../forms/errors';
import { useDecision } from './api';

interface FormValues {
  opinion?: string;
  modules?: string[];
}

const CONFIRM: Record<ReviewDecision, string> = {
  审核通过: '确认通过',
  退回: '确认退回',
  审核不通过终止审核: '确认不通过',
};

const DONE: Record<ReviewDecision, string> = {
  审核通过: '已审核通过',
  退回: '已退回申报人修改',
  审核不通过终止审核: '已审核不通过，终止审核',
};

const OPINION_HELP: Record<ReviewDecision, string> = {
  审核通过: '选填',
  退回: '请写明需要修改的内容，申报人在编辑页上方可以看到。',
  审核不通过终止审核: '请写明不通过的原因。终止审核后本申报办结，不能再修改或提交。',
};

const MODULE_OPTIONS = RETURNABLE_SECTIONS.map((s) => ({ value: s, label: SECTION_LABELS[s] }));

/**
 * The modules a 退回 opens, as a named group of checkboxes. Form.Item hands its control `aria-required`, which
 * a group may not carry: everything else is passed on.
 */
function ModuleChecks({
  'aria-required': _required,
  ...props
}: {
  'aria-required'?: unknown;
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  'aria-describedby'?: string;
}) {
  return (
    <Checkbox.Group
      {...props}
      className="return-modules"
      role="group"
      aria-labelledby="return-modules-label"
      options={MODULE_OPTIONS}
    />
  );
}

/**
 * 审核通过, 退回 or 审核不通过终止审核 of one application, with 办件意见 (required for the latter two) and, for
 * 退回, the modules the applicant may change. `onConflict` gets the server's message when another reviewer acted
 * first (409): the dialog closes and the page shows the application as it is now.
 */
export function DecisionDialog({
  detail,
  decision,
  onClose,
  onConflict,
}: {
  detail: ReviewDetail;
  decision: ReviewDecision | null;
  onClose: () => void;
  onConflict: (message: string) => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const mutation = useDecision(detail.id);
  const [error, setError] = useState<string | null>(null);
  const returning = decision === '退回';
  const opinionRequired = decision !== null && decision !== '审核通过';

  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };

  const onFinish = (values: FormValues) => {
    if (!decision || mutation.isPending) return;
    setError(null);
    const body = parseBody(form, reviewDecisionSchema, {
      action: decision,
      opinion: values.opinion ?? '',
      modules: returning ? (values.modules ?? []) : [],
      version: detail.version,
    });
    if (!body.ok) {
      setError(body.message);
      return;
    }
    mutation.mutate(body.data, {
      onSuccess: () => {
        message.success(DONE[decision]);
        close();
      },
      onError: (failure) => {
        if (failure instanceof ApiError && failure.code === 'CONFLICT') {
          close();
          onConflict(failure.message);
          return;
        }
        setError(applyApiError(form, failure));
      },
    });
  };

  return (
    <Modal
      open={decision !== null}
      title={decision ?? '审核'}
      onCancel={close}
      width={640}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close}>
          取消
        </Button>,
        <Button
          key="save"
          type="primary"
          danger={decision === '审核不通过终止审核'}
          htmlType="submit"
          form="review-decision"
          loading={mutation.isPending}
        >
          {decision ? CONFIRM[decision] : '确认'}
        </Button>,
      ]}
    >
      <Descriptions
        className="decision-subject"
        size="small"
        column={1}
        items={[
          { key: 'name', label: '申报人', children: detail.identity.name },
          { key: 'id', label: '证件号码', children: detail.identity.maskedIdNumber },
          { key: 'stage', label: '当前环节', children: detail.stageName || '—' },
        ]}
      />
      <Form<FormValues> form={form} name="review-decision" layout="vertical" onFinish={onFinish}>
        {returning && (
          <Form.Item
            label={<span id="return-modules-label">退回修改的模块</span>}
            name="modules"
            required
            rules={[{ required: true, type: 'array', min: 1, message: '退回时请勾选申报人需要修改的模块' }]}
            extra="申报人只能修改勾选的模块，未勾选的模块不能修改。"
          >
            <ModuleChecks />
          </Form.Item>
        )}
        <Form.Item
          className="opinion-item"
          label="办件意见"
          name="opinion"
          required={opinionRequired}
          rules={
            opinionRequired
              ? [{ required: true, whitespace: true, message: `${decision}时请填写办件意见` }]
              : undefined
          }
          extra={decision ? OPINION_HELP[decision] : undefined}
        >
          <Input.TextArea rows={4} maxLength={500} showCount />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
