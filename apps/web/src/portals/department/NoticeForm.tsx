import { type NoticeBody, type NoticeItem, noticeSchema, SERVICE_TYPES } from '@rcpd/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { ApiError, api } from '../../api/client';
import { applyApiError, parseBody } from '../../forms/errors';
import { fieldRule } from '../../forms/rules';
import { NOTICE_PATH, NOTICES_PATH, noticeSaved, noticesKey } from './notices';

interface Values {
  title?: string;
  body?: string;
  startAt?: Dayjs | null;
  endAt?: Dayjs | null;
  serviceTypes?: string[];
}

const shape = noticeSchema.shape;
const DATE_FORMAT = 'YYYY-MM-DD HH:mm';
/** Enter confirms the typed time in the picker; it must not also submit the whole form. */
const PICKER = {
  showTime: { format: 'HH:mm' },
  format: DATE_FORMAT,
  style: { width: '100%' },
  onKeyDown: (event: { key: string; preventDefault(): void }) => {
    if (event.key === 'Enter') event.preventDefault();
  },
} as const;

function initialValues(notice: NoticeItem | undefined): Values {
  if (!notice) return { serviceTypes: [...SERVICE_TYPES] };
  return {
    title: notice.title,
    body: notice.body,
    startAt: dayjs(notice.startAt),
    endAt: dayjs(notice.endAt),
    serviceTypes: notice.serviceTypes,
  };
}

/** 新建通知 / 编辑: the notice's fields, checked with the shared `noticeSchema` before they are sent. */
export function NoticeForm({
  notice,
  disabled,
  onSaved,
}: {
  notice?: NoticeItem;
  disabled?: boolean;
  onSaved: (saved: NoticeItem) => void;
}) {
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const sending = useRef(false);

  const mutation = useMutation({
    mutationFn: (body: NoticeBody) =>
      notice ? api.put(NOTICE_PATH, { params: { id: notice.id }, body }) : api.post(NOTICES_PATH, { body }),
    onSuccess: (saved) => {
      message.success('保存成功');
      noticeSaved(queryClient, saved, !notice);
      onSaved(saved);
    },
    onError: (failure) => {
      if (failure instanceof ApiError && failure.status === 409) setStale(true);
      setError(applyApiError(form, failure));
    },
  });

  const onFinish = (values: Values) => {
    // Enter in a field submits too: never send a second 新建 while the first is on its way.
    if (sending.current) return;
    setError(null);
    const body = parseBody(form, noticeSchema, {
      title: values.title ?? '',
      body: values.body ?? '',
      startAt: values.startAt ? values.startAt.toISOString() : '',
      endAt: values.endAt ? values.endAt.toISOString() : '',
      serviceTypes: values.serviceTypes ?? [],
      ...(notice ? { version: notice.version } : {}),
    });
    if (!body.ok) return setError(body.message);
    sending.current = true;
    mutation.mutate(body.data, { onSettled: () => (sending.current = false) });
  };

  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: noticesKey });
    setStale(false);
    setError(null);
  };

  return (
    <Form<Values>
      form={form}
      name="notice"
      layout="vertical"
      initialValues={initialValues(notice)}
      onFinish={onFinish}
      disabled={disabled}
    >
      <Form.Item label="通知标题" name="title" rules={[fieldRule(shape.title)]} required>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="通知正文" name="body" rules={[fieldRule(shape.body)]} required>
        <Input.TextArea rows={10} maxLength={20_000} />
      </Form.Item>
      <div className="form-grid-2">
        <Form.Item
          label="申报开始时间"
          name="startAt"
          required
          rules={[{ required: true, message: '请填写申报开始时间' }]}
        >
          <DatePicker {...PICKER} />
        </Form.Item>
        <Form.Item
          label="申报截止时间"
          name="endAt"
          required
          dependencies={['startAt']}
          rules={[
            { required: true, message: '请填写申报截止时间' },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: Dayjs | null) => {
                const start: Dayjs | null = getFieldValue('startAt');
                if (value && start && !value.isAfter(start)) {
                  const issue = noticeSchema.safeParse({
                    title: 'x',
                    body: 'x',
                    serviceTypes: [SERVICE_TYPES[0]],
                    startAt: start.toISOString(),
                    endAt: value.toISOString(),
                  });
                  if (!issue.success) throw new Error(issue.error.issues[0]?.message);
                }
              },
            }),
          ]}
        >
          <DatePicker {...PICKER} />
        </Form.Item>
      </div>
      <Form.Item
        label="认定服务类型"
        name="serviceTypes"
        rules={[fieldRule(shape.serviceTypes)]}
        extra="至少选择一项"
      >
        <Checkbox.Group options={SERVICE_TYPES.map((t) => ({ value: t, label: t }))} />
      </Form.Item>
      {error && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={error}
          action={
            stale ? (
              <Button size="small" onClick={() => void reload()}>
                重新加载
              </Button>
            ) : undefined
          }
        />
      )}
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {notice ? '保存' : '保存草稿'}
      </Button>
    </Form>
  );
}
