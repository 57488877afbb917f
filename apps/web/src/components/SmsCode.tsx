import { smsCodeRequestSchema } from '@rcpd/shared';
import { App, Button, Form, type FormInstance, type FormRule, Input } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { applyApiError, parseBody } from '../forms/errors';
import type { Captcha, ControlProps } from './Captcha';

interface SmsRequestOptions {
  form: FormInstance;
  captcha: Captcha;
  purpose: 'register' | 'reset';
  portal: 'person' | 'employer';
  /** for a reset: the field with the 证件号码 or 统一社会信用代码 of the account */
  accountField?: string;
  /** shows a failure that belongs to no single field */
  onError: (message: string | null) => void;
}

/**
 * Requests an SMS code for the form's 手机号码. The image captcha must be filled first; it is used up by the
 * request, so a new one is fetched afterwards whatever the outcome. Resolves to the cooldown in seconds, or
 * null when nothing was sent.
 */
export function useSmsCodeRequest(options: SmsRequestOptions): () => Promise<number | null> {
  const { form, captcha, purpose, portal, accountField, onError } = options;
  const { message } = App.useApp();
  return async () => {
    onError(null);
    try {
      await form.validateFields(accountField ? [accountField, 'phone'] : ['phone']);
    } catch {
      return null;
    }
    const values = form.getFieldsValue();
    const body = parseBody(form, smsCodeRequestSchema, {
      purpose,
      portal,
      phone: values.phone,
      account: accountField ? values[accountField] : undefined,
      captchaId: captcha.challenge?.captchaId ?? '',
      captchaCode: values.captchaCode,
    });
    if (!body.ok) {
      onError(body.message);
      return null;
    }
    // The captcha is used up by this request, whatever its outcome.
    captcha.refresh();
    form.setFields([{ name: 'captchaCode', value: '', errors: [] }]);
    try {
      const { cooldownSeconds } = await api.post('/api/auth/sms-code', { body: body.data });
      message.success('短信验证码已发送，请注意查收');
      return cooldownSeconds;
    } catch (error) {
      onError(applyApiError(form, error));
      return null;
    }
  };
}

/** 获取短信验证码, then a countdown (60秒后重新获取) while it is disabled. */
export function SmsCodeButton({ onRequest }: { onRequest: () => Promise<number | null> }) {
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);
  const left = Math.max(0, Math.ceil((until - now) / 1000));

  useEffect(() => {
    if (until <= Date.now()) return;
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [until]);

  const click = async () => {
    setBusy(true);
    try {
      const cooldown = await onRequest();
      if (cooldown && cooldown > 0) {
        const start = Date.now();
        setNow(start);
        setUntil(start + cooldown * 1000);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button onClick={click} disabled={left > 0} loading={busy} className="sms-button">
      {left > 0 ? `${left}秒后重新获取` : '获取短信验证码'}
    </Button>
  );
}

function SmsCodeControl({ onRequest, ...input }: ControlProps & { onRequest: () => Promise<number | null> }) {
  return (
    <div className="inline-control">
      <Input
        {...input}
        placeholder="6位数字"
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={6}
      />
      <SmsCodeButton onRequest={onRequest} />
    </div>
  );
}

/** The `smsCode` field (短信验证码) with its 获取短信验证码 button. */
export function SmsCodeField(props: { rules: FormRule[]; onRequest: () => Promise<number | null> }) {
  return (
    <Form.Item label="短信验证码" name="smsCode" rules={props.rules} required>
      <SmsCodeControl onRequest={props.onRequest} />
    </Form.Item>
  );
}
