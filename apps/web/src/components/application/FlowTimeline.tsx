import type { FlowNode } from '@rcpd/shared';
import { Card, Empty, Timeline } from 'antd';
import { formatTime } from '../format';

/** 流程推送 (manual 3.3.1): every node of the application's way through the review stages. */
export function FlowTimeline({ flow }: { flow: readonly FlowNode[] }) {
  return (
    <Card id="flow" tabIndex={-1} title={<h2 className="card-title">流程推送</h2>}>
      {flow.length === 0 ? (
        <Empty description="暂无流程推送信息" />
      ) : (
        <Timeline
          className="flow-timeline"
          items={flow.map((node, i) => ({
            key: node.id,
            color: i === flow.length - 1 ? 'blue' : 'gray',
            content: (
              <div className="flow-node">
                <div className="flow-node-head">
                  <strong>{node.stage}</strong>
                  <span className="flow-action">{node.action}</span>
                </div>
                <dl className="flow-meta">
                  <dt>办理人</dt>
                  <dd>{node.handler}</dd>
                  {node.opinion && (
                    <>
                      <dt>办件意见</dt>
                      <dd className="pre-wrap">{node.opinion}</dd>
                    </>
                  )}
                  <dt>办理时间</dt>
                  <dd>{formatTime(node.at)}</dd>
                </dl>
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
