import type { AccountListItem } from '@rcpd/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { api } from '../api/client';
import { applyApiError, errorMessage, type ParsedBody } from '../forms/errors';
import { useAccount } from './account';

export function StatusBadge({ enabled }: { enabled: boolean }) {
  return <Badge status={enabled ? 'success' : 'default'} text={enabled ? '正常' : '已停用'} />;
}

/** the account lists this module serves: an employer's 审核人员, the department's accounts */
export type AccountsPath = '/api/employer/reviewers' | '/api/department/accounts';

/** 停用 / 启用 of one account row: `PATCH {path}/{id}` with `{ enabled }`. */
export function ToggleEnabledButton(props: {
  item: AccountListItem;
  path: AccountsPath;
  queryKey: readonly string[];
}) {
  const { item, path, queryKey } = props;
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const self = useAccount().id === item.id;
  const mutation = useMutation({
    mutationFn: (enabled: boolean) =>
      api.patch(`${path}/{id}`, { params: { id: item.id }, body: { enabled } }),
    onSuccess: (updated) => {
      // Neutral wording: the row itself shows the name and the new status.
      message.success(updated.enabled ? '启用成功' : '停用成功');
      void queryClient.invalidateQueries({ queryKey });
    },
    onError: (error) => message.error(errorMessage(error)),
  });
  // the button is the server's allowedActions (the account policy: nobody acts on its own account)
  const [action] = item.allowedActions;
  if (!action) return <span className="muted">{self ? '当前账号' : '—'}</span>;
  return (
    <Button
      size="small"
      danger={action === '停用'}
      loading={mutation.isPending}
      onClick={() => mutation.mutate(action === '启用')}
    >
      {action}
    </Button>
  );
}

interface CreateModalProps<T> {
  open: boolean;
  onClose: () => void;
  title: string;
  /** the form's name; also the id the 保存 button submits */
  name: string;
  path: AccountsPath;
  queryKey: readonly string[];
  parse: (form: FormInstance, values: unknown) => ParsedBody<T>;
  children: ReactNode;
}

/** A modal form that creates an account with `POST {path}` and refreshes the list. */
export function CreateAccountModal<T>(props: CreateModalProps<T>) {
  const { open, onClose, title, name, path, queryKey, parse, children } = props;
  const [form] = Form.useForm();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    // T is the body of `path`'s POST: the page's form parses it with that operation's shared schema
    mutationFn: (body: T) => api.post(path, { body: body as never }),
    onSuccess: () => {
      message.success('添加成功');
      void queryClient.invalidateQueries({ queryKey });
      close();
    },
    onError: (failure) => setError(applyApiError(form, failure)),
  });

  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };

  const onFinish = (values: unknown) => {
    setError(null);
    const body = parse(form, values);
    if (body.ok) mutation.mutate(body.data);
    else setError(body.message);
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={close}
      footer={[
        <Button key="cancel" onClick={close}>
          取消
        </Button>,
        <Button key="save" type="primary" htmlType="submit" form={name} loading={mutation.isPending}>
          保存
        </Button>,
      ]}
    >
      <Form form={form} name={name} layout="vertical" onFinish={onFinish}>
        {children}
        {error && <Alert type="error" showIcon title={error} />}
      </Form>
    </Modal>
  );
}
