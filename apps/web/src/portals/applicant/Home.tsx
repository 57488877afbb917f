import { Card, Descriptions } from 'antd';
import { useAccount } from '../../components/account';
import { PageTitle } from '../../components/Layouts';
import { MyCertificates } from './MyCertificates';

/** 个人网厅首页: the account and 我的证照 (manual 3.5). */
export function ApplicantHome() {
  const account = useAccount();
  return (
    <>
      <PageTitle>首页</PageTitle>
      <div className="card-stack">
        <Card title={<h2 className="card-title">个人信息</h2>}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 3 }}
            items={[
              { key: 'name', label: '姓名', children: account.displayName },
              { key: 'id', label: '证件号码', children: account.maskedIdNumber ?? '—' },
              { key: 'phone', label: '手机号码', children: account.maskedPhone ?? '—' },
            ]}
          />
        </Card>
        <MyCertificates />
      </div>
    </>
  );
}
