import { DEPARTMENT_ROLE_DUTIES, type DepartmentRole } from '@rcpd/shared';
import { Card, Descriptions } from 'antd';
import { useAccount } from '../../components/account';
import { PageTitle } from '../../components/Layouts';

export function DepartmentHome() {
  const account = useAccount();
  return (
    <>
      <PageTitle>首页</PageTitle>
      <div className="card-stack">
        <Card title={<h2 className="card-title">账号信息</h2>}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            items={[
              { key: 'name', label: '姓名', children: account.displayName },
              { key: 'role', label: '角色', children: account.roleLabel },
            ]}
          />
        </Card>
        <Card title={<h2 className="card-title">本账号的职责</h2>}>
          {/* 三员分立: each role reads only its own work, as its menu shows it */}
          <p>
            {account.roleLabel}：{DEPARTMENT_ROLE_DUTIES[account.role as DepartmentRole]}。
          </p>
        </Card>
      </div>
    </>
  );
}
