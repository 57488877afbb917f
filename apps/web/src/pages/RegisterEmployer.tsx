import { type EmployerRegistration, employerRegistrationSchema } from '@rcpd/shared';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client';
import { useCaptcha } from '../components/Captcha';
import { VerificationFields } from '../components/VerificationFields';
import { applyApiError, parseBody } from '../forms/errors';
import { confirmRule, fieldRule, PASSWORD_HINT, passwordRule } from '../forms/rules';
import { RegisteredResult } from './RegisteredResult';
import { StepsCard } from './StepsCard';

const shape = employerRegistrationSchema.shape;
const STEPS = ['填写注册信息', '注册成功'];

function EmployerRegistrationForm({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm();
  const captcha = useCaptcha();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (body: EmployerRegistration) => api.post('/api/auth/register/employer', { body }),
    onSuccess: onDone,
    onError: (failure) => setError(applyApiError(form, failure)),
  });

  const onFinish = (values: unknown) => {
    setError(null);
    const body = parseBody(form, employerRegistrationSchema, values);
    if (body.ok) mutation.mutate(body.data);
    else setError(body.message);
  };

  return (
    <Form form={form} name="employer-register" layout="vertical" onFinish={onFinish} className="auth-form">
      <Form.Item label="单位名称" name="employerName" rules={[fieldRule(shape.employerName)]} required>
        <Input placeholder="请输入单位名称" autoComplete="organization" maxLength={100} />
      </Form.Item>
      <Form.Item label="统一社会信用代码" name="uscc" rules={[fieldRule(shape.uscc)]} required>
        <Input placeholder="请输入18位统一社会信用代码" autoComplete="off" maxLength={18} />
      </Form.Item>
      <Form.Item label="经办人姓名" name="operatorName" rules={[fieldRule(shape.operatorName)]} required>
        <Input placeholder="请输入经办人姓名" autoComplete="name" maxLength={50} />
      </Form.Item>
      <VerificationFields
        form={form}
        captcha={captcha}
        purpose="register"
        portal="employer"
        phoneLabel="经办人手机号"
        onError={setError}
      />
      <Form.Item
        label="密码"
        name="password"
        rules={[passwordRule(shape.password, ['uscc', 'phone'])]}
        dependencies={['uscc', 'phone']}
        extra={PASSWORD_HINT}
        required
      >
        <Input.Password placeholder="请设置密码" autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="确认密码"
        name="passwordConfirm"
        rules={[confirmRule(shape.passwordConfirm)]}
        dependencies={['password']}
        required
      >
        <Input.Password placeholder="请再次输入密码" autoComplete="new-password" />
      </Form.Item>
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
        注册
      </Button>
      <div className="form-links">
        <span>
          已有账号？<Link to="/login?type=employer">立即登录</Link>
        </span>
      </div>
    </Form>
  );
}

/** 单位账号注册: the first account of an employer, its administrator. */
export function RegisterEmployerPage() {
  const [done, setDone] = useState(false);
  return (
    <StepsCard title="单位账号注册" lead="按步骤进行单位账号注册" steps={STEPS} current={done ? 1 : 0}>
      {done ? (
        <RegisteredResult
          login="/login?type=employer"
          hint="请使用统一社会信用代码或经办人手机号登录单位网厅。"
        />
      ) : (
        <EmployerRegistrationForm onDone={() => setDone(true)} />
      )}
    </StepsCard>
  );
}
