import { App, Steps } from 'antd';
import type { ReactNode } from 'react';
import { DocumentTitle, PublicLayout } from '../components/Layouts';

/** The frame of registration and password recovery: a title, what to do, the steps, then the step's content. */
export function StepsCard(props: {
  title: string;
  lead: string;
  steps: string[];
  current: number;
  children: ReactNode;
}) {
  return (
    // App: the SMS code field tells its result with `message`
    <App>
      <PublicLayout>
        <div className="auth-card auth-card-wide">
          <DocumentTitle title={props.title} />
          <h1 className="auth-title">{props.title}</h1>
          <p className="auth-lead">{props.lead}</p>
          <Steps
            className="auth-steps"
            current={props.current}
            status={props.current === props.steps.length - 1 ? 'finish' : 'process'}
            items={props.steps.map((title) => ({ title }))}
            size="small"
          />
          {props.children}
        </div>
      </PublicLayout>
    </App>
  );
}
