import { Result } from 'antd';
import { ButtonLink } from '../components/ButtonLink';

export function RegisteredResult({ login, hint }: { login: string; hint: string }) {
  return (
    <Result
      status="success"
      title={<h2 className="result-title">注册成功</h2>}
      subTitle={hint}
      extra={<ButtonLink to={login}>立即登录</ButtonLink>}
    />
  );
}
