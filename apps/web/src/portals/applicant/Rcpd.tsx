import { Card } from 'antd';
import { PageTitle } from '../../components/Layouts';

/**
 * 【人才分类定级评定】. For now the business description (manual 3.1, 3.2); binding a recommending employer
 * and the application itself are added to this page as their own sections.
 */
export function ApplicantRcpd() {
  return (
    <>
      <PageTitle>人才分类定级评定</PageTitle>
      <div className="card-stack">
        <Card title={<h2 className="card-title">个人与单位绑定关系</h2>}>
          <p>“人才分类定级评定”业务需要申报人先绑定推荐单位，再进行申报填写材料。</p>
          <dl className="business-terms">
            <dt>功能说明</dt>
            <dd>
              满足人才分类定级评定要求的人员向推荐单位发起绑定申请，推荐单位审核通过后个人与单位绑定成功。
            </dd>
            <dt>办理条件</dt>
            <dd>推荐单位已经在吉林智慧人社系统中注册，并登录过“大人才一体化系统”。</dd>
          </dl>
          <p className="muted">
            注：个人仅能同时绑定一个推荐单位，若需要绑定新的推荐单位，需要先与原来绑定的推荐单位解绑。
          </p>
        </Card>
        <Card title={<h2 className="card-title">人才分类定级评定业务申报</h2>}>
          <dl className="business-terms">
            <dt>功能说明</dt>
            <dd>满足人才分类定级评定要求的人员向管理部门提交人才分类定级认定申报信息和材料。</dd>
            <dt>办理条件</dt>
            <dd>管理部门已发布开展申报的通知，且在申报时间范围内。</dd>
            <dt>办理流程</dt>
            <dd>
              <ol className="flow-list">
                <li>条件自检：查看申报注意事项，检查自己是否满足申报要求，选择推荐单位；</li>
                <li>信息填报：逐一如实填写基本信息、学习教育经历、工作经历及业绩信息、荣誉奖励信息；</li>
                <li>附件上传：查看数据验证信息，上传材料附件，预览业务表册；</li>
                <li>提交：勾选承诺后提交，之后可查看流程推送和业务状态。</li>
              </ol>
            </dd>
          </dl>
        </Card>
      </div>
    </>
  );
}
