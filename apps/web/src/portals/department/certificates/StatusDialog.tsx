import {
  CERTIFICATE_ACTION_STATUS,
  type CertificateAction,
  type CertificateItem,
  type CertificateStatus,
  certificateStatusSchema,
} from '@rcpd/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import { categoryText } from '../../../components/format';
import { patchPages } from '../../../components/keyset';
import { CertificateStatusTag } from '../../../components/StatusTag';
import { applyApiError, parseBody } from '../../../forms/errors';
import { fieldRule } from '../../../forms/rules';

export const certificatesKey = ['department', 'certificates'] as const;

const HINT: Record<CertificateAction, string> = {
  暂扣: '暂扣期间证书验证显示“暂扣”，可以恢复有效。',
  撤销: '撤销后证书验证显示“撤销”，不能再恢复。',
  注销: '注销后证书验证显示“注销”，不能再恢复。',
  恢复有效: '恢复后证书验证显示“证书有效”。',
};

/** 暂扣, 撤销, 注销 or 恢复有效 of one certificate, with the reason (the holder is told). */
export function StatusDialog({
  target,
  onClose,
}: {
  target: { item: CertificateItem; action: CertificateAction } | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ reason?: string }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      status: Exclude<CertificateStatus, '失效'>;
      reason: string;
    }) => api.post('/api/department/certificates/{id}/status', { params: { id }, body }),
    // the answer is the certificate as it is now: its row changes in place
    onSuccess: (changed) =>
      patchPages(queryClient, certificatesKey, (item: CertificateItem) => item.id, [changed]),
    onError: () => queryClient.invalidateQueries({ queryKey: certificatesKey }),
  });

  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };

  const onFinish = (values: { reason?: string }) => {
    if (!target || mutation.isPending) return;
    setError(null);
    const body = parseBody(form, certificateStatusSchema, {
      status: CERTIFICATE_ACTION_STATUS[target.action],
      reason: values.reason ?? '',
    });
    if (!body.ok) {
      setError(body.message);
      return;
    }
    mutation.mutate(
      { id: target.item.id, ...body.data },
      {
        onSuccess: (updated) => {
          message.success(`证书${updated.number}已${target.action}`);
          close();
        },
        onError: (failure) => setError(applyApiError(form, failure)),
      },
    );
  };

  const item = target?.item;
  const final = target?.action === '撤销' || target?.action === '注销';
  return (
    <Modal
      open={target !== null}
      title={target ? `${target.action}证书` : '变更证书状态'}
      onCancel={close}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close}>
          取消
        </Button>,
        <Button
          key="ok"
          type="primary"
          danger={final}
          htmlType="submit"
          form="certificate-status"
          loading={mutation.isPending}
        >
          确定
        </Button>,
      ]}
    >
      {item && (
        <Descriptions
          className="decision-subject"
          size="small"
          column={1}
          items={[
            { key: 'number', label: '证书编号', children: item.number },
            { key: 'holder', label: '持证人', children: item.holderName },
            { key: 'category', label: '认定类别', children: categoryText(item.category, item.categoryName) },
            { key: 'status', label: '当前状态', children: <CertificateStatusTag status={item.status} /> },
          ]}
        />
      )}
      {target && <p>{HINT[target.action]}</p>}
      <Form form={form} name="certificate-status" layout="vertical" onFinish={onFinish}>
        <Form.Item
          className="opinion-item"
          label="原因"
          name="reason"
          required
          rules={[fieldRule(certificateStatusSchema.shape.reason)]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
