import { employerRegistrationSchema, type PasswordReset, passwordResetSchema } from '@rcpd/shared';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Result } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { ButtonLink } from '../components/ButtonLink';
import { useCaptcha } from '../components/Captcha';
import { VerificationFields } from '../components/VerificationFields';
import { applyApiError, parseBody } from '../forms/errors';
import { confirmRule, fieldRule, PASSWORD_HINT, passwordRule } from '../forms/rules';
import { StepsCard } from './StepsCard';

type ResetType = 'person' | 'employer';
const shape = passwordResetSchema.shape;
const STEPS = ['验证身份并设置新密码', '完成'];

function ResetForm({ type, onDone }: { type: ResetType; onDone: () => void }) {
  const [form] = Form.useForm();
  const captcha = useCaptcha();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (body: PasswordReset) => api.post('/api/auth/password-reset', { body }),
    onSuccess: onDone,
    onError: (failure) => setError(applyApiError(form, failure)),
  });

  const onFinish = (values: object) => {
    setError(null);
    const body = parseBody(form, passwordResetSchema, { ...values, portal: type });
    if (body.ok) mutation.mutate(body.data);
    else setError(body.message);
  };

  const person = type === 'person';
  return (
    <Form form={form} name={`${type}-reset`} layout="vertical" onFinish={onFinish} className="auth-form">
      <Form.Item
        label={person ? '证件号码' : '统一社会信用代码'}
        name="account"
        rules={[fieldRule(person ? shape.account : employerRegistrationSchema.shape.uscc)]}
        required
      >
        <Input
          placeholder={person ? '请输入注册时填写的证件号码' : '请输入18位统一社会信用代码'}
          autoComplete="username"
          maxLength={32}
        />
      </Form.Item>
      <VerificationFields
        form={form}
        captcha={captcha}
        purpose="reset"
        portal={type}
        phoneLabel="手机号码"
        accountField="account"
        onError={setError}
      />
      <Form.Item
        label="新密码"
        name="password"
        rules={[passwordRule(shape.password, ['account', 'phone'])]}
        dependencies={['account', 'phone']}
        extra={PASSWORD_HINT}
        required
      >
        <Input.Password placeholder="请设置新密码" autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="确认新密码"
        name="passwordConfirm"
        rules={[confirmRule(shape.passwordConfirm)]}
        dependencies={['password']}
        required
      >
        <Input.Password placeholder="请再次输入新密码" autoComplete="new-password" />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
        重置密码
      </Button>
      <div className="form-links">
        <Link to={`/login?type=${type}`}>返回登录</Link>
      </div>
    </Form>
  );
}

/** 忘记密码: 证件号码 (or 统一社会信用代码) + 手机号码 + SMS code, then a new password. */
export function ForgotPasswordPage() {
  const [params] = useSearchParams();
  const type: ResetType = params.get('type') === 'employer' ? 'employer' : 'person';
  const [done, setDone] = useState(false);
  return (
    <StepsCard title="忘记密码" lead="按步骤完成新密码的设置" steps={STEPS} current={done ? 1 : 0}>
      {done ? (
        <Result
          status="success"
          title={<h2 className="result-title">密码重置成功，请使用新密码登录</h2>}
          extra={<ButtonLink to={`/login?type=${type}`}>返回登录</ButtonLink>}
        />
      ) : (
        <ResetForm key={type} type={type} onDone={() => setDone(true)} />
      )}
    </StepsCard>
  );
}
