import type { ApplicationDetail } from '@rcpd/shared';
import { Alert } from 'antd';
import { formatTime } from '../../../components/format';

/**
 * 退回意见 at the top of the edit page of a returned application (manual 3.3.2): who returned it, when, why,
 * and which modules may change (marked “×”).
 */
export function ReturnedAlert({ detail }: { detail: ApplicationDetail }) {
  const returned = detail.returned;
  if (detail.status !== '被退回' || !returned) return null;
  return (
    <Alert
      className="returned-alert"
      type="warning"
      showIcon
      title={<h2 className="alert-title">退回意见</h2>}
      description={
        <>
          <dl className="flow-meta returned-meta">
            <dt>退回环节</dt>
            <dd>{returned.stageName}</dd>
            <dt>办理人</dt>
            <dd>{returned.handler}</dd>
            <dt>退回时间</dt>
            <dd>{formatTime(returned.at)}</dd>
            <dt>办件意见</dt>
            <dd className="pre-wrap">{returned.opinion || '—'}</dd>
          </dl>
          <p>申报信息中，只有右侧带“×”号的申报模块信息可以被修改，修改并保存后请点击“下一步”重新提交。</p>
          <p className="returned-note">
            注意：如果部分内容不能修改是因为审核退回时，没有被勾选需要修改。如需修改，请先联系单位审核人，个人提交材料至单位，单位把需要修改的模块勾选后退回给个人，方能修改。
          </p>
        </>
      }
    />
  );
}
