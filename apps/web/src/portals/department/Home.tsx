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
        <Card title={<h2 className="card-title">管理端功能</h2>}>
          <p>
            业务部门经办人在管理端审核申报材料、录入评审结果并发放电子证书；系统管理员另可发布申报通知、维护人才分类目录、管理部门账号和查看审计日志。
          </p>
        </Card>
      </div>
    </>
  );
}
