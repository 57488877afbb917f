import {
  type CatalogueItem,
  type CatalogueItemBody,
  catalogueItemSchema,
  type TalentCategory,
} from '@rcpd/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { applyApiError, parseBody } from '../../forms/errors';
import { fieldRule } from '../../forms/rules';
import { catalogueKey } from './catalogue';

const shape = catalogueItemSchema.shape;

export type EditingItem = { category: TalentCategory; item: CatalogueItem | null };

/** 添加条款 / 编辑 a 条款 of one category. */
export function CatalogueItemModal({
  editing,
  onClose,
}: {
  editing: EditingItem | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const item = editing?.item ?? null;

  useEffect(() => {
    if (!editing) return;
    form.resetFields();
    setError(null);
    form.setFieldsValue(
      editing.item
        ? { code: editing.item.code, text: editing.item.text, sort: editing.item.sort }
        : { sort: 0 },
    );
  }, [editing, form]);

  const mutation = useMutation({
    mutationFn: (body: CatalogueItemBody) =>
      item
        ? api.put('/api/department/catalogue/items/{id}', { params: { id: item.id }, body })
        : api.post('/api/department/catalogue/items', { body }),
    onSuccess: () => {
      message.success('保存成功');
      void queryClient.invalidateQueries({ queryKey: catalogueKey });
      onClose();
    },
    onError: (failure) => setError(applyApiError(form, failure)),
  });

  const onFinish = (values: Record<string, unknown>) => {
    setError(null);
    const body = parseBody(form, catalogueItemSchema, { ...values, category: editing?.category });
    if (body.ok) mutation.mutate(body.data);
    else setError(body.message);
  };

  return (
    <Modal
      open={editing !== null}
      title={item ? `编辑条款 ${item.code}` : `添加条款（${editing?.category ?? ''}类）`}
      onCancel={onClose}
      forceRender
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button
          key="save"
          type="primary"
          htmlType="submit"
          form="catalogue-item"
          loading={mutation.isPending}
        >
          保存
        </Button>,
      ]}
    >
      <Form form={form} name="catalogue-item" layout="vertical" onFinish={onFinish}>
        <Form.Item label="条款编号" name="code" rules={[fieldRule(shape.code)]} extra="例如 C-3" required>
          <Input maxLength={20} autoComplete="off" />
        </Form.Item>
        <Form.Item label="条款内容" name="text" rules={[fieldRule(shape.text)]} required>
          <Input.TextArea rows={5} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item label="排序" name="sort" rules={[fieldRule(shape.sort)]} extra="数字越小越靠前">
          <InputNumber min={0} max={9999} precision={0} style={{ width: 160 }} />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
