import { type LoginRequest, loginSchema, type Portal, type SessionInfo } from '@rcpd/shared';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { type ReactNode, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useLogin } from '../api/session';
import { CaptchaField, useCaptcha } from '../components/Captcha';
import { applyApiError, parseBody } from '../forms/errors';
import { fieldRule } from '../forms/rules';
import { PORTAL_CONFIG } from '../portals/config';

interface LoginFormProps {
  portal: Portal;
  accountLabel: string;
  accountPlaceholder: string;
  /** the form's name (its fields' ids); `<portal>-login` unless told */
  name?: string;
  /** what a successful sign-in does; the portal's home (or the page that sent the user here) unless told */
  onSignedIn?: (session: SessionInfo) => void;
  /** shown above the fields */
  children?: ReactNode;
}

type Values = Pick<LoginRequest, 'account' | 'password' | 'captchaCode'>;

/** 账号 + 密码 + 验证码 → 登录, then the portal's home (or the portal page that sent the user here). */
export function LoginForm({
  portal,
  accountLabel,
  accountPlaceholder,
  name,
  onSignedIn,
  children,
}: LoginFormProps) {
  const [form] = Form.useForm<Values>();
  const captcha = useCaptcha();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      if (onSignedIn) {
        onSignedIn(session);
        return;
      }
      const home = PORTAL_CONFIG[session.account?.portal ?? portal].home;
      const from: unknown = (location.state as { from?: unknown } | null)?.from;
      const back = typeof from === 'string' && (from === home || from.startsWith(`${home}/`)) ? from : home;
      navigate(back, { replace: true });
    },
    onError: (failure) => {
      // The captcha was used up by this attempt.
      captcha.refresh();
      form.setFieldValue('captchaCode', '');
      setError(applyApiError(form, failure));
    },
  });

  const onFinish = (values: Values) => {
    setError(null);
    const body = parseBody(form, loginSchema, {
      ...values,
      portal,
      captchaId: captcha.challenge?.captchaId ?? '',
    });
    if (!body.ok) {
      setError(body.message);
      return;
    }
    mutation.mutate(body.data);
  };

  return (
    <Form
      form={form}
      name={name ?? `${portal}-login`}
      layout="vertical"
      onFinish={onFinish}
      requiredMark={false}
    >
      {children}
      <Form.Item label={accountLabel} name="account" rules={[fieldRule(loginSchema.shape.account)]}>
        <Input placeholder={accountPlaceholder} autoComplete="username" />
      </Form.Item>
      <Form.Item label="密码" name="password" rules={[fieldRule(loginSchema.shape.password)]}>
        <Input.Password placeholder="请输入密码" autoComplete="current-password" />
      </Form.Item>
      <CaptchaField captcha={captcha} label="验证码" rules={[fieldRule(loginSchema.shape.captchaCode)]} />
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
        登录
      </Button>
    </Form>
  );
}
