import { type OidcPhone, oidcPhoneSchema } from '@rcpd/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError, api, setCsrfToken } from '../api/client';
import { sessionKey } from '../api/session';
import { useCaptcha } from '../components/Captcha';
import { Loading } from '../components/Layouts';
import { VerificationFields } from '../components/VerificationFields';
import { applyApiError, parseBody } from '../forms/errors';
import { StepsCard } from './StepsCard';

const STEPS = ['统一身份认证平台登录', '验证手机号码', '进入个人网厅'];

/**
 * A first sign-in through the 统一身份认证平台 whose answer carried no 手机号码: the person verifies one by SMS,
 * then the account is registered with the platform's 姓名 and 证件号码 and signs in.
 */
export function OidcPhonePage() {
  const [form] = Form.useForm();
  const captcha = useCaptcha();
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const pending = useQuery({
    queryKey: ['oidc-pending'],
    queryFn: () => api.get('/api/auth/oidc/pending'),
    retry: false,
  });
  const mutation = useMutation({
    mutationFn: (body: OidcPhone) => api.post('/api/auth/oidc/pending', { body }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionKey, session);
      navigate('/person', { replace: true });
    },
    onError: (failure) => setError(applyApiError(form, failure)),
  });
  const onFinish = (values: unknown) => {
    setError(null);
    const body = parseBody(form, oidcPhoneSchema, values);
    if (body.ok) mutation.mutate(body.data);
    else setError(body.message);
  };

  let content: ReactNode;
  if (pending.isPending) content = <Loading />;
  else if (pending.isError)
    content = (
      <Alert
        type="error"
        showIcon
        title={
          pending.error instanceof ApiError ? pending.error.message : '统一身份认证平台登录已失效，请重新登录'
        }
        action={<Link to="/login?type=person">重新登录</Link>}
        className="form-alert"
      />
    );
  else
    content = (
      <Form form={form} name="oidc-phone" layout="vertical" onFinish={onFinish} className="auth-form">
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'name', label: '姓名', children: pending.data.name },
            { key: 'id', label: '证件号码', children: pending.data.maskedIdNumber },
          ]}
        />
        <VerificationFields
          form={form}
          captcha={captcha}
          purpose="register"
          portal="person"
          phoneLabel="手机号码"
          onError={setError}
        />
        {error && <Alert type="error" showIcon title={error} className="form-alert" />}
        <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
          完成注册并登录
        </Button>
      </Form>
    );
  return (
    <StepsCard
      title="验证手机号码"
      lead="统一身份认证平台未提供您的手机号码，请验证手机号码后完成个人账号注册。"
      steps={STEPS}
      current={1}
    >
      {content}
    </StepsCard>
  );
}
