import { Alert, Tabs } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { DocumentTitle, PublicLayout } from '../components/Layouts';
import { LoginForm } from './LoginForm';
import { useNotice } from './notice';

type LoginType = 'person' | 'employer';

function LoginLinks({ type }: { type: LoginType }) {
  return (
    <div className="form-links">
      <Link to={`/register/${type}`}>没有账号？立即注册</Link>
      <Link to={`/forgot?type=${type}`}>忘记密码</Link>
    </div>
  );
}

/** 统一身份认证平台: 个人登录 and 单位登录, chosen by `?type=`. */
export function LoginPage() {
  const [params, setParams] = useSearchParams();
  const type: LoginType = params.get('type') === 'employer' ? 'employer' : 'person';
  const notice = useNotice();

  return (
    <PublicLayout>
      <div className="auth-card">
        <DocumentTitle title="统一身份认证平台" />
        <h1 className="auth-title">统一身份认证平台</h1>
        <Alert
          type="info"
          showIcon
          title="本平台暂不支持使用吉事办 app 扫码登录，请使用账号密码登录。"
          className="form-alert"
        />
        {notice && <Alert type="success" showIcon title={notice} className="form-alert" />}
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
                <>
                  <LoginForm portal="person" accountLabel="账号" accountPlaceholder="手机号码/证件号码" />
                  <LoginLinks type="person" />
                </>
              ),
            },
            {
              key: 'employer',
              label: '单位登录',
              children: (
                <>
                  <LoginForm
                    portal="employer"
                    accountLabel="账号"
                    accountPlaceholder="统一社会信用代码/手机号码"
                  />
                  <LoginLinks type="employer" />
                </>
              ),
            },
          ]}
        />
      </div>
    </PublicLayout>
  );
}
