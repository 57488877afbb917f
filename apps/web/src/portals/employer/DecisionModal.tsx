import {
  type BindingDecision,
  type BindingDecisionBody,
  bindingDecisionSchema,
  type EmployerBindingItem,
} from '@rcpd/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ApiError, api } from '../../api/client';
import { applyApiError, parseBody } from '../../forms/errors';
import { employerBindingsKey } from './bindings';

export interface Deciding {
  item: EmployerBindingItem;
  decision: BindingDecision;
}

/**
 * 审核通过 or 审核不通过终止审核 of one binding request; 办件意见 is required for the latter. A 409 means
 * another reviewer decided first: say so and show the list as it is now.
 */
export function DecisionModal({ deciding, onClose }: { deciding: Deciding | null; onClose: () => void }) {
  const [form] = Form.useForm<{ opinion?: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const reject = deciding?.decision === '审核不通过终止审核';

  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };

  const mutation = useMutation({
    mutationFn: ({ id, body }: { id: string; body: BindingDecisionBody }) =>
      api.post('/api/employer/bindings/{id}/decision', { params: { id }, body }),
    onSuccess: (_data, { body }) => {
      message.success(body.decision === '审核通过' ? '已审核通过' : '已审核不通过');
      close();
    },
    onError: (failure) => {
      if (failure instanceof ApiError && failure.status === 409) {
        message.warning(failure.message);
        close();
        return;
      }
      setError(applyApiError(form, failure));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: employerBindingsKey }),
  });

  const onFinish = (values: { opinion?: string }) => {
    if (!deciding) return;
    setError(null);
    const body = parseBody(form, bindingDecisionSchema, {
      decision: deciding.decision,
      opinion: values.opinion ?? '',
    });
    if (body.ok) mutation.mutate({ id: deciding.item.id, body: body.data });
    else setError(body.message);
  };

  return (
    <Modal
      open={deciding !== null}
      title={deciding?.decision ?? '审核'}
      onCancel={close}
      footer={[
        <Button key="cancel" onClick={close}>
          取消
        </Button>,
        <Button
          key="save"
          type="primary"
          danger={reject}
          htmlType="submit"
          form="binding-decision"
          loading={mutation.isPending}
        >
          {reject ? '确认不通过' : '确认通过'}
        </Button>,
      ]}
    >
      {deciding && (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'name', label: '申请人', children: deciding.item.applicantName },
            { key: 'id', label: '证件号码', children: deciding.item.maskedIdNumber },
          ]}
        />
      )}
      <Form form={form} name="binding-decision" layout="vertical" onFinish={onFinish}>
        <Form.Item
          label="办件意见"
          name="opinion"
          required={reject}
          rules={
            reject ? [{ required: true, whitespace: true, message: '审核不通过时请填写办件意见' }] : undefined
          }
          extra={reject ? '请写明不同意绑定的原因，申请人可在“绑定单位申报状态”中查看。' : '选填'}
        >
          <Input.TextArea rows={4} maxLength={500} showCount />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
