import { UNASSIGNED_LABEL } from '@rcpd/shared';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions } from 'antd';
import { api } from '../../api/client';
import { useAccount } from '../../components/account';
import { PageTitle } from '../../components/Layouts';

export function EmployerHome() {
  const account = useAccount();
  // the 统一社会信用代码 and the 主管部门 the 系统管理员 assigned (the session carries only the name)
  const unit = useQuery({
    queryKey: ['employer', 'unit'],
    queryFn: () => api.get('/api/employer/unit'),
  });
  const loading = unit.isPending ? '加载中…' : '—';
  return (
    <>
      <PageTitle>首页</PageTitle>
      <Card title={<h2 className="card-title">单位信息</h2>}>
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'employer', label: '单位名称', children: account.employerName ?? '—' },
            { key: 'uscc', label: '统一社会信用代码', children: unit.data?.uscc ?? loading },
            {
              key: 'supervisor',
              label: '主管部门',
              children: unit.data ? (unit.data.supervisorName ?? UNASSIGNED_LABEL) : loading,
            },
            { key: 'name', label: '经办人', children: account.displayName },
            { key: 'role', label: '账号角色', children: account.roleLabel },
            { key: 'phone', label: '手机号码', children: account.maskedPhone ?? '—' },
          ]}
        />
      </Card>
    </>
  );
}
