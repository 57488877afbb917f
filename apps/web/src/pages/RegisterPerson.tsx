import { DEFAULT_ID_TYPE, ID_TYPES, type PersonRegistration, personRegistrationSchema } from '@rcpd/shared';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client';
import { useCaptcha } from '../components/Captcha';
import { VerificationFields } from '../components/VerificationFields';
import { applyApiError, parseBody } from '../forms/errors';
import { confirmRule, fieldRule, idNumberRule, PASSWORD_HINT, passwordRule } from '../forms/rules';
import { RegisteredResult } from './RegisteredResult';
import { StepsCard } from './StepsCard';

const shape = personRegistrationSchema.shape;
const STEPS = ['填写注册信息', '注册成功'];

function PersonRegistrationForm({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm();
  const captcha = useCaptcha();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (body: PersonRegistration) => api.post('/api/auth/register/person', { body }),
    onSuccess: onDone,
    onError: (failure) => setError(applyApiError(form, failure)),
  });

  const onFinish = (values: unknown) => {
    setError(null);
    const body = parseBody(form, personRegistrationSchema, values);
    if (body.ok) mutation.mutate(body.data);
    else setError(body.message);
  };

  return (
    <Form form={form} name="person-register" layout="vertical" onFinish={onFinish} className="auth-form">
      <Form.Item label="证件类型" name="idType" initialValue={DEFAULT_ID_TYPE} required>
        <Select options={ID_TYPES.map((type) => ({ value: type, label: type }))} />
      </Form.Item>
      <Form.Item
        label="证件号码"
        name="idNumber"
        rules={[idNumberRule(shape.idNumber)]}
        dependencies={['idType']}
        required
      >
        <Input placeholder="请输入证件号码" autoComplete="off" maxLength={32} />
      </Form.Item>
      <Form.Item label="姓名" name="name" rules={[fieldRule(shape.name)]} required>
        <Input placeholder="请输入姓名" autoComplete="name" maxLength={50} />
      </Form.Item>
      <VerificationFields
        form={form}
        captcha={captcha}
        purpose="register"
        portal="person"
        phoneLabel="手机号码"
        onError={setError}
      />
      <Form.Item
        label="密码"
        name="password"
        rules={[passwordRule(shape.password, ['idNumber', 'phone'])]}
        dependencies={['idNumber', 'phone']}
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
          已有账号？<Link to="/login?type=person">立即登录</Link>
        </span>
      </div>
    </Form>
  );
}

/** 按步骤进行个人账号注册: 填写注册信息 → 注册成功. */
export function RegisterPersonPage() {
  const [done, setDone] = useState(false);
  return (
    <StepsCard title="个人账号注册" lead="按步骤进行个人账号注册" steps={STEPS} current={done ? 1 : 0}>
      {done ? (
        <RegisteredResult login="/login?type=person" hint="请使用手机号码或证件号码登录个人网厅。" />
      ) : (
        <PersonRegistrationForm onDone={() => setDone(true)} />
      )}
    </StepsCard>
  );
}
