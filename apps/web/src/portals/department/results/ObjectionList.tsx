import type { ResultItem } from '@rcpd/shared';
import { formatTime } from '../../../components/format';

type Objection = NonNullable<ResultItem['result']>['objections'][number];

export function ObjectionList({ objections }: { objections: Objection[] }) {
  return (
    <ol className="objection-list">
      {objections.map((o) => (
        <li key={o.id}>
          <span className="muted">{formatTime(o.createdAt)}</span>
          <span className="pre-wrap">{o.content}</span>
        </li>
      ))}
    </ol>
  );
}
