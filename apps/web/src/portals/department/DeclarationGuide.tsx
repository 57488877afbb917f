import { type DeclarationGuide, declarationGuideSchema } from '@rcpd/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Spin } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { declarationGuideKey, useDeclarationGuide } from '../../api/declarationGuide';
import { formatTime } from '../../components/format';
import { PageTitle } from '../../components/Layouts';
import { QueryError } from '../../components/QueryError';
import { applyApiError, parseBody } from '../../forms/errors';
import { fieldRule } from '../../forms/rules';

function GuideForm({ guide }: { guide: DeclarationGuide }) {
  const [form] = Form.useForm<{ text: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (body: { text: string }) => api.put('/api/department/declaration-guide', { body }),
    onSuccess: (saved) => {
      message.success('保存成功');
      queryClient.setQueryData(declarationGuideKey, saved);
    },
    onError: (failure) => setError(applyApiError(form, failure)),
  });
  const onFinish = (values: { text: string }) => {
    setError(null);
    const body = parseBody(form, declarationGuideSchema, values);
    if (body.ok) mutation.mutate(body.data);
    else setError(body.message);
  };
  return (
    <Form
      form={form}
      name="declaration-guide"
      layout="vertical"
      initialValues={{ text: guide.text }}
      onFinish={onFinish}
    >
      <Form.Item
        label="申报注意事项"
        name="text"
        rules={[fieldRule(declarationGuideSchema.shape.text)]}
        extra={`申报人在“条件自检”中查看此内容。最后保存时间：${formatTime(guide.updatedAt, '尚未保存')}`}
        required
      >
        <Input.TextArea rows={16} maxLength={20_000} showCount />
      </Form.Item>
      {error && <Alert className="form-alert" type="error" showIcon title={error} />}
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        保存
      </Button>
    </Form>
  );
}

/** 申报注意事项 (系统管理员). */
export function DeclarationGuidePage() {
  const query = useDeclarationGuide();
  return (
    <>
      <PageTitle>申报注意事项</PageTitle>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && !query.isError && <Spin />}
      {query.data && (
        <Card>
          <GuideForm key={query.data.updatedAt ?? 'new'} guide={query.data} />
        </Card>
      )}
    </>
  );
}
