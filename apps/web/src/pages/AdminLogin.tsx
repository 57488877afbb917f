import { Alert } from 'antd';
import { DocumentTitle, PublicLayout } from '../components/Layouts';
import { LoginForm } from './LoginForm';
import { useNotice } from './notice';

/** 管理端登录 for department accounts, which sign in with a 用户名. */
export function AdminLoginPage() {
  const notice = useNotice();
  return (
    <PublicLayout>
      <div className="auth-card">
        <DocumentTitle title="管理端登录" />
        <h1 className="auth-title">管理端登录</h1>
        <p className="auth-lead">
          人才分类定级评定管理端，供人社部门的业务管理员、审核人、系统管理员和安全审计员使用。
        </p>
        {notice && <Alert type="success" showIcon title={notice} className="form-alert" />}
        <LoginForm portal="department" accountLabel="用户名" accountPlaceholder="请输入用户名" />
      </div>
    </PublicLayout>
  );
}
