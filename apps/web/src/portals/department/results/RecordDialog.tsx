import {
  certifiedCategory,
  isHigherCategory,
  RESULT_OUTCOMES,
  type ResultItem,
  type ResultOutcome,
  recordResultSchema,
  TALENT_CATEGORIES,
  type TalentCategory,
} from '@rcpd/shared';
import { Alert, App, Button, Descriptions, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { categoryText } from '../../../components/format';
import { applyApiError, parseBody } from '../../../forms/errors';
import { fieldRule } from '../../../forms/rules';
import { useRecordResult } from './api';

interface FormValues {
  outcome?: ResultOutcome;
  category?: TalentCategory;
  remark?: string;
}

/** What the chosen result certifies, said as the user chooses (the shared rule the server applies too). */
function CertifiedPreview({ applied, values }: { applied: TalentCategory | null; values: FormValues }) {
  if (!applied || !values.outcome) return null;
  const certified = certifiedCategory(values.outcome, applied, values.category);
  if (!certified.ok) return null;
  return (
    <p className="record-preview" aria-live="polite">
      认定类别：
      <strong>{certified.category ? categoryText(certified.category) : '不予认定，不发放证书'}</strong>
    </p>
  );
}

/** A result already recorded is shown for change. */
function initialValues(item: ResultItem | null): FormValues {
  const result = item?.result;
  if (!result) return { remark: '' };
  return {
    outcome: result.outcome,
    category: result.outcome === '调整类别认定' ? (result.category ?? undefined) : undefined,
    remark: result.remark,
  };
}

/**
 * 录入结果 of one application: 认定通过 (the category applied for), 调整类别认定 (a lower category) or 不予认定.
 * A result may change until it is published, also during 公示.
 */
export function RecordDialog({ item, onClose }: { item: ResultItem | null; onClose: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const mutation = useRecordResult();
  const [error, setError] = useState<string | null>(null);
  const values = Form.useWatch([], form) ?? {};
  const applied = item?.appliedCategory ?? null;
  const adjusting = values.outcome === '调整类别认定';
  const lower = TALENT_CATEGORIES.filter((c) => !applied || isHigherCategory(applied, c));

  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };

  const onFinish = (v: FormValues) => {
    if (!item || mutation.isPending) return;
    setError(null);
    const body = parseBody(form, recordResultSchema, {
      applicationId: item.applicationId,
      outcome: v.outcome,
      category: v.outcome === '调整类别认定' ? v.category : undefined,
      remark: v.remark ?? '',
    });
    if (!body.ok) {
      setError(body.message);
      return;
    }
    mutation.mutate(body.data, {
      onSuccess: () => {
        message.success(`已保存${item.applicantName}的评审结果`);
        close();
      },
      onError: (failure) => setError(applyApiError(form, failure)),
    });
  };

  return (
    <Modal
      open={item !== null}
      title={item ? `录入结果：${item.applicantName}` : '录入结果'}
      onCancel={close}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close}>
          取消
        </Button>,
        <Button key="save" type="primary" htmlType="submit" form="record-result" loading={mutation.isPending}>
          保存
        </Button>,
      ]}
    >
      {item && (
        <Descriptions
          className="decision-subject"
          size="small"
          column={1}
          items={[
            { key: 'name', label: '申报人', children: item.applicantName },
            { key: 'number', label: '申报编号', children: item.applicationNumber },
            { key: 'applied', label: '申报类别', children: categoryText(applied) },
          ]}
        />
      )}
      <Form<FormValues>
        form={form}
        name="record-result"
        layout="vertical"
        onFinish={onFinish}
        initialValues={initialValues(item)}
      >
        <Form.Item
          label={<span id="record-outcome-label">评审结果</span>}
          name="outcome"
          required
          rules={[{ required: true, message: '请选择评审结果' }]}
        >
          <Radio.Group
            role="radiogroup"
            aria-labelledby="record-outcome-label"
            options={RESULT_OUTCOMES.map((o) => ({ value: o, label: o }))}
          />
        </Form.Item>
        {adjusting && (
          <Form.Item
            label="调整后类别"
            name="category"
            htmlFor="record-category"
            required
            extra={applied ? `须低于申报类别（${applied}类）` : undefined}
            rules={[
              {
                validator: async (_rule, value: TalentCategory | undefined) => {
                  if (!applied) return;
                  const check = certifiedCategory('调整类别认定', applied, value);
                  if (!check.ok) throw new Error(check.message);
                },
              },
            ]}
          >
            <Select
              id="record-category"
              placeholder="请选择"
              options={lower.map((c) => ({ value: c, label: categoryText(c) }))}
              notFoundContent="没有比申报类别更低的类别"
            />
          </Form.Item>
        )}
        <CertifiedPreview applied={applied} values={values} />
        <Form.Item
          className="opinion-item"
          label="备注"
          name="remark"
          rules={[fieldRule(recordResultSchema.shape.remark)]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
