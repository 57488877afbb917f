import {
  ALLOW_LIST_MAX,
  INTEGRATION_SCOPE_LABELS,
  INTEGRATION_SCOPES,
  type IntegrationClientBody,
  type IntegrationClientItem,
  type IntegrationClientSecrets,
  integrationClientSchema,
} from '@rcpd/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../../api/client';
import { applyApiError, parseBody } from '../../../forms/errors';
import { fieldRule } from '../../../forms/rules';

export const CLIENTS_PATH = '/api/department/integration-clients';
export const CLIENTS_KEY = ['department', 'integration-clients'] as const;

const shape = integrationClientSchema.shape;
const SCOPE_OPTIONS = INTEGRATION_SCOPES.map((scope) => ({
  value: scope,
  label: `${INTEGRATION_SCOPE_LABELS[scope]}（${scope}）`,
}));

interface Values {
  name?: string;
  scopes?: string[];
  /** one entry a line (commas and spaces also separate) */
  allowedIps?: string;
  webhookUrl?: string;
  rateLimitPerMinute?: number | null;
}

const entries = (text: string | undefined) =>
  (text ?? '')
    .split(/[\s,，;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);

const body = (values: Values) => ({
  name: values.name ?? '',
  scopes: values.scopes ?? [],
  allowedIps: entries(values.allowedIps),
  webhookUrl: values.scopes?.includes('certificates:webhook') ? (values.webhookUrl ?? '') : null,
  rateLimitPerMinute: values.rateLimitPerMinute ?? undefined,
});

/**
 * 新增 (answered with the secrets, shown once by the caller) or 编辑 (the secrets stay) of an integration client.
 */
export function ClientFormModal({
  editing,
  open,
  onClose,
  onCreated,
}: {
  /** null: 新增 */
  editing: IntegrationClientItem | null;
  open: boolean;
  onClose: () => void;
  onCreated: (secrets: IntegrationClientSecrets) => void;
}) {
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const pushes = (Form.useWatch('scopes', form) ?? []).includes('certificates:webhook');
  const allowList = Form.useWatch('allowedIps', form);

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue(
      editing
        ? {
            name: editing.name,
            scopes: editing.scopes,
            allowedIps: editing.allowedIps.join('\n'),
            webhookUrl: editing.webhookUrl ?? '',
            rateLimitPerMinute: editing.rateLimitPerMinute,
          }
        : {
            name: '',
            scopes: ['certificates:read'],
            allowedIps: '',
            webhookUrl: '',
            rateLimitPerMinute: 600,
          },
    );
  }, [open, editing, form]);

  const mutation = useMutation({
    mutationFn: (data: IntegrationClientBody): Promise<IntegrationClientItem | IntegrationClientSecrets> =>
      editing
        ? api.put(`${CLIENTS_PATH}/{id}`, { params: { id: editing.id }, body: data })
        : api.post(CLIENTS_PATH, { body: data }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CLIENTS_KEY }),
  });

  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };

  const onFinish = (values: Values) => {
    if (mutation.isPending) return;
    setError(null);
    const parsed = parseBody(form, integrationClientSchema, body(values));
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    mutation.mutate(parsed.data, {
      onSuccess: (answer) => {
        close();
        if ('credential' in answer) onCreated(answer);
        // the answer carried the secrets: the mutation keeps no copy of them
        mutation.reset();
      },
      onError: (failure) => setError(applyApiError(form, failure)),
    });
  };

  return (
    <Modal
      open={open}
      title={editing ? `编辑接口客户端：${editing.name}` : '新增接口客户端'}
      onCancel={close}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close}>
          取消
        </Button>,
        <Button
          key="save"
          type="primary"
          htmlType="submit"
          form="integration-client"
          loading={mutation.isPending}
        >
          保存
        </Button>,
      ]}
    >
      <Form form={form} name="integration-client" layout="vertical" onFinish={onFinish}>
        <Form.Item label="客户端名称" name="name" rules={[fieldRule(shape.name)]} required>
          <Input maxLength={50} placeholder="如：吉林省电子证照库" autoComplete="off" />
        </Form.Item>
        <Form.Item label="权限" name="scopes" rules={[fieldRule(shape.scopes)]} required>
          <Checkbox.Group options={SCOPE_OPTIONS} className="scope-options" />
        </Form.Item>
        <Form.Item
          label="调用地址白名单"
          name="allowedIps"
          rules={[
            fieldRule({
              safeParse: (v: unknown) => shape.allowedIps.safeParse(entries(v as string | undefined)),
            }),
          ]}
          extra={`每行一个IPv4或IPv6地址或CIDR网段（如 10.1.2.3、10.1.0.0/16、2001:db8::/32），最多${ALLOW_LIST_MAX}项。`}
        >
          <Input.TextArea
            rows={3}
            placeholder={'10.1.2.3\n10.1.0.0/16'}
            autoComplete="off"
            spellCheck={false}
          />
        </Form.Item>
        {entries(allowList).length === 0 && (
          <Alert
            type="warning"
            showIcon
            className="form-alert"
            title="白名单为空时，该客户端的所有调用都会被拒绝。"
          />
        )}
        {pushes && (
          <Form.Item
            label="回调地址"
            name="webhookUrl"
            rules={[fieldRule(shape.webhookUrl)]}
            required
            extra="证书发放或状态变更时向此地址推送（POST JSON，带签名）；生产环境须为 https 地址。"
          >
            <Input placeholder="https://" autoComplete="off" spellCheck={false} maxLength={500} />
          </Form.Item>
        )}
        <Form.Item
          label="每分钟调用上限"
          name="rateLimitPerMinute"
          rules={[fieldRule(shape.rateLimitPerMinute)]}
          required
          extra="超过上限的调用返回429，下一分钟恢复。"
        >
          <InputNumber min={1} max={100_000} precision={0} className="number-input" />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
