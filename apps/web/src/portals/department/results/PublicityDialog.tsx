import { startPublicitySchema } from '@rcpd/shared';
import { Alert, App, Button, Form, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { applyApiError, parseBody } from '../../../forms/errors';
import { fieldRule } from '../../../forms/rules';
import { type RecordedItem, usePublicity } from './api';
import { SelectedNames } from './SelectedNames';

/** 公示: the chosen results go on the public list for a number of working days (default 5). */
export function PublicityDialog({
  items,
  open,
  onClose,
  onDone,
}: {
  items: RecordedItem[];
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ workingDays?: number | null }>();
  const { message } = App.useApp();
  const mutation = usePublicity();
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };

  const onFinish = (values: { workingDays?: number | null }) => {
    if (mutation.isPending) return;
    setError(null);
    const body = parseBody(form, startPublicitySchema, {
      resultIds: items.map((item) => item.result.id),
      workingDays: values.workingDays ?? undefined,
    });
    if (!body.ok) {
      setError(body.message);
      return;
    }
    mutation.mutate(body.data, {
      onSuccess: ({ endsOn }) => {
        message.success(`已公示${items.length}条评审结果，公示期至${endsOn}`);
        onDone();
        close();
      },
      onError: (failure) => setError(applyApiError(form, failure)),
    });
  };

  return (
    <Modal
      open={open}
      title="公示评审结果"
      onCancel={close}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close}>
          取消
        </Button>,
        <Button
          key="ok"
          type="primary"
          htmlType="submit"
          form="result-publicity"
          loading={mutation.isPending}
        >
          确定
        </Button>,
      ]}
    >
      <p>
        以下评审结果将在“人才分类定级认定结果公示”页面公开（姓名、推荐单位、认定类别，不公开证件号码）。公示期内可以登记异议、修改评审结果；公示期满后方可发布。
      </p>
      <SelectedNames items={items} />
      <Form
        form={form}
        name="result-publicity"
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ workingDays: 5 }}
      >
        <Form.Item
          label="公示期（工作日）"
          name="workingDays"
          required
          rules={[fieldRule(startPublicitySchema.shape.workingDays)]}
          extra="自明日起按工作日计算，1至30个工作日：以工作日历为准，法定节假日不计，调休上班计入。"
        >
          <InputNumber precision={0} inputMode="numeric" />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
