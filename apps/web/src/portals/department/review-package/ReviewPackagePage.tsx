import { FileZipOutlined } from '@ant-design/icons';
import {
  parseApplicationNumbers,
  type ReviewPackageRequest,
  reviewPackageRequestSchema,
  TALENT_CATEGORIES,
} from '@rcpd/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Select } from 'antd';
import { Suspense, useState } from 'react';
import { api } from '../../../api/client';
import { useAccount } from '../../../components/account';
import { PageTitle } from '../../../components/Layouts';
import { QueryError } from '../../../components/QueryError';
import { errorMessage, parseBody } from '../../../forms/errors';
import { ExportTasks } from '../../pages';
import { useReviewOptions } from '../../review/api';
import { useExportTasks } from '../../review/useExportTasks';

interface FormValues {
  noticeId?: string;
  category?: string;
  numbers?: string;
}

const LEAD =
  '评审在线下进行：选择申报通知和申报人才类别，把其中“材料审核通过”的申报打包成一个 zip 文件，供评审专家使用。' +
  '每位申报人一个文件夹（申报编号_姓名），内有人才分类定级认定一览表和全部附件，另附汇总表.xlsx。' +
  '只包含本账号审核范围内的申报。';

const CATEGORY_OPTIONS = TALENT_CATEGORIES.map((c) => ({ value: c, label: `${c}类` }));

/** The request of the form's values, as the shared schema reads it (the 申报编号 split as the server splits them). */
const requestOf = (v: FormValues): ReviewPackageRequest =>
  ({
    noticeId: v.noticeId,
    category: v.category,
    applicationNumbers: v.numbers?.trim() ? parseApplicationNumbers(v.numbers) : undefined,
  }) as ReviewPackageRequest;

/** How many applications the package would hold, asked again when the choice (or the list, on blur) changes. */
function usePreview(body: ReviewPackageRequest | null) {
  return useQuery({
    queryKey: ['review-package', 'preview', body],
    queryFn: () => api.post('/api/review/package/preview', { body: body as ReviewPackageRequest }),
    enabled: body !== null,
    retry: false,
  });
}

/**
 * 评审材料包 (manual 3.4: the evaluation happens offline): the 材料审核通过 applications of a notice and a
 * category, or the listed 申报编号 among them, as one zip made in the background — a folder 申报编号_姓名 per
 * applicant with its 一览表 and attachments, and 汇总表.xlsx.
 */
export function ReviewPackagePage() {
  const account = useAccount();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const options = useReviewOptions();
  const [chosen, setChosen] = useState<ReviewPackageRequest | null>(null);
  const preview = usePreview(chosen);
  const tasks = useExportTasks(`rcpd.review-packages.${account.id}`);
  const start = useMutation({
    mutationFn: (body: ReviewPackageRequest) => api.post('/api/review/package', { body }),
    onSuccess: (item) => tasks.follow(item),
    onError: (error) => message.error(errorMessage(error)),
  });

  /** The choice as the schema checks it: a complete one is previewed, an incomplete one is not asked. */
  const choose = () => {
    const body = requestOf(form.getFieldsValue());
    const checked = reviewPackageRequestSchema.safeParse(body);
    setChosen(checked.success ? body : null);
    if (body.applicationNumbers && !checked.success) void form.validateFields(['numbers']).catch(() => {});
  };

  const submit = (values: FormValues) => {
    const parsed = parseBody(form, reviewPackageRequestSchema, requestOf(values));
    if (!parsed.ok) {
      if (parsed.message) message.error(parsed.message);
      return;
    }
    start.mutate(requestOf(values));
  };

  const count = preview.data?.count;
  return (
    <>
      <PageTitle>评审材料包</PageTitle>
      <p className="muted queue-lead">{LEAD}</p>
      {options.isError && (
        <QueryError title="申报通知加载失败" error={options.error} onRetry={() => void options.refetch()} />
      )}
      <Form<FormValues>
        form={form}
        layout="vertical"
        className="package-form"
        aria-label="评审材料包"
        onFinish={submit}
        onValuesChange={(changed) => {
          if (!('numbers' in changed)) choose();
        }}
      >
        <Form.Item label="申报通知" name="noticeId" rules={[{ required: true, message: '请选择申报通知' }]}>
          <Select
            placeholder="请选择申报通知"
            loading={options.isLoading}
            showSearch={{ optionFilterProp: 'label' }}
            options={(options.data?.notices ?? []).map((n) => ({ value: n.id, label: n.title }))}
          />
        </Form.Item>
        <Form.Item
          label="申报人才类别"
          name="category"
          rules={[{ required: true, message: '请选择申报人才类别' }]}
        >
          <Select placeholder="请选择类别" options={CATEGORY_OPTIONS} />
        </Form.Item>
        <Form.Item
          label="申报编号（可选）"
          name="numbers"
          extra="只打包其中部分申报时填写：每行一个，或用逗号分隔；不填则打包全部。"
          rules={[
            {
              validator: async (_rule, value: string | undefined) => {
                if (!value?.trim()) return;
                const result = reviewPackageRequestSchema.shape.applicationNumbers.safeParse(
                  parseApplicationNumbers(value),
                );
                if (!result.success) throw new Error(result.error.issues[0]?.message ?? '申报编号格式不正确');
              },
            },
          ]}
        >
          <Input.TextArea rows={4} placeholder={'RC20260000001\nRC20260000002'} onBlur={choose} />
        </Form.Item>
        <div aria-live="polite" className="package-preview">
          {chosen && preview.isFetching && <p className="muted">正在统计…</p>}
          {chosen && !preview.isFetching && count !== undefined && (
            <Alert
              type={count > 0 ? 'info' : 'warning'}
              showIcon
              message={
                count > 0
                  ? `符合条件的申报：${count} 份`
                  : '所选通知和类别中没有材料审核通过的申报，不能生成材料包'
              }
            />
          )}
          {chosen && preview.isError && <Alert type="error" showIcon message={errorMessage(preview.error)} />}
        </div>
        <div className="row-actions">
          <Button
            type="primary"
            htmlType="submit"
            icon={<FileZipOutlined aria-hidden />}
            loading={start.isPending}
            disabled={!chosen || preview.isError || count === 0}
          >
            生成材料包
          </Button>
          {tasks.props && (
            <Suspense fallback={null}>
              <ExportTasks
                {...tasks.props}
                unit="人"
                lead="材料包在后台生成，进度按申报人计。关闭本窗口不影响生成，可随时点“导出任务”回来查看和下载。"
              />
            </Suspense>
          )}
        </div>
      </Form>
    </>
  );
}
