import { type PasswordChange, passwordChangeSchema } from '@rcpd/shared';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { leaveTo } from '../api/session';
import { applyApiError, parseBody } from '../forms/errors';
import { confirmRule, fieldRule, PASSWORD_HINT, passwordRule } from '../forms/rules';
import { PORTAL_CONFIG } from '../portals/config';
import { useAccount } from './account';
import { PageTitle } from './Layouts';

const shape = passwordChangeSchema.shape;

function withNotice(login: string): string {
  return `${login}${login.includes('?') ? '&' : '?'}notice=password-changed`;
}

/** 修改密码, in every portal. The server then ends all sessions of the account, so the user signs in again. */
export function PasswordChangePage() {
  const account = useAccount();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (body: PasswordChange) => api.post('/api/auth/password', { body }),
    onSuccess: () => leaveTo(withNotice(PORTAL_CONFIG[account.portal].login)),
    onError: (failure) => setError(applyApiError(form, failure)),
  });

  const onFinish = (values: unknown) => {
    setError(null);
    const body = parseBody(form, passwordChangeSchema, values);
    if (body.ok) mutation.mutate(body.data);
    else setError(body.message);
  };

  return (
    <>
      <PageTitle>修改密码</PageTitle>
      <Card className="narrow-card">
        <p className="muted">修改成功后，所有已登录的设备都将退出，请使用新密码重新登录。</p>
        <Form form={form} name="password-change" layout="vertical" onFinish={onFinish}>
          <Form.Item label="原密码" name="oldPassword" rules={[fieldRule(shape.oldPassword)]} required>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            label="新密码"
            name="password"
            rules={[passwordRule(shape.password)]}
            extra={PASSWORD_HINT}
            required
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label="确认新密码"
            name="passwordConfirm"
            rules={[confirmRule(shape.passwordConfirm)]}
            dependencies={['password']}
            required
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} className="form-alert" />}
          <Button type="primary" htmlType="submit" loading={mutation.isPending}>
            保存
          </Button>
        </Form>
      </Card>
    </>
  );
}
