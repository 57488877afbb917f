import { Card, Descriptions } from 'antd';
import { useAccount } from '../../components/account';
import { PageTitle } from '../../components/Layouts';

export function EmployerHome() {
  const account = useAccount();
  return (
    <>
      <PageTitle>首页</PageTitle>
      <Card title={<h2 className="card-title">单位信息</h2>}>
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'employer', label: '单位名称', children: account.employerName ?? '—' },
            { key: 'name', label: '经办人', children: account.displayName },
            { key: 'role', label: '账号角色', children: account.roleLabel },
            { key: 'phone', label: '手机号码', children: account.maskedPhone ?? '—' },
          ]}
        />
      </Card>
    </>
  );
}
