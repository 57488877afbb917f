import { OIDC_ERROR_MESSAGES, type OidcErrorKey } from '@rcpd/shared';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Divider, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { DocumentTitle, PublicLayout } from '../components/Layouts';
import { LoginForm } from './LoginForm';
import { useNotice } from './notice';
import { QrLoginPanel } from './QrLogin';

type LoginType = 'person' | 'employer';

function LoginLinks({ type }: { type: LoginType }) {
  return (
    <div className="form-links">
      <Link to={`/register/${type}`}>没有账号？立即注册</Link>
      <Link to={`/forgot?type=${type}`}>忘记密码</Link>
    </div>
  );
}

/** 密码登录 or 扫码登录 on one panel; 统一身份认证登录 below when the platform is configured. */
function LoginWays({ type, password }: { type: LoginType; password: ReactNode }) {
  const oidc = useQuery({
    queryKey: ['oidc-status'],
    queryFn: () => api.get('/api/auth/oidc'),
    staleTime: 300_000,
  });
  return (
    <>
      <Tabs
        size="small"
        destroyOnHidden
        items={[
          { key: 'password', label: '密码登录', children: password },
          { key: 'qr', label: '扫码登录', children: <QrLoginPanel portal={type} /> },
        ]}
      />
      {oidc.data?.enabled && (
        <>
          <Divider plain>或</Divider>
          <Button block href={`/api/auth/oidc/start?portal=${type}`}>
            统一身份认证登录
          </Button>
        </>
      )}
    </>
  );
}

const oidcErrorOf = (key: string | null): string | null =>
  key && key in OIDC_ERROR_MESSAGES ? OIDC_ERROR_MESSAGES[key as OidcErrorKey] : null;

/** 统一身份认证平台: 个人登录 and 单位登录, chosen by `?type=`. */
export function LoginPage() {
  const [params, setParams] = useSearchParams();
  const type: LoginType = params.get('type') === 'employer' ? 'employer' : 'person';
  const notice = useNotice();
  const oidcError = oidcErrorOf(params.get('oidc_error'));

  return (
    <PublicLayout>
      <div className="auth-card">
        <DocumentTitle title="统一身份认证平台" />
        <h1 className="auth-title">统一身份认证平台</h1>
        {notice && <Alert type="success" showIcon title={notice} className="form-alert" />}
        {oidcError && <Alert type="error" showIcon title={oidcError} className="form-alert" />}
        <h2 className="auth-subtitle" id="password-login">
          <a href="#password-login">密码登录在这里</a>
        </h2>
        <Tabs
          activeKey={type}
          onChange={(key) => setParams({ type: key }, { replace: true })}
          destroyOnHidden
          items={[
            {
              key: 'person',
              label: '个人登录',
              children: (
                <LoginWays
                  type="person"
                  password={
                    <>
                      <LoginForm portal="person" accountLabel="账号" accountPlaceholder="手机号码/证件号码" />
                      <LoginLinks type="person" />
                    </>
                  }
                />
              ),
            },
            {
              key: 'employer',
              label: '单位登录',
              children: (
                <LoginWays
                  type="employer"
                  password={
                    <>
                      <LoginForm
                        portal="employer"
                        accountLabel="账号"
                        accountPlaceholder="统一社会信用代码/手机号码"
                      />
                      <LoginLinks type="employer" />
                    </>
                  }
                />
              ),
            },
          ]}
        />
      </div>
    </PublicLayout>
  );
}
