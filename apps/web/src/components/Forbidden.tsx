import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { PORTAL_CONFIG } from '../portals/config';
import { useAccount } from './account';

/** 无权访问: the account's role may not open this page of its portal. */
export function Forbidden() {
  const account = useAccount();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={<h1 className="result-title">无权访问</h1>}
      subTitle="您的账号没有使用此功能的权限。"
      extra={
        <Button type="primary" onClick={() => navigate(PORTAL_CONFIG[account.portal].home)}>
          返回首页
        </Button>
      }
    />
  );
}
