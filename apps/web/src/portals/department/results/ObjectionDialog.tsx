import { objectionSchema } from '@rcpd/shared';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { applyApiError, parseBody } from '../../../forms/errors';
import { fieldRule } from '../../../forms/rules';
import { type RecordedItem, useObjection } from './api';
import { ObjectionList } from './ObjectionList';

/** 登记异议: an objection received during 公示, kept with the result (the result itself may then change). */
export function ObjectionDialog({ item, onClose }: { item: RecordedItem | null; onClose: () => void }) {
  const [form] = Form.useForm<{ content?: string }>();
  const { message } = App.useApp();
  const mutation = useObjection(item?.result.id ?? '');
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };

  const onFinish = (values: { content?: string }) => {
    if (!item || mutation.isPending) return;
    setError(null);
    const body = parseBody(form, objectionSchema, { content: values.content ?? '' });
    if (!body.ok) {
      setError(body.message);
      return;
    }
    mutation.mutate(body.data.content, {
      onSuccess: () => {
        message.success(`已登记${item.applicantName}的异议`);
        close();
      },
      onError: (failure) => setError(applyApiError(form, failure)),
    });
  };

  return (
    <Modal
      open={item !== null}
      title={item ? `登记异议：${item.applicantName}` : '登记异议'}
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
          form="result-objection"
          loading={mutation.isPending}
        >
          保存
        </Button>,
      ]}
    >
      {item && item.result.objections.length > 0 && (
        <section className="modal-section" aria-labelledby="objections-title">
          <h2 id="objections-title" className="upload-heading">
            已登记的异议（{item.result.objections.length}）
          </h2>
          <ObjectionList objections={item.result.objections} />
        </section>
      )}
      <Form form={form} name="result-objection" layout="vertical" onFinish={onFinish}>
        <Form.Item
          className="opinion-item"
          label="异议内容"
          name="content"
          required
          rules={[fieldRule(objectionSchema.shape.content)]}
          extra="写明异议人、收到的方式和异议事项。核实后如需改变评审结果，请在公示期内重新录入结果。"
        >
          <Input.TextArea rows={4} maxLength={1000} showCount />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
