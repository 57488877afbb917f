import { type LoginRequest, loginSchema, type Portal } from '@rcpd/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { setReauthenticate } from '../api/client';
import { leaveTo, useLogin } from '../api/session';
import { applyApiError, parseBody } from '../forms/errors';
import { fieldRule } from '../forms/rules';
import { PORTAL_CONFIG } from '../portals/config';
import { useAccount } from './account';
import { CaptchaField, useCaptcha } from './Captcha';

type Values = Pick<LoginRequest, 'account' | 'password' | 'captchaCode'>;

const ACCOUNT_LABEL: Record<Portal, { label: string; placeholder: string }> = {
  person: { label: '账号', placeholder: '手机号码或证件号码' },
  employer: { label: '账号', placeholder: '手机号码或统一社会信用代码' },
  department: { label: '用户名', placeholder: '请输入用户名' },
};

/**
 * A session that ended while the person typed (30 minutes idle): the write that found it ended (or the portal
 * guard, when a read found it) waits while this dialog asks them to sign in again; the write is then sent once
 * more, so what they typed is saved without leaving the page. Signing in as another account leaves for that account's home instead; 取消 lets the write fail as before
 * (the portal then sends them to its login page; the form's draft stays in the browser).
 */
export function SessionRenewal({ portal }: { portal: Portal }) {
  const account = useAccount();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const waiting = useRef<{ promise: Promise<boolean>; resolve: (ok: boolean) => void } | null>(null);

  useEffect(() => {
    setReauthenticate(() => {
      if (!waiting.current) {
        let resolve: (ok: boolean) => void = () => {};
        const promise = new Promise<boolean>((r) => {
          resolve = r;
        });
        waiting.current = { promise, resolve };
        setOpen(true);
      }
      return waiting.current.promise;
    });
    return () => {
      setReauthenticate(null);
      waiting.current?.resolve(false);
      waiting.current = null;
    };
  }, []);

  const finish = (ok: boolean) => {
    setOpen(false);
    waiting.current?.resolve(ok);
    waiting.current = null;
  };

  return (
    <Modal
      open={open}
      title="登录已失效，请重新登录"
      footer={null}
      onCancel={() => finish(false)}
      maskClosable={false}
      destroyOnHidden
    >
      <RenewalForm
        portal={portal}
        onSignedIn={(accountId) => {
          if (accountId === account.id) {
            finish(true);
            // what failed while signed out is read again
            void queryClient.invalidateQueries();
          } else {
            finish(false);
            leaveTo(PORTAL_CONFIG[portal].home);
          }
        }}
      />
    </Modal>
  );
}

function RenewalForm({ portal, onSignedIn }: { portal: Portal; onSignedIn: (accountId: string) => void }) {
  const [form] = Form.useForm<Values>();
  const captcha = useCaptcha();
  const login = useLogin();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const { label, placeholder } = ACCOUNT_LABEL[portal];

  const onFinish = async (values: Values) => {
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
    setPending(true);
    try {
      const session = await login(body.data);
      onSignedIn(session.account?.id ?? '');
    } catch (failure) {
      captcha.refresh();
      form.setFieldValue('captchaCode', '');
      setError(applyApiError(form, failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <Form form={form} name={`${portal}-renewal`} layout="vertical" onFinish={onFinish} requiredMark={false}>
      <p className="muted">您填写的内容仍在本页，重新登录后将继续保存。</p>
      <Form.Item label={label} name="account" rules={[fieldRule(loginSchema.shape.account)]}>
        <Input placeholder={placeholder} autoComplete="username" />
      </Form.Item>
      <Form.Item label="密码" name="password" rules={[fieldRule(loginSchema.shape.password)]}>
        <Input.Password placeholder="请输入密码" autoComplete="current-password" />
      </Form.Item>
      <CaptchaField captcha={captcha} label="验证码" rules={[fieldRule(loginSchema.shape.captchaCode)]} />
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Button type="primary" htmlType="submit" block loading={pending}>
        登录
      </Button>
    </Form>
  );
}
