import { Card } from 'antd';
import { PageTitle } from '../../components/Layouts';

/** 【人才分类定级评定】 of the employer: 绑定审核 and 申报审核 are added here as their own sections. */
export function EmployerRcpd() {
  return (
    <>
      <PageTitle>人才分类定级评定</PageTitle>
      <div className="card-stack">
        <Card title={<h2 className="card-title">绑定审核</h2>}>
          <p>
            申报人向本单位发起绑定申请后，由单位审核人审核：选择“审核通过”后个人与单位绑定成功，业务状态为“材料终审通过”；
            选择“审核不通过终止审核”时须填写办件意见。
          </p>
          <p className="muted">绑定审核功能即将开放。</p>
        </Card>
        <Card title={<h2 className="card-title">申报审核</h2>}>
          <p>
            已绑定本单位的申报人提交申报后，由单位审核人审核申报材料：审核通过（推荐）、退回（勾选需要修改的模块并填写意见）或审核不通过终止审核。
          </p>
          <p className="muted">申报审核功能即将开放。</p>
        </Card>
      </div>
    </>
  );
}
